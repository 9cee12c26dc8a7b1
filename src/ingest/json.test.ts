import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readJson, readJsonl } from './json.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { fixtureText, onlyDraft, textsOfKind } from './test-support.ts';

const basilFolder = new URL('../../../shared/corpus/basil/articles/', import.meta.url);

test('json: every BASIL article reads, with title, outlet, date, url and one block per paragraph', () => {
  const files = readdirSync(basilFolder, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.json'),
  );
  assert.equal(files.length, 300);
  for (const name of files) {
    const text = readFileSync(join(basilFolder.pathname, name), 'utf8');
    const record = JSON.parse(text) as {
      title: string;
      source: string;
      date: string;
      'body-paragraphs': string[][];
    };
    const draft = onlyDraft(readJson(text, name));
    assert.equal(draft.title, record.title.trim() || undefined, name); // one BASIL record has an empty title
    assert.equal(draft.outlet, record.source, name);
    assert.equal(draft.published, record.date, name);
    assert.equal(draft.publishedFrom, 'metadata');
    const paragraphs = record['body-paragraphs']
      .map((sentences) => sentences.join(' ').trim())
      .filter(Boolean);
    const body = textsOfKind(draft, undefined);
    assert.equal(body.length + (paragraphs[0] === draft.title ? 1 : 0), paragraphs.length, name);
  }
});

test('json: BASIL sentences of one paragraph are joined with spaces into one block', () => {
  const draft = onlyDraft(
    readJson(
      JSON.stringify({
        title: 'T',
        'body-paragraphs': [['First sentence.', 'Second sentence.'], ['Next paragraph.']],
      }),
      'x.json',
    ),
  );
  assert.deepEqual(textsOfKind(draft, undefined), ['First sentence. Second sentence.', 'Next paragraph.']);
});

const fieldCases: { name: string; record: unknown; expect: Record<string, unknown> }[] = [
  {
    name: 'headline and text',
    record: { headline: 'H', text: 'One.\n\nTwo.' },
    expect: { title: 'H', body: ['One.', 'Two.'] },
  },
  { name: 'body', record: { body: 'Body text.' }, expect: { body: ['Body text.'] } },
  { name: 'content', record: { content: 'Content text.' }, expect: { body: ['Content text.'] } },
  {
    name: 'paragraphs win over text',
    record: { text: 'ignored', paragraphs: ['P1', 'P2'] },
    expect: { body: ['P1', 'P2'] },
  },
  {
    name: 'publisher object',
    record: { text: 'x', publisher: { name: 'Reuters' } },
    expect: { outlet: 'Reuters' },
  },
  { name: 'source string', record: { text: 'x', source: 'AP' }, expect: { outlet: 'AP' } },
  {
    name: 'datePublished',
    record: { text: 'x', datePublished: '2025-12-03T10:00:00Z' },
    expect: { published: '2025-12-03T10:00:00Z' },
  },
  {
    name: 'Unix seconds',
    record: { text: 'x', published: 1764756000 },
    expect: { published: '2025-12-03T10:00:00.000Z' },
  },
  {
    name: 'Unix milliseconds',
    record: { text: 'x', date: 1764756000000 },
    expect: { published: '2025-12-03T10:00:00.000Z' },
  },
  {
    name: 'null counts as absent',
    record: { text: 'x', title: null, url: null },
    expect: { title: undefined, url: undefined },
  },
  { name: 'language', record: { text: 'x', language: 'EN' }, expect: { language: 'en' } },
  { name: 'id is ignored', record: { text: 'x', id: 17 }, expect: { body: ['x'] } },
  {
    name: 'title repeated as first paragraph is kept once',
    record: { title: 'Same', paragraphs: ['Same', 'Body.'] },
    expect: { body: ['Body.'] },
  },
];

for (const { name, record, expect } of fieldCases) {
  test(`json fields: ${name}`, () => {
    const draft = onlyDraft(readJson(JSON.stringify(record), 'x.json'));
    if ('title' in expect) assert.equal(draft.title, expect.title);
    if ('url' in expect) assert.equal(draft.url, expect.url);
    if ('outlet' in expect) assert.equal(draft.outlet, expect.outlet);
    if ('published' in expect) assert.equal(draft.published, expect.published);
    if ('language' in expect) assert.equal(draft.language, expect.language);
    if ('body' in expect) assert.deepEqual(textsOfKind(draft, undefined), expect.body);
  });
}

test('json: an articles array and a plain array name each record path#n', () => {
  const result = readJson(fixtureText('articles.json'), 'articles.json');
  assert.deepEqual(
    result.drafts.map((draft) => draft.path),
    ['articles.json#1', 'articles.json#2'],
  );
  const array = readJson(JSON.stringify([{ text: 'a' }, { text: 'b' }]), 'list.json');
  assert.deepEqual(
    array.drafts.map((draft) => draft.path),
    ['list.json#1', 'list.json#2'],
  );
});

