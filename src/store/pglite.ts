import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type Engine, type Sql, StoreError } from './engine.ts';

/**
 * The embedded engine: PostgreSQL compiled to WebAssembly, in this process, with one data folder
 * (or in memory when no folder is given). PGlite lets only one process use a folder, so a lock file
 * beside it turns a second `corroborate` on the same folder into a clear error, not a corrupt store.
 */
export async function openPglite(dataDir?: string): Promise<Engine> {
  const folder = dataDir === undefined ? undefined : resolve(dataDir);
  const release = folder === undefined ? async () => {} : await lockFolder(folder);
  let db: PGlite;
  try {
    db = await PGlite.create(folder === undefined ? {} : { dataDir: folder });
  } catch (error) {
    await release();
    throw error;
  }
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Sql => ({
    query: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await target.query<Row>(text, [...params])).rows,
    exec: async (script) => {
      await target.exec(script);
    },
  });
  return {
    kind: 'pglite',
    location: folder ?? 'memory',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    async close() {
      await db.close();
      await release();
    },
  };
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function lockFolder(folder: string): Promise<() => Promise<void>> {
  await mkdir(dirname(folder), { recursive: true });
  const lockPath = `${folder}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && processAlive(holder))
        throw new StoreError(
          'store/locked',
          `The store ${folder} is in use by process ${holder} (a running "corroborate serve"?). ` +
            'Stop that process first, or use PostgreSQL (DATABASE_URL) when several processes share a store.',
        );
      // Left behind by a process that died: take it over.
      await rm(lockPath, { force: true });
    }
  }
  throw new StoreError('store/locked', `Could not lock the store ${folder} (${lockPath}).`);
}
