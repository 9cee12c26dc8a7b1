import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { articleHtml, localNews, startTestSite } from '../../src/ingest/fetch/test-site.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { runWorker } from '../../src/worker/index.ts';
import { createTestDatabase, serverUrl } from '../service/postgres.ts';

const cli = resolve(import.meta.dirname, '..', '..', 'bin', 'corroborate.js');
const examplesFile = resolve(import.meta.dirname, '..', '..', 'examples', '000_62c3a728862f85a4.txt');

test('worker mode without DATABASE_URL says it needs PostgreSQL and exits 5', () => {
  const { DATABASE_URL: _, ...env } = process.env;
  for (const args of [['worker'], ['enqueue', 'examples']]) {
    const run = spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });
    assert.equal(run.status, 5, run.stderr);
    assert.match(run.stderr, /worker mode needs PostgreSQL: set DATABASE_URL/);
  }
});

const server = serverUrl();
const skip = 'skip' in server ? server.skip : false;

test('enqueue fetches http(s) addresses beside files; workers record the fetched ones as versions', {
  skip,
}, async () => {
  const database = await createTestDatabase((server as { url: string }).url);
  const site = await startTestSite();
  try {
    const [article] = localNews(1);
    site.page(`/news/${article!.slug}`, articleHtml(site.origin, article!));
    const child = spawn(
      process.execPath,
      [cli, 'enqueue', `${site.origin}/news/${article!.slug}`, examplesFile],
      {
        env: { ...process.env, DATABASE_URL: database.url },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    const [code] = await once(child, 'exit');
    assert.equal(code, 0, output);
    assert.match(output, /^2 article jobs queued in /m);
    // Workers record the fetched article, not the file, as a version of its address.
    await runWorker({ databaseUrl: database.url, untilEmpty: true });
    const engine = await openPostgres(database.url);
    try {
      const versions = await engine.query<{ url: string; version: number }>(
        'select url, version from article_versions',
      );
      assert.deepEqual(versions, [{ url: `${site.origin}/news/${article!.slug}`, version: 1 }]);
      const [stored] = await engine.query<{ n: number }>('select count(*)::int as n from story_log');
      assert.equal(stored?.n, 2, 'both articles are placed');
    } finally {
      await engine.close();
    }
    assert.equal(site.requestsFor(`/news/${article!.slug}`).length, 1);
  } finally {
    await site.close();
    await database.drop();
  }
});
