import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodeBytes, firstInvalidUtf8Offset, isValidUtf8, looksBinary } from './decode.ts';
import { defaultLimits } from './draft.ts';
import { formatOfContent, formatOfName } from './sniff.ts';
import { readBytes, readSource } from './sources.ts';
import { fixtureBytes, fixturePath, isWellFormed } from './test-support.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

const nameCases: [path: string, format: string | undefined][] = [
  ['a.txt', 'text'],
  ['notes.MD', 'text'],
  ['page.HTM', 'html'],
  ['x.json', 'json'],
  ['x.ndjson', 'jsonl'],
  ['feed.atom', 'feed'],
  ['dir.v2/crawl.warc.gz', 'warc'],
  ['archive.gz', undefined],
  ['README', undefined],
  ['.hidden', undefined],
];

for (const [path, format] of nameCases) {
  test(`sniff name: ${path} → ${format}`, () => assert.equal(formatOfName(path), format));
}

const contentCases: [head: string, format: string][] = [
  ['<?xml version="1.0"?><rss version="2.0">', 'feed'],
  ['\uFEFF  <feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
  ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
  ['<!DOCTYPE html><html>', 'html'],
  ['<!-- saved page --><html lang="en">', 'html'],
  ['{"title": "a"}', 'json'],
  ['{"a": 1}\n{"a": 2}\n', 'jsonl'],
  ['[{"a": 1}]', 'json'],
  ['WARC/1.1\r\nWARC-Type: warcinfo', 'warc'],
  ['date 2025-12-03 President Trump said', 'text'],
  ['<p>A fragment</p>', 'text'],
];

for (const [head, format] of contentCases) {
  test(`sniff content: ${JSON.stringify(head.slice(0, 30))} → ${format}`, () =>
    assert.equal(formatOfContent(head), format));
}

const binaryCases: [name: string, bytes: Uint8Array, binary: boolean][] = [
  ['UTF-8 news text', bytesOf('President Trump said “very good” — café, Київ, 北京.'), false],
  [
    'Latin-1 text',
    Buffer.from('Caf\xe9 cr\xe8me, na\xefve r\xe9sum\xe9 of the talks in Moscow on Tuesday.', 'latin1'),
    false,
  ],
  ['a NUL byte', bytesOf('text\u0000more'), true],
  [
    'control characters',
    new Uint8Array(Array.from({ length: 100 }, (_, index) => (index % 3 === 0 ? 0x01 : 0x41))),
    true,
  ],
  ['a PNG', fixtureBytes('binary.png'), true],
  ['UTF-16 with a byte-order mark', Buffer.from('\ufeffHello world', 'utf16le'), false],
];

for (const [name, bytes, binary] of binaryCases) {
  test(`binary check: ${name} → ${binary}`, () =>
    assert.equal(looksBinary(bytes, isValidUtf8(bytes)), binary));
}

const utf8Cases: [name: string, bytes: number[], offset: number | undefined][] = [
  ['ASCII', [0x61, 0x62], undefined],
  ['two-byte é', [0x61, 0xc3, 0xa9], undefined],
  ['four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], undefined],
  ['Latin-1 é', [0x61, 0x62, 0xe9, 0x20], 2],
  ['overlong slash', [0xc0, 0xaf], 0],
  ['surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
  ['cut sequence', [0x61, 0xe2, 0x80], 1],
];

for (const [name, bytes, offset] of utf8Cases) {
  test(`first invalid UTF-8 byte: ${name}`, () => {
    const array = new Uint8Array(bytes);
    assert.equal(firstInvalidUtf8Offset(array), offset);
    assert.equal(isValidUtf8(array), offset === undefined);
  });
}

test('decode: byte-order marks, declared Windows-1252, and replacement with the offset', () => {
  const utf16 = Buffer.from('\ufeffTalks in Moscow', 'utf16le');
  assert.equal(decodeBytes(utf16, isValidUtf8(utf16)).text, 'Talks in Moscow');
  const quotes = Buffer.from('\x93Two to tango,\x94 \x80100', 'latin1');
  assert.equal(decodeBytes(quotes, false, 'windows-1252').text, '“Two to tango,” €100');
  assert.equal(
    decodeBytes(quotes, false, 'iso-8859-1').text,
    '“Two to tango,” €100',
    'Latin-1 labels mean Windows-1252 on the web',
  );
  const broken = decodeBytes(Buffer.from('ab\xe9', 'latin1'), false, 'no-such-charset');
  assert.equal(broken.text, 'ab\ufffd');
  assert.equal(broken.invalidUtf8At, 2);
});

test('sources: fixture files of every format read without rejections where they are good', async () => {
  for (const name of [
    'news-article.html',
    'feed.rss',
    'feed.atom',
    'articles.jsonl',
    'articles.json',
    'header-glued.txt',
    'sample.warc',
    'sample.warc.gz',
  ]) {
    const result = await readSource(fixturePath(name));
    assert.ok(result.drafts.length > 0, name);
    assert.ok(isWellFormed(result), name);
  }
});

test('sources: invalid UTF-8 is read with replacements and flagged on each draft', async () => {
  const result = await readSource(fixturePath('invalid-utf8.txt'));
  const [draft] = result.drafts;
  assert.ok(draft?.blocks.some((block) => block.text.includes('caf\ufffd Kremlin')));
  assert.equal(draft?.diagnostics?.[0]?.code, 'input/invalid-utf8');
  assert.match(draft?.diagnostics?.[0]?.message ?? '', /offset 582.*Re-save the file as UTF-8/);
});

test('sources: a page that declares windows-1252 is decoded with it, without a diagnostic', async () => {
  const result = await readSource(fixturePath('windows-1252.html'));
  assert.ok(
    result.drafts[0]?.blocks.some((block) =>
      block.text.startsWith('“What comes out of that meeting? I can’t tell you'),
    ),
  );
  assert.equal(result.drafts[0]?.diagnostics, undefined);
});

const rejectedCases: [name: string, setUp: () => string, code: string, message: RegExp][] = [
  [
    'a missing path',
    () => join(scratch, 'no-such-file.txt'),
    'input/not-found',
    /No file or folder exists at this path/,
  ],
  ['an empty file', () => write('empty.txt', ''), 'input/empty', /empty \(0 bytes\)/],
  ['white space only', () => write('blank.md', '  \n\n\t'), 'input/empty', /only white space/],
  ['a binary file', () => fixturePath('binary.png'), 'input/binary', /binary data/],
  [
    'a gzip file that is no WARC',
    () => write('notes.gz', gzipSync('hello')),
    'input/binary',
    /gzip-compressed/,
  ],
  ['malformed JSON', () => fixturePath('malformed.json'), 'input/malformed', /line 4, column 3/],
  ['an empty folder', () => folder('empty-folder'), 'input/empty', /folder holds no files/],
];

function write(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

function folder(name: string): string {
  const path = join(scratch, name);
  mkdirSync(path, { recursive: true });
  return path;
}

for (const [name, setUp, code, message] of rejectedCases) {
  test(`sources rejects ${name}, saying what to do`, async () => {
    const path = setUp();
    const result = await readSource(path);
    assert.equal(result.drafts.length, 0);
    assert.equal(result.rejections[0]?.path, path);
    assert.equal(result.rejections[0]?.code, code);
    assert.match(result.rejections[0]?.message ?? '', message);
  });
}

test('sources: a 50 MB file is rejected by its size, before it is read', async () => {
  const path = join(scratch, 'huge.html');
  writeFileSync(path, '<html>');
  truncateSync(path, 50 * 1024 * 1024);
  const started = performance.now();
  const result = await readSource(path);
  assert.ok(performance.now() - started < 200, 'no time spent reading');
  assert.equal(result.rejections[0]?.code, 'input/too-large');
  assert.match(result.rejections[0]?.message ?? '', /52428800 bytes, over the 20971520-byte limit/);
  const inMemory = await readBytes(new Uint8Array(defaultLimits.maxBytes + 1), 'upload.bin');
  assert.equal(inMemory.rejections[0]?.code, 'input/too-large');
});

test('sources: a folder is read recursively in name order, skipping dotfiles, node_modules and link loops', async () => {
  const root = folder('corpus');
  mkdirSync(join(root, 'b-sub'), { recursive: true });
  mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
  mkdirSync(join(root, '.git'), { recursive: true });
  writeFileSync(join(root, 'c.txt'), 'Third article text.');
  writeFileSync(join(root, 'a.txt'), 'First article text.');
  writeFileSync(join(root, 'b-sub', 'b.json'), JSON.stringify({ text: 'Second article text.' }));
  writeFileSync(join(root, '.DS_Store'), 'junk');
  writeFileSync(join(root, 'node_modules', 'pkg', 'readme.txt'), 'not an article');
  writeFileSync(join(root, '.git', 'HEAD'), 'ref');
  symlinkSync(root, join(root, 'b-sub', 'loop'));
  const result = await readSource(root);
  assert.deepEqual(
    result.drafts.map((draft) => draft.path),
    [join(root, 'a.txt'), join(root, 'b-sub', 'b.json'), join(root, 'c.txt')],
  );
  assert.equal(result.rejections.length, 0);
});

test('sources: names without a known extension are sniffed (uploads, stdin)', async () => {
  const cases: [content: string, title: string][] = [
    [
      '<rss><channel><title>S</title><item><title>From a feed</title><description>Text.</description></item></channel></rss>',
      'From a feed',
    ],
    ['{"title": "From JSON", "text": "Text."}', 'From JSON'],
    ['{"title": "Line one", "text": "Text."}\n{"title": "Line two", "text": "Text."}', 'Line one'],
    ['Plain headline here\nAnd the text below it.', 'Plain headline here'],
  ];
  for (const [content, title] of cases) {
    const result = await readBytes(bytesOf(content), 'upload');
    assert.equal(result.drafts[0]?.title, title, content);
  }
  const warc = await readBytes(fixtureBytes('sample.warc.gz'), 'upload');
  assert.equal(warc.drafts.length, 2, 'a .warc.gz under another name is still a WARC');
});

test('sources: "-" reads stdin', () => {
  const sources = fileURLToPath(new URL('./sources.ts', import.meta.url));
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { readSource } from ${JSON.stringify(sources)}; process.stdout.write(JSON.stringify(await readSource('-')));`,
    ],
    { input: '{"title": "Piped", "text": "Text from a pipe."}', encoding: 'utf8', timeout: 30_000 },
  );
  assert.equal(child.status, 0, child.stderr);
  const result = JSON.parse(child.stdout) as { drafts: { path: string; title: string }[] };
  assert.deepEqual(
    result.drafts.map((draft) => [draft.path, draft.title]),
    [['-', 'Piped']],
  );
});