test('json: a bad record is rejected naming its field; the others are still read', () => {
  const result = readJson(
    JSON.stringify([
      { text: 'fine' },
      { title: 42, text: 'x' },
      { outlet: 7, text: 'y' },
      'just a string',
      { url: 'u' },
    ]),
    'mixed.json',
  );
  assert.equal(result.drafts.length, 1);
  const byPath = new Map(result.rejections.map((rejection) => [rejection.path, rejection]));
  assert.match(byPath.get('mixed.json#2')?.message ?? '', /Field "title" must be a string/);
  assert.match(byPath.get('mixed.json#3')?.message ?? '', /Field "outlet" must be a string or an object/);
  assert.match(byPath.get('mixed.json#4')?.message ?? '', /must be a JSON object/);
  assert.equal(byPath.get('mixed.json#5')?.code, 'input/no-article');
});

test('json: malformed JSON names the line and column, and does not quote the input', () => {
  const result = readJson(fixtureText('malformed.json'), 'malformed.json');
  assert.equal(result.rejections[0]?.code, 'input/malformed');
  assert.match(result.rejections[0]?.message ?? '', /line 4, column 3: a ',' or '}' was expected/);
  assert.doesNotMatch(result.rejections[0]?.message ?? '', /Steele|nyt/);
});

test('json: an empty list, and a JSON file that is really JSONL', () => {
  assert.equal(readJson('[]', 'empty.json').rejections[0]?.code, 'input/no-article');
  const lines = readJson('{"text": "one"}\n{"text": "two"}\n', 'lines.json');
  assert.deepEqual(
    lines.drafts.map((draft) => draft.path),
    ['lines.json#1', 'lines.json#2'],
  );
});

test('jsonl: each line a record; bad lines are rejected by line number, good ones read', () => {
  const good = readJsonl(fixtureText('articles.jsonl'), 'articles.jsonl');
  assert.equal(good.drafts.length, 3);
  assert.deepEqual(
    good.drafts.map((draft) => draft.outlet),
    ['fox', 'Fox News', 'HuffPost'],
  );
  assert.deepEqual(textsOfKind(good.drafts[1]!, 'byline'), ['Fox News Staff']);

  const damaged = readJsonl(fixtureText('damaged.jsonl'), 'damaged.jsonl');
  assert.equal(damaged.drafts.length, 1);
  assert.deepEqual(
    damaged.rejections.map((rejection) => [rejection.path, rejection.code]),
    [
      ['damaged.jsonl#2', 'input/malformed'],
      ['damaged.jsonl#4', 'input/malformed'],
      ['damaged.jsonl#5', 'input/no-article'],
    ],
  );
  assert.match(damaged.rejections[0]?.message ?? '', /line 2, column 21/);
  assert.equal(readJsonl('\n\n', 'blank.jsonl').rejections[0]?.code, 'input/empty');
});

const syntaxCases: [json: string, line: number, column: number, problem: RegExp][] = [
  ['{"a": }', 1, 7, /a value was expected/],
  ['{"a":1,}', 1, 8, /property name/],
  ['[1,2', 1, 5, /ends before/],
  ['{"a": "x\ny"}', 1, 9, /control character/],
  ['{"a":1}\n{"b":2}', 2, 1, /more text follows/],
  ['"abc', 1, 5, /never closed/],
  ['{"a": tru}', 1, 7, /a value was expected/],
  ['[01]', 1, 3, /',' or ']'/],
  ['{"a" 1}', 1, 6, /':'/],
  ['"\\q"', 1, 2, /unknown escape/],
];

for (const [json, line, column, problem] of syntaxCases) {
  test(`json syntax: ${JSON.stringify(json)} breaks at ${line}:${column}`, () => {
    assert.throws(() => JSON.parse(json));
    const error = findJsonSyntaxError(json);
    assert.equal(error?.line, line);
    assert.equal(error?.column, column);
    assert.match(error?.problem ?? '', problem);
  });
}

test('json syntax: valid JSON has no error, and deep nesting does not overflow the stack', () => {
  for (const json of ['{}', '[]', '0', '-1.5e+3', '"\\u00e9"', ' {"a": [true, false, null, {"b": "c"}]} ']) {
    assert.equal(findJsonSyntaxError(json), undefined, json);
  }
  const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  assert.equal(findJsonSyntaxError(deep), undefined);
  assert.equal(
    findJsonSyntaxError(`${'['.repeat(200_000)}`)?.problem,
    'the text ends before the JSON is complete',
  );
});
