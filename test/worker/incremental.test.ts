/**
 * Incremental stories on the embedded engine (PGlite, in memory): articles arrive one at a time
 * through two story placers standing in for two workers sharing one store. The stories must be
 * those of a single streaming clusterer fed the same articles in arrival order, each with the
 * reuse and cross-check a from-scratch analysis of its members gives; a repeated arrival changes
 * nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedCorpus } from '../../eval/shared.ts';
import { analyseStory } from '../../src/analysis/index.ts';
import { StoryClusterer, storyDocumentOf } from '../../src/cluster/index.ts';
import { articleFromRecord, loadBasil } from '../../src/evaluation/reuse.ts';
import { createExtractionPipeline } from '../../src/extract/index.ts';
import type { AnalysedArticle } from '../../src/pipeline/index.ts';
import {
  analyseArrival,
  placeArrival,
  placeVersionArrival,
  recomputeStory,
  StoryPlacer,
  workerClusterer,
} from '../../src/store/incremental.ts';
import { createStore } from '../../src/store/index.ts';
import { openPglite } from '../../src/store/pglite.ts';
import { insertArticles } from '../../src/store/store.ts';

test('incremental stories: two placers on one store agree with one streaming clusterer', async () => {
  const pipeline = createExtractionPipeline();
  const articles = loadBasil(sharedCorpus())
    .slice(30, 48)
    .map((record) => pipeline.run(articleFromRecord(record)));
  const engine = await openPglite();
  const store = await createStore(engine);
  try {
    const placers = [new StoryPlacer(), new StoryPlacer()];
    for (const [index, article] of articles.entries())
      await analyseArrival(engine, placers[index % 2]!, article);
    // A job run again (its worker died after finishing) finds its work done.
    await analyseArrival(engine, placers[1]!, articles[0]!);

    const clusterer = new StoryClusterer();
    for (const article of articles) clusterer.add(storyDocumentOf(article));
    const expected = clusterer.stories();
    const byId = new Map(articles.map((article) => [article.id, article]));
    assert.equal((await store.stats()).stories, expected.length);
    assert.equal((await store.stats()).articles, articles.length);
    for (const cluster of expected) {
      const stored = await store.getStory(cluster.id);
      assert.ok(stored, `story ${cluster.id}`);
      assert.deepEqual(stored.articles, cluster.documents);
      const fresh = analyseStory(
        { id: cluster.id, title: cluster.title, articles: [...cluster.documents] },
        cluster.documents.map((id) => byId.get(id)!),
      ).story;
      assert.deepEqual(stored.reuse, fresh.reuse);
      assert.deepEqual(stored.independentGroups, fresh.independentGroups);
      assert.deepEqual(stored.conflicts, fresh.conflicts);
    }
    assert.ok(
      expected.some((story) => story.documents.length > 1),
      'some story holds several articles',
    );
  } finally {
    await store.close();
  }
});

test('incremental stories: a page rewritten to another event leaves its old story, which is deleted when empty', async () => {
  const pipeline = createExtractionPipeline();
  const corpus = loadBasil(sharedCorpus());
  const address = 'https://news.example/live/page';
  // Two unrelated articles of the corpus as two versions of one live page.
  const [before, after] = [corpus[0]!, corpus[60]!].map((record) =>
    pipeline.run({ ...articleFromRecord(record), url: address, path: address }),
  );
  const engine = await openPglite();
  const store = await createStore(engine);
  try {
    const placer = new StoryPlacer();
    const arrive = async (article: AnalysedArticle, fetchedAt: string) => {
      const { placement, left } = await placeVersionArrival(engine, placer, article, [
        { url: address, articleId: article.id, fetchedAt },
      ]);
      for (const story of new Set([...left, ...(placement ? [placement.story] : [])]))
        await recomputeStory(engine, placer, story);
      return placement?.story;
    };
    const first = await arrive(before!, '2025-11-01T08:00:00Z');
    const second = await arrive(after!, '2025-11-02T08:00:00Z');
    assert.ok(first && second);
    assert.notEqual(second, first, 'the rewritten page is placed afresh, in a story of its own');
    assert.equal(await store.getStory(first), undefined, 'the emptied story is gone');
    assert.deepEqual((await store.getStory(second))?.articles, [after!.id]);
    assert.deepEqual(
      (await store.versions.historyOf(address))?.versions.map((version) => version.articleId),
      [before!.id, after!.id],
    );
  } finally {
    await store.close();
  }
});

test('incremental stories: a story the placer has let go of keeps its title and days when rewritten', async () => {
  const pipeline = createExtractionPipeline();
  // Two unrelated reports published years apart: placing the later one retires the earlier's story.
  const [older, newer] = loadBasil(sharedCorpus())
    .filter((record) => record.published !== undefined)
    .sort((a, b) => a.published!.localeCompare(b.published!))
    .filter((_, index, all) => index === 0 || index === all.length - 1)
    .map((record) => pipeline.run(articleFromRecord(record)));
  const engine = await openPglite();
  const store = await createStore(engine);
  try {
    const placer = new StoryPlacer();
    const { story } = await analyseArrival(engine, placer, older!);
    await analyseArrival(engine, placer, newer!);
    const stored = await store.getStory(story);
    assert.ok(stored?.title, 'the older story has a title');
    await recomputeStory(engine, placer, story);
    const rewritten = await store.getStory(story);
    assert.equal(rewritten?.title, stored.title);
    assert.deepEqual(rewritten?.dateRange, stored.dateRange);
    assert.deepEqual(rewritten?.articles, [older!.id]);
  } finally {
    await store.close();
  }
});

test('incremental stories: one turn of the placement lock places every article queued before its own, in queue order', async () => {
  const pipeline = createExtractionPipeline();
  const articles = loadBasil(sharedCorpus())
    .slice(30, 36)
    .map((record) => pipeline.run(articleFromRecord(record)));
  const engine = await openPglite();
  const store = await createStore(engine);
  try {
    // Five articles stored and queued by workers now waiting for the lock (as place() queues them).
    const waiting = articles.slice(0, 5);
    await engine.transaction((sql) => insertArticles(sql, waiting));
    for (const article of waiting)
      await engine.query('insert into placement_queue (article_id, document) values ($1, $2::jsonb)', [
        article.id,
        JSON.stringify(storyDocumentOf(article)),
      ]);
    const placer = new StoryPlacer();
    const { story } = await placeArrival(engine, placer, articles[5]!);
    assert.equal(placer.lockTimes.turns, 1);
    const logged = await engine.query<{ article_id: string; story_id: string }>(
      'select article_id, story_id from story_log order by sequence',
    );
    assert.deepEqual(
      logged.map((row) => row.article_id),
      articles.map((article) => article.id),
      'all six, in queue order',
    );
    assert.deepEqual(await engine.query('select * from placement_queue'), []);
    const clusterer = workerClusterer();
    for (const [index, article] of articles.entries())
      assert.equal(logged[index]!.story_id, clusterer.add(storyDocumentOf(article)));
    assert.equal(story, logged[5]!.story_id);
    // A waiting worker's turn then finds its article placed.
    const { story: first } = await placeArrival(engine, placer, articles[0]!);
    assert.equal(first, logged[0]!.story_id);
    assert.equal((await engine.query('select * from story_log')).length, 6);
  } finally {
    await store.close();
  }
});
