/**
 * A real PostgreSQL server for the store suite: DATABASE_URL when set (CI sets it from
 * scripts/ci-services.sh); locally, the script is run to start a throwaway cluster. In CI a missing
 * server is a failure, never a skip. Each suite gets its own database, dropped afterwards.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

export function serverUrl(): { url: string } | { skip: string } {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  if (process.env.CI === 'true')
    throw new Error(
      'CI=true but DATABASE_URL is not set: .ci/run must run scripts/ci-services.sh and export DATABASE_URL.',
    );
  try {
    const url = execFileSync('bash', ['scripts/ci-services.sh'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 300_000,
    }).trim();
    return { url };
  } catch (error) {
    return { skip: `no PostgreSQL server: scripts/ci-services.sh failed (${(error as Error).message})` };
  }
}

export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `corroborate_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Databases of their own for the tests of one file, on the server `serverUrl()` finds; each is
 * dropped after the file's tests. `skip` says why the tests cannot run here (false when they can).
 */
export function testDatabases(): { readonly skip: string | false; create(): Promise<string> } {
  const server = serverUrl();
  const made: TestDatabase[] = [];
  after(async () => {
    for (const database of made) await database.drop();
  });
  return {
    skip: 'skip' in server ? server.skip : false,
    async create() {
      if (!('url' in server)) throw new Error(server.skip);
      const database = await createTestDatabase(server.url);
      made.push(database);
      return database.url;
    },
  };
}
