import type { ReuseDocument } from './documents.ts';
import { LshIndex } from './lsh-index.ts';
import { estimateJaccard, hashString, minhashSignature } from './minhash.ts';
import type { CandidateOptions, ReuseOptions } from './options.ts';

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

export const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

export function shingleSignature(document: ReuseDocument, options: CandidateOptions): Uint32Array | null {
  const shingles = shingleHashes(document.contentLemmas, options.shingleSize);
  return shingles.size === 0 ? null : minhashSignature(shingles, options.bands * options.rows);
}

/** Pairs (as a * count + b, a < b) sharing a bucket of at most `maxBucket` articles in some band. */
export function indexedPairs(
  signatures: readonly (Uint32Array | null)[],
  options: CandidateOptions,
): Set<number> {
  const count = signatures.length;
  const index = new LshIndex(options.bands, options.rows);
  signatures.forEach((signature, a) => {
    if (signature) index.add(a, signature);
  });
  const pairs = new Set<number>();
  signatures.forEach((signature, a) => {
    if (!signature) return;
    for (const b of index.query(signature, options.maxBucket).keys()) if (b > a) pairs.add(a * count + b);
  });
  return pairs;
}

function knownPairs(documents: readonly ReuseDocument[], known: ReadonlySet<string>): Set<number> {
  const count = documents.length;
  const indexOf = new Map(documents.map((document, index) => [document.id, index]));
  const pairs = new Set<number>();
  for (const pair of known) {
    const [x, y] = pair.split(' ').map((id) => indexOf.get(id));
    if (x !== undefined && y !== undefined && x !== y) pairs.add(Math.min(x, y) * count + Math.max(x, y));
  }
  return pairs;
}

export function findCandidates(
  documents: readonly ReuseDocument[],
  options: CandidateOptions,
  known?: ReuseOptions['shinglePairs'],
): Candidate[] {
  const count = documents.length;
  const signatures = documents.map((document) => shingleSignature(document, options));
  const byShingles = known ? knownPairs(documents, known) : indexedPairs(signatures, options);
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
