import type { StoryIndexSnapshot } from './snapshot.ts';

/**
 * Inverted index from summary keys (a story's strongest terms and entities) to stories. Each
 * posting list keeps only the most recently updated stories, so looking up an article costs at
 * most `keys × postingLimit` whatever the number of stories kept.
 */
export class StoryIndex {
  /**
   * Key → story numbers, least recently updated first. Plain arrays: most keys (names, rare
   * words) post one or two stories, and the longest hold `postingLimit`.
   */
  readonly #postings = new Map<string, number[]>();
  /** Story number → the keys it is entered under. */
  readonly #keysOf = new Map<number, string[]>();

  constructor(readonly postingLimit: number) {}

  /** Enters a story under exactly `keys` and marks it most recent in each of their lists. */
  update(story: number, keys: Iterable<string>): void {
    const next = [...new Set(keys)];
    const previous = this.#keysOf.get(story);
    if (previous) {
      const kept = new Set(next);
      for (const key of previous) if (!kept.has(key)) this.#leavePosting(key, story);
    }
    this.#keysOf.set(story, next);
    for (const key of next) this.#markRecent(key, story);
  }

  /** Marks a story most recent in the postings of the keys it already has. */
  touch(story: number): void {
    for (const key of this.#keysOf.get(story) ?? []) this.#markRecent(key, story);
  }

  remove(story: number): void {
    for (const key of this.#keysOf.get(story) ?? []) this.#leavePosting(key, story);
    this.#keysOf.delete(story);
  }

  /**
   * Stories sharing any of the weighted query keys and passing `accept` (the time window), ranked
   * by the summed weight of the keys they share (older story first on ties), at most `limit`.
   */
  candidates(
    query: readonly (readonly [key: string, weight: number])[],
    limit: number,
    accept: (story: number) => boolean = () => true,
  ): number[] {
    const overlap = new Map<number, number>();
    for (const [key, weight] of query) {
      for (const story of this.#postings.get(key) ?? [])
        overlap.set(story, (overlap.get(story) ?? 0) + weight);
    }
    // The best `limit` by insertion: cheaper than sorting every story met when few get in.
    const best: [story: number, weight: number][] = [];
    for (const entry of overlap) {
      const last = best[best.length - 1];
      if (best.length === limit && last && !ranksBefore(entry, last)) continue;
      if (!accept(entry[0])) continue;
      let at = best.length;
      while (at > 0 && ranksBefore(entry, best[at - 1]!)) at--;
      best.splice(at, 0, entry);
      if (best.length > limit) best.pop();
    }
    return best.map(([story]) => story);
  }

  /** Postings and keys in their order, which decides which story a full posting lets go of. */
  toSnapshot(): StoryIndexSnapshot {
    return {
      postings: [...this.#postings].map(([key, stories]) => [key, [...stories]]),
      keysOf: [...this.#keysOf].map(([story, keys]) => [story, [...keys]]),
    };
  }

  static fromSnapshot(snapshot: StoryIndexSnapshot, postingLimit: number): StoryIndex {
    const index = new StoryIndex(postingLimit);
    for (const [key, stories] of snapshot.postings) index.#postings.set(key, [...stories]);
    for (const [story, keys] of snapshot.keysOf) index.#keysOf.set(story, [...keys]);
    return index;
  }

  /** Moves (or adds) the story to the recent end; the least recent leaves a full list. */
  #markRecent(key: string, story: number): void {
    const posting = this.#postings.get(key);
    if (!posting) {
      // A literal gets room for one; an empty array grown by push reserves more than most keys need.
      this.#postings.set(key, [story]);
      return;
    }
    const at = posting.indexOf(story);
    if (at >= 0) posting.splice(at, 1);
    posting.push(story);
    if (posting.length > this.postingLimit) {
      const oldest = posting.shift()!;
      const keys = this.#keysOf.get(oldest);
      const place = keys?.indexOf(key) ?? -1;
      if (keys && place >= 0) keys.splice(place, 1);
    }
  }

  /** Empty postings are dropped, so the index does not keep every word the stream ever had. */
  #leavePosting(key: string, story: number): void {
    const posting = this.#postings.get(key);
    if (!posting) return;
    const at = posting.indexOf(story);
    if (at >= 0) posting.splice(at, 1);
    if (posting.length === 0) this.#postings.delete(key);
  }
}

function ranksBefore(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
}
