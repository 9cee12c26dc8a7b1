import type { AlignedPair, LocalAlignment } from './align.ts';
import type { ReuseDocument } from './documents.ts';

/** What an alignment says about a pair of articles, side by side (rows = first, columns = second). */
export interface AlignmentMeasures {
  readonly pairs: readonly AlignedPair[];
  /** Share of each side's own words (quotes left out) in aligned sentences. */
  readonly coverage: readonly [rows: number, columns: number];
  /** Share of each side's aligned words inside word 4-grams the other side's aligned sentence shares. */
  readonly verbatimShare: readonly [rows: number, columns: number];
  /** Aligned sentences on each side. */
  readonly alignedSentences: readonly [rows: number, columns: number];
  /** Similarity of the aligned pairs, weighted by their words. */
  readonly meanSimilarity: number;
  /** Share of aligned pairs in one common order (longest increasing run over the other side). */
  readonly orderPreservation: number;
  readonly alignments: number;
}

const verbatimN = 4;

function wordsOf(document: ReuseDocument, [start, end]: readonly [number, number]): string[] {
  return document.sentences.slice(start, end).flatMap((sentence) => sentence.words);
}

/** How many of `words` lie inside a word n-gram that `other` also has. */
function wordsInSharedGrams(words: readonly string[], other: readonly string[]): number {
  if (words.length < verbatimN || other.length < verbatimN) return 0;
  const grams = new Set<string>();
  for (let i = 0; i + verbatimN <= other.length; i++) grams.add(other.slice(i, i + verbatimN).join(' '));
  const covered = new Uint8Array(words.length);
  for (let i = 0; i + verbatimN <= words.length; i++)
    if (grams.has(words.slice(i, i + verbatimN).join(' '))) covered.fill(1, i, i + verbatimN);
  return covered.reduce((sum, value) => sum + value, 0);
}

function longestIncreasing(values: readonly number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle]! < value) low = middle + 1;
      else high = middle;
    }
    tails[low] = value;
  }
  return tails.length;
}

export function measureAlignment(
  rows: ReuseDocument,
  columns: ReuseDocument,
  alignments: readonly LocalAlignment[],
): AlignmentMeasures {
  const pairs = alignments
    .flatMap((alignment) => alignment.pairs)
    .sort((x, y) => x.rows[0] - y.rows[0] || x.columns[0] - y.columns[0]);
  const side = (document: ReuseDocument, ranges: readonly (readonly [number, number])[]) => {
    let aligned = 0;
    let sentences = 0;
    for (const [start, end] of ranges)
      for (let k = start; k < end; k++) {
        aligned += document.sentenceWeights[k] ?? 0;
        sentences++;
      }
    return { share: document.totalWeight === 0 ? 0 : aligned / document.totalWeight, sentences, aligned };
  };
  const rowSide = side(
    rows,
    pairs.map((pair) => pair.rows),
  );
  const columnSide = side(
    columns,
    pairs.map((pair) => pair.columns),
  );
  let verbatimRows = 0;
  let verbatimColumns = 0;
  let weighted = 0;
  let weights = 0;
  for (const pair of pairs) {
    const rowWords = wordsOf(rows, pair.rows);
    const columnWords = wordsOf(columns, pair.columns);
    verbatimRows += wordsInSharedGrams(rowWords, columnWords);
    verbatimColumns += wordsInSharedGrams(columnWords, rowWords);
    const weight = rowWords.length + columnWords.length;
    weighted += pair.similarity * weight;
    weights += weight;
  }
  return {
    pairs,
    coverage: [rowSide.share, columnSide.share],
    verbatimShare: [
      rowSide.aligned === 0 ? 0 : verbatimRows / rowSide.aligned,
      columnSide.aligned === 0 ? 0 : verbatimColumns / columnSide.aligned,
    ],
    alignedSentences: [rowSide.sentences, columnSide.sentences],
    meanSimilarity: weights === 0 ? 0 : weighted / weights,
    orderPreservation:
      pairs.length === 0 ? 0 : longestIncreasing(pairs.map((pair) => pair.columns[0])) / pairs.length,
    alignments: alignments.length,
  };
}
