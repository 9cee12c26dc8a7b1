import { describeStory } from './describe.ts';
import { DocumentFrequencies } from './frequencies.ts';
import { type ClusterOptions, type ClusterOptionsInput, resolveClusterOptions } from './options.ts';
import { documentProfile, withPairs } from './profile.ts';
import { dayGap, NormCache, type Profile, type Rarity, type Similarity, similarity } from './similarity.ts';
import {
  type ClustererSnapshot,
  decodeNumber,
  documentVectorSnapshot,
  encodeNumber,
  restoreDocumentDays,
  restoreDocumentVector,
  SnapshotError,
  snapshotVersion,
} from './snapshot.ts';
import { bisect, type SplitScoring } from './split.ts';
import { StoryIndex } from './story-index.ts';
import { type DocumentRecord, StorySummary } from './summary.ts';
import { topKeys } from './vectors.ts';

/**
 * Online, time-windowed story clustering. Each arriving document joins the most similar story
 * found through an inverted index over story summaries (never a scan of all stories), or starts a
 * new one; `repair` later cuts stories that hold two events, moves documents that fit another
 * story better, splits off those that drifted away and merges stories that turn out to be one.
 * Everything is decided in arrival order with explicit tie-breaks, so the same stream always gives
 * the same stories; stories are matched by their whole date range, so a late report still finds
 * its story.
 */

/** What the clusterer needs of an article, or of anything else with words (a cleaned title). */
export interface StoryDocument {
  readonly id: string;
  /** Content terms, repeated as often as they occur (see `contentTerms`). */
  readonly terms: readonly string[];
  /** Canonical entity names, typed by prefix: `person:vladimir putin`, `place:moscow`. */
  readonly entities?: readonly string[];
  /** Days (since 1970-01-01) of the events the text writes about. */
  readonly eventDays?: readonly number[];
  /** Day (since 1970-01-01) of publication. */
  readonly publishedDay?: number;
  readonly title?: string;
}

export interface ClusterStory {
  readonly id: string;
  readonly title: string;
  /** Document ids in arrival order. */
  readonly documents: readonly string[];
  /** First and last day: publication days and the event days most of its documents write (days since 1970-01-01). */
  readonly dateRange?: readonly [first: number, last: number];
}

/** Why a document is where it is: the similarity to its story when it was placed, if it joined one. */
export interface Assignment {
  readonly story: string;
  /** Undefined when the document started its story. */
  readonly similarity: Similarity | undefined;
}

export interface RepairReport {
  /** Stories cut in two because their documents formed two groups. */
  readonly split: number;
  /** Documents moved to another story or split off into a new one. */
  readonly moved: number;
  /** Stories absorbed into another. */
  readonly merged: number;
}

interface Match {
  readonly story: StorySummary;
  readonly similarity: Similarity;
}

const termKey = (term: string) => `t:${term}`;
const entityKey = (entity: string) => `e:${entity}`;

export class StoryClusterer {
  readonly options: ClusterOptions;
  readonly #terms: DocumentFrequencies;
  readonly #entities: DocumentFrequencies;
  readonly #rarity: Rarity;
  readonly #index: StoryIndex;
  readonly #stories = new Map<number, StorySummary>();
  readonly #documents = new Map<string, DocumentRecord>();
  readonly #storyOf = new Map<string, StorySummary>();
  readonly #placedBy = new Map<string, Similarity | undefined>();
  /** Story size when its index keys were last ranked. */
  readonly #indexedAtSize = new Map<number, number>();
  readonly #norms = new NormCache();
  /** Documents of retired stories → their story's id: adding one again still changes nothing. */
  readonly #retired = new Map<string, string>();
  /**
   * The latest publication days seen (days since 1970-01-01), oldest first, at most
   * `newestAmong`: the oldest of them is the newest day stories are retired from.
   */
  readonly #latestDays: number[] = [];
  #newestDay = Number.NEGATIVE_INFINITY;
  #nextStory = 1;
  #nextSequence = 0;
  #storiesScored = 0;
  #retiredStories = 0;

