import type { ClusterOptions } from './options.ts';
import type { DayRange, NormCache, Profile, Rarity, VectorPart } from './similarity.ts';
import {
  restoreVector,
  SnapshotError,
  type StorySnapshot,
  type VectorSnapshot,
  vectorSnapshot,
} from './snapshot.ts';
import { addInto, byScoreThenKey, pruneTo } from './vectors.ts';

/**
 * What the clusterer keeps of one article, and the running summary of a story. Summaries are
 * updated per article (add, remove, absorb another story), never rebuilt from all their articles,
 * and pruned to bounded sizes so a story's cost does not grow with its length.
 */

export interface DocumentRecord {
  readonly id: string;
  /** Arrival order: ties and repair passes follow it, so results never depend on map internals. */
  readonly sequence: number;
  readonly profile: Profile;
  readonly title: string | undefined;
}

/** Shared by every story without that part, until it gets one: most stories are small. */
const noVector: ReadonlyMap<string, number> = new Map();
const noDays: ReadonlyMap<number, number> = new Map();

export class StorySummary implements Profile {
  readonly terms = new Map<string, number>();
  #titleTerms: Map<string, number> | undefined;
  #entities: Map<string, number> | undefined;
  #eventDays: Map<number, number> | undefined;
  /** Publication day → articles, so the range can shrink again when an article leaves. */
  #publishedDays: Map<number, number> | undefined;
  /** Cached between changes: similarity reads it for every candidate. */
  #publishedRange: DayRange | undefined | null = null;
  readonly contributors: Record<VectorPart, number> = { terms: 0, titleTerms: 0, entities: 0 };
  #revision = 0;
  /** Member articles by id, in the order they joined. */
  readonly documents = new Map<string, DocumentRecord>();

  constructor(
    /** Creation order; the public id is derived from it and older stories win ties. */
    readonly number: number,
  ) {}

  get id(): string {
    return storyId(this.number);
  }

  get revision(): number {
    return this.#revision;
  }

  get size(): number {
    return this.documents.size;
  }

  get titleTerms(): ReadonlyMap<string, number> {
    return this.#titleTerms ?? noVector;
  }

  get entities(): ReadonlyMap<string, number> {
    return this.#entities ?? noVector;
  }

  get eventDays(): ReadonlyMap<number, number> {
    return this.#eventDays ?? noDays;
  }

