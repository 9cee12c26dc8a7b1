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

  /** Counts one more document holding each of `keys` (each key once, however often it occurs). */
  addDocument(keys: Iterable<string>): void {
    this.#documents++;
    for (const key of new Set(keys)) {
      const entry = this.#entries.get(key);
      if (entry) {
        entry.count++;
        entry.at = -1;
      } else this.#entries.set(key, { key, count: 1, weight: 0, at: -1 });
    }
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

  #compute(count: number): number {
    const idf = Math.log(1 + (this.#documents + this.priorDocuments) / count);
    return this.exponent === 1 ? idf : idf ** this.exponent;
  }
}
