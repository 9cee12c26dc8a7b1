import { type Lemma, lemmatize } from './lemmas.ts';
import { numberKey, numberValue } from './numbers.ts';
import { stopwords } from './stopwords.ts';
import type { WordNet } from './wordnet.ts';

/** What the similarity needs to know about one lower-case word, worked out once per word. */
export interface WordInfo extends Lemma {
  /** WordNet concepts of the word's forms (empty without WordNet or for numbers). */
  readonly concepts: readonly number[];
  /** A crude stem for words WordNet does not link ("negotiators" ~ "negotiations"). */
  readonly stem: string | null;
  /** Anchor key when the word is a number. */
  readonly number: string | null;
  readonly isStopword: boolean;
}

export interface Lexicon {
  readonly wordnet: WordNet | null;
  word(lower: string): WordInfo;
  /** Whether a capitalised word is also an ordinary lower-case word ("Trump" is, "Putin" is not). */
  isCommonWord(lower: string): boolean;
}

const stemLength = 6;

/**
 * Memoises word analysis for one WordNet (or none). The memo only caches a pure function of the
 * word, so results never depend on the order words were seen in.
 */
export function createLexicon(wordnet: WordNet | null): Lexicon {
  const memo = new Map<string, WordInfo>();
  const known = wordnet ? (word: string) => wordnet.has(word) : undefined;
  return {
    wordnet,
    isCommonWord: (lower) => stopwords.has(lower) || (wordnet?.has(lower) ?? false),
    word(lower) {
      const cached = memo.get(lower);
      if (cached) return cached;
      const value = numberValue(lower);
      const lemma = lemmatize(lower, known);
      const number = value === undefined ? null : numberKey(value);
      const isStopword = stopwords.has(lower) || stopwords.has(lemma.lemma);
      const concepts =
        wordnet && number === null && !isStopword
          ? uniqueConcepts(lemma.forms.map((form) => wordnet.concepts(form)))
          : [];
      const info: WordInfo = {
        lemma: lemma.lemma,
        forms: number === null ? lemma.forms : [...lemma.forms, number],
        concepts,
        stem: lemma.lemma.length > stemLength && number === null ? lemma.lemma.slice(0, stemLength) : null,
        number,
        isStopword,
      };
      memo.set(lower, info);
      return info;
    },
  };
}

function uniqueConcepts(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())];
}
