import { EventEmitter } from 'node:events';
import { type JobHelpers, run, type Task, type WorkerEvents } from 'graphile-worker';
import { createExtractionPipeline } from '../extract/index.ts';
import { type Pipeline, StageError } from '../pipeline/index.ts';
import { holdsNul, versionRecords } from '../store/collection.ts';
import type { Engine } from '../store/engine.ts';
import {
  type PlacementLockTimes,
  placeArrival,
  placedStory,
  placeVersionArrival,
  recomputeStory,
  StoryPlacer,
  storedArticle,
} from '../store/incremental.ts';
import { migrate } from '../store/migrations.ts';
import { openPostgres } from '../store/postgres.ts';
import { beat, pendingJobs, unlockDeadWorkers } from './heartbeat.ts';
import {
  analyseArticleTask,
  defaultStoryDelaySeconds,
  isAnalyseArticlePayload,
  openQueue,
  queueStoryRewrite,
  quietLogger,
  type RecomputeStoryPayload,
  recomputeStoryTask,
} from './queue.ts';

export interface WorkerOptions {
  readonly databaseUrl: string;
  /** Jobs run at once in this process (extraction is CPU-bound: more than 1 only overlaps waits). */
  readonly concurrency?: number;
  /** Stop once no job is waiting, running or due for a retry (for batches and tests). */
  readonly untilEmpty?: boolean;
  /** A worker silent for this long is dead and its jobs are run again elsewhere. */
  readonly staleSeconds?: number;
  /** Seconds a story's rewrite waits for more of its articles (see queueStoryRewrite). */
  readonly storyDelaySeconds?: number;
  /** Told once per finished article. */
  readonly onArticle?: (event: ArticleEvent) => void;
  /** Told once per story rewritten (with its members; 0 when it had none left and was deleted). */
  readonly onStory?: (event: StoryEvent) => void;
  /** Told once the story log is replayed, before the first job is taken (see StoryPlacer.catchUp). */
  readonly onReplayed?: (event: ReplayEvent) => void;
}

export interface ReplayEvent {
  /** The log sequence of the clusterer snapshot the worker started from, if any. */
  readonly snapshot: number | undefined;
  /** Log entries replayed (after the snapshot). */
  readonly entries: number;
  readonly seconds: number;
}

/** What a worker did, told when it stops. */
export interface WorkerReport {
  readonly placementLock: PlacementLockTimes;
}

export interface StoryEvent {
  readonly id: string;
  readonly members: number;
}

export type ArticleEvent =
  | { readonly kind: 'analysed'; readonly id: string; readonly story: string; readonly candidates: number }
  | { readonly kind: 'done-before'; readonly id: string }
  /** A fetched version older than the newest one stored for its address (a job run late). */
  | { readonly kind: 'superseded'; readonly id: string }
  | { readonly kind: 'rejected'; readonly id: string; readonly reason: string };

export const defaultStaleSeconds = 60;

/**
 * The job of one article: extract (unless stored), store, place it in a story, and queue the
 * story's rewrite. A job run again after its worker died skips what was done. A fetched article is
 * also recorded as a version of its address; the stories its older versions leave are rewritten
 * too. Its job always runs through: a version placed before may be current again (a reverted edit).
 */
export function analyseArticleJob(
  engine: Engine,
  placer: StoryPlacer,
  pipeline: () => Pipeline,
  onArticle: (event: ArticleEvent) => void,
  storyDelaySeconds: number = defaultStoryDelaySeconds,
): Task {
  const queueRewrite = (story: string, helpers: JobHelpers) =>
    queueStoryRewrite(helpers.addJob, story, storyDelaySeconds);
  return async (payload, helpers) => {
    if (!isAnalyseArticlePayload(payload)) throw new Error('analyse-article: the payload holds no article');
    const { article, fetchedAt } = payload;
    const versions = fetchedAt ? versionRecords([article]).map((record) => ({ ...record, fetchedAt })) : [];
    const placed = versions.length === 0 ? await placedStory(engine, article.id) : undefined;
    if (placed) {
      await queueRewrite(placed, helpers);
      onArticle({ kind: 'done-before', id: article.id });
      return;
    }
    // Refusals are final: retrying would refuse again, so the job ends without an error.
    if (holdsNul(article)) {
      onArticle({ kind: 'rejected', id: article.id, reason: 'the article holds NUL characters' });
      return;
    }
    let analysed = await storedArticle(engine, article.id);
    if (!analysed) {
      try {
        analysed = pipeline().run(article);
      } catch (error) {
        if (!(error instanceof StageError)) throw error;
        onArticle({ kind: 'rejected', id: article.id, reason: error.message });
        return;
      }
    }
    if (versions.length === 0) {
      const { story, candidates } = await placeArrival(engine, placer, analysed);
      await queueRewrite(story, helpers);
      onArticle({ kind: 'analysed', id: article.id, story, candidates });
      return;
    }
    const { placement, left, candidates } = await placeVersionArrival(engine, placer, analysed, versions);
    for (const story of left) await queueRewrite(story, helpers);
    if (!placement) {
      onArticle({ kind: 'superseded', id: article.id });
      return;
    }
    await queueRewrite(placement.story, helpers);
    onArticle(
      placement.placed
        ? { kind: 'analysed', id: article.id, story: placement.story, candidates }
        : { kind: 'done-before', id: article.id },
    );
  };
}

