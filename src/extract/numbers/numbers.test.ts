import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNumbers } from './index.ts';

const numbersIn = (sentence: string) =>
  findNumbers(sentence, [{ span: [0, sentence.length], block: 0 }], []).map((n) => ({
    text: n.text,
    value: n.value,
    ...(n.upTo !== undefined ? { upTo: n.upTo } : {}),
    ...(n.unit !== undefined ? { unit: n.unit } : {}),
  }));

const cases: Array<[string, string, object[]]> = [
  [
    'hyphenated spelled-out',
    'They held a five-hour meeting.',
    [{ text: 'five-hour', value: 5, unit: 'hour' }],
  ],
  ['hyphenated digits', 'A draft 28-point proposal.', [{ text: '28-point', value: 28, unit: 'point' }]],
  [
    'range with unit',
    'It is 30 to 50 kilometers of space.',
    [{ text: '30 to 50 kilometers', value: 30, upTo: 50, unit: 'kilometers' }],
  ],
  ['percent sign', 'And 20% of the Donetsk region.', [{ text: '20%', value: 20, unit: 'percent' }]],
  ['money with scale', 'It cost $5 million in total.', [{ text: '$5 million', value: 5e6, unit: 'USD' }]],
  ['spelled-out pronoun is no quantity', 'One of the most significant gambits.', []],
  ['bare year is no quantity', 'In 2024 the war went on.', []],
  [
    'plain count with noun',
    'They presented four documents.',
    [{ text: 'four documents', value: 4, unit: 'documents' }],
  ],
];

for (const [why, sentence, expected] of cases)
  test(`numbers: ${why}`, () => assert.deepEqual(numbersIn(sentence), expected));
