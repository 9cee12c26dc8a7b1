import pg from 'pg';
import { type Engine, type Sql, StoreError } from './engine.ts';

/** The URL without its password, for messages and the health endpoint. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgresql://(unreadable URL)';
  }
}

/** A PostgreSQL server through a small pool of `pg` connections. */
export async function openPostgres(url: string): Promise<Engine> {
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new StoreError(
      'store/invalid-url',
      'DATABASE_URL must look like postgresql://user:password@host:5432/database.',
    );
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const wrap = (client: pg.Pool | pg.PoolClient): Sql => ({
    query: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await client.query(text, [...params])).rows as Row[],
    exec: async (script) => {
      await client.query(script);
    },
  });
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw new StoreError(
      'store/unreachable',
      `Cannot reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return {
    kind: 'postgresql',
    location: redactUrl(url),
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
