/**
 * Worker-mode throughput, end to end: the 300 BASIL articles (../shared/corpus/basil, real news
 * of 100 events from three outlets each) and the FNC-1 bodies (../shared/corpus/fnc1, real news
 * on some 200 claims, undated) queued in a fresh PostgreSQL database, then 1, 2 and 4
 * `corroborate worker --until-empty` processes run them (extraction, storing, band-index
 * candidate search, story placement, the story's reuse and cross-check). Throughput is counted
 * from the first article placed to the empty queue (the workers stop within half a second of it),
 * so process start-up and model loading are left out (wall time with them is printed too); story
 * rewrites are not delayed (see startWorker). Needs DATABASE_URL (scripts/ci-services.sh starts a
 * local server). The machine has 2 cores, shared with PostgreSQL: 4 workers cannot scale linearly.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedCorpus } from '../eval/shared.ts';
import { articleFromRecord, loadBasil, loadFncBodies } from '../src/evaluation/reuse.ts';
import { enqueueArticles, openQueue } from '../src/worker/index.ts';
import { createTestDatabase } from '../test/service/postgres.ts';

const workerCounts = [1, 2, 4] as const;
const cli = resolve(import.meta.dirname, '..', 'bin', 'corroborate.js');

/** A scratch database on the server, dropped afterwards (the test suite's helper). */
async function withDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const database = await createTestDatabase(serverUrl);
  try {
    return await work(database.url);
  } finally {
    await database.drop();
  }
}

interface Run {
  readonly workers: number;
  readonly articles: number;
  readonly wallSeconds: number;
  readonly steadySeconds: number;
  readonly articlesPerSecond: number;
  readonly peakRssMegabytes: number;
  /** The workers' CPU time over their wall time from start to stop: how much of it they worked. */
  readonly busyShare: number;
  /** Seconds the workers held and waited for the placement lock, summed over workers. */
  readonly lockHeldSeconds: number;
  readonly lockWaitedSeconds: number;
}

/** What a worker prints when it stops (src/cli/worker.ts). */
interface WorkerStop {
  readonly cpuSeconds: number;
  readonly peakRssMegabytes: number;
  readonly lockWaitedSeconds: number;
  readonly lockHeldSeconds: number;
}

const stopLine =
  /CPU ([\d.]+) s, peak RSS (\d+) MB; placement lock taken \d+ times, waited for ([\d.]+) s, held ([\d.]+) s/;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function startWorker(url: string, finished: number[], stops: WorkerStop[]): ChildProcess {
  // The flag the bin's shebang gives `corroborate worker` (spawning node directly bypasses it).
  const flags = ['--max-semi-space-size=64'];
  // `--story-delay 0`: the queue is full, so a story's rewrites coalesce anyway (articles queued
  // earlier run first); the delay would only add itself, idle, after the last article.
  const args = [cli, 'worker', '--until-empty', '--verbose', '--story-delay', '0'];
  const child = spawn(process.execPath, [...flags, ...args], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line.startsWith('analysed ')) finished.push(performance.now());
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    const stop = stopLine.exec(chunk);
    if (stop) {
      const [cpuSeconds, peakRssMegabytes, lockWaitedSeconds, lockHeldSeconds] = stop.slice(1).map(Number);
      stops.push({
        cpuSeconds: cpuSeconds!,
        peakRssMegabytes: peakRssMegabytes!,
        lockWaitedSeconds: lockWaitedSeconds!,
        lockHeldSeconds: lockHeldSeconds!,
      });
    } else if (/error|rejected/i.test(chunk)) process.stderr.write(chunk);
  });
  return child;
}

async function runWith(serverUrl: string, workers: number, articles: ReturnType<typeof articleFromRecord>[]) {
  return withDatabase(serverUrl, async (url): Promise<Run> => {
    const queue = await openQueue(url);
    try {
      await enqueueArticles(queue, articles);
    } finally {
      await queue.release();
    }
    const finished: number[] = [];
    const stops: WorkerStop[] = [];
    const started = performance.now();
    const children = Array.from({ length: workers }, () => startWorker(url, finished, stops));
    await Promise.all(children.map((child) => once(child, 'exit')));
    const ended = performance.now();
    const wallSeconds = (ended - started) / 1000;
    // To the end of the queue: the story rewrites queued by the last articles are part of the work.
    const steadySeconds = (ended - (finished[0] ?? ended)) / 1000;
    return {
      workers,
      articles: finished.length,
      wallSeconds: Number(wallSeconds.toFixed(1)),
      steadySeconds: Number(steadySeconds.toFixed(1)),
      articlesPerSecond: Number((finished.length / steadySeconds).toFixed(1)),
      peakRssMegabytes: Math.max(0, ...stops.map((stop) => stop.peakRssMegabytes)),
      busyShare: Number((sum(stops.map((stop) => stop.cpuSeconds)) / (workers * wallSeconds)).toFixed(2)),
      lockHeldSeconds: Number(sum(stops.map((stop) => stop.lockHeldSeconds)).toFixed(1)),
      lockWaitedSeconds: Number(sum(stops.map((stop) => stop.lockWaitedSeconds)).toFixed(1)),
    };
  });
}

export async function runWorkersBench(): Promise<object> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log('workers: not measured: set DATABASE_URL (bash scripts/ci-services.sh prints one)');
    return { skipped: 'no DATABASE_URL' };
  }
  const corpus = sharedCorpus();
  const articles = [
    ...loadBasil(corpus).map(articleFromRecord),
    ...loadFncBodies(corpus).map(({ id, body }) =>
      articleFromRecord({ key: `fnc1/${id}`, paragraphs: body.split(/\n+/).filter((line) => line.trim()) }),
    ),
  ];
  const runs: Run[] = [];
  for (const workers of workerCounts) {
    const run = await runWith(serverUrl, workers, articles);
    runs.push(run);
    console.log(
      `  ${workers} worker${workers > 1 ? 's' : ''}: ${run.articles} articles, ${run.articlesPerSecond} articles/s ` +
        `(${run.steadySeconds} s from the first article placed to the empty queue; wall ${run.wallSeconds} s with start-up), ` +
        `peak RSS per worker ${run.peakRssMegabytes} MB, CPU busy ${Math.round(100 * run.busyShare)}% of the wall time\n` +
        `     placement lock held ${run.lockHeldSeconds} s in all (${Math.round((100 * run.lockHeldSeconds) / run.steadySeconds)}% of the run; ` +
        `at this hold time per article the pool places at most ${Math.round(run.articles / run.lockHeldSeconds)} articles/s), ` +
        `waited for ${run.lockWaitedSeconds} s in all`,
    );
  }
  const base = runs[0]!.articlesPerSecond;
  const speedUps = runs.map((run) => Number((run.articlesPerSecond / base).toFixed(2)));
  console.log(
    `  speed-up over 1 worker: ${runs.map((run, i) => `${run.workers}: ${speedUps[i]}x`).join(', ')} ` +
      `(${cpus().length} cores, shared with PostgreSQL and other work: 4 workers cannot scale linearly here)`,
  );
  return { articles: articles.length, cores: cpus().length, runs, speedUps };
  // (Enough articles that a worker's own warm-up, its JIT and its word caches, is a small part of
  // the run: a worker's first few hundred articles run at a third of its steady speed.)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(JSON.stringify(await runWorkersBench()));
