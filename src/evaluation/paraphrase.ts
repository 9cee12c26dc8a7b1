import { readFileSync } from 'node:fs';
import { buildIdf } from '../text/similarity/idf.ts';
import {
  createSentenceSimilarity,
  defaultLexicon,
  fitParaphraseJudge,
  judgeParaphrase,
  type Lexicon,
  pairFeatures,
} from '../text/similarity/index.ts';

/**
 * Sentence-level paraphrase evaluation on a file in the MSRP format (tab-separated, header
 * `Quality  #1 ID  #2 ID  #1 String  #2 String`, Quality 1 = same meaning). The judge is learned,
 * so the figures are cross-validated: the pairs are split into k folds, a judge is fitted on k-1
 * and scored on the one left out, and the decisions of all folds are pooled. No pair is ever
 * judged by a model that saw it. IDF comes from the file's sentences without their labels.
 */

export interface ParaphrasePair {
  readonly paraphrase: boolean;
  readonly ids: readonly [string, string];
  readonly sentences: readonly [string, string];
}

export interface ParaphraseScores {
  readonly accuracy: number;
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly pairs: number;
}

export interface ParaphraseEvaluation extends ParaphraseScores {
  readonly folds: number;
  /** Share of pairs labelled paraphrase: the accuracy of always answering yes. */
  readonly positiveShare: number;
}

const header = ['Quality', '#1 ID', '#2 ID', '#1 String', '#2 String'];

/** Reads MSRP-format text; rows whose id is -1 are dropped. Throws with the line number on a bad row. */
export function parseParaphraseFile(text: string): ParaphrasePair[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = (lines[0] ?? '').split('\t').map((field) => field.trim());
  if (header.some((name, i) => first[i] !== name))
    throw new Error(`Not an MSRP-format file: the header must be "${header.join('<TAB>')}".`);
  const pairs: ParaphrasePair[] = [];
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line.trim() === '') continue;
    const fields = line.split('\t');
    const [quality, idA, idB, a, b] = fields;
    if (fields.length !== 5 || (quality !== '0' && quality !== '1') || a === undefined || b === undefined)
      throw new Error(`Line ${index + 1}: expected 5 tab-separated fields with Quality 0 or 1.`);
    if (idA === '-1' || idB === '-1') continue;
    pairs.push({ paraphrase: quality === '1', ids: [idA!, idB!], sentences: [a, b] });
  }
  return pairs;
}

/** Accuracy, and precision/recall/F1 of the "paraphrase" class. */
export function scoreParaphrase(gold: readonly boolean[], predicted: readonly boolean[]): ParaphraseScores {
  if (gold.length !== predicted.length) throw new RangeError('gold and predicted differ in length');
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let correct = 0;
  gold.forEach((label, i) => {
    const guess = predicted[i]!;
    if (label === guess) correct++;
    if (guess && label) truePositive++;
    if (guess && !label) falsePositive++;
    if (!guess && label) falseNegative++;
  });
  const precision = truePositive + falsePositive === 0 ? 0 : truePositive / (truePositive + falsePositive);
  const recall = truePositive + falseNegative === 0 ? 0 : truePositive / (truePositive + falseNegative);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    f1,
    precision,
    recall,
    pairs: gold.length,
  };
}

export interface CrossValidationOptions {
  readonly folds?: number;
  readonly lexicon?: Lexicon;
}

/** Features of every pair, with IDF over all sentences of the set (labels unused). */
export function paraphraseFeatureRows(pairs: readonly ParaphrasePair[], lexicon: Lexicon): number[][] {
  const lemmasOf = (text: string) => plain.profile({ text }).lemmas;
  const plain = createSentenceSimilarity({ lexicon });
  const idf = buildIdf(pairs.flatMap((pair) => pair.sentences.map(lemmasOf)));
  const similarity = createSentenceSimilarity({ lexicon, idf });
  return pairs.map((pair) =>
    pairFeatures(
      similarity,
      similarity.profile({ text: pair.sentences[0] }),
      similarity.profile({ text: pair.sentences[1] }),
    ),
  );
}

/** k-fold cross-validation (fold = pair index mod k), decisions pooled over the folds. */
export function crossValidateParaphrase(
  pairs: readonly ParaphrasePair[],
  options: CrossValidationOptions = {},
): ParaphraseEvaluation {
  const folds = Math.max(2, Math.min(options.folds ?? 10, pairs.length));
  const rows = paraphraseFeatureRows(pairs, options.lexicon ?? defaultLexicon());
  const labels = pairs.map((pair) => pair.paraphrase);
  const predicted = new Array<boolean>(pairs.length).fill(false);
  for (let fold = 0; fold < folds; fold++) {
    const train = rows.flatMap((_, i) => (i % folds === fold ? [] : [i]));
    const judge = fitParaphraseJudge(
      train.map((i) => rows[i]!),
      train.map((i) => labels[i]!),
    );
    rows.forEach((row, i) => {
      if (i % folds === fold) predicted[i] = judgeParaphrase(judge, row).paraphrase;
    });
  }
  const positives = labels.filter(Boolean).length;
  return {
    ...scoreParaphrase(labels, predicted),
    folds,
    positiveShare: positives / Math.max(pairs.length, 1),
  };
}

export function evaluateParaphraseFile(
  path: string,
  options: CrossValidationOptions = {},
): ParaphraseEvaluation {
  return crossValidateParaphrase(parseParaphraseFile(readFileSync(path, 'utf8')), options);
}

export function formatParaphraseScores(scores: ParaphraseEvaluation): string {
  const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
  return [
    `paraphrase: ${scores.pairs} pairs, ${scores.folds}-fold cross-validated (never scored by a judge fitted on them)`,
    `  accuracy ${percent(scores.accuracy)}  F1 ${percent(scores.f1)}  precision ${percent(scores.precision)}  recall ${percent(scores.recall)}`,
    `  (always answering "paraphrase" would score ${percent(scores.positiveShare)} accuracy)`,
  ].join('\n');
}
