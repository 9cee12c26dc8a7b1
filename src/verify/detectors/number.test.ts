import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handArticle } from '../testing.ts';
import { numberDetector } from './number.ts';
import { findingsOf } from './shared.test-support.ts';

const meeting = (id: string, text: string, value: number, extra: Partial<{ upTo: number }> = {}) =>
  handArticle({
    id,
    blocks: [`Witkoff and Kushner held a ${text} meeting with Putin at the Kremlin on Tuesday.`],
    people: [
      { name: 'Steve Witkoff', written: ['Witkoff'] },
      { name: 'Vladimir Putin', written: ['Putin'] },
    ],
    numbers: [{ text, value, unit: 'hour', ...extra }],
  });

const plan = (id: string, sentence: string, numbers: { text: string; value: number }[]) =>
  handArticle({ id, blocks: [sentence], numbers: numbers.map((n) => ({ ...n, unit: 'point' })) });

const cases: Array<[string, ReturnType<typeof handArticle>[], object[]]> = [
  ['the same figure', [meeting('a', 'five-hour', 5), meeting('b', 'five-hour', 5)], []],
  [
    'a different figure',
    [meeting('a', 'five-hour', 5), meeting('b', 'five-hour', 5), meeting('c', 'four-hour', 4)],
    [{ 'five-hour': ['a', 'b'], 'four-hour': ['c'] }],
  ],
  [
    'a stated change is no conflict',
    [
      plan('a', 'The envoys brought the 28-point plan to Moscow for the talks.', [
        { text: '28-point', value: 28 },
      ]),
      plan('b', 'Kyiv worked to reduce the 28-point plan to a 19-point plan before the envoys left.', [
        { text: '28-point', value: 28 },
        { text: '19-point', value: 19 },
      ]),
      plan('c', 'The envoys brought the 19-point plan to Moscow for the talks.', [
        { text: '19-point', value: 19 },
      ]),
    ],
    [],
  ],
  [
    'a bound that allows the other value',
    [
      handArticle({
        id: 'a',
        blocks: ['More than 20 people were killed in the attack on Friday.'],
        numbers: [{ text: '20 people', value: 20, unit: 'people' }],
      }),
      handArticle({
        id: 'b',
        blocks: ['The attack on Friday killed 25 people, officials said.'],
        numbers: [{ text: '25 people', value: 25, unit: 'people' }],
      }),
    ],
    [],
  ],
  [
    'the same bound with different counts',
    [
      handArticle({
        id: 'a',
        blocks: ['At least 8 people were killed in the attack on Friday.'],
        numbers: [{ text: '8 people', value: 8, unit: 'people' }],
      }),
      handArticle({
        id: 'b',
        blocks: ['At least 12 people were killed in the attack on Friday.'],
        numbers: [{ text: '12 people', value: 12, unit: 'people' }],
      }),
    ],
    [{ '12 people': ['b'], '8 people': ['a'] }],
  ],
  [
    'a list of figures pairs entries by their names',
    [
      handArticle({
        id: 'a',
        blocks: ['Their ages: Breyer, 87; Roberts, 78; Alito, 58.'],
        numbers: [
          { text: '87', value: 87 },
          { text: '78', value: 78 },
          { text: '58', value: 58 },
        ],
      }),
      handArticle({
        id: 'b',
        blocks: ['Their ages: Breyer, 87; Roberts, 78; Alito, 58.'],
        numbers: [
          { text: '87', value: 87 },
          { text: '78', value: 78 },
          { text: '58', value: 58 },
        ],
      }),
    ],
    [],
  ],
];

for (const [why, articles, expected] of cases)
  test(`number: ${why}`, () => assert.deepEqual(findingsOf(numberDetector, articles), expected));
