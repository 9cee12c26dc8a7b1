import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bcubed, evaluateStoriesFile, formatStoryScores, nmi, readStoryRecords } from './stories.ts';

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-4, `${actual} is not ${expected}`);

// Each case worked out by hand, item by item (B-cubed) or from the entropies (NMI).
const bcubedCases: {
  name: string;
  gold: string[];
  predicted: string[];
  precision: number;
  recall: number;
  f1: number;
}[] = [
  {
    // Items 1,2: P 1, R 2/3; item 3: P 1/3, R 1/3; items 4,5: P 2/3, R 1 → both 11/15.
    name: 'one item on the wrong side',
    gold: ['a', 'a', 'a', 'b', 'b'],
    predicted: ['x', 'x', 'y', 'y', 'y'],
    precision: 11 / 15,
    recall: 11 / 15,
    f1: 11 / 15,
  },
  {
    name: 'everything in one cluster',
    gold: ['a', 'a', 'b', 'b'],
    predicted: ['x', 'x', 'x', 'x'],
    precision: 0.5,
    recall: 1,
    f1: 2 / 3,
  },
  {
    name: 'every item alone',
    gold: ['a', 'a', 'b', 'b'],
    predicted: ['w', 'x', 'y', 'z'],
    precision: 1,
    recall: 0.5,
    f1: 2 / 3,
  },
  {
    name: 'the same grouping under other names',
    gold: ['a', 'a', 'b'],
    predicted: ['2', '2', '1'],
    precision: 1,
    recall: 1,
    f1: 1,
  },
];

for (const { name, gold, predicted, precision, recall, f1 } of bcubedCases) {
  test(`bcubed: ${name}`, () => {
    const scores = bcubed(gold, predicted);
    close(scores.precision, precision);
    close(scores.recall, recall);
    close(scores.f1, f1);
  });
}

const nmiCases: { name: string; gold: string[]; predicted: string[]; nmi: number }[] = [
  {
    name: 'the same grouping under other names',
    gold: ['a', 'a', 'b', 'b'],
    predicted: ['y', 'y', 'x', 'x'],
    nmi: 1,
  },
  {
    name: 'a grouping that says nothing about the gold',
    gold: ['a', 'a', 'b', 'b'],
    predicted: ['x', 'y', 'x', 'y'],
    nmi: 0,
  },
  {
    // H(gold) = ln 2 = 0.693147, H(pred) = 0.562335 (3/4, 1/4), I = ln 2 − 3/4·H(2/3, 1/3) = 0.215762;
    // NMI = 0.215762 / sqrt(0.693147 · 0.562335) = 0.345594.
    name: 'a partial match',
    gold: ['a', 'a', 'b', 'b'],
    predicted: ['x', 'x', 'x', 'y'],
    nmi: 0.345594,
  },
  { name: 'one gold and one predicted cluster', gold: ['a', 'a'], predicted: ['x', 'x'], nmi: 1 },
  { name: 'one gold cluster split in two', gold: ['a', 'a'], predicted: ['x', 'y'], nmi: 0 },
];

for (const { name, gold, predicted, nmi: expected } of nmiCases) {
  test(`nmi: ${name}`, () => close(nmi(gold, predicted), expected));
}

test('metrics: no items score 0; lists of different lengths are refused', () => {
  assert.deepEqual(bcubed([], []), { precision: 0, recall: 0, f1: 0 });
  assert.equal(nmi([], []), 0);
  assert.throws(() => bcubed(['a'], []), RangeError);
});

function withFile(lines: readonly string[], body: (path: string) => Promise<void> | void) {
  const folder = mkdtempSync(join(tmpdir(), 'stories-test-'));
  const path = join(folder, 'stories.jsonl');
  writeFileSync(path, lines.join('\n'));
  return Promise.resolve(body(path)).finally(() => rmSync(folder, { recursive: true, force: true }));
}

test('readStoryRecords: names the line and field of a bad record', async () => {
  await withFile(['{"id":"1","text":"a","label":"x"}', '{"id":"2","label":"x"}'], (path) => {
    assert.throws(() => readStoryRecords(path), /stories\.jsonl:2: text:/);
  });
  await withFile(['{"id":"1","text":"a","label":"x"}', 'not json'], (path) => {
    assert.throws(() => readStoryRecords(path), /stories\.jsonl:2: not a JSON object/);
  });
  await withFile(['{"id":"1","text":"a","label":1}', '{"id":"1","text":"b","label":2}'], (path) => {
    assert.throws(() => readStoryRecords(path), /id 1 is used twice/);
  });
});

test('evaluateStoriesFile: plain text without extraction, scored against the labels', async () => {
  const lines = [
    { id: 'a1', text: 'xbox one launch sells a million consoles', label: 'xbox', published: '2013-11-22' },
    { id: 'b1', text: 'typhoon haiyan hits the philippines', label: 'typhoon', published: '2013-11-08' },
    {
      id: 'a2',
      text: 'microsoft xbox one launch sells one million consoles in a day',
      label: 'xbox',
      published: '2013-11-23',
    },
    {
      id: 'b2',
      text: 'typhoon haiyan death toll rises in the philippines',
      label: 'typhoon',
      published: '2013-11-09',
    },
  ].map((record) => JSON.stringify(record));
  await withFile(lines, async (path) => {
    const scores = await evaluateStoriesFile(path, { extract: false });
    assert.equal(scores.articles, 4);
    assert.equal(scores.goldStories, 2);
    assert.equal(scores.stories, 2);
    assert.deepEqual(scores.bcubed, { precision: 1, recall: 1, f1: 1 });
    assert.equal(scores.nmi, 1);
    assert.match(formatStoryScores(scores), /B-cubed precision 100\.0 %/);
  });
});
