import { analyseCollection } from '../analysis/index.ts';
import { createExtractionPipeline } from '../extract/index.ts';
import {
  type HttpClient,
  type Ingested,
  type IngestLimits,
  ingestBytes,
  ingestLive,
  ingestPaths,
  isWebUrl,
  type LanguageDetector,
  loadLanguageDetector,
  type Rejection,
} from '../ingest/index.ts';
import type { Article } from '../model/index.ts';
import { type AnalysedArticle, analyseArticles, type Pipeline } from '../pipeline/index.ts';
import { diffArticles } from '../versions/index.ts';
import type { Analyse, Store } from './store.ts';
import type { VersionRecord } from './versions.ts';

/**
 * The one way articles enter the store, shared by the CLI and the server: read the input, extract
 * only the articles not stored yet (same content, same id: re-ingesting costs a lookup, not an
 * analysis), then store them and the re-analysed collection in one transaction.
 */

export interface ArticleRef {
  readonly id: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly path?: string;
}

export interface AddResult {
  readonly added: readonly ArticleRef[];
  readonly existing: readonly ArticleRef[];
  readonly rejected: readonly Rejection[];
  /** Stories in the collection afterwards. */
  readonly stories: number;
  /** Fetched articles recorded as a new version of their address. */
  readonly versioned?: number;
  /** Addresses the server said had not changed since the last fetch. */
  readonly unchanged?: readonly string[];
}

/** Two adds made one after the other (files, then addresses) as one result; stories as after the second. */
export function mergeAddResults(first: AddResult, second: AddResult): AddResult {
  const versioned = (first.versioned ?? 0) + (second.versioned ?? 0);
  const unchanged = [...(first.unchanged ?? []), ...(second.unchanged ?? [])];
  return {
    added: [...first.added, ...second.added],
    existing: [...first.existing, ...second.existing],
    rejected: [...first.rejected, ...second.rejected],
    stories: second.stories,
    ...(versioned > 0 ? { versioned } : {}),
    ...(unchanged.length > 0 ? { unchanged } : {}),
  };
}

/** How to fetch web addresses; `signal` stops a poll, keeping what it had fetched. */
export interface LiveOptions {
  readonly client: HttpClient;
  readonly signal?: AbortSignal;
  /** Re-request (conditionally) listed pages last checked this long ago, to catch stealth edits. */
  readonly recheckAfterMs?: number;
}

export type AddProgress = (step: 'reading' | 'analysing', done: number, total: number) => void;

export interface CollectionOptions {
  readonly analyse?: Analyse;
  /** Made on first use: loading the entity model takes a moment that a lookup-only ingest skips. */
  readonly pipeline?: () => Pipeline;
  readonly limits?: IngestLimits;
}

/** One in-memory input (an upload); the extension of `name` tells ingest its format. */
export interface Input {
  readonly bytes: Uint8Array;
  readonly name: string;
}

export interface Collection {
  readonly store: Store;
  /** Adds several inputs as one batch: stored together or not at all. */
  addInputs(inputs: readonly Input[]): Promise<AddResult>;
  addPaths(paths: readonly string[], onProgress?: AddProgress): Promise<AddResult>;
  /**
   * Fetches web addresses (article pages, feeds, sitemaps) with conditional requests, stores what is
   * new, records edited pages as new versions, then remembers the validators.
   */
  addUrls(urls: readonly string[], live: LiveOptions): Promise<AddResult>;
  /** Re-runs the analysis over everything stored (after the analysis itself improved). */
  reanalyse(): Promise<number>;
}

const refOf = (article: Article): ArticleRef => ({
  id: article.id,
  ...(article.title !== undefined ? { title: article.title } : {}),
  ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
  ...(article.path !== undefined ? { path: article.path } : {}),
});

// PostgreSQL text and jsonb cannot hold U+0000, so such an article is refused by name, not lost in a failed batch.
export const holdsNul = (article: Article): boolean =>
  [article.text, article.title, article.outlet, article.url, article.path].some((field) =>
    field?.includes('\u0000'),
  );

/**
 * Fetched articles as versions of their address (the canonical link the reader settled on). Files
 * are not versioned: they carry no fetch time to order versions by.
 */
export const versionRecords = (articles: readonly Article[]): VersionRecord[] =>
  articles.flatMap((article) =>
    article.url && isWebUrl(article.url) && article.path && isWebUrl(article.path)
      ? [{ url: article.url, articleId: article.id }]
      : [],
  );

