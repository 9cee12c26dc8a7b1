import type { Passage, Reuse, ReuseKind } from '../model/index.ts';
import type { AlignedPair } from './align.ts';
import type { ReuseDocument } from './documents.ts';
import type { AlignmentMeasures } from './measure.ts';
import type { DecisionOptions } from './options.ts';

/**
 * From an alignment to a decision: is one article derived from the other, which way, and how
 * (copy, paraphrase, shared source)? Every decision keeps its score and its reasons, and a pair
 * that is not reported still says why not.
 */
export interface PairDecision {
  readonly reuse: Reuse | null;
  /** 0..1 confidence that the pair is derived; reported when at least `minScore`. */
  readonly score: number;
  readonly reasons: readonly string[];
}

const percent = (x: number) => `${Math.round(100 * x)} %`;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

interface Direction {
  /** True when the rows' article is the source. */
  readonly rowsAreSource: boolean;
  readonly reason: string;
}

/** Publication order when both dates are known and differ; else the evidence of condensing. */
function direction(rows: ReuseDocument, columns: ReuseDocument, measures: AlignmentMeasures): Direction {
  if (
    rows.published !== undefined &&
    columns.published !== undefined &&
    rows.published !== columns.published
  ) {
    const rowsFirst = rows.published < columns.published;
    const [early, late] = rowsFirst ? [rows, columns] : [columns, rows];
    return {
      rowsAreSource: rowsFirst,
      reason: `direction from publication dates: ${early.id} (${early.published}) before ${late.id} (${late.published})`,
    };
  }
  const [rowCoverage, columnCoverage] = measures.coverage;
  if (Math.abs(rowCoverage - columnCoverage) >= 0.1) {
    const rowsAreSource = columnCoverage > rowCoverage;
    const [source, derived] = rowsAreSource ? [rows, columns] : [columns, rows];
    return {
      rowsAreSource,
      reason: `direction from evidence: ${derived.id} is ${percent(Math.max(rowCoverage, columnCoverage))} accounted for by ${source.id}, which is only ${percent(Math.min(rowCoverage, columnCoverage))} accounted for in return: the derived text condenses`,
    };
  }
  if (rows.totalWeight !== columns.totalWeight) {
    const rowsAreSource = rows.totalWeight > columns.totalWeight;
    const [source, derived] = rowsAreSource ? [rows, columns] : [columns, rows];
    return {
      rowsAreSource,
      reason: `direction weakly from length: ${derived.id} is the shorter (${derived.totalWeight} against ${source.totalWeight} own words)`,
    };
  }
  return { rowsAreSource: true, reason: 'direction unknown: same date, coverage and length; ordered by id' };
}

/** Consecutive aligned pairs (no skip on either side) form one passage. */
export function passagesOf(
  pairs: readonly AlignedPair[],
  source: ReuseDocument,
  derived: ReuseDocument,
  rowsAreSource: boolean,
): Passage[] {
  const runs: AlignedPair[][] = [];
  for (const pair of pairs) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.rows[1] === pair.rows[0] && last.columns[1] === pair.columns[0]) run.push(pair);
    else runs.push([pair]);
  }
  return runs.map((run) => {
    const rowRange = [run[0]!.rows[0], run.at(-1)!.rows[1]] as const;
    const columnRange = [run[0]!.columns[0], run.at(-1)!.columns[1]] as const;
    const [fromRange, toRange] = rowsAreSource ? [rowRange, columnRange] : [columnRange, rowRange];
    const spanOf = (document: ReuseDocument, [start, end]: readonly [number, number]) =>
      [document.sentences[start]!.span[0], document.sentences[end - 1]!.span[1]] as const;
    return {
      from: spanOf(source, fromRange),
      to: spanOf(derived, toRange),
      similarity: run.reduce((sum, pair) => sum + pair.similarity, 0) / run.length,
    };
  });
}

export function decideReuse(
  rows: ReuseDocument,
  columns: ReuseDocument,
  measures: AlignmentMeasures,
  options: DecisionOptions,
): PairDecision {
  const way = direction(rows, columns, measures);
  const [source, derived] = way.rowsAreSource ? [rows, columns] : [columns, rows];
  const pick = <T>(values: readonly [T, T], ofDerived: boolean): T =>
    values[way.rowsAreSource === ofDerived ? 1 : 0];
  const coverageTo = pick(measures.coverage, true);
  const coverageFrom = pick(measures.coverage, false);
  const verbatim = pick(measures.verbatimShare, true);
  const aligned = pick(measures.alignedSentences, true);
  const derivedSentences = derived.sentences.length;

  // Hand-set: coverage of the derived side decides; alignment quality (similarity, order,
  // verbatim wording) only lowers the coverage needed, so quality alone never makes reuse.
  const quality = Math.min(
    1,
    Math.max(
      0,
      0.4 * ((measures.meanSimilarity - 0.4) / 0.4) + 0.4 * measures.orderPreservation + 0.2 * verbatim,
    ),
  );
  const neededCoverage = 0.32 - 0.12 * quality;
  const z = 15 * (coverageTo - neededCoverage);
  const enoughSentences = aligned >= Math.min(options.minAlignedSentences, derivedSentences);
  const score = enoughSentences ? sigmoid(z) : Math.min(sigmoid(z), options.minScore / 2);

  const reasons = [
    `${aligned} of ${derivedSentences} sentences of ${derived.id} align with ${source.id} (${measures.alignments} local alignment${measures.alignments === 1 ? '' : 's'})`,
    `coverage: ${percent(coverageTo)} of ${derived.id}'s own words (direct quotes left out), ${percent(coverageFrom)} of ${source.id}'s`,
    `mean sentence similarity ${measures.meanSimilarity.toFixed(2)}, verbatim share ${percent(verbatim)}, order preserved ${percent(measures.orderPreservation)}: coverage needed ${percent(neededCoverage)}`,
    way.reason,
  ];
  if (!enoughSentences) reasons.push(`too few aligned sentences (fewer than ${options.minAlignedSentences})`);
  if (score < options.minScore) {
    reasons.push(`score ${score.toFixed(2)} below ${options.minScore}: not reported as reuse`);
    return { reuse: null, score, reasons };
  }
  const mostlyOwn = coverageTo < options.sharedSourceCoverage && coverageFrom < options.sharedSourceCoverage;
  const kind: ReuseKind =
    verbatim < options.copyVerbatimShare ? 'paraphrase' : mostlyOwn ? 'shared-source' : 'copy';
  reasons.push(
    kind === 'copy'
      ? `copy: ${percent(verbatim)} of the aligned wording is verbatim`
      : kind === 'shared-source'
        ? `shared source: the common passages are verbatim, but each adds most of its text on its own (${percent(1 - coverageTo)} and ${percent(1 - coverageFrom)})`
        : `paraphrase: aligned in order, reworded (${percent(verbatim)} verbatim)`,
  );
  const passages = passagesOf(measures.pairs, source, derived, way.rowsAreSource);
  return {
    reuse: { from: source.id, to: derived.id, kind, coverage: coverageTo, score, passages, reasons },
    score,
    reasons,
  };
}
