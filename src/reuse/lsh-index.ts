import { mix32 } from './minhash.ts';

/**
 * An LSH index over MinHash signatures that grows one article at a time: each band of `rows`
 * values is hashed to one 32-bit bucket key, and each band keeps a table from bucket key to the
 * articles in it. Adding an article or finding its candidates touches `bands` buckets, so the cost
 * per article does not grow with the number of articles stored (only with the size of the buckets
 * it meets, which `maxBucket` caps). The same bucket keys are what the PostgreSQL store indexes in
 * worker mode (see src/store/signatures.ts), with the same cap on bucket size; a stream sees only
 * the articles that came before, so there a bucket may still be small when a batch finds it full.
 *
 * Everything is kept in typed arrays rather than Maps and small arrays: at a million articles the
 * index is far larger than the caches, and a lookup then costs about one cache miss per band (the
 * bucket's slot, which holds a lone article itself) plus one per article of a shared bucket. The
 * misses of the bands' slots are taken together rather than one after another (`queryKeys`).
 */
export class LshIndex {
  /**
   * Per band, an open-addressing table (linear probing) of slots: `[bucket key, held]` pairs,
   * where `held` is `emptySlot`, the bucket's only article (≥ 0), or `~entry` of its newest entry.
   */
  readonly #tables: Int32Array[];
  /** Per band, how many slots of its table are taken. */
  readonly #taken: number[];
  /**
   * Entries of buckets holding more than one article, `entryFields` numbers each: the article,
   * the offset of the entry added before it to the same bucket (-1 for the first), and the bucket's
   * size counting up to this entry (so the newest entry gives the size without walking the chain).
   */
  #entries = new Int32Array(entryFields * 1024);
  #entriesUsed = 0;
  /** Reused by `queryKeys` to give a bucket's articles oldest first. */
  #bucket = new Int32Array(16);

  constructor(
    readonly bands: number,
    readonly rows: number,
  ) {
    this.#tables = Array.from({ length: bands }, () => emptyTable(initialSlots));
    this.#taken = Array.from({ length: bands }, () => 0);
  }

  /** Enters an article (an integer from 0 to 2^31 - 1 the caller chooses) under its signature's band keys. */
  add(article: number, signature: Uint32Array): void {
    this.addKeys(article, bandKeys(signature, this.bands, this.rows));
  }

