import { type AddJobFunction, Logger, makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import { dayNumber } from '../cluster/index.ts';
import type { Article } from '../model/index.ts';

/**
 * The job queue of worker mode: graphile-worker's tables in the store's PostgreSQL database. One
 * job per article, keyed by its content id, so enqueueing the same article twice while the first
 * job waits makes one job, and a job that runs again finds its work done (see
 * src/store/incremental.ts). An article job ends by queueing its story's rewrite.
 */
export const analyseArticleTask = 'analyse-article';
/** Rewrites one story; keyed by the story, so arrivals waiting together rewrite it once. */
export const recomputeStoryTask = 'recompute-story';

export interface RecomputeStoryPayload {
  readonly story: string;
}

export const recomputeJobKey = (story: string) => `story:${story}`;

/** Seconds a story's rewrite waits for more of its articles before it runs (see queueStoryRewrite). */
export const defaultStoryDelaySeconds = 2;

/**
 * Queues a story's rewrite `delaySeconds` from now, unless one is already waiting: that one keeps
 * its time and will read this article too. Each rewrite aligns every pair of the story's members,
 * so a story of n reports rewritten at every arrival costs about n³/6 pair alignments; a burst of
 * fifty reports of one event now rewrites its story a few times, not fifty. A rewrite already
 * running is left to finish and a new one is queued (graphile-worker takes the running job's key
 * away), so the last rewrite of a story always reads every member placed before it.
 */
export function queueStoryRewrite(addJob: AddJobFunction, story: string, delaySeconds: number) {
  return addJob(recomputeStoryTask, { story } satisfies RecomputeStoryPayload, {
    jobKey: recomputeJobKey(story),
    jobKeyMode: 'preserve_run_at',
    runAt: new Date(Date.now() + delaySeconds * 1000),
  });
}

export interface AnalyseArticlePayload {
  readonly article: Article;
  /**
   * When a fetched article was fetched: it is then a version of its address (see versionRecords in
   * src/store/collection.ts), and a job run late cannot make an older fetch the newest version.
   */
  readonly fetchedAt?: string;
}

export function isAnalyseArticlePayload(payload: unknown): payload is AnalyseArticlePayload {
  const article = (payload as { article?: Partial<Article> } | null)?.article;
  return (
    typeof article?.id === 'string' &&
    typeof article.text === 'string' &&
    typeof article.language === 'string' &&
    Array.isArray(article.blocks)
  );
}

/** graphile-worker reports every job at info level; a worker prints only warnings and errors. */
export const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') process.stderr.write(`corroborate worker: ${message}\n`);
});

/** Opens the queue's helpers, creating or upgrading graphile-worker's schema if needed. */
export async function openQueue(databaseUrl: string): Promise<WorkerUtils> {
  const utils = await makeWorkerUtils({ connectionString: databaseUrl, logger: quietLogger });
  await utils.migrate();
  return utils;
}

// Jobs sent per statement: a large ingest is many round trips of this size, not one huge one.
const enqueueBatch = 500;

/** Days since 1970 of an article's publication date; undated articles sort last. */
const publishedOrder = (article: Article): number =>
  (article.published === undefined ? undefined : dayNumber(article.published)) ?? Number.POSITIVE_INFINITY;

/** Adds one job per distinct article (fetched at `fetchedAt`, if they were); returns how many were sent. */
export async function enqueueArticles(
  utils: WorkerUtils,
  given: readonly Article[],
  fetchedAt?: string,
): Promise<number> {
  // One statement cannot hold one job key twice; the same content is one article anyway. Oldest
  // first (undated last): workers place articles in about the order queued, and a story is let go
  // of 90 days after its last article (see workerRetentionDays), so an archive queued out of
  // order would leave an event's later-placed reports outside the story of its first.
  const articles = [...new Map(given.map((article) => [article.id, article])).values()].sort(
    // (Two undated articles: Infinity - Infinity is NaN, which keeps their order, as 0 does.)
    (a, b) => publishedOrder(a) - publishedOrder(b) || 0,
  );
  for (let start = 0; start < articles.length; start += enqueueBatch) {
    await utils.addJobs(
      articles.slice(start, start + enqueueBatch).map((article) => ({
        identifier: analyseArticleTask,
        payload: { article, ...(fetchedAt ? { fetchedAt } : {}) } satisfies AnalyseArticlePayload,
        jobKey: `article:${article.id}`,
      })),
    );
  }
  return articles.length;
}
