import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedTransition, chunksOf, labelId, labels, toIob2 } from './labels.ts';

const chunkCases: ReadonlyArray<{
  readonly why: string;
  readonly tags: string[];
  readonly chunks: string[];
}> = [
  { why: 'IOB2 chunks', tags: ['B-PER', 'I-PER', 'O', 'B-LOC'], chunks: ['PER 0-2', 'LOC 3-4'] },
  {
    why: 'IOB1: I- opens a chunk after O',
    tags: ['I-PER', 'I-PER', 'O', 'I-LOC'],
    chunks: ['PER 0-2', 'LOC 3-4'],
  },
  { why: 'IOB1: B- splits two names of one type', tags: ['I-PER', 'B-PER'], chunks: ['PER 0-1', 'PER 1-2'] },
  { why: 'a change of type ends a chunk', tags: ['I-ORG', 'I-LOC'], chunks: ['ORG 0-1', 'LOC 1-2'] },
  { why: 'B- after B- of the same type', tags: ['B-MISC', 'B-MISC'], chunks: ['MISC 0-1', 'MISC 1-2'] },
  { why: 'a chunk running to the end', tags: ['O', 'B-ORG', 'I-ORG'], chunks: ['ORG 1-3'] },
  {
    why: 'BILOU/IOBES endings close chunks',
    tags: ['S-PER', 'B-LOC', 'E-LOC', 'U-ORG'],
    chunks: ['PER 0-1', 'LOC 1-3', 'ORG 3-4'],
  },
  { why: 'no entities', tags: ['O', 'O'], chunks: [] },
  { why: 'empty sentence', tags: [], chunks: [] },
  { why: 'malformed tags count as outside', tags: ['PER', 'X-PER', 'B-PER'], chunks: ['PER 2-3'] },
];

for (const { why, tags, chunks } of chunkCases) {
  test(`chunksOf: ${why}`, () => {
    assert.deepEqual(
      chunksOf(tags).map(({ type, start, end }) => `${type} ${start}-${end}`),
      chunks,
    );
  });
}

test('toIob2 rewrites IOB1 so every chunk starts with B-', () => {
  assert.deepEqual(toIob2(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG']), [
    'B-PER',
    'I-PER',
    'B-PER',
    'O',
    'B-LOC',
    'B-ORG',
  ]);
});

test('labels: O first, then B-/I- for each type; unknown tags map to O', () => {
  assert.equal(labels[0], 'O');
  assert.equal(labels.length, 9);
  assert.equal(labels[labelId('I-MISC')], 'I-MISC');
  assert.equal(labelId('B-GPE'), 0);
});

test('allowedTransition: I-X only continues X', () => {
  assert.equal(allowedTransition(-1, labelId('I-PER')), false);
  assert.equal(allowedTransition(labelId('O'), labelId('I-PER')), false);
  assert.equal(allowedTransition(labelId('B-ORG'), labelId('I-PER')), false);
  assert.equal(allowedTransition(labelId('B-PER'), labelId('I-PER')), true);
  assert.equal(allowedTransition(labelId('I-PER'), labelId('I-PER')), true);
  assert.equal(allowedTransition(labelId('I-PER'), labelId('B-PER')), true);
});
