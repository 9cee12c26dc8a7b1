/**
 * Worker mode on a real PostgreSQL server: reports of one event arriving one after another (each
 * queued when the one before it is analysed, as from a feed) rewrite their story fewer times than
 * they arrive, because a story's rewrite waits `storyDelaySeconds` for more of its articles. The
 * story stored at the end still holds every report, with the reuse and cross-check a from-scratch
 * analysis of its members gives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseStory } from '../../src/analysis/index.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import type { Article } from '../../src/model/index.ts';
import { createStore } from '../../src/store/index.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { selectArticles } from '../../src/store/store.ts';
import { enqueueArticles, openQueue, runWorker, type StoryEvent } from '../../src/worker/index.ts';
import { testDatabases } from '../service/postgres.ts';

const databases = testDatabases();
const { skip } = databases;

test('worker mode: reports arriving one by one rewrite their story fewer times than they arrive', {
  skip,
  timeout: 120_000,
}, async (t) => {
  const url = await databases.create();
  // The five example reports of one event (examples/ = shared/corpus/seeds), oldest first.
  const { articles } = await ingestPaths(['examples']);
  const arrivals: Article[] = [...articles].sort((a, b) =>
    (a.published ?? '').localeCompare(b.published ?? ''),
  );
  const queue = await openQueue(url);
  const rewrites: StoryEvent[] = [];
  const placed = new Map<string, string>();
  const enqueued: Promise<number>[] = [];
  try {
    enqueued.push(enqueueArticles(queue, [arrivals[0]!]));
    await enqueued[0];
    await runWorker({
      databaseUrl: url,
      untilEmpty: true,
      staleSeconds: 5,
      // Long enough that all five arrive within it even on a loaded machine.
      storyDelaySeconds: 10,
      onStory: (event) => rewrites.push(event),
      onArticle: (event) => {
        if (event.kind !== 'analysed') return;
        placed.set(event.id, event.story);
        // The next report arrives once this one is in its story: its story's rewrite is queued
        // (and waiting), so the queue is never empty in between.
        const next = arrivals[placed.size];
        if (next) enqueued.push(enqueueArticles(queue, [next]));
      },
    });
    await Promise.all(enqueued);
  } finally {
    await queue.release();
  }

  assert.equal(placed.size, arrivals.length, 'every report is analysed');
  const stories = new Set(placed.values());
  t.diagnostic(`${arrivals.length} arrivals in ${stories.size} stories, ${rewrites.length} rewrites`);
  for (const story of stories) {
    const members = [...placed.values()].filter((id) => id === story).length;
    const rewritesOfStory = rewrites.filter((event) => event.id === story);
    assert.ok(rewritesOfStory.length >= 1, `story ${story} is rewritten`);
    if (members > 1)
      assert.ok(
        rewritesOfStory.length < members,
        `story ${story}: ${rewritesOfStory.length} rewrites for ${members} arrivals`,
      );
    assert.equal(rewritesOfStory.at(-1)!.members, members, 'the last rewrite reads every member');
  }
  assert.ok(
    [...stories].some((story) => [...placed.values()].filter((id) => id === story).length > 1),
    'some story holds more than one report (else nothing was there to wait for)',
  );

  // What is stored is what a from-scratch analysis of each story's members gives.
  const engine = await openPostgres(url);
  const store = await createStore(engine);
  try {
    const logged = await selectArticles(engine, 'join story_log l on l.article_id = a.id', []);
    const byId = new Map(logged.map((article) => [article.id, article]));
    for (const story of stories) {
      const stored = await store.getStory(story);
      assert.ok(stored, `story ${story} is stored`);
      assert.deepEqual(
        new Set(stored.articles),
        new Set([...placed].flatMap(([id, placedIn]) => (placedIn === story ? [id] : []))),
      );
      const fresh = analyseStory(
        { id: story, title: stored.title, articles: [...stored.articles] },
        stored.articles.map((id) => byId.get(id)!),
      ).story;
      assert.deepEqual(stored.reuse, fresh.reuse);
      assert.deepEqual(stored.independentGroups, fresh.independentGroups);
      assert.deepEqual(stored.facts, fresh.facts);
      assert.deepEqual(stored.conflicts, fresh.conflicts);
    }
  } finally {
    await store.close();
  }
});
