import { chunksOf, entityTags } from './labels.ts';

/**
 * Word lists learnt from labelled training sentences only: which names were seen as which type
 * (the gazetteer) and which words were seen written in lower case inside a sentence (common words,
 * so a capital letter on them is weak evidence of a name).
 */
export interface Lexicon {
  /** Lower-cased names ("new york") → bit mask of the entity types they were seen as. */
  readonly phrases: ReadonlyMap<string, number>;
  /** Lower-cased word → bit mask of the types of the names it was part of. */
  readonly nameWords: ReadonlyMap<string, number>;
  /** Every proper prefix of a known multi-word name ("new", "new york" for "new york city"). */
  readonly phrasePrefixes: ReadonlySet<string>;
  /** Words seen in lower case after the first position of a sentence. */
  readonly commonWords: ReadonlySet<string>;
}

/** The bit for an entity type in the lexicon's masks. */
export const typeBit = (type: string): number => {
  const index = (entityTags as readonly string[]).indexOf(type);
  return index < 0 ? 0 : 1 << index;
};

/** Names longer than this are not worth matching word by word. */
const longestUsefulPhrase = 6;

export function lexiconFromLists(
  phraseList: Iterable<readonly [string, number]>,
  commonWords: Iterable<string>,
): Lexicon {
  const phrases = new Map<string, number>();
  const nameWords = new Map<string, number>();
  const phrasePrefixes = new Set<string>();
  for (const [phrase, mask] of phraseList) {
    phrases.set(phrase, (phrases.get(phrase) ?? 0) | mask);
    const words = phrase.split(' ');
    for (let length = 1; length < words.length; length++) {
      phrasePrefixes.add(words.slice(0, length).join(' '));
    }
    for (const word of words) nameWords.set(word, (nameWords.get(word) ?? 0) | mask);
  }
  return { phrases, nameWords, phrasePrefixes, commonWords: new Set(commonWords) };
}

interface Labelled {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/** Names of every chunk, lower-cased, each with the bit of its type. */
export function namesIn(sentences: Iterable<Labelled>): Array<readonly [string, number]> {
  const names: Array<readonly [string, number]> = [];
  for (const { words, tags } of sentences) {
    for (const { type, start, end } of chunksOf(tags)) {
      if (end - start > longestUsefulPhrase) continue;
      names.push([words.slice(start, end).join(' ').toLowerCase(), typeBit(type)]);
    }
  }
  return names;
}

/** Words written in lower case somewhere other than first in a sentence. */
export function commonWordsIn(sentences: Iterable<Labelled>): Set<string> {
  const common = new Set<string>();
  for (const { words } of sentences) {
    for (let index = 1; index < words.length; index++) {
      const word = words[index]!;
      if (/^\p{Ll}/u.test(word)) common.add(word);
    }
  }
  return common;
}

export const buildLexicon = (sentences: readonly Labelled[]): Lexicon =>
  lexiconFromLists(namesIn(sentences), commonWordsIn(sentences));

/**
 * What `matchNames` looks up about a word on its own, as one number: bit 0 is set when a longer
 * known name starts with it; the bits above hold 1 + its type mask when it is a known name itself,
 * else 0. A caller that meets the same words again keeps it and spares `matchNames` the look-ups.
 */
export function singleWordCode(word: string, lexicon: Lexicon): number {
  const mask = lexicon.phrases.get(word);
  const known = lexicon.phrases.has(word) ? mask! + 1 : 0;
  return (known << 1) | (lexicon.phrasePrefixes.has(word) ? 1 : 0);
}

/**
 * Marks each word covered by a known name: longest match first, left to right, case-insensitively.
 * The code per word is `position << 4 | type mask`, position 1 = single word, 2 = first, 3 = inside,
 * 4 = last; 0 = not covered. `wordCodes`, when given, holds `singleWordCode` of each word.
 */
export function matchNames(
  lowerWords: readonly string[],
  lexicon: Lexicon,
  out: Uint32Array,
  wordCodes?: ArrayLike<number>,
): void {
  out.fill(0);
  const { phrases, phrasePrefixes } = lexicon;
  const count = lowerWords.length;
  // Most words are '' (no name word): unless '' begins a name, none can start a match.
  const emptyMayStart = phrasePrefixes.has('');
  for (let start = 0; start < count; ) {
    // Grow the phrase only while it can still become a known name; remember the longest match.
    let phrase = lowerWords[start]!;
    if (phrase === '' && !emptyMayStart) {
      start++;
      continue;
    }
    const code = wordCodes ? wordCodes[start]! : singleWordCode(phrase, lexicon);
    const singleMask = (code >> 1) - 1;
    let matched = phrase !== '' && singleMask >= 0 ? 1 : 0;
    let matchedPhrase = phrase;
    // A phrase grows while a longer name starts with it; a single word's answer is in its code.
    for (
      let length = 2;
      start + length <= count && (length === 2 ? (code & 1) === 1 : phrasePrefixes.has(phrase));
      length++
    ) {
      const word = lowerWords[start + length - 1]!;
      if (word === '') break;
      phrase = `${phrase} ${word}`;
      if (phrases.has(phrase)) {
        matched = length;
        matchedPhrase = phrase;
      }
    }
    if (matched > 0) {
      const mask = matched === 1 ? singleMask : phrases.get(matchedPhrase)!;
      for (let offset = 0; offset < matched; offset++) {
        const position = matched === 1 ? 1 : offset === 0 ? 2 : offset === matched - 1 ? 4 : 3;
        out[start + offset] = (position << 4) | mask;
      }
    }
    start += Math.max(matched, 1);
  }
}