  get published(): DayRange | undefined {
    if (this.#publishedRange === null) this.#publishedRange = rangeOf(this.#publishedDays);
    return this.#publishedRange;
  }

  add(document: DocumentRecord, rarity: Rarity, options: ClusterOptions): void {
    this.documents.set(document.id, document);
    this.#change(document.profile, publishedDaysOf(document.profile), 1);
    this.#prune(rarity, options);
  }

  remove(document: DocumentRecord): void {
    this.documents.delete(document.id);
    this.#change(document.profile, publishedDaysOf(document.profile), -1);
  }

  /** Takes in every article of `other` (which the caller then drops). */
  absorb(other: StorySummary, rarity: Rarity, options: ClusterOptions): void {
    for (const document of other.documents.values()) this.documents.set(document.id, document);
    this.#change(other, other.#publishedDays, 1);
    this.#prune(rarity, options);
  }

  /** The summary as plain JSON (see snapshot.ts), its cached norms and index size included. */
  toSnapshot(norms: NormCache, indexedAtSize: number | undefined): StorySnapshot {
    const part = (vector: Map<string, number> | undefined) => vector && vectorSnapshot(vector, norms);
    return {
      number: this.number,
      terms: vectorSnapshot(this.terms, norms),
      titleTerms: part(this.#titleTerms) ?? null,
      entities: part(this.#entities) ?? null,
      eventDays: this.#eventDays ? [...this.#eventDays] : null,
      publishedDays: this.#publishedDays ? [...this.#publishedDays] : null,
      contributors: { ...this.contributors },
      revision: this.#revision,
      documents: [...this.documents.keys()],
      ...(indexedAtSize === undefined ? {} : { indexedAtSize }),
    };
  }

  /** A story as it was snapshotted, with its members taken from `documents`. */
  static fromSnapshot(
    snapshot: StorySnapshot,
    documents: ReadonlyMap<string, DocumentRecord>,
    norms: NormCache,
  ): StorySummary {
    const story = new StorySummary(snapshot.number);
    const part = (vector: VectorSnapshot) => (vector === null ? undefined : restoreVector(vector, norms));
    // (A story's terms map is made with it: filled in place, its cached norm entered for it.)
    for (const [key, mass] of snapshot.terms.entries) story.terms.set(key, mass);
    if (snapshot.terms.norm) norms.restoreEntry(story.terms, snapshot.terms.norm);
    story.#titleTerms = part(snapshot.titleTerms);
    story.#entities = part(snapshot.entities);
    story.#eventDays = snapshot.eventDays ? new Map(snapshot.eventDays) : undefined;
    story.#publishedDays = snapshot.publishedDays ? new Map(snapshot.publishedDays) : undefined;
    Object.assign(story.contributors, snapshot.contributors);
    story.#revision = snapshot.revision;
    for (const id of snapshot.documents) {
      const document = documents.get(id);
      if (!document)
        throw new SnapshotError(`story ${snapshot.number} holds ${id}, which the snapshot lacks`);
      story.documents.set(id, document);
    }
    return story;
  }

  /** Adds (or takes away) a profile's vectors, event days and publication days. */
  #change(profile: Profile, publishedDays: ReadonlyMap<number, number> | undefined, sign: 1 | -1): void {
    this.#revision++;
    this.#publishedRange = null;
    addInto(this.terms, profile.terms, sign);
    if (profile.titleTerms.size > 0) this.#titleTerms = addMasses(this.#titleTerms, profile.titleTerms, sign);
    if (profile.entities.size > 0) this.#entities = addMasses(this.#entities, profile.entities, sign);
    for (const part of vectorParts) this.contributors[part] += sign * profile.contributors[part];
    if (profile.eventDays.size > 0) this.#eventDays = addCounts(this.#eventDays, profile.eventDays, sign);
    if (publishedDays) this.#publishedDays = addCounts(this.#publishedDays, publishedDays, sign);
  }

  /** Keeps summaries bounded: pruning waits until a part doubles its limit, so it costs little per article. */
  #prune(rarity: Rarity, options: ClusterOptions): void {
    this.#revision++;
    if (this.terms.size > 2 * options.centroidTerms) pruneTo(this.terms, options.centroidTerms, rarity.term);
    if (this.#titleTerms && this.#titleTerms.size > options.centroidTerms) {
      pruneTo(this.#titleTerms, options.centroidTerms / 2, rarity.term);
    }
    if (this.#entities && this.#entities.size > 4 * options.indexEntities) {
      pruneTo(this.#entities, 2 * options.indexEntities, rarity.entity);
    }
    if (this.#eventDays && this.#eventDays.size > 2 * options.storyEventDays) {
      this.#eventDays = new Map([...this.#eventDays].sort(byScoreThenKey).slice(0, options.storyEventDays));
    }
  }
}

/** A document's publication days, one count each. */
function publishedDaysOf(profile: Profile): ReadonlyMap<number, number> | undefined {
  if (!profile.published) return undefined;
  const days = new Map<number, number>();
  for (let day = profile.published.first; day <= profile.published.last; day++) days.set(day, 1);
  return days;
}

function rangeOf(days: ReadonlyMap<number, number> | undefined): DayRange | undefined {
  if (!days || days.size === 0) return undefined;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const day of days.keys()) {
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  return { first, last };
}

const vectorParts: readonly VectorPart[] = ['terms', 'titleTerms', 'entities'];

export const storyId = (number: number): string => `s${number}`;

/** `addInto` for a part made only when first needed. */
function addMasses(
  target: Map<string, number> | undefined,
  source: ReadonlyMap<string, number>,
  sign: 1 | -1,
): Map<string, number> {
  const masses = target ?? new Map<string, number>();
  addInto(masses, source, sign);
  return masses;
}

/** Adds counts into `target` (made when missing), dropping keys that fall to zero. */
function addCounts(
  target: Map<number, number> | undefined,
  source: ReadonlyMap<number, number>,
  sign: 1 | -1,
): Map<number, number> {
  const counts = target ?? new Map<number, number>();
  for (const [key, count] of source) {
    const sum = (counts.get(key) ?? 0) + sign * count;
    if (sum > 1e-9) counts.set(key, sum);
    else counts.delete(key);
  }
  return counts;
}
