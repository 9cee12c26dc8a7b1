import { mix32 } from './minhash.ts';

/**
 * An LSH index over MinHash signatures that grows one article at a time: each band of `rows`
 * values is hashed to one 32-bit bucket key, and each band keeps a map from bucket key to the
 * articles in it. Adding an article or finding its candidates touches `bands` buckets, so the cost
 * per article does not grow with the number of articles stored (only with the size of the buckets
 * it meets, which `maxBucket` caps). The same bucket keys are what the PostgreSQL store indexes in
 * worker mode (see src/store/signatures.ts), with the same cap on bucket size; a stream sees only
 * the articles that came before, so there a bucket may still be small when a batch finds it full.
 */
export class LshIndex {
  /** Per band: bucket key → one article number, or several in the order they were added. */
  readonly #buckets: Map<number, number | number[]>[];

  constructor(
    readonly bands: number,
    readonly rows: number,
  ) {
    this.#buckets = Array.from({ length: bands }, () => new Map());
  }

  /** Enters an article (a number the caller chooses) under its signature's band keys. */
  add(article: number, signature: Uint32Array): void {
    this.addKeys(article, bandKeys(signature, this.bands, this.rows));
  }

  addKeys(article: number, keys: readonly number[]): void {
    keys.forEach((key, band) => {
      const buckets = this.#buckets[band]!;
      const held = buckets.get(key);
      if (held === undefined) buckets.set(key, article);
      else if (typeof held === 'number') buckets.set(key, [held, article]);
      else held.push(article);
    });
  }

  /**
   * The articles sharing a bucket with `signature` in some band, with how many bands they share.
   * Buckets holding more than `maxBucket` articles are boilerplate and are skipped.
   */
  query(signature: Uint32Array, maxBucket: number): Map<number, number> {
    return this.queryKeys(bandKeys(signature, this.bands, this.rows), maxBucket);
  }

  queryKeys(keys: readonly number[], maxBucket: number): Map<number, number> {
    const shared = new Map<number, number>();
    keys.forEach((key, band) => {
      const held = this.#buckets[band]!.get(key);
      if (held === undefined) return;
      if (typeof held === 'number') shared.set(held, (shared.get(held) ?? 0) + 1);
      else if (held.length <= maxBucket)
        for (const other of held) shared.set(other, (shared.get(other) ?? 0) + 1);
    });
    return shared;
  }
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
