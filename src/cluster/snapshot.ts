import { noDays, noVector } from './profile.ts';
import type { DayRange, NormCache, Similarity, VectorPart } from './similarity.ts';
import type { SparseVector } from './vectors.ts';

/**
 * A streaming clusterer's whole state as plain JSON (see `StoryClusterer.toSnapshot`), so that a
 * worker can start from the state at some point of the story log instead of replaying all of it.
 * The state includes the caches whose values decide later placements (cached IDF weights and
 * vector norms are reused until the stream has grown by 1 %), so a clusterer restored from a
 * snapshot places every later document exactly as the one it was taken from. Maps are kept as
 * lists of entries in their insertion order: sums over them are taken in that order.
 */

/**
 * Bump when the clusterer's state or any of its decisions change: a snapshot of another version is
 * passed over (workers then replay the whole log), as one taken under other options is.
 */
export const snapshotVersion = 1;

/**
 * JSON has no infinities nor NaN: publication days of undated documents are +∞, the newest day
 * starts at −∞, and a day that is not a number is kept as given.
 */
export type EncodedNumber = number | 'Infinity' | '-Infinity' | 'NaN';

export const encodeNumber = (value: number): EncodedNumber =>
  Number.isFinite(value) ? value : Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';

export const decodeNumber = (value: EncodedNumber): number =>
  typeof value === 'number' ? value : Number(value);

export interface FrequenciesSnapshot {
  readonly documents: number;
  /** key, count, cached weight, documents when cached, latest day. */
  readonly entries: readonly (readonly [string, number, number, number, EncodedNumber])[];
}

export interface StoryIndexSnapshot {
  readonly postings: readonly (readonly [string, readonly number[]])[];
  readonly keysOf: readonly (readonly [number, readonly string[]])[];
}

/** A cached norm: the profile revision and document count it was computed at, and its value. */
export type NormSnapshot = readonly [revision: number, at: number, value: number];

/** A sparse vector and its cached norm, if any; null for the shared empty vector. */
export type VectorSnapshot = {
  readonly entries: readonly (readonly [string, number])[];
  readonly norm?: NormSnapshot;
} | null;

export interface DocumentSnapshot {
  readonly id: string;
  readonly sequence: number;
  readonly title?: string;
  readonly terms: VectorSnapshot;
  readonly titleTerms: VectorSnapshot;
  readonly entities: VectorSnapshot;
  readonly contributors: Readonly<Record<VectorPart, number>>;
  /** Null for none. */
  readonly eventDays: readonly (readonly [number, number])[] | null;
  readonly published?: DayRange;
  readonly revision: number;
  /** Why it joined its story; null when it started it. */
  readonly placedBy: Similarity | null;
}

export interface StorySnapshot {
  readonly number: number;
  readonly terms: NonNullable<VectorSnapshot>;
  /** Null for a part the story never had. */
  readonly titleTerms: VectorSnapshot;
  readonly entities: VectorSnapshot;
  readonly eventDays: readonly (readonly [number, number])[] | null;
  readonly publishedDays: readonly (readonly [number, number])[] | null;
  readonly contributors: Readonly<Record<VectorPart, number>>;
  readonly revision: number;
  /** Member ids in the order they joined. */
  readonly documents: readonly string[];
  /** Its size when its index keys were last ranked. */
  readonly indexedAtSize?: number;
}

export interface ClustererSnapshot {
  readonly version: number;
  /** The resolved options, as JSON: a snapshot restores only under the same ones. */
  readonly options: string;
  readonly terms: FrequenciesSnapshot;
  readonly entities: FrequenciesSnapshot;
  readonly index: StoryIndexSnapshot;
  /** Every document kept, in the clusterer's order. */
  readonly documents: readonly DocumentSnapshot[];
  /** Every story kept, in the clusterer's order. */
  readonly stories: readonly StorySnapshot[];
  /** Documents of retired stories and their story ids. */
  readonly retired: readonly (readonly [string, string])[];
  readonly latestDays: readonly EncodedNumber[];
  readonly newestDay: EncodedNumber;
  readonly nextStory: number;
  readonly nextSequence: number;
  readonly storiesScored: number;
  readonly retiredStories: number;
}

export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/** A vector and its cached norm, if any. (A document's empty parts are the shared `noVector`: see below.) */
export function vectorSnapshot(vector: SparseVector, norms: NormCache): NonNullable<VectorSnapshot> {
  const norm = norms.entryOf(vector);
  return { entries: [...vector], ...(norm ? { norm } : {}) };
}

/** A restored vector, its cached norm entered again in `norms`. */
export function restoreVector(snapshot: NonNullable<VectorSnapshot>, norms: NormCache): Map<string, number> {
  const vector = new Map(snapshot.entries);
  if (snapshot.norm) norms.restoreEntry(vector, snapshot.norm);
  return vector;
}

/** Document profiles share one empty map for every part they lack (see profile.ts). */
export const documentVectorSnapshot = (vector: SparseVector, norms: NormCache): VectorSnapshot =>
  vector.size === 0 ? null : vectorSnapshot(vector, norms);

export const restoreDocumentVector = (snapshot: VectorSnapshot, norms: NormCache): SparseVector =>
  snapshot === null ? noVector : restoreVector(snapshot, norms);

export const restoreDocumentDays = (
  days: readonly (readonly [number, number])[] | null,
): ReadonlyMap<number, number> => (days === null ? noDays : new Map(days));