  /** A fresh clusterer, or (with `snapshot`) one that goes on from it: see `fromSnapshot`. */
  constructor(options: ClusterOptionsInput = {}, snapshot?: ClustererSnapshot) {
    this.options = resolveClusterOptions(options);
    const { entityTypeWeights, otherEntityWeight, idfExponent, idfPriorDocuments } = this.options;
    const typeWeight = (entity: string): number => {
      const colon = entity.indexOf(':');
      return colon < 0 ? otherEntityWeight : (entityTypeWeights[entity.slice(0, colon)] ?? otherEntityWeight);
    };
    if (snapshot) checkSnapshot(snapshot, this.options);
    this.#terms = snapshot
      ? DocumentFrequencies.fromSnapshot(snapshot.terms, idfExponent, idfPriorDocuments)
      : new DocumentFrequencies(idfExponent, idfPriorDocuments);
    this.#entities = snapshot
      ? DocumentFrequencies.fromSnapshot(snapshot.entities, idfExponent, idfPriorDocuments)
      : new DocumentFrequencies(idfExponent, idfPriorDocuments);
    this.#rarity = {
      term: (term) => this.#terms.weight(term),
      entity: (entity) => this.#entities.weight(entity) * typeWeight(entity),
      documents: () => this.#terms.documents,
    };
    this.#index = snapshot
      ? StoryIndex.fromSnapshot(snapshot.index, this.options.postingLimit)
      : new StoryIndex(this.options.postingLimit);
    if (snapshot) this.#restore(snapshot);
  }

  /**
   * A clusterer that goes on exactly as the one `snapshot` was taken from would (the same stories
   * for every later document), under the same options; a `SnapshotError` otherwise.
   */
  static fromSnapshot(snapshot: ClustererSnapshot, options: ClusterOptionsInput = {}): StoryClusterer {
    return new StoryClusterer(options, snapshot);
  }

  /** The whole state as plain JSON, caches that decide later placements included (see snapshot.ts). */
  toSnapshot(): ClustererSnapshot {
    const norms = this.#norms;
    return {
      version: snapshotVersion,
      options: JSON.stringify(this.options),
      terms: this.#terms.toSnapshot(),
      entities: this.#entities.toSnapshot(),
      index: this.#index.toSnapshot(),
      documents: [...this.#documents.values()].map(({ id, sequence, title, profile }) => ({
        id,
        sequence,
        ...(title === undefined ? {} : { title }),
        terms: documentVectorSnapshot(profile.terms, norms),
        titleTerms: documentVectorSnapshot(profile.titleTerms, norms),
        entities: documentVectorSnapshot(profile.entities, norms),
        contributors: { ...profile.contributors },
        eventDays: profile.eventDays.size === 0 ? null : [...profile.eventDays],
        ...(profile.published ? { published: { ...profile.published } } : {}),
        revision: profile.revision,
        placedBy: this.#placedBy.get(id) ?? null,
      })),
      stories: [...this.#stories.values()].map((story) =>
        story.toSnapshot(norms, this.#indexedAtSize.get(story.number)),
      ),
      retired: [...this.#retired],
      latestDays: this.#latestDays.map(encodeNumber),
      newestDay: encodeNumber(this.#newestDay),
      nextStory: this.#nextStory,
      nextSequence: this.#nextSequence,
      storiesScored: this.#storiesScored,
      retiredStories: this.#retiredStories,
    };
  }

  #restore(snapshot: ClustererSnapshot): void {
    const norms = this.#norms;
    for (const document of snapshot.documents) {
      const profile: Profile = {
        terms: restoreDocumentVector(document.terms, norms),
        titleTerms: restoreDocumentVector(document.titleTerms, norms),
        entities: restoreDocumentVector(document.entities, norms),
        contributors: { ...document.contributors },
        eventDays: restoreDocumentDays(document.eventDays),
        published: document.published && { ...document.published },
        revision: document.revision,
      };
      const { id, sequence, title } = document;
      this.#documents.set(id, { id, sequence, profile, title });
      this.#placedBy.set(id, document.placedBy ?? undefined);
    }
    for (const stored of snapshot.stories) {
      const story = StorySummary.fromSnapshot(stored, this.#documents, norms);
      this.#stories.set(story.number, story);
      for (const id of story.documents.keys()) this.#storyOf.set(id, story);
      if (stored.indexedAtSize !== undefined) this.#indexedAtSize.set(story.number, stored.indexedAtSize);
    }
    for (const [id, story] of snapshot.retired) this.#retired.set(id, story);
    this.#latestDays.push(...snapshot.latestDays.map(decodeNumber));
    this.#newestDay = decodeNumber(snapshot.newestDay);
    this.#nextStory = snapshot.nextStory;
    this.#nextSequence = snapshot.nextSequence;
    this.#storiesScored = snapshot.storiesScored;
    this.#retiredStories = snapshot.retiredStories;
  }

  /** Documents added so far. */
  get size(): number {
    return this.#documents.size;
  }

  /** Stories kept now. */
  get storyCount(): number {
    return this.#stories.size;
  }

  /** Candidate stories scored in full so far: the work per document, which must not grow with the stories kept. */
  get storiesScored(): number {
    return this.#storiesScored;
  }

  /** Words, word pairs and names whose document frequencies are kept (see `retentionDays`). */
  get vocabularySize(): number {
    return this.#terms.keyCount + this.#entities.keyCount;
  }

  /** Stories retired so far (see `retentionDays`). */
  get retiredStoryCount(): number {
    return this.#retiredStories;
  }

  /**
   * Places one document and returns its story id. Adding an id again changes nothing (unless its
   * story was retired and `rememberRetired` is off: it is then placed as a new document).
   */
  add(document: StoryDocument): string {
    const known = this.#storyOf.get(document.id)?.id ?? this.#retired.get(document.id);
    if (known) return known;
    const allTerms = this.options.termPairs ? withPairs(document.terms) : document.terms;
    this.#terms.addDocument(allTerms, document.publishedDay);
    this.#entities.addDocument(document.entities ?? [], document.publishedDay);
    const terms = allTerms.map((term) => this.#terms.canonical(term));
    const entities = document.entities?.map((entity) => this.#entities.canonical(entity));
    const record: DocumentRecord = {
      id: document.id,
      sequence: this.#nextSequence++,
      profile: documentProfile(
        { ...document, ...(entities ? { entities } : {}) },
        terms,
        this.#rarity,
        this.options,
      ),
      title: document.title,
    };
    this.#documents.set(record.id, record);
    const match = this.#bestMatch(record.profile);
    if (match && match.similarity.score >= this.options.joinThreshold) {
      this.#join(record, match.story, match.similarity);
    } else {
      this.#join(record, this.#newStory(), undefined);
    }
    const story = this.#storyOf.get(record.id)!.id;
    // (With no retention, the default, nothing is ever retired: no day needs noting.)
    if (document.publishedDay !== undefined && Number.isFinite(this.options.retentionDays))
      this.#noteDay(document.publishedDay);
    return story;
  }

  /** The story holding a document, described as `stories()` describes each (for one story, without the rest). */
  describeStoryOf(documentId: string): ClusterStory | undefined {
    const story = this.#storyOf.get(documentId);
    return story && describeStory(story, this.#rarity, this.options.windowDays);
  }

  storyOf(documentId: string): string | undefined {
    return this.#storyOf.get(documentId)?.id ?? this.#retired.get(documentId);
  }

  assignment(documentId: string): Assignment | undefined {
    const story = this.#storyOf.get(documentId);
    return story ? { story: story.id, similarity: this.#placedBy.get(documentId) } : undefined;
  }

  /**
   * Cuts stories whose documents form two groups in two, moves documents that fit another story
   * better, splits off those below `splitThreshold`, and merges stories whose summaries reach
   * `mergeThreshold`; repeats until nothing changes or `repairRounds` are done.
   */
  repair(): RepairReport {
    let split = 0;
    let moved = 0;
    let merged = 0;
    for (let round = 0; round < this.options.repairRounds; round++) {
      const roundSplit = this.#splitAll();
      const roundMoved = this.#reassignAll();
      const roundMerged = this.#mergeAll();
      split += roundSplit;
      moved += roundMoved;
      merged += roundMerged;
      if (roundSplit + roundMoved + roundMerged === 0) break;
    }
    return { split, moved, merged };
  }

  /** Every story, oldest first by first publication day (undated last), then by creation. */
  stories(): ClusterStory[] {
    return [...this.#stories.values()]
      .sort((a, b) => firstDay(a) - firstDay(b) || a.number - b.number)
      .map((story) => describeStory(story, this.#rarity, this.options.windowDays));
  }

  /** The weighted keys an article or a story is looked up by: its strongest terms and its entities. */
  #queryOf(profile: Profile, terms: number, entities: number): [string, number][] {
    const query: [string, number][] = [];
    for (const term of topKeys(profile.terms, terms, this.#rarity.term)) {
      query.push([termKey(term), profile.terms.get(term)! * this.#rarity.term(term)]);
    }
    for (const entity of topKeys(profile.entities, entities, this.#rarity.entity)) {
      query.push([entityKey(entity), this.#rarity.entity(entity)]);
    }
    return query;
  }

  /** The best story within the time window among the index's candidates, or undefined. */
  #bestMatch(profile: Profile, exclude?: StorySummary): Match | undefined {
    const { queryTerms, indexEntities, candidateLimit } = this.options;
    const query = this.#queryOf(profile, queryTerms, 2 * indexEntities);
    let best: Match | undefined;
    for (const number of this.#index.candidates(query, candidateLimit, this.#acceptFor(profile, exclude))) {
      const story = this.#stories.get(number)!;
      const found = similarity(profile, story, this.#rarity, this.options, this.#norms);
      this.#storiesScored++;
      if (!best || isBetter(found, story, best)) best = { story, similarity: found };
    }
    return best;
  }

  /** Which indexed stories may meet a profile: kept, not excluded, within the time window. */
  #acceptFor(profile: Profile, exclude: StorySummary | undefined): (number: number) => boolean {
    return (number) => {
      const story = this.#stories.get(number);
      if (!story || story === exclude) return false;
      return !(
        profile.published &&
        story.published &&
        dayGap(profile.published, story.published) > this.options.windowDays
      );
    };
  }

  #newStory(): StorySummary {
    const story = new StorySummary(this.#nextStory++);
    this.#stories.set(story.number, story);
    return story;
  }

  #join(record: DocumentRecord, story: StorySummary, placedBy: Similarity | undefined): void {
    story.add(record, this.#rarity, this.options);
    this.#storyOf.set(record.id, story);
    this.#placedBy.set(record.id, placedBy);
    // A story's strongest keys settle as it grows: re-rank them only when it has grown by an
    // eighth since the last time, else just mark it recently updated in its postings.
    const indexedAt = this.#indexedAtSize.get(story.number) ?? 0;
    if (story.size < 8 || story.size >= indexedAt * 1.125) this.#reindex(story);
    else this.#index.touch(story.number);
  }

  /** Takes a document out of its story; an emptied story is dropped. */
  #leave(record: DocumentRecord): StorySummary {
    const story = this.#storyOf.get(record.id)!;
    story.remove(record);
    this.#storyOf.delete(record.id);
    if (story.size === 0) this.#drop(story);
    else this.#reindex(story);
    return story;
  }

  /**
   * Notes a publication day and retires what the newest day leaves behind. The newest day is the
   * `newestAmong`-th latest seen, so one article with a wrong date years ahead cannot retire every
   * story of the present.
   */
  #noteDay(day: number): void {
    const latest = this.#latestDays;
    if (latest.length === newestAmong && day <= latest[0]!) return;
    latest.splice(sortedIndex(latest, day), 0, day);
    if (latest.length > newestAmong) latest.shift();
    if (latest.length < newestAmong || latest[0]! <= this.#newestDay) return;
    this.#newestDay = latest[0]!;
    this.#retireBefore(this.#newestDay - this.options.retentionDays);
  }

  /**
   * Retires every story whose last publication day is before `day`: no article within the time
   * window of the newest one can join it, so the stream keeps only what may still grow. Decided
   * in arrival order only, so replaying the same stream retires the same stories. (An article
   * published long before the newest, arriving late, starts a story of its own where its old
   * story was retired.)
   */
  #retireBefore(day: number): void {
    // (A Map may lose entries while it is iterated.)
    for (const story of this.#stories.values()) {
      const last = story.published?.last;
      if (last === undefined || last >= day) continue;
      for (const id of story.documents.keys()) {
        if (this.options.rememberRetired) this.#retired.set(id, story.id);
        this.#documents.delete(id);
        this.#storyOf.delete(id);
        this.#placedBy.delete(id);
      }
      this.#drop(story);
      this.#retiredStories++;
    }
    // Words and names no later document holds go with them.
    this.#terms.forgetLastSeenBefore(day);
    this.#entities.forgetLastSeenBefore(day);
  }

  #drop(story: StorySummary): void {
    this.#stories.delete(story.number);
    this.#indexedAtSize.delete(story.number);
    this.#index.remove(story.number);
  }

  #reindex(story: StorySummary): void {
    const { indexTerms, indexEntities } = this.options;
    this.#indexedAtSize.set(story.number, story.size);
    this.#index.update(
      story.number,
      this.#queryOf(story, indexTerms, indexEntities).map(([key]) => key),
    );
  }

  /** Cuts in two every story whose documents form two groups (see `bisect`); the older half keeps the id. */
  #splitAll(): number {
    let split = 0;
    const scoring: SplitScoring = {
      similarity: (a, b) => similarity(a, b, this.#rarity, this.options, this.#norms).score,
      summarise: (members) => {
        const summary = new StorySummary(0);
        for (const member of members) summary.add(member, this.#rarity, this.options);
        return summary;
      },
      mergeThreshold: this.options.mergeThreshold,
    };
    for (const story of [...this.#stories.values()].sort((a, b) => a.number - b.number)) {
      const members = [...story.documents.values()].sort((a, b) => a.sequence - b.sequence);
      const halves = bisect(members, scoring);
      if (!halves) continue;
      const leaving = halves[0][0] === members[0] ? halves[1] : halves[0];
      const fresh = this.#newStory();
      for (const record of leaving) {
        this.#leave(record);
        this.#join(record, fresh, undefined);
      }
      split++;
    }
    return split;
  }

  /**
   * One pass over all documents in arrival order: each is taken out of its story and put back
   * where it fits best now that the stream's statistics are known. It stays unless another story
   * is better and reaches the join threshold; it leaves alone when it has drifted below the split
   * threshold.
   */
  #reassignAll(): number {
    let moved = 0;
    const ordered = [...this.#documents.values()].sort((a, b) => a.sequence - b.sequence);
    for (const record of ordered) {
      const home = this.#storyOf.get(record.id)!;
      if (home.size === 1) {
        // A story of one has nothing to compare against but other stories: it may join one.
        const match = this.#bestMatch(record.profile, home);
        if (match && match.similarity.score >= this.options.joinThreshold) {
          this.#leave(record);
          this.#join(record, match.story, match.similarity);
          moved++;
        }
        continue;
      }
      this.#leave(record);
      const own = similarity(record.profile, home, this.#rarity, this.options, this.#norms);
      const match = this.#bestMatch(record.profile, home);
      const better =
        match &&
        match.similarity.score >= this.options.joinThreshold &&
        match.similarity.score > own.score + this.options.moveMargin;
      if (better) {
        this.#join(record, match.story, match.similarity);
        moved++;
      } else if (own.score >= this.options.splitThreshold) {
        this.#join(record, home, own);
      } else {
        this.#join(record, this.#newStory(), undefined);
        moved++;
      }
    }
    return moved;
  }

  /**
   * Merges stories whose summaries reach the merge threshold, each with the candidates the index
   * finds for it; the older story absorbs the younger, so ids stay stable.
   */
  #mergeAll(): number {
    let merged = 0;
    const { indexTerms, indexEntities, candidateLimit, mergeThreshold } = this.options;
    const ordered = [...this.#stories.values()].sort((a, b) => a.number - b.number);
    for (const story of ordered) {
      if (!this.#stories.has(story.number)) continue;
      const query = this.#queryOf(story, indexTerms, indexEntities);
      const matches: Match[] = [];
      for (const number of this.#index.candidates(query, candidateLimit, this.#acceptFor(story, story))) {
        const other = this.#stories.get(number)!;
        const found = similarity(story, other, this.#rarity, this.options, this.#norms);
        if (found.score >= mergeThreshold) matches.push({ story: other, similarity: found });
      }
      matches.sort((a, b) => b.similarity.score - a.similarity.score || a.story.number - b.story.number);
      for (const match of matches) {
        const [older, younger] =
          story.number < match.story.number ? [story, match.story] : [match.story, story];
        if (!this.#stories.has(older.number) || !this.#stories.has(younger.number)) continue;
        older.absorb(younger, this.#rarity, this.options);
        for (const id of younger.documents.keys()) this.#storyOf.set(id, older);
        this.#drop(younger);
        this.#reindex(older);
        merged++;
      }
    }
    return merged;
  }
}

function checkSnapshot(snapshot: ClustererSnapshot, options: ClusterOptions): void {
  if (snapshot?.version !== snapshotVersion)
    throw new SnapshotError(
      `a clusterer snapshot of version ${snapshot?.version}, expected ${snapshotVersion}`,
    );
  if (snapshot.options !== JSON.stringify(options))
    throw new SnapshotError('the clusterer snapshot was taken under other options');
}

/** How many of the latest publication days the newest day is taken from (see `#noteDay`). */
const newestAmong = 5;

/** Where `value` goes in an ascending list to keep it sorted (after equal values). */
function sortedIndex(list: readonly number[], value: number): number {
  let at = list.length;
  while (at > 0 && list[at - 1]! > value) at--;
  return at;
}

const firstDay = (story: StorySummary): number => story.published?.first ?? Number.POSITIVE_INFINITY;

function isBetter(found: Similarity, story: StorySummary, best: Match): boolean {
  return (
    found.score > best.similarity.score ||
    (found.score === best.similarity.score && story.number < best.story.number)
  );
}