  /** Enters an article under its band keys (32-bit integers, as `bandKeys` makes them). */
  addKeys(article: number, keys: readonly number[]): void {
    if (!Number.isInteger(article) || article < 0 || article > 0x7fff_ffff)
      throw new RangeError(`LshIndex: article ${article} is not an integer from 0 to 2^31 - 1`);
    this.#checkKeys(keys);
    for (let band = 0; band < keys.length; band++) {
      let table = this.#tables[band]!;
      // At most half the slots are taken, so a probe for a missing key reads 2.5 slots on average.
      if (2 * (this.#taken[band]! + 1) > table.length / slotFields) table = this.#grow(band);
      const slot = findSlot(table, keys[band]!);
      const held = table[slot + slotHeld]!;
      if (held === emptySlot) {
        table[slot] = keys[band]!;
        table[slot + slotHeld] = article;
        this.#taken[band]!++;
      } else table[slot + slotHeld] = ~this.#addEntry(article, held >= 0 ? this.#addEntry(held, -1) : ~held);
    }
  }

  /**
   * The articles sharing a bucket with `signature` in some band, with how many bands they share.
   * Buckets holding more than `maxBucket` articles are boilerplate and are skipped.
   */
  query(signature: Uint32Array, maxBucket: number): Map<number, number> {
    return this.queryKeys(bandKeys(signature, this.bands, this.rows), maxBucket);
  }

  queryKeys(keys: readonly number[], maxBucket: number): Map<number, number> {
    this.#checkKeys(keys);
    const shared = new Map<number, number>();
    const count = (article: number) => shared.set(article, (shared.get(article) ?? 0) + 1);
    const entries = this.#entries;
    // First read every band's home slot: the reads do not depend on each other, so the processor
    // overlaps their cache misses instead of taking them one after another. A key whose home slot
    // is free is in no bucket, so when all are free there is nothing to find.
    let anyHomeTaken = 0;
    for (let band = 0; band < keys.length; band++) {
      const table = this.#tables[band]!;
      anyHomeTaken |= table[homeSlot(table, keys[band]!) + slotHeld]! ^ emptySlot; // 0 when free
    }
    if (anyHomeTaken === 0) return shared;
    for (let band = 0; band < keys.length; band++) {
      const table = this.#tables[band]!;
      const held = table[findSlot(table, keys[band]!) + slotHeld]!;
      if (held === emptySlot) continue;
      if (held >= 0) {
        count(held);
        continue;
      }
      const size = entries[~held + entrySize]!;
      if (size > maxBucket) continue;
      // The chain runs from the newest entry back; articles are counted in the order they were added.
      if (this.#bucket.length < size) this.#bucket = new Int32Array(2 * size);
      const bucket = this.#bucket;
      for (let at = size - 1, entry = ~held; at >= 0; at--, entry = entries[entry + entryPrevious]!)
        bucket[at] = entries[entry]!;
      for (let at = 0; at < size; at++) count(bucket[at]!);
    }
    return shared;
  }

  #checkKeys(keys: readonly number[]): void {
    if (keys.length > this.bands)
      throw new RangeError(`LshIndex: ${keys.length} band keys for an index of ${this.bands} bands`);
    for (const key of keys)
      if ((key | 0) !== key) throw new RangeError(`LshIndex: band key ${key} is not a 32-bit integer`);
  }

  /** Appends an entry after `previous` (an entry offset, or -1) and returns its offset. */
  #addEntry(article: number, previous: number): number {
    if (this.#entriesUsed + entryFields > this.#entries.length) {
      const larger = new Int32Array(2 * this.#entries.length);
      larger.set(this.#entries);
      this.#entries = larger;
    }
    const entry = this.#entriesUsed;
    this.#entries[entry] = article;
    this.#entries[entry + entryPrevious] = previous;
    this.#entries[entry + entrySize] = previous < 0 ? 1 : this.#entries[previous + entrySize]! + 1;
    this.#entriesUsed += entryFields;
    return entry;
  }

  /** Doubles a band's table, moving every taken slot to its place in the larger one. */
  #grow(band: number): Int32Array {
    const old = this.#tables[band]!;
    const table = emptyTable(old.length); // twice the slots: `old.length` is slotFields × its slots
    for (let slot = 0; slot < old.length; slot += slotFields) {
      if (old[slot + slotHeld] === emptySlot) continue;
      const to = findSlot(table, old[slot]!);
      table[to] = old[slot]!;
      table[to + slotHeld] = old[slot + slotHeld]!;
    }
    this.#tables[band] = table;
    return table;
  }
}

/** Numbers per entry of a shared bucket: article, previous entry, bucket size up to it. */
const entryFields = 3;
const entryPrevious = 1;
const entrySize = 2;
/** Numbers per slot of a band's table: bucket key, and what the bucket holds. */
const slotFields = 2;
const slotHeld = 1;
/** Slots per band to start with; tables double from there. */
const initialSlots = 16;
/** Marks a free slot: any other `held` is an article (≥ 0) or the complement of an entry offset. */
const emptySlot = -0x8000_0000;

const emptyTable = (slots: number) => new Int32Array(slotFields * slots).fill(emptySlot);

/** The offset of `key`'s slot in `table`, or of the free slot where it would go. */
function findSlot(table: Int32Array, key: number): number {
  const mask = table.length - 1;
  let slot = homeSlot(table, key);
  while (table[slot + slotHeld] !== emptySlot && table[slot] !== key) slot = (slot + slotFields) & mask;
  return slot;
}

/** The slot where probing for `key` starts. */
function homeSlot(table: Int32Array, key: number): number {
  // Bucket keys are hashes already; the multiply only spreads keys a caller made by hand.
  return (Math.imul(key ^ (key >>> 16), 0x45d9f3b) * slotFields) & (table.length - 1);
}

/** One 32-bit key per band: its `rows` signature values hashed together (collisions are 1 in 2^32). */
export function bandKeys(signature: Uint32Array, bands: number, rows: number): number[] {
  const keys: number[] = [];
  for (let band = 0; band < bands; band++) {
    let hash = mix32(band + 0x2545f491);
    for (let row = band * rows; row < band * rows + rows; row++) hash = mix32(hash ^ signature[row]!) + row;
    keys.push(mix32(hash) | 0);
  }
  return keys;
}
