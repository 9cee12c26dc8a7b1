import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handArticle } from '../testing.ts';
import { polarityDetector, polarityOf } from './polarity.ts';
import { findingsOf } from './shared.test-support.ts';

const said = (id: string, sentence: string) =>
  handArticle({
    id,
    blocks: [sentence],
    people: [
      { name: 'Yuri Ushakov', written: ['Ushakov'] },
      { name: 'Donald Trump', written: ['Trump'] },
    ],
  });

const cases: Array<[string, ReturnType<typeof handArticle>[], number]> = [
  [
    'one says it happened, another that it did not',
    [
      said('a', 'Ushakov confirmed that the summit between Putin and Trump was agreed in Moscow.'),
      said('b', 'Ushakov confirmed that the summit between Putin and Trump was not agreed in Moscow.'),
    ],
    1,
  ],
  [
    'both negate',
    [
      said('a', 'Ushakov said the summit with Trump was not agreed in Moscow.'),
      said('b', 'Ushakov said the summit with Trump was not agreed in Moscow yet.'),
    ],
    0,
  ],
  [
    'a negation inside a quote is the speaker’s',
    [
      said('a', 'Ushakov said the summit with Trump was agreed in Moscow.'),
      said('b', 'Ushakov said: "the summit with Trump was not agreed in Moscow."'),
    ],
    0,
  ],
];

for (const [why, articles, count] of cases)
  test(`polarity: ${why}`, () => assert.equal(findingsOf(polarityDetector, articles).length, count));

test('polarity: negated verbs, not negative words', () => {
  assert.equal(polarityOf('The talks did not take place.'), true);
  assert.equal(polarityOf("The envoy wasn't in Moscow."), true);
  assert.equal(polarityOf('No deal was reached.'), false);
});
