import type { Article } from '../model/index.ts';
import { diagnostic } from '../model/index.ts';
import { type AssembleOptions, assembleArticle, type LanguageDetector } from './assemble.ts';
import type { ArticleDraft, IngestLimits, ReadResult, Rejection } from './draft.ts';
import { defaultLimits } from './draft.ts';
import { type FetchStateUpdate, type LiveContext, readLive } from './fetch/index.ts';
import { loadLanguageDetector } from './language.ts';
import { readBytes, readSource } from './sources.ts';

export type { LanguageDetector } from './assemble.ts';
export { assembleArticle, contentId } from './assemble.ts';
export type { ArticleDraft, IngestLimits, Rejection } from './draft.ts';
export { defaultLimits } from './draft.ts';
export * from './fetch/index.ts';
export { loadLanguageDetector } from './language.ts';

export interface Ingested {
  readonly articles: Article[];
  readonly rejections: Rejection[];
}

export interface IngestOptions {
  readonly limits?: IngestLimits;
  readonly detectLanguage?: LanguageDetector;
  /** Called after each input is read, for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Turns drafts into articles, one per content id: the same article read twice (two files, a feed
 * and its page) is kept once, and the repeat is noted on it.
 */
export function assembleDrafts(drafts: readonly ArticleDraft[], options: AssembleOptions): Article[] {
  const byId = new Map<string, Article>();
  for (const draft of drafts) {
    const article = assembleArticle(draft, options);
    const seen = byId.get(article.id);
    if (!seen) byId.set(article.id, article);
    else {
      const note = diagnostic('input/duplicate', 'info', `Also read from ${draft.path ?? 'another input'}.`);
      byId.set(article.id, { ...seen, diagnostics: [...seen.diagnostics, note] });
    }
  }
  return [...byId.values()];
}

async function resolvedOptions(options: IngestOptions): Promise<AssembleOptions> {
  return {
    limits: options.limits ?? defaultLimits,
    detectLanguage: options.detectLanguage ?? (await loadLanguageDetector()),
  };
}

function collect(results: readonly ReadResult[], assemble: AssembleOptions): Ingested {
  return {
    articles: assembleDrafts(
      results.flatMap((r) => r.drafts),
      assemble,
    ),
    rejections: results.flatMap((r) => r.rejections),
  };
}

/** Reads files, folders (recursively) and `-` (stdin) into articles; bad inputs become rejections. */
export async function ingestPaths(paths: readonly string[], options: IngestOptions = {}): Promise<Ingested> {
  const assemble = await resolvedOptions(options);
  const results: ReadResult[] = [];
  for (const path of paths) {
    results.push(await readSource(path, assemble.limits));
    options.onProgress?.(results.length, paths.length);
  }
  return collect(results, assemble);
}

/** Reads one in-memory input (an HTTP upload, a test) the same way. */
export async function ingestBytes(
  bytes: Uint8Array,
  name: string,
  options: IngestOptions = {},
): Promise<Ingested> {
  const assemble = await resolvedOptions(options);
  return collect([await readBytes(bytes, name, assemble.limits)], assemble);
}

export interface IngestedLive extends Ingested {
  /** Validators and item stamps to remember once the articles are stored. */
  readonly update: FetchStateUpdate;
  readonly unchanged: readonly string[];
}

/** Reads web addresses (pages, feeds, sitemaps) through `live.client`; see `fetch/live.ts`. */
export async function ingestLive(
  urls: readonly string[],
  live: Omit<LiveContext, 'limits'>,
  options: IngestOptions = {},
): Promise<IngestedLive> {
  const assemble = await resolvedOptions(options);
  const read = await readLive(urls, { ...live, limits: assemble.limits });
  return { ...collect([read], assemble), update: read.update, unchanged: read.unchanged };
}
