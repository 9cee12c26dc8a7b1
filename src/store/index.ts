import { join } from 'node:path';
import type { Engine } from './engine.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { createStore, type Store } from './store.ts';

export {
  type AddProgress,
  type AddResult,
  type ArticleRef,
  type Collection,
  type CollectionOptions,
  createCollection,
  type Input,
  type LiveOptions,
  mergeAddResults,
} from './collection.ts';
export { type Engine, type EngineKind, StoreError } from './engine.ts';
export type { FetchStateStore } from './fetch-state.ts';
export { migrate, migrations, schemaVersion } from './migrations.ts';
export { redactUrl } from './postgres.ts';
export type { Analyse, ArticleSummary, Page, SaveResult, Store, StoreStats, StorySummary } from './store.ts';
export type { VersionStore } from './versions.ts';
export { createStore };

/** Where the embedded store lives unless told otherwise (ignored by git). */
export const defaultDataDir = join('.corroborate', 'db');

export type StoreLocation =
  | { readonly kind: 'pglite'; readonly dataDir?: string }
  | { readonly kind: 'postgresql'; readonly url: string };

/**
 * Where to keep the collection, from the command line and the environment: an explicit folder wins,
 * then DATABASE_URL, then the embedded store in `.corroborate/db`.
 */
export function storeLocation(options: {
  readonly db?: string;
  readonly databaseUrl?: string;
}): StoreLocation {
  if (options.db !== undefined) return { kind: 'pglite', dataDir: options.db };
  if (options.databaseUrl) return { kind: 'postgresql', url: options.databaseUrl };
  return { kind: 'pglite', dataDir: defaultDataDir };
}

export async function openEngine(location: StoreLocation): Promise<Engine> {
  return location.kind === 'postgresql' ? openPostgres(location.url) : openPglite(location.dataDir);
}

/** Opens (and if needed migrates) the store; a PGlite location without a folder is in memory. */
export async function openStore(location: StoreLocation): Promise<Store> {
  return createStore(await openEngine(location));
}
