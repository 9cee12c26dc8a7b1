import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compareQuotes, describeChange, quoteTokens } from './quotes.ts';

const compare = (a: string, b: string) => compareQuotes(quoteTokens(a), quoteTokens(b));

const cases: Array<[string, string, string, { same: boolean; changes: string[] }]> = [
  [
    'a word changed',
    'What comes out of that meeting, I cannot tell you, it takes two to tango.',
    'What comes out of that meeting, I cannot tell you, it needs two to tango.',
    { same: true, changes: ['"takes" → "needs"'] },
  ],
  [
    'a cut marked with an ellipsis',
    'He would like to see the war ended and he wants to make a deal now.',
    'He would like to see the war ended … he wants to make a deal now.',
    { same: true, changes: [] },
  ],
  [
    'an editor’s bracket',
    'We agreed on some things, and the president [Putin] said so to the envoys.',
    'We agreed on some things, and the president said so to the envoys.',
    { same: true, changes: [] },
  ],
  [
    'a fragment of a longer quote',
    'It is a war that should never have started, he said to us.',
    'a war that should never have started',
    { same: true, changes: [] },
  ],
  [
    'contractions are the same words',
    "We're not close enough yet, and we've got work to do.",
    'We are not close enough yet, and we have got work to do.',
    { same: true, changes: [] },
  ],
  [
    'a dropped negation',
    'I used money that should not have been used for my campaign.',
    'I used money that should have been used for my campaign.',
    { same: true, changes: ['"not" → "(nothing)"'] },
  ],
  [
    'F.B.I. is FBI',
    'He lied many times to the F.B.I. and nothing happened.',
    'He lied many times to the FBI and nothing happened.',
    { same: true, changes: [] },
  ],
  [
    'common phrasing is no utterance',
    'would like to end the war',
    'they decide they do not want to end the war',
    { same: false, changes: [] },
  ],
];

for (const [why, a, b, expected] of cases) {
  test(`quotes: ${why}`, () => {
    const result = compare(a, b);
    assert.equal(result.same, expected.same);
    assert.deepEqual(result.changes.map(describeChange), expected.changes);
  });
}

test('quotes: a quote never differs from itself or its own excerpt (property)', () => {
  const word = fc.constantFrom(
    'we',
    'will',
    'not',
    'talk',
    'about',
    'the',
    'plan',
    'today',
    'again',
    'peace',
    'war',
    'deal',
  );
  fc.assert(
    fc.property(fc.array(word, { minLength: 6, maxLength: 30 }), fc.nat(), fc.nat(), (words, x, y) => {
      const text = words.join(' ');
      assert.deepEqual(compare(text, text).changes, []);
      const start = x % (words.length - 4);
      const end = Math.min(words.length, start + 4 + (y % words.length));
      assert.deepEqual(compare(text, words.slice(start, end).join(' ')).changes, []);
    }),
  );
});
