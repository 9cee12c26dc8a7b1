/**
 * MinHash signatures and locality-sensitive hashing in bands: two sets whose Jaccard similarity is
 * J land in a common bucket of at least one band with probability 1 - (1 - J^rows)^bands, and
 * each article is hashed once, so the search grows with the number of articles, not their pairs.
 */

/** FNV-1a over UTF-16 units, finished with murmur3's avalanche so nearby strings spread apart. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return mix32(hash);
}

export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One seed per hash function, fixed, so signatures are reproducible across runs and machines. */
const seedOf = (index: number): number => mix32(Math.imul(index + 1, 0x9e3779b9));

/** Minimum of each of `size` hash functions over the set; all-ones for an empty set. */
export function minhashSignature(items: Iterable<number>, size: number): Uint32Array {
  const signature = new Uint32Array(size).fill(0xffffffff);
  const seeds = Array.from({ length: size }, (_, i) => seedOf(i));
  for (const item of items) {
    for (let i = 0; i < size; i++) {
      const value = mix32(item ^ seeds[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Share of agreeing positions: an unbiased estimate of the sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/** The probability that a pair with Jaccard `jaccard` becomes a candidate. */
export const candidateProbability = (jaccard: number, bands: number, rows: number): number =>
  1 - (1 - jaccard ** rows) ** bands;

/**
 * Pairs `[i, j]` (i < j, sorted) that share a bucket in some band. Buckets larger than
 * `maxBucket` are boilerplate shared by too many articles to mean anything and are skipped,
 * which also keeps the number of pairs linear in the number of articles.
 */
export function lshPairs(
  signatures: readonly (Uint32Array | null)[],
  bands: number,
  rows: number,
  maxBucket: number,
): [number, number][] {
  const pairs = new Set<number>();
  const count = signatures.length;
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      if (signature === null) return;
      const key = Array.from(signature.subarray(band * rows, band * rows + rows)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > maxBucket) continue;
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) pairs.add(bucket[x]! * count + bucket[y]!);
    }
  }
  return [...pairs].sort((a, b) => a - b).map((key) => [Math.floor(key / count), key % count]);
}