export function createCollection(store: Store, options: CollectionOptions = {}): Collection {
  const analyse = options.analyse ?? analyseCollection;
  let pipeline: Pipeline | undefined;
  let detector: Promise<LanguageDetector> | undefined;
  const ingestOptions = async () => {
    detector ??= loadLanguageDetector();
    return { detectLanguage: await detector, ...(options.limits ? { limits: options.limits } : {}) };
  };

  async function add(
    read: Ingested,
    onProgress?: AddProgress,
    versions: readonly VersionRecord[] = [],
  ): Promise<AddResult> {
    // The same content from two inputs is one article.
    const ingested = { ...read, articles: [...new Map(read.articles.map((a) => [a.id, a])).values()] };
    const rejected: Rejection[] = [...ingested.rejections];
    const known = await store.knownArticleIds(ingested.articles.map((a) => a.id));
    const fresh: AnalysedArticle[] = [];
    const candidates = ingested.articles.filter((a) => !known.has(a.id));
    const storable = candidates.filter((article) => {
      if (!holdsNul(article)) return true;
      rejected.push({
        path: article.path ?? article.id,
        code: 'input/binary',
        message: 'The article holds NUL characters, which a text store cannot keep.',
      });
      return false;
    });
    if (storable.length > 0) pipeline ??= (options.pipeline ?? createExtractionPipeline)();
    const { analysed, failures } = pipeline
      ? analyseArticles(pipeline, storable, (done) => onProgress?.('analysing', done, candidates.length))
      : { analysed: [], failures: [] };
    fresh.push(...analysed);
    for (const { article, error } of failures)
      rejected.push({ path: article.path ?? article.id, code: 'input/malformed', message: error.message });
    const analysedIds = new Set(fresh.map((a) => a.id));
    const rejectedIds = new Set(candidates.filter((a) => !analysedIds.has(a.id)).map((a) => a.id));
    const saved = await store.saveArticles(
      fresh,
      analyse,
      versions.length > 0
        ? { versions: { records: versions.filter((v) => !rejectedIds.has(v.articleId)), diff: diffArticles } }
        : {},
    );
    const addedIds = new Set(saved.added);
    const isRejected = new Set(rejected.map((r) => r.path));
    return {
      added: ingested.articles.filter((a) => addedIds.has(a.id)).map(refOf),
      // Stored before this call, or by another writer between the lookup and the save.
      existing: ingested.articles
        .filter((a) => !addedIds.has(a.id) && !isRejected.has(a.path ?? a.id))
        .map(refOf),
      rejected,
      stories: saved.stories,
      ...(saved.versioned ? { versioned: saved.versioned } : {}),
    };
  }

  return {
    store,
    async addInputs(inputs) {
      const ingest = await ingestOptions();
      const read: Ingested[] = [];
      for (const input of inputs) read.push(await ingestBytes(input.bytes, input.name, ingest));
      return add({
        articles: read.flatMap((r) => r.articles),
        rejections: read.flatMap((r) => r.rejections),
      });
    },
    async addPaths(paths, onProgress) {
      const ingested = await ingestPaths(paths, {
        ...(await ingestOptions()),
        ...(onProgress
          ? { onProgress: (done: number, total: number) => onProgress('reading', done, total) }
          : {}),
      });
      return add(ingested, onProgress);
    },
    async addUrls(urls, live) {
      const read = await ingestLive(
        urls,
        {
          client: live.client,
          state: store.fetchState,
          ...(live.signal ? { signal: live.signal } : {}),
          ...(live.recheckAfterMs !== undefined ? { recheckAfterMs: live.recheckAfterMs } : {}),
        },
        await ingestOptions(),
      );
      const result = await add(read, undefined, versionRecords(read.articles));
      // Only now: had the save failed, the next poll must fetch these again rather than get 304.
      // Pages fetched but refused here (the analysis failed) are not remembered either.
      const refused = new Set(result.rejected.map((r) => r.path));
      await store.fetchState.save({
        validators: read.update.validators.filter((v) => !refused.has(v.url)),
        items: read.update.items.filter((i) => !refused.has(i.item)),
      });
      return { ...result, unchanged: read.unchanged };
    },
    async reanalyse() {
      return (await store.saveArticles([], analyse, { reanalyse: true })).stories;
    },
  };
}
