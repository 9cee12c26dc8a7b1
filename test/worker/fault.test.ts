/**
 * Worker mode against a real PostgreSQL server: workers run as child processes (`corroborate
 * worker`), one is killed with SIGKILL in the middle of a batch of 36 real articles (BASIL, from the
 * shared corpus) and two more finish the queue. Afterwards every article is stored once, extracted,
 * placed in exactly one story, and the stories are those of one streaming clusterer fed the story
 * log in order, with the reuse and cross-check that a from-scratch analysis of each story gives.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { sharedCorpus } from '../../eval/shared.ts';
import { analyseStory } from '../../src/analysis/index.ts';
import { isoDay, storyDocumentOf } from '../../src/cluster/index.ts';
import { articleFromRecord, loadBasil } from '../../src/evaluation/reuse.ts';
import { workerClusterer } from '../../src/store/incremental.ts';
import { createStore, type Store } from '../../src/store/index.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { selectArticles } from '../../src/store/store.ts';
import { enqueueArticles, openQueue } from '../../src/worker/index.ts';
import { testDatabases } from '../service/postgres.ts';

const cli = resolve(import.meta.dirname, '..', '..', 'bin', 'corroborate.js');

const databases = testDatabases();
const { skip } = databases;
const articles = skip ? [] : loadBasil(sharedCorpus()).slice(0, 36).map(articleFromRecord);

function startWorker(url: string, ...flags: string[]): { child: ChildProcess; analysed: () => number } {
  const child = spawn(process.execPath, [cli, 'worker', '--stale-after', '1', '--verbose', ...flags], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let analysed = 0;
  let errors = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    analysed += chunk.split('\n').filter((line) => line.startsWith('analysed ')).length;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGKILL') process.stderr.write(`worker exited ${code}: ${errors}\n`);
  });
  return { child, analysed: () => analysed };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit');

async function until(condition: () => boolean, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('worker mode: a worker killed mid-batch loses nothing and duplicates nothing', {
  skip,
  timeout: 110_000,
}, async (t) => {
  const url = await databases.create();
  const queue = await openQueue(url);
  try {
    // Each article twice: the queue keeps one job per content id.
    await enqueueArticles(queue, [...articles, ...articles.slice(0, 10)]);
  } finally {
    await queue.release();
  }
  // Queued oldest first, so that workers place an archive in about the order of its dates. (The
  // payloads are in graphile-worker's own table; its public `jobs` view leaves them out.)
  const jobs = new pg.Client({ connectionString: url });
  await jobs.connect();
  const days = (
    await jobs.query(
      `select payload->'article'->>'published' as published from graphile_worker._private_jobs order by id`,
    )
  ).rows.map((row: { published: string }) => row.published.slice(0, 10));
  await jobs.end();
  assert.equal(days.length, articles.length);
  assert.deepEqual(days, [...days].sort());
  assert.notDeepEqual(
    articles.map((article) => article.published!.slice(0, 10)),
    days,
    'the corpus order is not the date order',
  );

  const first = startWorker(url);
  await until(() => first.analysed() >= 6, 60);
  first.child.kill('SIGKILL');
  await exited(first.child);
  const killedAfter = first.analysed();
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  const locked = (
    await probe.query('select count(*)::int as n from graphile_worker.jobs where locked_by is not null')
  ).rows[0].n;
  await probe.end();
  t.diagnostic(`killed after ${killedAfter} articles, with ${locked} job(s) locked by it`);
  assert.ok(killedAfter < articles.length, 'the first worker was killed before the end of the batch');

  const rest = [startWorker(url, '--until-empty'), startWorker(url, '--until-empty')];
  await Promise.all(rest.map((worker) => exited(worker.child)));
  for (const worker of rest) assert.equal(worker.child.exitCode, 0);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const count = async (query: string) => Number((await client.query(query)).rows[0].n);
  try {
    assert.equal(await count('select count(*) as n from graphile_worker.jobs'), 0, 'no job left or failed');
    assert.equal(await count('select count(*) as n from articles'), articles.length);
    assert.equal(await count('select count(*) as n from extractions'), articles.length);
    assert.equal(await count('select count(*) as n from story_log'), articles.length);
    assert.equal(await count('select count(distinct article_id) as n from story_articles'), articles.length);
    assert.equal(await count('select count(*) as n from story_articles'), articles.length, 'one story each');
    assert.equal(
      await count(
        'select count(*) as n from story_articles sa join story_log l using (article_id) where l.story_id <> sa.story_id',
      ),
      0,
      'stories hold the articles the log placed in them',
    );
    assert.equal(await count('select count(*) as n from reuse_signatures'), articles.length);
  } finally {
    await client.end();
  }

  // The stories of one clusterer fed the log in order, with a from-scratch analysis of each.
  const engine = await openPostgres(url);
  let store: Store | undefined;
  try {
    const logged = await selectArticles(
      engine,
      'join story_log l on l.article_id = a.id order by l.sequence',
      [],
    );
    assert.deepEqual(new Set(logged.map((a) => a.id)), new Set(articles.map((a) => a.id)));
    // Workers' clusterer, fed the log: every placement, also of the stories it has since let go of
    // (their members are gathered here; it describes the stories it still keeps).
    const clusterer = workerClusterer();
    const members = new Map<string, string[]>();
    for (const article of logged) {
      const story = clusterer.add(storyDocumentOf(article));
      members.set(story, [...(members.get(story) ?? []), article.id]);
    }
    store = await createStore(engine);
    const { total } = await store.listStories({ limit: 1, offset: 0 });
    assert.equal(total, members.size);
    const byId = new Map(logged.map((article) => [article.id, article]));
    for (const [id, documents] of members) {
      const stored = await store.getStory(id);
      assert.ok(stored, `story ${id} is stored`);
      assert.deepEqual(stored.articles, documents);
      // The title is chosen with word rarities of the stream when the story last changed, so it
      // may differ from the end state's choice; it is one of its members' headlines either way.
      assert.ok(
        documents.some((member) => byId.get(member)?.title?.trim() === stored.title),
        stored.title,
      );
      const kept = clusterer.describeStoryOf(documents[0]!);
      if (kept)
        assert.deepEqual(
          stored.dateRange,
          kept.dateRange && [isoDay(kept.dateRange[0]), isoDay(kept.dateRange[1])],
        );
      const title: string = stored.title;
      const fresh = analyseStory(
        { id, title, articles: [...documents] },
        documents.map((member) => byId.get(member)!),
      ).story;
      assert.deepEqual(stored.reuse, fresh.reuse);
      assert.deepEqual(stored.independentGroups, fresh.independentGroups);
      assert.deepEqual(stored.facts, fresh.facts);
    }
  } finally {
    if (store) await store.close();
    else await engine.close();
  }
});
