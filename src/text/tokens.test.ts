import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { tokenize, tokensOfRange, wordShape } from './tokens.ts';

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

/** Pieces that make tokens run across a range's edge: possessives, abbreviations, initials, no spaces. */
const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'John',
        "'s",
        '’s',
        'Mr',
        '.',
        'U.S.',
        'B',
        ' ',
        '  ',
        '\n\n',
        '!',
        '?"',
        'Co.Ltd',
        'X',
        '1,200',
        '-',
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

test('tokens of a range: the same as tokenising the range alone, wherever its edges fall', () => {
  fc.assert(
    fc.property(trickyText, fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      assert.deepEqual(tokensOfRange(text, tokenize(text), from, to), tokenize(text, from, to));
    }),
    { numRuns: 2000 },
  );
  // A range that ends between a word's two possessive endings tokenises that word differently.
  const doubled = "A X's's b";
  assert.deepEqual(tokensOfRange(doubled, tokenize(doubled), 0, 5), tokenize(doubled, 0, 5));
});

test('tokens of a range: a sentence set apart by spaces reuses the whole text’s tokens', () => {
  const text = 'Talks ended. Mr. Smith’s aide left the U.S. on Monday. Then';
  const all = tokenize(text);
  const from = text.indexOf('Mr.');
  const range = tokensOfRange(text, all, from, text.indexOf(' Then'));
  assert.deepEqual(
    range.map((token) => token.text),
    ['Mr.', 'Smith', '’s', 'aide', 'left', 'the', 'U.S.', 'on', 'Monday', '.'],
  );
  assert.ok(range.every((token) => all.includes(token)));
});
