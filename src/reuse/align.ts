import type { AlignmentOptions } from './options.ts';

/**
 * Order-aware sentence alignment: local alignment (Smith-Waterman) over the sentence similarity
 * matrix, in the spirit of passim's passage alignment but with sentences as the units, so that
 * reworded sentences still align. Moves: align two sentences, skip one on either side (dropped or
 * added sentences), or align two neighbouring sentences with one (merged or split sentences).
 * After the best local alignment is taken its sentences are blocked and the next is sought, so
 * reordered blocks of a rewrite are found as separate alignments.
 */

/** Similarities between the sentences of two texts: every pair at once, joined ones on demand. */
export interface SentenceScorer {
  readonly rows: number;
  readonly columns: number;
  /** The similarity of every row with every column, row by row (`rows` × `columns`). */
  similarities(): Float64Array;
  /** Rows `row` and `row + 1` read as one sentence, against `column`. */
  joinedRows(row: number, column: number): number;
  /** `row` against columns `column` and `column + 1` read as one sentence. */
  joinedColumns(row: number, column: number): number;
}

/** Half-open ranges of sentence indexes that align, and how similar they are. */
export interface AlignedPair {
  readonly rows: readonly [start: number, end: number];
  readonly columns: readonly [start: number, end: number];
  readonly similarity: number;
}

export interface LocalAlignment {
  readonly score: number;
  readonly pairs: readonly AlignedPair[];
}

/** Back-pointers of the dynamic programme. */
const Move = { Stop: 0, Match: 1, SkipRow: 2, SkipColumn: 3, JoinRows: 4, JoinColumns: 5 } as const;
type Move = (typeof Move)[keyof typeof Move];

/** A merged pair stands for two sentences, but a merge must not be cheaper than two honest matches. */
const joinWeight = 1.5;

export function alignSentences(scorer: SentenceScorer, options: AlignmentOptions): LocalAlignment[] {
  const { rows, columns } = scorer;
  if (rows === 0 || columns === 0) return [];
  const similarity = scorer.similarities();
  const joined = new Map<number, number>();
  const joinedRows = (i: number, j: number) =>
    memo(joined, 2 * (i * columns + j), () => scorer.joinedRows(i, j));
  const joinedColumns = (i: number, j: number) =>
    memo(joined, 2 * (i * columns + j) + 1, () => scorer.joinedColumns(i, j));

  const blockedRows = new Uint8Array(rows);
  const blockedColumns = new Uint8Array(columns);
  const alignments: LocalAlignment[] = [];
  const width = columns + 1;
  const score = new Float64Array((rows + 1) * width);
  const move = new Uint8Array((rows + 1) * width);
  const { matchThreshold: threshold, gapPenalty: gap, weakThreshold: weak } = options;

  for (let round = 0; round < options.maxAlignments; round++) {
    score.fill(0);
    move.fill(Move.Stop);
    let best = 0;
    let bestCell = -1;
    for (let i = 1; i <= rows; i++) {
      for (let j = 1; j <= columns; j++) {
        const cell = i * width + j;
        let value = 0;
        let chosen: Move = Move.Stop;
        const open = blockedRows[i - 1] === 0 && blockedColumns[j - 1] === 0;
        const s = similarity[(i - 1) * columns + (j - 1)]!;
        if (open) {
          const matched = score[cell - width - 1]! + s - threshold;
          if (matched > value) [value, chosen] = [matched, Move.Match];
        }
        const skipRow = score[cell - width]! - gap;
        if (skipRow > value) [value, chosen] = [skipRow, Move.SkipRow];
        const skipColumn = score[cell - 1]! - gap;
        if (skipColumn > value) [value, chosen] = [skipColumn, Move.SkipColumn];
        if (
          open &&
          i >= 2 &&
          blockedRows[i - 2] === 0 &&
          Math.max(s, similarity[(i - 2) * columns + j - 1]!) >= weak
        ) {
          const merged = score[cell - 2 * width - 1]! + joinWeight * (joinedRows(i - 2, j - 1) - threshold);
          if (merged > value) [value, chosen] = [merged, Move.JoinRows];
        }
        if (
          open &&
          j >= 2 &&
          blockedColumns[j - 2] === 0 &&
          Math.max(s, similarity[(i - 1) * columns + j - 2]!) >= weak
        ) {
          const merged = score[cell - width - 2]! + joinWeight * (joinedColumns(i - 1, j - 2) - threshold);
          if (merged > value) [value, chosen] = [merged, Move.JoinColumns];
        }
        score[cell] = value;
        move[cell] = chosen;
        if (value > best) [best, bestCell] = [value, cell];
      }
    }
    if (bestCell < 0 || best < (round === 0 ? options.minAlignmentScore : options.minFollowingScore)) break;
    const pairs = traceBack(
      bestCell,
      width,
      score,
      move,
      similarity,
      columns,
      joinedRows,
      joinedColumns,
      weak,
    );
    for (const pair of pairs) {
      for (let i = pair.rows[0]; i < pair.rows[1]; i++) blockedRows[i] = 1;
      for (let j = pair.columns[0]; j < pair.columns[1]; j++) blockedColumns[j] = 1;
    }
    if (pairs.length === 0) break;
    alignments.push({ score: best, pairs });
  }
  return alignments;
}

function traceBack(
  start: number,
  width: number,
  score: Float64Array,
  move: Uint8Array,
  similarity: Float64Array,
  columns: number,
  joinedRows: (i: number, j: number) => number,
  joinedColumns: (i: number, j: number) => number,
  weak: number,
): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  let cell = start;
  while (score[cell]! > 0) {
    const i = Math.floor(cell / width);
    const j = cell % width;
    const step = move[cell]! as Move;
    if (step === Move.Match) {
      const s = similarity[(i - 1) * columns + j - 1]!;
      if (s >= weak) pairs.push({ rows: [i - 1, i], columns: [j - 1, j], similarity: s });
      cell -= width + 1;
    } else if (step === Move.JoinRows) {
      const s = joinedRows(i - 2, j - 1);
      if (s >= weak) pairs.push({ rows: [i - 2, i], columns: [j - 1, j], similarity: s });
      cell -= 2 * width + 1;
    } else if (step === Move.JoinColumns) {
      const s = joinedColumns(i - 1, j - 2);
      if (s >= weak) pairs.push({ rows: [i - 1, i], columns: [j - 2, j], similarity: s });
      cell -= width + 2;
    } else if (step === Move.SkipRow) cell -= width;
    else if (step === Move.SkipColumn) cell -= 1;
    else break;
  }
  return pairs.reverse();
}

function memo(cache: Map<number, number>, key: number, compute: () => number): number {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  cache.set(key, value);
  return value;
}
