import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLexicon } from '../text/similarity/index.ts';
import { crossValidateParaphrase, parseParaphraseFile, scoreParaphrase } from './paraphrase.ts';

test('scoreParaphrase: hand-computed case', () => {
  // gold  : T T T F F ; guess: T T F T F → TP 2, FP 1, FN 1, correct 3
  const scores = scoreParaphrase([true, true, true, false, false], [true, true, false, true, false]);
  assert.equal(scores.accuracy, 3 / 5);
  assert.equal(scores.precision, 2 / 3);
  assert.equal(scores.recall, 2 / 3);
  assert.equal(scores.f1, 2 / 3);
  assert.equal(scores.pairs, 5);
});

test('scoreParaphrase: never answering yes gives zero F1, not NaN', () => {
  const scores = scoreParaphrase([true, false], [false, false]);
  assert.deepEqual(scores, { accuracy: 0.5, f1: 0, precision: 0, recall: 0, pairs: 2 });
});

const file = [
  '\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String',
  '1\t1\t2\tThe cat sat.\tA cat was sitting.',
  '0\t3\t-1\tDropped.\tDropped.',
  '0\t5\t6\tShares rose.\tRain fell.',
  '',
].join('\n');

test('parseParaphraseFile: reads MSRP rows and drops id -1', () => {
  const pairs = parseParaphraseFile(file);
  assert.equal(pairs.length, 2);
  assert.deepEqual(pairs[0], {
    paraphrase: true,
    ids: ['1', '2'],
    sentences: ['The cat sat.', 'A cat was sitting.'],
  });
});

test('parseParaphraseFile: a wrong header or row is a clear error', () => {
  assert.throws(() => parseParaphraseFile('a\tb\n'), /header/);
  assert.throws(() => parseParaphraseFile(`${file.split('\n')[0]}\n2\t1\t2\tx\ty\n`), /Line 2/);
});

test('crossValidateParaphrase: runs fold by fold and reports pooled figures', () => {
  const pairs = Array.from({ length: 20 }, (_, i) => ({
    paraphrase: i % 2 === 0,
    ids: [`${i}a`, `${i}b`] as const,
    sentences:
      i % 2 === 0
        ? ([`Officials met in city ${i} on Monday.`, `Officials met on Monday in city ${i}.`] as const)
        : ([`Officials met in city ${i} on Monday.`, `Bananas are yellow ${i}.`] as const),
  }));
  const scores = crossValidateParaphrase(pairs, { folds: 4, lexicon: createLexicon(null) });
  assert.equal(scores.pairs, 20);
  assert.equal(scores.folds, 4);
  assert.ok(scores.accuracy >= 0.9);
});
