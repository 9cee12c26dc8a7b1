import { readFileSync } from 'node:fs';
import {
  chunksOf,
  type EntityTagger,
  entityTags,
  loadRecogniser,
  parseConll,
} from '../extract/entities/index.ts';

/** Named-entity evaluation on CoNLL-format files, scored exactly as conlleval scores chunks. */

export interface PrecisionRecall {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
}

export interface EntityScores extends PrecisionRecall {
  /** PER, ORG, LOC and MISC always; any other type found in the file too. */
  readonly perType: Readonly<Record<string, PrecisionRecall>>;
  readonly tokens: number;
  /** Tokens tagged per second, counting tagging time only (not reading or scoring). */
  readonly tokensPerSecond: number;
}

interface Counts {
  correct: number;
  predicted: number;
  gold: number;
}

function precisionRecall({ correct, predicted, gold }: Counts): PrecisionRecall {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall };
}

/**
 * Exact-span chunk scores: a predicted entity counts only if a gold entity has the same type, start
 * and end. Each sentence is a pair of tag lists (any IOB scheme) of equal length.
 */
export function scoreEntities(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): PrecisionRecall & { readonly perType: Readonly<Record<string, PrecisionRecall>> } {
  if (gold.length !== predicted.length) throw new RangeError('gold and predicted differ in sentence count');
  const total: Counts = { correct: 0, predicted: 0, gold: 0 };
  const byType = new Map<string, Counts>(
    entityTags.map((type) => [type, { correct: 0, predicted: 0, gold: 0 }]),
  );
  const countsOf = (type: string): Counts => {
    let counts = byType.get(type);
    if (counts === undefined) {
      counts = { correct: 0, predicted: 0, gold: 0 };
      byType.set(type, counts);
    }
    return counts;
  };
  gold.forEach((goldTags, index) => {
    const predictedTags = predicted[index]!;
    if (goldTags.length !== predictedTags.length)
      throw new RangeError(`sentence ${index}: tag counts differ`);
    const goldChunks = chunksOf(goldTags);
    const goldKeys = new Set(goldChunks.map((chunk) => `${chunk.type}:${chunk.start}:${chunk.end}`));
    for (const chunk of goldChunks) {
      total.gold++;
      countsOf(chunk.type).gold++;
    }
    for (const chunk of chunksOf(predictedTags)) {
      const counts = countsOf(chunk.type);
      total.predicted++;
      counts.predicted++;
      if (goldKeys.has(`${chunk.type}:${chunk.start}:${chunk.end}`)) {
        total.correct++;
        counts.correct++;
      }
    }
  });
  const perType = Object.fromEntries([...byType].map(([type, counts]) => [type, precisionRecall(counts)]));
  return { ...precisionRecall(total), perType };
}

/** Tokens tagged, untimed, before the clock starts: enough for V8 to compile the hot code. */
const warmUpTokens = 2000;

/**
 * Tags every sentence of a CoNLL-2003-format file (`WORD POS CHUNK NER` or any columns with the
 * NER tag last; IOB1 or IOB2) and scores the result against the file's tags. The speed is that of
 * a long-running process: the first ~2,000 tokens are tagged once untimed to warm up, then the
 * whole file is tagged against the clock.
 */
export function evaluateEntitiesFile(path: string, tagger: EntityTagger = loadRecogniser()): EntityScores {
  const sentences = parseConll(readFileSync(path, 'utf8')).flatMap((document) => document.sentences);
  for (let index = 0, warmed = 0; index < sentences.length && warmed < warmUpTokens; index++) {
    const { words } = sentences[index]!;
    tagger.tagTokens(words);
    warmed += words.length;
  }
  const predicted: string[][] = [];
  let tokens = 0;
  const started = performance.now();
  for (const { words } of sentences) {
    predicted.push(tagger.tagTokens(words));
    tokens += words.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const scores = scoreEntities(
    sentences.map((sentence) => sentence.tags),
    predicted,
  );
  return { ...scores, tokens, tokensPerSecond: seconds > 0 ? Math.round(tokens / seconds) : 0 };
}

const percent = (value: number): string => (100 * value).toFixed(2).padStart(6);

/** A few lines for people: overall and per-type F1, precision and recall, and tagging speed. */
export function formatEntityScores(scores: EntityScores): string {
  const line = (name: string, { f1, precision, recall }: PrecisionRecall): string =>
    `${name.padEnd(8)} F1 ${percent(f1)}  precision ${percent(precision)}  recall ${percent(recall)}`;
  return [
    line('overall', scores),
    ...Object.entries(scores.perType).map(([type, typeScores]) => line(type, typeScores)),
    `${scores.tokens} tokens, ${Math.round(scores.tokensPerSecond / 1000)}k tokens/s (tagging only)`,
  ].join('\n');
}
