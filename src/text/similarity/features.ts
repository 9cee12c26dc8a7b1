import { editDistance } from '../edit-distance.ts';
import type { SentenceProfile } from './profile.ts';
import type { SentenceSimilarity } from './similarity.ts';

/**
 * Features of a sentence pair for a learned paraphrase judge: the similarity's coverages, word
 * n-gram overlap in the manner of MT metrics (BLEU-like precision and recall at n = 1..4, on
 * words and on lemmas), longest common subsequence, edit distance, length difference, and anchor
 * disagreements (numbers, names, negation) that turn near-identical wording into a different fact.
 */
export const pairFeatureNames = [
  'similarity',
  'coverageMin',
  'coverageMax',
  'exactMin',
  'exactMax',
  'synonymShare',
  'word1Min',
  'word1Max',
  'word2Min',
  'word2Max',
  'word3Min',
  'word3Max',
  'word4Min',
  'word4Max',
  'lemma2Min',
  'lemma2Max',
  'lcsMin',
  'lcsMax',
  'editDistance',
  'lengthDifference',
  'numberConflict',
  'numbersOnlyOneSide',
  'namesOnlyOneSide',
  'sharedAnchors',
  'negationMismatch',
  'unmatchedWeightMax',
  'unmatchedWeightMin',
] as const;

function ngramOverlap(a: readonly string[], b: readonly string[], n: number): [number, number] {
  if (a.length < n || b.length < n) return [0, 0];
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= b.length; i++) {
    const key = b.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + n <= a.length; i++) {
    const key = a.slice(i, i + n).join(' ');
    const left = counts.get(key) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(key, left - 1);
    }
  }
  return [shared / (a.length - n + 1), shared / (b.length - n + 1)];
}

function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      current[j] = word === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    previous = current;
  }
  return previous[b.length]!;
}

const minMax = ([x, y]: readonly [number, number]): [number, number] => [Math.min(x, y), Math.max(x, y)];

export function pairFeatures(
  similarity: SentenceSimilarity,
  a: SentenceProfile,
  b: SentenceProfile,
): number[] {
  const result = similarity.compare(a, b);
  const { coverageOfA: ca, coverageOfB: cb } = result;
  const lcs = longestCommonSubsequence(a.words, b.words);
  const longest = Math.max(a.words.length, b.words.length, 1);
  const onlyOneSide = (prefix: string) => {
    let count = 0;
    for (const anchor of a.anchors) if (anchor.startsWith(prefix) && !b.anchors.has(anchor)) count++;
    for (const anchor of b.anchors) if (anchor.startsWith(prefix) && !a.anchors.has(anchor)) count++;
    return count;
  };
  const unmatchedA = (1 - ca.matched) * a.totalWeight;
  const unmatchedB = (1 - cb.matched) * b.totalWeight;
  return [
    result.score,
    ...minMax([ca.matched, cb.matched]),
    ...minMax([ca.exact, cb.exact]),
    (ca.synonym + cb.synonym) / 2,
    ...minMax(ngramOverlap(a.words, b.words, 1)),
    ...minMax(ngramOverlap(a.words, b.words, 2)),
    ...minMax(ngramOverlap(a.words, b.words, 3)),
    ...minMax(ngramOverlap(a.words, b.words, 4)),
    ...minMax(ngramOverlap(a.lemmas, b.lemmas, 2)),
    ...minMax([lcs / Math.max(a.words.length, 1), lcs / Math.max(b.words.length, 1)]),
    editDistance(a.words, b.words) / longest,
    Math.abs(a.words.length - b.words.length) / longest,
    result.numberConflict ? 1 : 0,
    onlyOneSide('#'),
    onlyOneSide('@'),
    result.sharedAnchors,
    a.negations === b.negations ? 0 : 1,
    Math.max(unmatchedA, unmatchedB),
    Math.min(unmatchedA, unmatchedB),
  ];
}
