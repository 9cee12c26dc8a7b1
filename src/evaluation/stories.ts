import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  type ClusterOptionsInput,
  contentTerms,
  dayNumber,
  StoryClusterer,
  type StoryDocument,
  storyDocumentOf,
} from '../cluster/index.ts';

/**
 * Story clustering evaluation on a JSON-lines file, one article a line: `id`, `text`, optional
 * `title` and `published`, and the gold story `label`. Lines are fed to the clusterer in file order
 * (the file is the stream), then the clusterer repairs once; B-cubed and NMI compare the result
 * with the gold labels.
 */

export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ClusteringScores {
  readonly bcubed: BCubed;
  readonly nmi: number;
  /** Stories found. */
  readonly stories: number;
}

export interface StoryScores extends ClusteringScores {
  readonly articles: number;
  readonly goldStories: number;
  /** The same scores before the final repair, to show what repair adds. */
  readonly online: ClusteringScores;
}

/** Counts of items per (predicted, gold) pair and per cluster on each side. */
interface Contingency {
  readonly total: number;
  readonly joint: ReadonlyMap<string, number>;
  readonly predicted: ReadonlyMap<string, number>;
  readonly gold: ReadonlyMap<string, number>;
}

function contingency(gold: readonly string[], predicted: readonly string[]): Contingency {
  if (gold.length !== predicted.length) {
    throw new RangeError(`gold has ${gold.length} labels but predicted has ${predicted.length}`);
  }
  const joint = new Map<string, number>();
  const predictedSizes = new Map<string, number>();
  const goldSizes = new Map<string, number>();
  gold.forEach((goldLabel, index) => {
    const predictedLabel = predicted[index]!;
    // JSON keeps the pair apart whatever characters the labels hold.
    const key = JSON.stringify([predictedLabel, goldLabel]);
    joint.set(key, (joint.get(key) ?? 0) + 1);
    predictedSizes.set(predictedLabel, (predictedSizes.get(predictedLabel) ?? 0) + 1);
    goldSizes.set(goldLabel, (goldSizes.get(goldLabel) ?? 0) + 1);
  });
  return { total: gold.length, joint, predicted: predictedSizes, gold: goldSizes };
}

function pairOf(key: string): [predicted: string, gold: string] {
  return JSON.parse(key) as [string, string];
}

/**
 * B-cubed (Bagga & Baldwin 1998; Amigó et al. 2009): for each item, the share of its predicted
 * cluster that shares its gold label (precision) and the share of its gold cluster found in its
 * predicted cluster (recall), averaged over items; F1 is their harmonic mean. All 0 for no items.
 */
export function bcubed(gold: readonly string[], predicted: readonly string[]): BCubed {
  const table = contingency(gold, predicted);
  if (table.total === 0) return { precision: 0, recall: 0, f1: 0 };
  let precision = 0;
  let recall = 0;
  for (const [key, count] of table.joint) {
    const [predictedLabel, goldLabel] = pairOf(key);
    // Each of the `count` items in this cell scores count / cluster size.
    precision += (count * count) / table.predicted.get(predictedLabel)!;
    recall += (count * count) / table.gold.get(goldLabel)!;
  }
  precision /= table.total;
  recall /= table.total;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function entropy(sizes: ReadonlyMap<string, number>, total: number): number {
  let sum = 0;
  for (const size of sizes.values()) sum -= (size / total) * Math.log(size / total);
  return sum;
}

/**
 * Normalised mutual information, I(gold; predicted) / sqrt(H(gold) · H(predicted)): the geometric
 * normalisation used by the published results on the Google News titles (Yin & Wang 2014).
 * Two single-cluster partitions agree fully (1); one trivial partition against another shares
 * nothing (0).
 */
export function nmi(gold: readonly string[], predicted: readonly string[]): number {
  const table = contingency(gold, predicted);
  if (table.total === 0) return 0;
  const goldEntropy = entropy(table.gold, table.total);
  const predictedEntropy = entropy(table.predicted, table.total);
  if (goldEntropy === 0 && predictedEntropy === 0) return 1;
  if (goldEntropy === 0 || predictedEntropy === 0) return 0;
  let information = 0;
  for (const [key, count] of table.joint) {
    const [predictedLabel, goldLabel] = pairOf(key);
    const expected = (table.predicted.get(predictedLabel)! * table.gold.get(goldLabel)!) / table.total;
    information += (count / table.total) * Math.log(count / expected);
  }
  return Math.min(1, Math.max(0, information / Math.sqrt(goldEntropy * predictedEntropy)));
}

export function clusteringScores(gold: readonly string[], predicted: readonly string[]): ClusteringScores {
  return { bcubed: bcubed(gold, predicted), nmi: nmi(gold, predicted), stories: new Set(predicted).size };
}

const recordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  title: z.string().optional(),
  published: z.string().optional(),
  label: z.union([z.string(), z.number()]).transform(String),
});

