import type { ReuseDocument } from './documents.ts';
import { estimateJaccard, hashString, lshPairs, minhashSignature } from './minhash.ts';
import type { CandidateOptions } from './options.ts';

/**
 * Candidate pairs for alignment, from two near-linear searches:
 * - MinHash/LSH over shingles of content lemmas with quotes masked (finds copies and light rewrites);
 * - a fingerprint of rare anchors (names, numbers, dates), which paraphrase leaves in place, so
 *   heavy rewrites that share little wording still meet. Anchors held by many articles are dropped,
 *   which bounds the work per anchor.
 */
export interface Candidate {
  readonly a: number;
  readonly b: number;
  /** Estimated Jaccard similarity of the shingle sets. */
  readonly shingleSimilarity: number;
  readonly sharedAnchors: number;
  readonly via: readonly ('shingles' | 'anchors')[];
}

export function shingleHashes(lemmas: readonly string[], size: number): Set<number> {
  const hashes = new Set<number>();
  if (lemmas.length > 0 && lemmas.length < size) hashes.add(hashString(lemmas.join(' ')));
  for (let i = 0; i + size <= lemmas.length; i++) hashes.add(hashString(lemmas.slice(i, i + size).join(' ')));
  return hashes;
}

export function anchorPairs(
  documents: readonly ReuseDocument[],
  options: CandidateOptions,
): Map<number, { shared: number }> {
  const count = documents.length;
  const holders = new Map<string, number[]>();
  documents.forEach((document, index) => {
    for (const anchor of document.anchors) {
      const list = holders.get(anchor);
      if (list) list.push(index);
      else holders.set(anchor, [index]);
    }
  });
  const limit = Math.min(options.maxBucket, Math.max(2, Math.floor(options.rareShare * count)));
  const rareCount = new Array<number>(count).fill(0);
  const shared = new Map<number, number>();
  for (const list of holders.values()) {
    if (list.length > limit) continue;
    for (const index of list) rareCount[index]!++;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * count + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const kept = new Map<number, { shared: number }>();
  for (const [key, number] of shared) {
    const a = Math.floor(key / count);
    const b = key % count;
    const smaller = Math.min(rareCount[a]!, rareCount[b]!);
    if (number >= options.minSharedAnchors && number / smaller >= options.minAnchorOverlap)
      kept.set(key, { shared: number });
  }
  return kept;
}

export function findCandidates(documents: readonly ReuseDocument[], options: CandidateOptions): Candidate[] {
  const count = documents.length;
  const size = options.bands * options.rows;
  const signatures = documents.map((document) => {
    const shingles = shingleHashes(document.contentLemmas, options.shingleSize);
    return shingles.size === 0 ? null : minhashSignature(shingles, size);
  });
  const byShingles = new Set(
    lshPairs(signatures, options.bands, options.rows, options.maxBucket).map(([a, b]) => a * count + b),
  );
  const byAnchors = anchorPairs(documents, options);
  const keys = [...new Set([...byShingles, ...byAnchors.keys()])].sort((x, y) => x - y);
  return keys.map((key) => {
    const a = Math.floor(key / count);
    const b = key % count;
    const sa = signatures[a];
    const sb = signatures[b];
    const via: ('shingles' | 'anchors')[] = [];
    if (byShingles.has(key)) via.push('shingles');
    if (byAnchors.has(key)) via.push('anchors');
    return {
      a,
      b,
      shingleSimilarity: sa && sb ? estimateJaccard(sa, sb) : 0,
      sharedAnchors: byAnchors.get(key)?.shared ?? 0,
      via,
    };
  });
}
