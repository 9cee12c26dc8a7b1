import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handArticle } from '../testing.ts';
import { createQuoteDetector, quoteDetector } from './quote.ts';
import { findingsOf } from './shared.test-support.ts';

const quoted = (id: string, words: string, speakerText = 'Trump') =>
  handArticle({
    id,
    blocks: [`“${words}” ${speakerText} told reporters in the Oval Office.`],
    people: [{ name: 'Donald Trump', written: ['Trump'] }],
    quotes: [{ text: words, speaker: 'Donald Trump', speakerText }],
  });

const original = 'What comes out of that meeting, I cannot tell you, because it takes two to tango.';

const cases: Array<[string, ReturnType<typeof handArticle>[], number]> = [
  ['the same words', [quoted('a', original), quoted('b', original)], 0],
  [
    'a word changed',
    [quoted('a', original), quoted('b', original), quoted('c', original.replace('takes', 'needs'))],
    1,
  ],
  [
    'a negation dropped',
    [
      quoted('a', 'I did not know what the Kremlin was doing at all.'),
      quoted('b', 'I did know what the Kremlin was doing at all.'),
    ],
    1,
  ],
  [
    'a cut marked with an ellipsis',
    [quoted('a', original), quoted('b', 'What comes out of that meeting … it takes two to tango.')],
    0,
  ],
  ['a fragment', [quoted('a', original), quoted('b', 'it takes two to tango, because')], 0],
  [
    'a silent cut that leaves the claim standing',
    [
      quoted('a', original),
      quoted('b', 'What comes out of that meeting, I cannot tell you, it takes two to tango.'),
    ],
    0,
  ],
  [
    'function words as transcripts differ',
    [quoted('a', original), quoted('b', original.replace('it takes', 'it does take'))],
    0,
  ],
];

for (const [why, articles, count] of cases)
  test(`quote: ${why}`, () => assert.equal(findingsOf(quoteDetector, articles).length, count));

test('quote: silent cuts are reported when asked', () => {
  const cut = [
    quoted('a', 'Ultimately it will be up to them, and then the bloody war will continue.'),
    quoted('b', 'Ultimately it will be up to them, and then the war will continue.'),
  ];
  assert.equal(findingsOf(quoteDetector, cut).length, 0);
  assert.equal(findingsOf(createQuoteDetector({ reportSilentCuts: true }), cut).length, 1);
});
