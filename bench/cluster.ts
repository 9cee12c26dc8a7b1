/**
 * Story clustering throughput on a stream made from real headlines: the 11,109 cleaned Google
 * News titles (../shared/corpus/gnews-titles). Synthetic story k takes real title k mod 11,109
 * and one made-up name of its own (a term and a person entity: every event has its own names);
 * its reports are the title itself and, for every other story, a second report with one word
 * dropped (sizes alternate 1, 2). Stories are dated 400 a day, so each pass over the titles
 * comes back 28 days later, beyond the 21-day window: the same words, new events, as in news.
 * Measured on one core with the default settings:
 * - throughput and peak memory over the first 100,000 documents, then one repair;
 * - time per document (median of three batches of 5,000) once 10,000 stories are kept, and again
 *   once 100,000 are, to show the per-document cost does not grow with the number of stories kept;
 * - worker mode's retention: stories kept, IDF keys and live heap at 100,000, 200,000 and 300,000 documents,
 *   with it and without; with it, the time to replay the stream that far against the time to take
 *   and restore a snapshot of the clusterer (what a new worker restores instead of replaying).
 * Nothing is compared to a stored baseline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sharedCorpus } from '../eval/shared.ts';
import {
  type ClusterOptionsInput,
  contentTerms,
  StoryClusterer,
  type StoryDocument,
} from '../src/cluster/index.ts';
import { workerClusterOptions } from '../src/store/incremental.ts';

const storiesPerDay = 400;
const throughputDocuments = 100_000;
const probeDocuments = 5_000;
const probeAtStories = [10_000, 100_000] as const;

export function realTitles(): string[][] {
  return readFileSync(join(sharedCorpus(), 'gnews-titles', 'News.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => contentTerms((JSON.parse(line) as { textCleaned: string }).textCleaned))
    .filter((terms) => terms.length > 0);
}

/**
 * An endless stream of documents, story by story, as the header describes; the first story is
 * dated `firstDay` (days since 1970-01-01).
 */
export function* syntheticStream(titles: readonly string[][], firstDay = 0): Generator<StoryDocument> {
  for (let story = 0; ; story++) {
    const name = `name${story}`;
    const terms = [...titles[story % titles.length]!, name];
    const entities = [`person:${name}`];
    const publishedDay = firstDay + Math.floor(story / storiesPerDay);
    yield { id: `${story}.0`, terms, entities, publishedDay };
    if (story % 2 === 1 && terms.length > 2) {
      const dropped = story % (terms.length - 1);
      yield {
        id: `${story}.1`,
        terms: terms.filter((_, index) => index !== dropped),
        entities,
        publishedDay,
      };
    }
  }
}

const megabytes = (bytes: number) => Math.round(bytes / 1e6);

interface Probe {
  readonly storiesKept: number;
  readonly microsecondsPerDocument: number;
  /** Candidate stories scored per document: the algorithm's work, free of memory effects. */
  readonly storiesScoredPerDocument: number;
}

/** Peak resident and heap memory, sampled when asked. */
export class MemoryPeaks {
  rss = 0;
  heap = 0;
  sample(): void {
    const usage = process.memoryUsage();
    this.rss = Math.max(this.rss, usage.rss);
    this.heap = Math.max(this.heap, usage.heapUsed);
  }
}

/** Streams the first 100,000 documents, then repairs once. */
function throughput(titles: readonly string[][], memory: MemoryPeaks) {
  const stream = syntheticStream(titles);
  const clusterer = new StoryClusterer();
  const started = performance.now();
  for (let i = 0; i < throughputDocuments; i++) {
    clusterer.add(stream.next().value as StoryDocument);
    if (i % 5_000 === 0) memory.sample();
  }
  const seconds = (performance.now() - started) / 1000;
  memory.sample();
  const stories = clusterer.storyCount;
  const repairStarted = performance.now();
  const repair = clusterer.repair();
  const repairSeconds = (performance.now() - repairStarted) / 1000;
  memory.sample();
  return {
    documents: throughputDocuments,
    stories,
    seconds: Number(seconds.toFixed(2)),
    documentsPerSecond: Math.round(throughputDocuments / seconds),
    repair: { ...repair, seconds: Number(repairSeconds.toFixed(2)), storiesAfter: clusterer.storyCount },
  };
}

/** Time per document over a batch, once the kept state reaches each story count. */
function perDocument(titles: readonly string[][], memory: MemoryPeaks): Probe[] {
  const probes: Probe[] = [];
  const clusterer = new StoryClusterer();
  const stream = syntheticStream(titles);
  for (const target of probeAtStories) {
    while (clusterer.storyCount < target) {
      clusterer.add(stream.next().value as StoryDocument);
      if (clusterer.size % 5_000 === 0) memory.sample();
    }
    const storiesKept = clusterer.storyCount;
    // The median of three batches, so one garbage collection does not decide the figure.
    const batches: { milliseconds: number; scored: number }[] = [];
    for (let batch = 0; batch < 3; batch++) {
      const scoredBefore = clusterer.storiesScored;
      const started = performance.now();
      for (let i = 0; i < probeDocuments; i++) clusterer.add(stream.next().value as StoryDocument);
      batches.push({
        milliseconds: performance.now() - started,
        scored: clusterer.storiesScored - scoredBefore,
      });
    }
    const median = batches.sort((a, b) => a.milliseconds - b.milliseconds)[1]!;
    probes.push({
      storiesKept,
      microsecondsPerDocument: Number(((1000 * median.milliseconds) / probeDocuments).toFixed(1)),
      storiesScoredPerDocument: Number((median.scored / probeDocuments).toFixed(2)),
    });
    memory.sample();
  }
  return probes;
}

