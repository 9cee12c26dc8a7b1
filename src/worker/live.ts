import type { WorkerUtils } from 'graphile-worker';
import { type HttpClient, type IngestedLive, ingestLive, type LanguageDetector } from '../ingest/index.ts';
import type { Engine } from '../store/engine.ts';
import { createFetchStateStore } from '../store/fetch-state.ts';
import { migrate } from '../store/migrations.ts';
import { enqueueArticles } from './queue.ts';

/**
 * Live sources in worker mode: the enqueuing process fetches pages, feeds and sitemaps with the
 * fetch code `ingest` uses, asking conditionally against the fetch cache in the workers' database,
 * and queues one job per article stamped with its fetch time, so a worker records it as a version
 * of its address (see analyseArticleJob in run.ts).
 */
export interface LiveEnqueueOptions {
  readonly client: HttpClient;
  readonly detectLanguage: LanguageDetector;
}

/** Fetches `urls`, queues their articles, then remembers the validators; returns what was read. */
export async function enqueueLive(
  engine: Engine,
  utils: WorkerUtils,
  urls: readonly string[],
  options: LiveEnqueueOptions,
): Promise<IngestedLive & { readonly sent: number }> {
  await migrate(engine);
  const state = createFetchStateStore(engine);
  const fetchedAt = new Date().toISOString();
  const read = await ingestLive(
    urls,
    { client: options.client, state },
    { detectLanguage: options.detectLanguage },
  );
  const sent = await enqueueArticles(utils, read.articles, fetchedAt);
  // Only once queued: had queueing failed, the next run must fetch these again rather than get 304.
  // (Unlike `ingest`, pages a worker refuses later are remembered: refusals are final.)
  await state.save(read.update);
  return { ...read, sent };
}