/** The job of one story: rewrite it from its members (idempotent; see recomputeStory). */
export function recomputeStoryJob(
  engine: Engine,
  placer: StoryPlacer,
  onStory: (event: StoryEvent) => void = () => {},
): Task {
  return async (payload) => {
    const story = (payload as Partial<RecomputeStoryPayload> | null)?.story;
    if (typeof story !== 'string') throw new Error('recompute-story: the payload names no story');
    const rewritten = await recomputeStory(engine, placer, story);
    onStory({ id: story, members: rewritten?.articles.length ?? 0 });
  };
}

/**
 * Runs a worker until stopped (SIGINT/SIGTERM) or, with `untilEmpty`, until the queue is empty.
 * Any number of workers, on any machines, may share one PostgreSQL database.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const staleSeconds = options.staleSeconds ?? defaultStaleSeconds;
  const engine = await openPostgres(options.databaseUrl);
  const utils = await openQueue(options.databaseUrl).catch(async (error) => {
    await engine.close();
    throw error;
  });
  const timers: NodeJS.Timeout[] = [];
  try {
    await migrate(engine);
    let pipeline: Pipeline | undefined;
    const placer = new StoryPlacer();
    // Before taking jobs: a worker joining a long-running store replays its log first, without
    // holding up the workers already placing articles.
    const replayStarted = performance.now();
    const entries = await placer.catchUp(engine);
    const seconds = (performance.now() - replayStarted) / 1000;
    options.onReplayed?.({ snapshot: placer.restoredFrom, entries, seconds });
    // Listening before the pool starts, so no worker is created unseen (and then reaped as dead).
    const events: WorkerEvents = new EventEmitter();
    const workerIds: string[] = [];
    events.on('worker:create', ({ worker }) => {
      workerIds.push(worker.workerId);
    });
    const runner = await run({
      events,
      connectionString: options.databaseUrl,
      concurrency: options.concurrency ?? 1,
      pollInterval: 500,
      logger: quietLogger,
      taskList: {
        [analyseArticleTask]: analyseArticleJob(
          engine,
          placer,
          () => {
            pipeline ??= createExtractionPipeline();
            return pipeline;
          },
          options.onArticle ?? (() => {}),
          options.storyDelaySeconds,
        ),
        [recomputeStoryTask]: recomputeStoryJob(engine, placer, options.onStory),
      },
    });
    // Timers only: a tick that fails (the database restarting) is retried at the next one.
    const every = (seconds: number, work: () => Promise<unknown>) => {
      const timer = setInterval(() => void work().catch(() => {}), seconds * 1000);
      timers.push(timer);
    };
    every(Math.max(0.2, staleSeconds / 4), () => beat(engine, workerIds));
    every(Math.max(0.2, staleSeconds / 2), () => unlockDeadWorkers(engine, utils, staleSeconds));
    // The runner's promise settles before its stop() has closed its connections: awaiting both
    // means no connection of this worker outlives the call (a test may drop the database next).
    let stopped: Promise<void> | undefined;
    if (options.untilEmpty)
      every(0.5, async () => {
        if ((await pendingJobs(engine)) === 0) stopped ??= runner.stop('the queue is empty');
      });
    await beat(engine, workerIds);
    await runner.promise;
    await stopped;
    return { placementLock: placer.lockTimes };
  } finally {
    for (const timer of timers) clearInterval(timer);
    await utils.release();
    await engine.close();
  }
}