/** Heap in use after a full collection when node runs with --expose-gc (npm run bench does), else as it is. */
function liveHeapMegabytes(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return megabytes(process.memoryUsage().heapUsed);
}

/**
 * Worker mode's clusterer, which lets go of stories older than `workerRetentionDays` and of their
 * documents (see src/store/incremental.ts), beside the default one that keeps every story: stories
 * kept, words, word pairs and names kept for IDF, and live heap as the same stream grows to 300,000
 * documents (500 days of it).
 */
function retention(titles: readonly string[][]) {
  return [workerClusterOptions, {}].map((options: ClusterOptionsInput) => {
    const clusterer = new StoryClusterer(options);
    const retentionDays = clusterer.options.retentionDays;
    const stream = syntheticStream(titles);
    const points: {
      documents: number;
      storiesKept: number;
      vocabulary: number;
      liveHeapMegabytes: number;
      replaySeconds: number;
      snapshot?: SnapshotFigures;
    }[] = [];
    let added = 0;
    let replayMilliseconds = 0;
    for (const checkpoint of [100_000, 200_000, 300_000]) {
      const started = performance.now();
      for (; added < checkpoint; added++) clusterer.add(stream.next().value as StoryDocument);
      replayMilliseconds += performance.now() - started;
      points.push({
        documents: checkpoint,
        storiesKept: clusterer.storyCount,
        vocabulary: clusterer.vocabularySize,
        liveHeapMegabytes: liveHeapMegabytes(),
        replaySeconds: Number((replayMilliseconds / 1000).toFixed(1)),
        ...(Number.isFinite(retentionDays) ? { snapshot: snapshotFigures(clusterer, options) } : {}),
      });
    }
    return { retentionDays: Number.isFinite(retentionDays) ? retentionDays : 'unlimited', points };
  });
}

interface SnapshotFigures {
  readonly gzippedMegabytes: number;
  readonly takeSeconds: number;
  readonly restoreSeconds: number;
}

/**
 * A worker's snapshot of the clusterer, as src/store/incremental.ts stores it (JSON, gzip level 3),
 * taken and restored in memory: what a new worker does instead of replaying the whole log.
 */
function snapshotFigures(clusterer: StoryClusterer, options: ClusterOptionsInput): SnapshotFigures {
  const takeStarted = performance.now();
  const gzipped = gzipSync(JSON.stringify(clusterer.toSnapshot()), { level: 3 });
  const takeSeconds = (performance.now() - takeStarted) / 1000;
  const restoreStarted = performance.now();
  const restored = StoryClusterer.fromSnapshot(JSON.parse(gunzipSync(gzipped).toString('utf8')), options);
  const restoreSeconds = (performance.now() - restoreStarted) / 1000;
  if (restored.size !== clusterer.size) throw new Error('the restored clusterer holds other documents');
  return {
    gzippedMegabytes: Number((gzipped.length / 1e6).toFixed(1)),
    takeSeconds: Number(takeSeconds.toFixed(2)),
    restoreSeconds: Number(restoreSeconds.toFixed(2)),
  };
}

/** Runs the benchmark, prints its figures and returns them. */
export async function runClusterBench(): Promise<object> {
  const titles = realTitles();
  // Warm-up, so the JIT has compiled the hot paths before anything is timed.
  const warmup = new StoryClusterer();
  const warmStream = syntheticStream(titles);
  for (let i = 0; i < 5_000; i++) warmup.add(warmStream.next().value as StoryDocument);

  const streamMemory = new MemoryPeaks();
  const stream = throughput(titles, streamMemory);
  const probeMemory = new MemoryPeaks();
  const probes = perDocument(titles, probeMemory);
  const retained = retention(titles);

  const figures = {
    benchmark: 'story clustering, one core, default settings',
    ...stream,
    peakRssMegabytes: megabytes(streamMemory.rss),
    peakHeapMegabytes: megabytes(streamMemory.heap),
    perDocument: probes,
    workerRetention: retained,
  };
  const { repair } = stream;
  console.log(
    `story clustering: ${stream.documents} documents in ${stream.seconds} s, ${stream.documentsPerSecond} documents/s, ` +
      `${stream.stories} stories; repair ${repair.seconds} s (split ${repair.split}, moved ${repair.moved}, merged ${repair.merged})\n` +
      `  peak RSS ${figures.peakRssMegabytes} MB, peak heap ${figures.peakHeapMegabytes} MB (streaming and repair)\n` +
      probes
        .map(
          (probe) =>
            `  ${probe.microsecondsPerDocument} µs per document with ${probe.storiesKept} stories kept`,
        )
        .join('\n') +
      retained
        .map(
          (run) =>
            `\n  stories kept ${run.retentionDays === 'unlimited' ? 'for ever (default)' : `${run.retentionDays} days after their last (worker mode)`}: ` +
            run.points
              .map(
                (point) =>
                  `${point.documents} documents ${point.storiesKept} stories, ${point.vocabulary} keys of IDF, live heap ${point.liveHeapMegabytes} MB` +
                  (point.snapshot
                    ? ` (replaying them took ${point.replaySeconds} s; a snapshot of ${point.snapshot.gzippedMegabytes} MB gzipped is taken in ${point.snapshot.takeSeconds} s and restored in ${point.snapshot.restoreSeconds} s)`
                    : ''),
              )
              .join('; '),
        )
        .join(''),
  );
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runClusterBench()));
}
