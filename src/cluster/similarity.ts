import type { ClusterOptions, SignalWeights } from './options.ts';
import type { NormSnapshot } from './snapshot.ts';
import {
  type KeyWeight,
  type SparseVector,
  weightedCosine,
  weightedDot,
  weightedNormSquared,
} from './vectors.ts';

/**
 * The similarity of two profiles (an article and a story, or two stories): a weighted mix of
 * content, entity, title, event-day and publication-day signals. A signal one side lacks is left
 * out of the mix rather than counted as a mismatch: missing evidence is not counter-evidence.
 */

/** First and last day (days since 1970-01-01). */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

export type VectorPart = 'terms' | 'titleTerms' | 'entities';

/** What the similarity reads of an article or a story; an article is a story of one. */
export interface Profile {
  /**
   * Sums of member vectors: each document adds its term, title and entity vectors, each of unit
   * length under the weights when it arrived.
   */
  readonly terms: SparseVector;
  readonly titleTerms: SparseVector;
  readonly entities: SparseVector;
  /** How many documents added a non-empty vector to each part. */
  readonly contributors: Readonly<Record<VectorPart, number>>;
  /** Event day → how many articles write it. */
  readonly eventDays: ReadonlyMap<number, number>;
  readonly published: DayRange | undefined;
  /** Changes whenever the vectors change, so cached norms can tell they are stale. */
  readonly revision: number;
}

/** Rarity weights learnt from the stream so far. */
export interface Rarity {
  readonly term: KeyWeight;
  readonly entity: KeyWeight;
  /** Documents seen: the weights' clock. */
  readonly documents: () => number;
}

/**
 * Squared weighted norms of profile vectors, kept until the profile changes or the stream grows
 * by 1 % (weights drift slowly). Story norms are read for every candidate; this keeps that cheap.
 */
export class NormCache {
  readonly #entries = new WeakMap<SparseVector, { revision: number; at: number; value: number }>();

  normSquared(vector: SparseVector, revision: number, weight: KeyWeight, documents: number): number {
    const entry = this.#entries.get(vector);
    if (entry && entry.revision === revision && documents <= entry.at * 1.01) return entry.value;
    const value = weightedNormSquared(vector, weight);
    this.#entries.set(vector, { revision, at: documents, value });
    return value;
  }

  /** The cached norm of a vector, if any (for a snapshot). */
  entryOf(vector: SparseVector): NormSnapshot | undefined {
    const entry = this.#entries.get(vector);
    return entry && [entry.revision, entry.at, entry.value];
  }

  restoreEntry(vector: SparseVector, [revision, at, value]: NormSnapshot): void {
    this.#entries.set(vector, { revision, at, value });
  }
}

export type SignalName = keyof SignalWeights;

/** A similarity with its reasons: the value of each signal that took part. */
export interface Similarity {
  readonly score: number;
  readonly signals: Readonly<Partial<Record<SignalName, number>>>;
}

/** Days between two ranges; zero when they overlap. */
export function dayGap(a: DayRange, b: DayRange): number {
  return Math.max(0, a.first - b.last, b.first - a.last);
}

/** 1 at no gap, one half after `halfLife` days, a quarter after two, and so on. */
export const decay = (gap: number, halfLife: number): number => 2 ** (-gap / halfLife);

/**
 * Kernel cosine of two day histograms: days count as matching in proportion to their closeness,
 * so "Tuesday" resolved one day off still meets. Capped at 1.
 */
export function eventDaySimilarity(
  a: ReadonlyMap<number, number>,
  b: ReadonlyMap<number, number>,
  halfLife: number,
): number {
  let cross = 0;
  for (const [dayA, countA] of a)
    for (const [dayB, countB] of b) cross += countA * countB * decay(Math.abs(dayA - dayB), halfLife);
  let normA = 0;
  for (const count of a.values()) normA += count * count;
  let normB = 0;
  for (const count of b.values()) normB += count * count;
  const norms = Math.sqrt(normA * normB);
  return norms === 0 ? 0 : Math.min(1, cross / norms);
}

/**
 * Similarity of one part of two profiles. Centroid linkage: cosine of the two sums. Average
 * linkage: the mean similarity of their members' pairs, which the sums give in one dot product
 * (members are unit vectors), so an outsider does not gain from how alike a story's members are.
 */
function partSimilarity(
  a: Profile,
  b: Profile,
  part: VectorPart,
  weight: KeyWeight,
  context: Context,
): number {
  const x = a[part];
  const y = b[part];
  if (x.size === 0 || y.size === 0) return 0;
  if (context.linkage === 'average') {
    const pairs = a.contributors[part] * b.contributors[part];
    return pairs === 0 ? 0 : Math.min(1, weightedDot(x, y, weight) / pairs);
  }
  return weightedCosine(
    x,
    y,
    weight,
    context.norms.normSquared(x, a.revision, weight, context.documents),
    context.norms.normSquared(y, b.revision, weight, context.documents),
  );
}

interface Context {
  readonly linkage: ClusterOptions['linkage'];
  readonly norms: NormCache;
  readonly documents: number;
}

/** The weighted mix of every signal both profiles carry. */
export function similarity(
  a: Profile,
  b: Profile,
  rarity: Rarity,
  options: ClusterOptions,
  norms: NormCache = new NormCache(),
): Similarity {
  const { weights } = options;
  const context: Context = { linkage: options.linkage, norms, documents: rarity.documents() };
  const signals: Partial<Record<SignalName, number>> = {
    content: partSimilarity(a, b, 'terms', rarity.term, context),
  };
  if (a.entities.size > 0 && b.entities.size > 0) {
    signals.entities = partSimilarity(a, b, 'entities', rarity.entity, context);
  }
  if (a.titleTerms.size > 0 && b.titleTerms.size > 0) {
    signals.title = partSimilarity(a, b, 'titleTerms', rarity.term, context);
  }
  // Event days only ever support: reports mention background dates, and a date resolved against
  // a wrong publication day lands anywhere, so days that meet nothing are not held against a pair.
  const eventDays =
    a.eventDays.size > 0 && b.eventDays.size > 0
      ? eventDaySimilarity(a.eventDays, b.eventDays, options.eventHalfLifeDays)
      : 0;
  if (eventDays > 0.05) signals.eventDays = eventDays;
  if (a.published && b.published) {
    signals.published = decay(dayGap(a.published, b.published), options.publishedHalfLifeDays);
  }
  // Time corroborates what the texts share; on its own it would join every pair of same-day reports.
  const textual = weightedMean(signals, weights, textSignals);
  if (textual < options.textFloor) return { score: textual, signals };
  return { score: weightedMean(signals, weights, signalNames), signals };
}

function weightedMean(
  signals: Partial<Record<SignalName, number>>,
  weights: SignalWeights,
  names: readonly SignalName[],
): number {
  let total = 0;
  let weightSum = 0;
  for (const name of names) {
    const value = signals[name];
    if (value === undefined) continue;
    total += weights[name] * value;
    weightSum += weights[name];
  }
  return weightSum === 0 ? 0 : total / weightSum;
}

const textSignals: readonly SignalName[] = ['content', 'entities', 'title'];
const signalNames: readonly SignalName[] = ['content', 'entities', 'title', 'eventDays', 'published'];
