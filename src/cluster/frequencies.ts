import { decodeNumber, encodeNumber, type FrequenciesSnapshot } from './snapshot.ts';

/**
 * Document frequencies learnt from the stream, one document at a time, for IDF weights. Nothing
 * is fixed in advance, so the clusterer works on any vocabulary it is fed.
 */

interface Entry {
  /** The first copy of the key seen: documents refer to it, so a word is stored once, not per document. */
  readonly key: string;
  count: number;
  /** Cached weight, and the document count it was computed at. */
  weight: number;
  at: number;
  /** The latest publication day of a document holding the key (+∞ once an undated one does). */
  day: number;
}

/** A cached weight is reused until the stream has grown by this share: IDF moves slowly. */
const staleness = 0.01;

export class DocumentFrequencies {
  #documents = 0;
  readonly #entries = new Map<string, Entry>();

  /**
   * `exponent` below 1 damps rare keys, so words a whole story shares still count beside rare
   * ones. `priorDocuments` are imagined documents seen before the stream that hold none of the
   * keys: they keep IDF flat while the stream is short (in five reports of one meeting, "Putin" is
   * in all five, yet it is no stop word) and fade as the stream grows.
   */
  constructor(
    readonly exponent = 1,
    readonly priorDocuments = 0,
  ) {}

  get documents(): number {
    return this.#documents;
  }

  /**
   * Counts one more document holding each of `keys` (each key once, however often it occurs),
   * published on `day` (a day number; undated by default).
   */
  addDocument(keys: Iterable<string>, day = Number.POSITIVE_INFINITY): void {
    this.#documents++;
    for (const key of new Set(keys)) {
      const entry = this.#entries.get(key);
      if (entry) {
        entry.count++;
        entry.at = -1;
        if (day > entry.day) entry.day = day;
      } else this.#entries.set(key, { key, count: 1, weight: 0, at: -1, day });
    }
  }

  /** Keys counted so far. */
  get keyCount(): number {
    return this.#entries.size;
  }

  /**
   * Forgets every key no document published on or after `day` holds, and returns how many. A
   * stream that retires its old stories calls this with the same day, so that the words and names
   * of old news do not stay in memory for ever; words still in use are seen every day and stay. A
   * forgotten key that comes back is counted afresh, as a rare one (a key counted once already
   * weighs what an unseen one does).
   */
  forgetLastSeenBefore(day: number): number {
    let forgotten = 0;
    // (A Map may lose entries while it is iterated.)
    for (const [key, entry] of this.#entries)
      if (entry.day < day) {
        this.#entries.delete(key);
        forgotten++;
      }
    return forgotten;
  }

  /** The stored copy of a key counted before (or the key itself). */
  canonical(key: string): string {
    return this.#entries.get(key)?.key ?? key;
  }

  /**
   * Smoothed inverse document frequency, ln(1 + (N + prior) / df) raised to the exponent; a key
   * never seen counts as seen once. Cached per key until its count changes or N grows by 1 %, which keeps
   * scoring cheap and is still a pure function of the stream.
   */
  weight(key: string): number {
    const entry = this.#entries.get(key);
    if (!entry) return this.#compute(1);
    if (entry.at < 0 || this.#documents > entry.at * (1 + staleness)) {
      entry.weight = this.#compute(entry.count);
      entry.at = this.#documents;
    }
    return entry.weight;
  }

  /** Everything counted, weight caches included (a stream restored from it weighs keys as this one). */
  toSnapshot(): FrequenciesSnapshot {
    return {
      documents: this.#documents,
      entries: [...this.#entries.values()].map(({ key, count, weight, at, day }) => [
        key,
        count,
        weight,
        at,
        encodeNumber(day),
      ]),
    };
  }

  static fromSnapshot(
    snapshot: FrequenciesSnapshot,
    exponent: number,
    priorDocuments: number,
  ): DocumentFrequencies {
    const frequencies = new DocumentFrequencies(exponent, priorDocuments);
    frequencies.#documents = snapshot.documents;
    for (const [key, count, weight, at, day] of snapshot.entries)
      frequencies.#entries.set(key, { key, count, weight, at, day: decodeNumber(day) });
    return frequencies;
  }

  #compute(count: number): number {
    const idf = Math.log(1 + (this.#documents + this.priorDocuments) / count);
    return this.exponent === 1 ? idf : idf ** this.exponent;
  }
}
