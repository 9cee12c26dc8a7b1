import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readModelFile } from './index.ts';
import { type Lexicon, lexiconFromLists, NameMatcher } from './lexicon.ts';

/**
 * The matcher as it was first written, joining words into phrases and looking the phrases up:
 * the reference the word-id tree must agree with. '' stands for a word of no known name.
 */
function matchByPhrases(lowerWords: readonly string[], lexicon: Lexicon): number[] {
  const out = lowerWords.map(() => 0);
  for (let start = 0; start < lowerWords.length; ) {
    let phrase = lowerWords[start]!;
    let matched = phrase !== '' && lexicon.phrases.has(phrase) ? 1 : 0;
    let mask = lexicon.phrases.get(phrase) ?? 0;
    for (
      let length = 2;
      start + length <= lowerWords.length && lexicon.phrasePrefixes.has(phrase);
      length++
    ) {
      const word = lowerWords[start + length - 1]!;
      if (word === '') break;
      phrase = `${phrase} ${word}`;
      if (lexicon.phrases.has(phrase)) {
        matched = length;
        mask = lexicon.phrases.get(phrase)!;
      }
    }
    for (let offset = 0; offset < matched; offset++) {
      const position = matched === 1 ? 1 : offset === 0 ? 2 : offset === matched - 1 ? 4 : 3;
      out[start + offset] = (position << 4) | mask;
    }
    start += Math.max(matched, 1);
  }
  return out;
}

/** What the tagger gives the matcher for each word: its id when it is part of a name, else 0. */
function matchByIds(lowerWords: readonly string[], lexicon: Lexicon): number[] {
  const matcher = new NameMatcher(lexicon);
  const ids = lowerWords.map((word) => ((lexicon.nameWords.get(word) ?? 0) !== 0 ? matcher.idOf(word) : 0));
  const out = new Uint32Array(lowerWords.length);
  matcher.match(ids, lowerWords.length, out);
  return [...out];
}

const small = lexiconFromLists(
  [
    ['new york', 1],
    ['new york city', 4],
    ['york', 2],
    ['the hague', 4],
    ['bank of new york', 2],
    ['of', 8],
  ],
  [],
);

test('names are matched longest first, left to right, with their positions and types', () => {
  const words = ['the', 'bank', 'of', 'new', 'york', 'city', 'and', 'new', 'york', 'new'];
  const lower = words.map((word) => ((small.nameWords.get(word) ?? 0) !== 0 ? word : ''));
  assert.deepEqual(matchByIds(lower, small), [0, 0x22, 0x32, 0x32, 0x42, 0, 0, 0x21, 0x41, 0]);
  assert.deepEqual(matchByIds(lower, small), matchByPhrases(lower, small));
});

test('the word-id tree marks the same names as joining and looking up phrases', () => {
  const { lexicon } = readModelFile(new URL('./model.bin.gz', import.meta.url));
  const nameWords = [...lexicon.nameWords.keys()];
  // Words that start or continue names, so long matches and near-misses are common.
  const firstWords = [...lexicon.phrasePrefixes].map((prefix) => prefix.split(' ')[0]!);
  const word = fc.oneof(fc.constantFrom(...firstWords), fc.constantFrom(...nameWords), fc.constant(''));
  for (const names of [lexicon, small]) {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (sentence) => {
        const lower = sentence.map((w) => ((names.nameWords.get(w) ?? 0) !== 0 ? w : ''));
        assert.deepEqual(matchByIds(lower, names), matchByPhrases(lower, names));
      }),
      { numRuns: 500 },
    );
  }
});
