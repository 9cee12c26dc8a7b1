import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { ReadResult } from './draft.ts';
import { defaultLimits } from './draft.ts';
import { fixtureBytes, isWellFormed, textsOfKind } from './test-support.ts';
import { readWarc } from './warc.ts';

async function* once(bytes: Uint8Array) {
  yield bytes;
}

const paragraph =
  '<p>The envoys met the president of Russia for five hours on Tuesday and discussed a plan to end the war.</p>';

/** One serialized response record, for archives built inside a test. */
async function responseRecord(
  url: string,
  httpHeaders: Record<string, string>,
  body: Uint8Array,
  gzip = false,
): Promise<Uint8Array> {
  const record = WARCRecord.create(
    { url, type: 'response', warcVersion: 'WARC/1.1', httpHeaders },
    once(body),
  );
  return WARCSerializer.serialize(record, { gzip });
}

const html = (text: string): Uint8Array =>
  new TextEncoder().encode(
    `<html><head><title>T</title></head><body><article>${text}</article></body></html>`,
  );

const pathsOf = (result: ReadResult) => result.drafts.map((draft) => draft.path);

for (const name of ['sample.warc', 'sample.warc.gz']) {
  test(`warc: ${name} gives its two article pages with their target URIs, and skips the rest`, async () => {
    const result = await readWarc(fixtureBytes(name), name);
    assert.deepEqual(pathsOf(result), [`${name}#3`, `${name}#6`]);
    const [abc, fox] = result.drafts;
    assert.equal(abc?.url, 'https://abcnews.example/Politics/trump-putin-meeting/story');
    assert.equal(abc?.title, "Trump says envoys had 'reasonably good meeting' with Putin in Moscow");
    assert.equal(textsOfKind(abc!, 'credit').length, 5);
    assert.equal(
      fox?.url,
      'http://www.foxnews.com/politics/2010/07/04/gop-senators-pressure-steele-inaccurate-afghanistan-comments.html',
    );
    assert.equal(fox?.outlet, 'Fox News');
    assert.equal(textsOfKind(fox!, undefined).length, 12, 'gzip Content-Encoding decoded');
    // The index page (#7) is HTML but no article; the request, image and redirect are not pages at all.
    assert.deepEqual(
      result.rejections.map((rejection) => [rejection.path, rejection.code]),
      [[`${name}#7`, 'input/no-article']],
    );
  });

  test(`warc: ${name} cut anywhere keeps the complete pages before the cut, says where, and never hangs`, async () => {
    const bytes = fixtureBytes(name);
    const full = await readWarc(bytes, name);
    for (let cut = 1; cut < bytes.length; cut += 61) {
      const started = performance.now();
      const result = await readWarc(bytes.subarray(0, cut), name);
      assert.ok(performance.now() - started < 2000, `cut at ${cut}`);
      assert.ok(isWellFormed(result), `cut at ${cut}`);
      for (const draft of result.drafts) {
        assert.deepEqual(
          draft,
          full.drafts.find((complete) => complete.path === draft.path),
          `cut at ${cut}: ${draft.path}`,
        );
      }
      assert.ok(result.drafts.length + result.rejections.length > 0, `cut at ${cut}: something is said`);
    }
  });
}

test('warc: a cut inside the second article names that record as truncated', async () => {
  const bytes = fixtureBytes('sample.warc');
  const text = new TextDecoder('latin1').decode(bytes);
  // The Fox page is gzip-encoded inside its record: cut a little way into its compressed body.
  const cut = text.indexOf('Content-Encoding: gzip') + 200;
  const result = await readWarc(bytes.subarray(0, cut), 'cut.warc');
  assert.deepEqual(pathsOf(result), ['cut.warc#3']);
  assert.equal(result.rejections.at(-1)?.path, 'cut.warc#6');
  assert.equal(result.rejections.at(-1)?.code, 'input/truncated');
  assert.match(
    result.rejections.at(-1)?.message ?? '',
    /cut off inside record 6\. The 5 records before it could be read/,
  );
});

test('warc: not a WARC, garbage after good records, and an archive without pages', async () => {
  const notWarc = await readWarc(new TextEncoder().encode('hello world\n\nmore'), 'x.warc');
  assert.equal(notWarc.rejections[0]?.code, 'input/malformed');
  assert.match(notWarc.rejections[0]?.message ?? '', /does not start with a WARC record header/);

  const good = await responseRecord('https://a.example/', { 'Content-Type': 'text/html' }, html(paragraph));
  const damaged = await readWarc(
    Buffer.concat([good, new TextEncoder().encode('GARBAGE LINE\r\nmore garbage\r\n\r\n')]),
    'd.warc',
  );
  assert.deepEqual(pathsOf(damaged), ['d.warc#1']);
  assert.equal(damaged.rejections[0]?.path, 'd.warc#2');
  assert.match(damaged.rejections[0]?.message ?? '', /damaged after record 1/);

  const image = await responseRecord(
    'https://a.example/i.png',
    { 'Content-Type': 'image/png' },
    new Uint8Array([1, 2, 3]),
  );
  const noPages = await readWarc(image, 'img.warc');
  assert.equal(noPages.rejections[0]?.code, 'input/no-article');
  assert.match(noPages.rejections[0]?.message ?? '', /None of the archive's 1 records is an HTML page/);
});

test('warc: the HTTP charset decides the decoding; invalid UTF-8 is flagged on the page', async () => {
  const quoted = Buffer.from(
    `<html><body><article><p>\x93Two to tango,\x94 he said. ${paragraph.slice(3)}</article></body></html>`,
    'latin1',
  );
  const declared = await readWarc(
    await responseRecord('https://a.example/', { 'Content-Type': 'text/html; charset=windows-1252' }, quoted),
    'cp.warc',
  );
  assert.ok(declared.drafts[0]?.blocks.some((block) => block.text.startsWith('“Two to tango,” he said.')));
  assert.equal(declared.drafts[0]?.diagnostics, undefined);

  const undeclared = await readWarc(
    await responseRecord('https://a.example/', { 'Content-Type': 'text/html' }, quoted),
    'bad.warc',
  );
  assert.deepEqual(
    undeclared.drafts[0]?.diagnostics?.map((found) => found.code),
    ['input/invalid-utf8'],
  );
});

test('warc: a page that inflates past maxBytes is skipped, and a gzip bomb stops the reading', async () => {
  const limits = { ...defaultLimits, maxBytes: 64 * 1024 };
  const big = gzipSync(Buffer.alloc(1024 * 1024, 'a'));
  const bomb = await responseRecord(
    'https://a.example/big',
    { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' },
    big,
  );
  const small = await responseRecord(
    'https://a.example/ok',
    { 'Content-Type': 'text/html' },
    html(paragraph),
  );
  const result = await readWarc(Buffer.concat([small, bomb, small]), 'bomb.warc', limits);
  assert.deepEqual(pathsOf(result), ['bomb.warc#1', 'bomb.warc#3']);
  assert.deepEqual(
    result.rejections.map((rejection) => [rejection.path, rejection.code]),
    [['bomb.warc#2', 'input/too-large']],
  );

  const repeated = await responseRecord(
    'https://a.example/x',
    { 'Content-Type': 'application/octet-stream' },
    new Uint8Array(200 * 1024),
    true,
  );
  const expanding = await readWarc(
    Buffer.concat(Array.from({ length: 8 }, () => repeated)),
    'expand.warc.gz',
    limits,
  );
  assert.equal(expanding.rejections.at(-1)?.code, 'input/too-large');
  assert.match(expanding.rejections.at(-1)?.message ?? '', /expands to more than/);
});
