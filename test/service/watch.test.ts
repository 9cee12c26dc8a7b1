/**
 * `corroborate watch` as a user runs it: a child process polling a loopback news site into a
 * temporary embedded store, stopped with SIGINT while a request hangs. What it fetched before the
 * signal must be in the store afterwards, and it must exit promptly and cleanly.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  articleHtml,
  type FixtureArticle,
  localNews,
  rssFeed,
  startTestSite,
  type TestSite,
} from '../../src/ingest/fetch/test-site.ts';
import { openStore } from '../../src/store/index.ts';

const bin = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));

let folder: string;
let site: TestSite;
before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'corroborate-watch-'));
  site = await startTestSite();
});
after(async () => {
  await site.close();
  await rm(folder, { recursive: true, force: true });
});

/** Collects a child's stdout and resolves when a line matches. */
function outputOf(child: ChildProcess) {
  let text = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout?.on('data', (chunk) => {
    text += chunk;
    for (const waiter of waiters.filter((w) => w.pattern.test(text))) waiter.resolve();
  });
  return {
    text: () => text,
    // Generous: under the full suite the child starts tsx, PGlite and the entity model on shared cores.
    waitFor: (pattern: RegExp, timeoutMs = 240_000) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(text)) return resolve();
        const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${text}`)), timeoutMs);
        waiters.push({
          pattern,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      }),
  };
}

const waitUntil = async (check: () => boolean, timeoutMs = 30_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

test('watch polls, records an edit as a version, and on SIGINT stores what it fetched and exits', async () => {
  const articles: (FixtureArticle & { updated?: string })[] = localNews(5);
  const publish = () => {
    for (const a of articles) site.page(`/news/${a.slug}`, articleHtml(site.origin, a));
    site.page('/feed.xml', rssFeed(site.origin, articles), 'application/rss+xml');
  };
  publish();
  const db = join(folder, 'db');
  const child = spawn(
    process.execPath,
    [
      bin,
      'watch',
      `${site.origin}/feed.xml`,
      '--db',
      db,
      '--every',
      '300ms',
      '--host-interval',
      '10ms',
      // One request at a time: the next one starts only once the client has read the last body.
      '--host-concurrency',
      '1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = outputOf(child);
  try {
    await output.waitFor(/poll 1 at .*: 5 articles added/);
    await output.waitFor(/poll 2 at .*: 0 articles added, 1 unchanged/);

    // An edit the feed announces.
    articles[2] = {
      ...articles[2]!,
      paragraphs: articles[2]!.paragraphs.map((p) => p.replace('4 million', '5 million')),
      updated: '2025-12-05T09:00:00Z',
    };
    publish();
    await output.waitFor(/1 article added \(1 new version\)/);

    // A new article, and one whose page hangs: SIGINT arrives while the second is in flight.
    const fresh = localNews(7).slice(5);
    site.page(`/news/${fresh[0]!.slug}`, articleHtml(site.origin, fresh[0]!));
    site.set(`/news/${fresh[1]!.slug}`, { kind: 'hang' });
    articles.push(...fresh);
    site.page('/feed.xml', rssFeed(site.origin, articles), 'application/rss+xml');
    // The hanging page asked for after the new page was answered: the client has read that page.
    await waitUntil(() => {
      const answered = site.requestsFor(`/news/${fresh[0]!.slug}`).find((r) => r.status === 200);
      return (
        answered !== undefined && site.requestsFor(`/news/${fresh[1]!.slug}`).some((r) => r.at > answered.at)
      );
    });
    const signalled = Date.now();
    child.kill('SIGINT');
    const code = await exited;
    assert.equal(code, 0, stderr);
    assert.ok(Date.now() - signalled < 15_000, 'stopped without waiting for the hanging host');
    assert.match(output.text(), /SIGINT: stopping/);
    assert.match(output.text(), /Stopped after \d+ polls; everything fetched is stored\./);
  } finally {
    child.kill('SIGKILL');
  }

  const versions = await new Promise<string>((resolve) => {
    const child = spawn(process.execPath, [
      bin,
      'versions',
      `${site.origin}/news/${articles[2]!.slug}`,
      '--db',
      db,
    ]);
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.on('exit', () => resolve(text));
  });
  assert.match(versions, /version 2 of 2 .* Millbay council approves/);
  assert.match(versions, /- number changed: 4 → 5/);

  const store = await openStore({ kind: 'pglite', dataDir: db });
  try {
    const { articles: stored } = await store.listArticles({ limit: 100, offset: 0 });
    const titles = stored.map((a) => a.title);
    assert.ok(titles.includes(articles[5]!.title), 'the page fetched before SIGINT is stored');
    assert.ok(!titles.includes(articles[6]!.title));
    assert.equal(stored.length, 7, 'five, the edited version, and the one fetched before SIGINT');
    const history = await store.versions.historyOf(`${site.origin}/news/${articles[2]!.slug}`);
    assert.deepEqual(history?.versions[1]?.diff?.summary, [
      'number changed: 4 → 5 (“…days and cost 5 million pounds, the…”)',
    ]);
  } finally {
    await store.close();
  }
});
