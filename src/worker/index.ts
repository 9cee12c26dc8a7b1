/** Worker mode: jobs from a PostgreSQL queue, incremental stories, heartbeats (see run.ts). */

export { enqueueLive, type LiveEnqueueOptions } from './live.ts';
export { defaultStoryDelaySeconds, enqueueArticles, openQueue } from './queue.ts';
export {
  type ArticleEvent,
  defaultStaleSeconds,
  type ReplayEvent,
  runWorker,
  type StoryEvent,
  type WorkerOptions,
  type WorkerReport,
} from './run.ts';
