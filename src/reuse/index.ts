import type { Reuse } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import {
  buildIdf,
  createSentenceSimilarity,
  defaultLexicon,
  joinProfiles,
  type SentenceProfile,
  type SentenceSimilarity,
} from '../text/similarity/index.ts';
import { alignSentences, type SentenceScorer } from './align.ts';
import { type Candidate, findCandidates, shingleSignature } from './candidates.ts';
import { decideReuse, type PairDecision } from './decide.ts';
import { type ReuseDocument, readDocument } from './documents.ts';
import { independenceGroups } from './groups.ts';
import { type AlignmentMeasures, measureAlignment } from './measure.ts';
import {
  defaultAlignmentOptions,
  defaultAnchorBoost,
  defaultCandidateOptions,
  defaultDecisionOptions,
  type ReuseOptions,
} from './options.ts';

/**
 * Reuse tracing: which articles copy or rewrite which, passage by passage, and the independence
 * groups that follow. Candidate pairs come from a near-linear search (MinHash/LSH over shingles
 * with quotes masked, plus a rare-anchor fingerprint); each is aligned sentence by sentence and
 * decided with a score and reasons. Pure: the same articles in any order give the same answer.
 */
export interface ReuseResult {
  readonly reuse: Reuse[];
  readonly independentGroups: string[][];
}

/** One examined pair, reported or not, with its measures: for evaluation and explanation. */
export interface PairReport {
  readonly a: string;
  readonly b: string;
  readonly candidate: Candidate;
  readonly measures: AlignmentMeasures;
  readonly decision: PairDecision;
}

export interface ReuseAnalysis extends ReuseResult {
  readonly pairs: readonly PairReport[];
  readonly candidates: number;
}

/** Each sentence of a document read as one with the next (n - 1 of them), made once per document. */
const joinedOfDocument = new WeakMap<ReuseDocument, readonly SentenceProfile[]>();
function joinedSentences(document: ReuseDocument): readonly SentenceProfile[] {
  const known = joinedOfDocument.get(document);
  if (known) return known;
  const joined = document.sentences.slice(1).map((next, i) => joinProfiles(document.sentences[i]!, next));
  joinedOfDocument.set(document, joined);
  return joined;
}

function scorerFor(
  similarity: SentenceSimilarity,
  rows: ReuseDocument,
  columns: ReuseDocument,
): SentenceScorer {
  const r = rows.sentences;
  const c = columns.sentences;
  // (The alignment asks for a minority of the joined pairs: they are scored one by one.)
  const joinedRows = joinedSentences(rows);
  const joinedColumns = joinedSentences(columns);
  return {
    rows: r.length,
    columns: c.length,
    similarities: () => similarity.scoreMatrix(r, c),
    joinedRows: (i, j) => similarity.score(joinedRows[i]!, c[j]!),
    joinedColumns: (i, j) => similarity.score(r[i]!, joinedColumns[j]!),
  };
}

function allPairs(count: number): Candidate[] {
  const pairs: Candidate[] = [];
  for (let a = 0; a < count; a++)
    for (let b = a + 1; b < count; b++) pairs.push({ a, b, shingleSimilarity: 0, sharedAnchors: 0, via: [] });
  return pairs;
}

export function analyseReuse(
  articles: readonly AnalysedArticle[],
  options: ReuseOptions = {},
): ReuseAnalysis {
  const sorted = [...new Map(articles.map((article) => [article.id, article])).values()].sort((x, y) =>
    x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );
  const lexicon = options.lexicon ?? defaultLexicon();
  const idf =
    options.idf ??
    buildIdf(
      sorted.map((article) => readDocument(article, createSentenceSimilarity({ lexicon })).contentLemmas),
    );
  const anchorBoost = options.anchorBoost ?? defaultAnchorBoost;
  const similarity = createSentenceSimilarity({ lexicon, idf, anchorBoost });
  const documents = sorted.map((article) => readDocument(article, similarity));
  const candidateOptions = { ...defaultCandidateOptions, ...options.candidates };
  const alignmentOptions = { ...defaultAlignmentOptions, ...options.alignment };
  const decisionOptions = { ...defaultDecisionOptions, ...options.decision };

  const candidates = options.allPairs
    ? allPairs(documents.length)
    : findCandidates(documents, candidateOptions, options.shinglePairs);
  const pairs: PairReport[] = [];
  for (const candidate of candidates) {
    const rows = documents[candidate.a]!;
    const columns = documents[candidate.b]!;
    const alignments = alignSentences(scorerFor(similarity, rows, columns), alignmentOptions);
    const measures = measureAlignment(rows, columns, alignments);
    const decision = decideReuse(rows, columns, measures, decisionOptions);
    pairs.push({ a: rows.id, b: columns.id, candidate, measures, decision });
  }
  const reuse = pairs
    .flatMap((pair) => (pair.decision.reuse ? [pair.decision.reuse] : []))
    .sort((x, y) => (x.from + x.to < y.from + y.to ? -1 : 1));
  return {
    reuse,
    independentGroups: independenceGroups(
      sorted.map((article) => article.id),
      reuse,
    ),
    pairs,
    candidates: candidates.length,
  };
}

/** Who copied or rewrote whom, and which articles are independent of each other. */
export function traceReuse(articles: readonly AnalysedArticle[], options: ReuseOptions = {}): ReuseResult {
  const { reuse, independentGroups } = analyseReuse(articles, options);
  return { reuse, independentGroups };
}

/** An article's shingle signature as the candidate search makes it: what worker mode stores. */
export function articleSignature(article: AnalysedArticle, options: ReuseOptions = {}): Uint32Array | null {
  const similarity = createSentenceSimilarity({ lexicon: options.lexicon ?? defaultLexicon() });
  return shingleSignature(readDocument(article, similarity), {
    ...defaultCandidateOptions,
    ...options.candidates,
  });
}

export type { SentenceScorer } from './align.ts';
export { alignSentences } from './align.ts';
export { pairKey, shingleSignature } from './candidates.ts';
export { type ReuseDocument, readDocument } from './documents.ts';
export { independenceGroups } from './groups.ts';
export { bandKeys, LshIndex } from './lsh-index.ts';
export { candidateProbability, estimateJaccard, hashString, lshPairs, minhashSignature } from './minhash.ts';
export type { AlignmentOptions, CandidateOptions, DecisionOptions, ReuseOptions } from './options.ts';
export { defaultCandidateOptions } from './options.ts';
