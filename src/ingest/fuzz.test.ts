import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ReadResult } from './draft.ts';
import { defaultLimits } from './draft.ts';
import { readFeed } from './feed.ts';
import { readHtml } from './html.ts';
import { readJson, readJsonl } from './json.ts';
import { readBytes } from './sources.ts';
import { fixtureBytes, isWellFormed } from './test-support.ts';
import { readText } from './text.ts';
import { readWarc } from './warc.ts';

/**
 * Properties every reader keeps on any input: it returns (never throws), promptly, a well-formed
 * result of drafts and rejections, and no rejection message repeats the input's words.
 */

const slowMs = 3000;

/** Runs a reader, failing the property when it throws, is slow, or returns a malformed result. */
async function checked(read: () => ReadResult | Promise<ReadResult>, what: string): Promise<ReadResult> {
  const started = performance.now();
  const result = await read();
  const elapsed = performance.now() - started;
  assert.ok(elapsed < slowMs, `${what} took ${Math.round(elapsed)} ms`);
  assert.ok(isWellFormed(result), `${what}: ${JSON.stringify(result).slice(0, 300)}`);
  return result;
}

const stringReaders: [name: string, read: (text: string) => ReadResult][] = [
  ['text', (text) => readText(text, 'fuzz.txt')],
  ['html', (text) => readHtml(text, 'fuzz.html', defaultLimits)],
  ['json', (text) => readJson(text, 'fuzz.json')],
  ['jsonl', (text) => readJsonl(text, 'fuzz.jsonl')],
  ['feed', (text) => readFeed(text, 'fuzz.xml', defaultLimits)],
];

/** Pieces of markup, JSON and text, so random strings reach deep into each parser rather than failing at byte 1. */
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<figure><figcaption>',
    '<span class="credit">',
    '<br>',
    '<script>',
    '</script>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<rss><channel><item><title>',
    '</title></item></channel></rss>',
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry>',
    '<content type="html">',
    '&lt;p&gt;',
    '&amp;',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
    '<meta property="og:title" content="',
    '"',
    "'",
    '{"text": "',
    '"paragraphs": [',
    ']',
    '}',
    '\n',
    'date 2025-12-03 ',
    'Title: ',
    'The envoys met Putin for five hours on Tuesday and talked about peace. ',
  ),
);
const markupLike = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

for (const [name, read] of stringReaders) {
  test(`fuzz: the ${name} reader returns a well-formed result for any string`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), markupLike), async (text) => {
        await checked(() => read(text), `${name} reader`);
      }),
      { numRuns: 300 },
    );
  });
}

test('fuzz: rejection messages never repeat words of the input', async () => {
  const secret = 'Zyxwvq';
  await fc.assert(
    fc.asyncProperty(markupLike, fc.integer({ min: 0, max: 60 }), async (text, at) => {
      const input = `${text.slice(0, at)}${secret}${text.slice(at)}`;
      for (const [name, read] of stringReaders) {
        const result = await checked(() => read(input), `${name} reader`);
        for (const rejection of result.rejections)
          assert.ok(!rejection.message.includes(secret), `${name}: ${rejection.message}`);
      }
    }),
    { numRuns: 150 },
  );
});

const names = [
  'x.txt',
  'x.md',
  'x.html',
  'x.json',
  'x.jsonl',
  'x.xml',
  'x.rss',
  'x.warc',
  'x.warc.gz',
  'upload',
  '-',
];

test('fuzz: readBytes returns a well-formed result for any bytes under any name', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...names), async (bytes, name) => {
      const result = await checked(() => readBytes(bytes, name), `readBytes ${name}`);
      for (const draft of result.drafts) assert.ok(draft.path?.startsWith(name));
    }),
    { numRuns: 400 },
  );
});

test('fuzz: the WARC reader returns a well-formed result for any bytes', async () => {
  const warcHeader = new TextEncoder().encode('WARC/1.1\r\nWARC-Type: response\r\nContent-Length: ');
  await fc.assert(
    fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 400 }), async (prefixed, bytes) => {
      const input = prefixed ? Buffer.concat([warcHeader, bytes]) : bytes;
      await checked(() => readWarc(input, 'fuzz.warc'), 'readWarc');
    }),
    { numRuns: 300 },
  );
});

/** A damaged copy of some bytes: flipped bytes, a cut, a deleted or repeated stretch. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
    count: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, change: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : change.at % bytes.length;
  switch (change.kind) {
    case 'flip': {
      const copy = Uint8Array.from(bytes);
      for (let offset = 0; offset < change.count; offset++) {
        if (at + offset * 97 < copy.length) copy[at + offset * 97] = change.byte;
      }
      return copy;
    }
    case 'cut':
      return bytes.subarray(0, at);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
    case 'repeat':
      return Buffer.concat([bytes.subarray(0, at + change.length), bytes.subarray(at)]);
  }
}

const fixtures = [
  'news-article.html',
  'truncated-article.html',
  'basil-fox-2010.html',
  'feed.rss',
  'feed.atom',
  'articles.json',
  'articles.jsonl',
  'damaged.jsonl',
  'header-glued.txt',
  'windows-1252.html',
  'sample.warc',
  'sample.warc.gz',
];

test('fuzz: damaged copies of every fixture are read or rejected, never thrown on', async () => {
  const originals = new Map(fixtures.map((name) => [name, fixtureBytes(name)]));
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...fixtures),
      fc.array(mutation, { minLength: 1, maxLength: 3 }),
      async (name, changes) => {
        const damaged = changes.reduce(mutate, originals.get(name)!);
        await checked(() => readBytes(damaged, name), `damaged ${name}`);
      },
    ),
    { numRuns: 300 },
  );
});
