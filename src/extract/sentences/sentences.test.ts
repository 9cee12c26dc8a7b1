import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { splitSentences } from './index.ts';

const split = (text: string) => splitSentences(text, [0, text.length]).map(([s, e]) => text.slice(s, e));

const cases: Array<[why: string, text: string, expected: string[]]> = [
  [
    'initialism before a name stays',
    'He called from the U.S. Embassy in Moscow. Then he left.',
    ['He called from the U.S. Embassy in Moscow.', 'Then he left.'],
  ],
  [
    'month abbreviation',
    'They spoke on Sunday, Nov. 30, 2025, in Florida. It rained.',
    ['They spoke on Sunday, Nov. 30, 2025, in Florida.', 'It rained.'],
  ],
  ['title abbreviation', 'Sen. Rubio spoke. Mr. Smith agreed.', ['Sen. Rubio spoke.', 'Mr. Smith agreed.']],
  [
    'initialism ends a sentence before an opener',
    'The plan came from the U.S. The Kremlin disagreed.',
    ['The plan came from the U.S.', 'The Kremlin disagreed.'],
  ],
  [
    'closing quote after the stop',
    '“It takes two to tango.” Trump said more.',
    ['“It takes two to tango.”', 'Trump said more.'],
  ],
  [
    'question inside quotes',
    '“What comes out of that meeting? I can’t tell you,” Trump remarked.',
    ['“What comes out of that meeting?', 'I can’t tell you,” Trump remarked.'],
  ],
  [
    'ellipsis before lower case',
    'He would like to see the war ended … their impression was strong.',
    ['He would like to see the war ended … their impression was strong.'],
  ],
  [
    'middle initial',
    'John F. Kennedy was president. He died.',
    ['John F. Kennedy was president.', 'He died.'],
  ],
  [
    'lower-case continuation',
    'The price was 5.5 p.m. sharp and it ended.',
    ['The price was 5.5 p.m. sharp and it ended.'],
  ],
  [
    'decimal numbers',
    'Growth was 2.5 percent. Prices rose 3.1 percent.',
    ['Growth was 2.5 percent.', 'Prices rose 3.1 percent.'],
  ],
];

for (const [why, text, expected] of cases) {
  test(`sentences: ${why}`, () => assert.deepEqual(split(text), expected));
}

test('sentences: spans are inside the range, ordered, non-overlapping, trimmed; never throws', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => {
      const spans = splitSentences(text, [0, text.length]);
      let previousEnd = 0;
      for (const [start, end] of spans) {
        assert.ok(start >= previousEnd && end > start && end <= text.length);
        assert.equal(text.slice(start, end).trim(), text.slice(start, end));
        previousEnd = end;
      }
      // Only whitespace lies between sentences.
      assert.equal(
        text.replace(/\s+/g, ''),
        spans
          .map(([s, e]) => text.slice(s, e))
          .join('')
          .replace(/\s+/g, ''),
      );
    }),
  );
});
