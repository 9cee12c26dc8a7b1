import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { tokenize, wordShape } from './tokens.ts';

const words = (text: string) => tokenize(text).map((t) => t.text);

const cases: Array<[why: string, text: string, expected: string[]]> = [
  ['initialisms stay whole', 'the U.S. Embassy', ['the', 'U.S.', 'Embassy']],
  ['the possessive is its own token', 'Putin’s aide', ['Putin', '’s', 'aide']],
  ['hyphenated compounds stay whole', 'a five-hour meeting', ['a', 'five-hour', 'meeting']],
  ['a middle initial keeps its full stop, as in CoNLL', 'George W. Bush', ['George', 'W.', 'Bush']],
  ['abbreviations keep their full stop', 'on Nov. 30', ['on', 'Nov.', '30']],
  ['an ordinary word before a full stop does not', '50 km. Then', ['50', 'km', '.', 'Then']],
  ['numbers with separators stay whole', '1,200.5 people', ['1,200.5', 'people']],
];

for (const [why, text, expected] of cases)
  test(`tokens: ${why}`, () => assert.deepEqual(words(text), expected));

test('tokens: shapes', () =>
  assert.deepEqual(['Putin', 'U.S.', '12-point', '1996'].map(wordShape), ['Xxx', 'X.X.', 'dd-xx', 'dddd']));

test('tokens: spans index the text, in order, never overlapping; never throws', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      let previousEnd = 0;
      for (const token of tokenize(text)) {
        assert.equal(text.slice(token.span[0], token.span[1]), token.text);
        assert.ok(token.span[0] >= previousEnd && token.span[1] > token.span[0]);
        previousEnd = token.span[1];
      }
    }),
  );
});