/** One line of a story evaluation file. */
export type StoryRecord = z.output<typeof recordSchema>;

/** Reads and checks a story evaluation file; throws naming the first bad line and field. */
export function readStoryRecords(path: string): StoryRecord[] {
  const records: StoryRecord[] = [];
  const seen = new Set<string>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`${path}:${index + 1}: not a JSON object.`);
      }
      const parsed = recordSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${path}:${index + 1}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
      }
      if (seen.has(parsed.data.id))
        throw new Error(`${path}:${index + 1}: id ${parsed.data.id} is used twice.`);
      seen.add(parsed.data.id);
      records.push(parsed.data);
    });
  return records;
}

export interface StoryDocumentOptions {
  /**
   * Run ingest and the extraction pipeline on each text, so people, places, organisations and
   * resolved dates take part (default). Off, only content terms, the title and the publication
   * day are used: for pre-cleaned text such as the Google News titles.
   */
  readonly extract?: boolean;
  /** Called after each article is analysed, for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Plain documents: terms of title and text, publication day, no extraction. */
export function plainStoryDocument(record: StoryRecord): StoryDocument {
  const publishedDay = record.published ? dayNumber(record.published) : undefined;
  return {
    id: record.id,
    terms: contentTerms(record.title ? `${record.title}\n${record.text}` : record.text),
    ...(publishedDay !== undefined ? { publishedDay } : {}),
    ...(record.title !== undefined ? { title: record.title } : {}),
  };
}

/** The clusterer's view of every record, by extraction or plainly (see `StoryDocumentOptions`). */
export async function storyDocumentsOf(
  records: readonly StoryRecord[],
  options: StoryDocumentOptions = {},
): Promise<StoryDocument[]> {
  if (options.extract === false) return records.map(plainStoryDocument);
  // Loaded only here: the extraction stack (and its trained model) is not needed for plain text.
  const [{ assembleArticle }, { createExtractionPipeline }] = await Promise.all([
    import('../ingest/index.ts'),
    import('../extract/index.ts'),
  ]);
  const pipeline = createExtractionPipeline();
  return records.map((record, index) => {
    const article = assembleArticle({
      path: record.id,
      ...(record.title !== undefined ? { title: record.title } : {}),
      ...(record.published !== undefined
        ? { published: record.published, publishedFrom: 'metadata' as const }
        : {}),
      blocks: record.text.split(/\n\s*\n/).map((text) => ({ text })),
    });
    const document = storyDocumentOf(pipeline.run(article));
    options.onProgress?.(index + 1, records.length);
    // The file's id, not the content hash: two records with the same text stay two.
    return { ...document, id: record.id };
  });
}

/** Streams documents in the given order, repairs, and scores both stages against the gold labels. */
export function scoreStories(
  documents: readonly StoryDocument[],
  labels: readonly string[],
  options: ClusterOptionsInput = {},
): StoryScores {
  const clusterer = new StoryClusterer(options);
  const online = documents.map((document) => clusterer.add(document));
  clusterer.repair();
  const repaired = documents.map((document) => clusterer.storyOf(document.id)!);
  return {
    ...clusteringScores(labels, repaired),
    articles: documents.length,
    goldStories: new Set(labels).size,
    online: clusteringScores(labels, online),
  };
}

export interface StoryEvaluationOptions extends StoryDocumentOptions {
  readonly cluster?: ClusterOptionsInput;
}

/** `corroborate eval stories FILE.jsonl`. */
export async function evaluateStoriesFile(
  path: string,
  options: StoryEvaluationOptions = {},
): Promise<StoryScores> {
  const records = readStoryRecords(path);
  const documents = await storyDocumentsOf(records, options);
  return scoreStories(
    documents,
    records.map((record) => record.label),
    options.cluster,
  );
}

const percent = (value: number) => `${(100 * value).toFixed(1)} %`;

export function formatStoryScores(scores: StoryScores): string {
  const { bcubed: b, online } = scores;
  return [
    `stories: ${scores.articles} articles, ${scores.goldStories} gold stories, ${scores.stories} found`,
    `  B-cubed precision ${percent(b.precision)}, recall ${percent(b.recall)}, F1 ${percent(b.f1)}; NMI ${scores.nmi.toFixed(3)}`,
    `  before repair: ${online.stories} stories, B-cubed F1 ${percent(online.bcubed.f1)}, NMI ${online.nmi.toFixed(3)}`,
  ].join('\n');
}
