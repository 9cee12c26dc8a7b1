import { analyseCollection } from '../analysis/index.ts';
import { createExtractionPipeline } from '../extract/index.ts';
import {
  type Ingested,
  type IngestLimits,
  ingestBytes,
  ingestPaths,
  type LanguageDetector,
  loadLanguageDetector,
  type Rejection,
} from '../ingest/index.ts';
import type { Article } from '../model/index.ts';
import { type AnalysedArticle, type Pipeline, StageError } from '../pipeline/index.ts';
import type { Analyse, Store } from './store.ts';

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
const holdsNul = (article: Article): boolean =>
  [article.text, article.title, article.outlet, article.url, article.path].some((field) =>
    field?.includes('\u0000'),
  );

export function createCollection(store: Store, options: CollectionOptions = {}): Collection {
  const analyse = options.analyse ?? analyseCollection;
  let pipeline: Pipeline | undefined;
  let detector: Promise<LanguageDetector> | undefined;
  const ingestOptions = async () => {
    detector ??= loadLanguageDetector();
    return { detectLanguage: await detector, ...(options.limits ? { limits: options.limits } : {}) };
  };

  async function add(read: Ingested, onProgress?: AddProgress): Promise<AddResult> {
    // The same content from two inputs is one article.
    const ingested = { ...read, articles: [...new Map(read.articles.map((a) => [a.id, a])).values()] };
    const rejected: Rejection[] = [...ingested.rejections];
    const known = await store.knownArticleIds(ingested.articles.map((a) => a.id));
    const fresh: AnalysedArticle[] = [];
    const candidates = ingested.articles.filter((a) => !known.has(a.id));
    for (const article of candidates) {
      if (holdsNul(article)) {
        rejected.push({
          path: article.path ?? article.id,
          code: 'input/binary',
          message: 'The article holds NUL characters, which a text store cannot keep.',
        });
        continue;
      }
      try {
        pipeline ??= (options.pipeline ?? createExtractionPipeline)();
        fresh.push(pipeline.run(article));
      } catch (error) {
        if (!(error instanceof StageError)) throw error;
        rejected.push({ path: article.path ?? article.id, code: 'input/malformed', message: error.message });
      }
      onProgress?.('analysing', fresh.length, candidates.length);
    }
    const saved = await store.saveArticles(fresh, analyse);
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
    async reanalyse() {
      return (await store.saveArticles([], analyse, { reanalyse: true })).stories;
    },
  };
}
