/**
 * Worker mode with live sources on a real PostgreSQL server: a page fetched by `enqueueLive` (the
 * fetch code `ingest` uses) is analysed by a worker; the page is edited (a number changes), fetched
 * again and analysed again. The edit is version 2 of the address, and only it is in the stories:
 * the first version is in none, nor in the band index, the candidate pairs or any fact. A job for
 * the first version run late (an older fetch) leaves it out; reverting the edit brings it back.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  articleHtml,
  type FixtureArticle,
  startTestSite,
  type TestSite,
} from '../../src/ingest/fetch/test-site.ts';
import { createHttpClient, loadLanguageDetector } from '../../src/ingest/index.ts';
import type { Article, Story } from '../../src/model/index.ts';
import type { Engine } from '../../src/store/engine.ts';
import { createStore, type Store } from '../../src/store/index.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import {
  type ArticleEvent,
  enqueueArticles,
  enqueueLive,
  openQueue,
  runWorker,
} from '../../src/worker/index.ts';
import { createTestDatabase, serverUrl, type TestDatabase } from '../service/postgres.ts';

const server = serverUrl();
const skip = 'skip' in server ? server.skip : false;
let database: TestDatabase | undefined;
let site: TestSite;
let engine: Engine;
let store: Store;

const published = '2025-11-04T08:00:00.000Z';
const reported: FixtureArticle = {
  slug: 'harbour-bridge',
  title: 'Harbour council approves repairs to the swing bridge',
  published,
  paragraphs: [
    'The Harbour council voted on Tuesday to repair the swing bridge, which has been closed since the autumn storms.',
    'Work will take 14 days and cost 2 million pounds, the council finance officer told the meeting.',
    'Residents of Harbour said they had waited long enough for the bridge to reopen and welcomed the vote.',
  ],
};
const edited: FixtureArticle = {
  ...reported,
  paragraphs: [
    reported.paragraphs[0]!,
    reported.paragraphs[1]!.replace('2 million', '3 million'),
    reported.paragraphs[2]!,
  ],
};
// The same meeting in other words, so the story holds more than the edited page.
const alsoReported: FixtureArticle = {
  slug: 'bridge-vote',
  title: 'Swing bridge in Harbour to be repaired after council vote',
  published,
  paragraphs: [
    'Harbour councillors on Tuesday backed repairs to the swing bridge, shut since the autumn storms.',
    'The finance officer told the meeting that the work would cost 2 million pounds and take 14 days.',
  ],
};

before(async () => {
  if (!('url' in server)) return;
  database = await createTestDatabase(server.url);
  site = await startTestSite();
  engine = await openPostgres(database.url);
  store = await createStore(await openPostgres(database.url));
});
after(async () => {
  await store?.close();
  await engine?.close();
  await site?.close();
  await database?.drop();
});

const client = () => createHttpClient({ hostIntervalMs: 5, timeoutMs: 3000, retries: 1, backoffMs: 10 });

async function enqueue(urls: readonly string[]): Promise<Article[]> {
  const queue = await openQueue(database!.url);
  try {
    return (
      await enqueueLive(engine, queue, urls, {
        client: client(),
        detectLanguage: await loadLanguageDetector(),
      })
    ).articles;
  } finally {
    await queue.release();
  }
}

async function work(): Promise<ArticleEvent[]> {
  const events: ArticleEvent[] = [];
  await runWorker({ databaseUrl: database!.url, untilEmpty: true, onArticle: (event) => events.push(event) });
  return events;
}

const storiesHolding = async (articleId: string) =>
  (
    await engine.query<{ story_id: string }>('select story_id from story_articles where article_id = $1', [
      articleId,
    ])
  ).map((row) => row.story_id);

const bandRows = async (articleId: string) =>
  (
    await engine.query<{ n: number }>('select count(*)::int as n from reuse_bands where article_id = $1', [
      articleId,
    ])
  )[0]!.n;

/** Every article id a story's analysis refers to. */
const referencedArticles = (story: Story): Set<string> =>
  new Set([
    ...story.articles,
    ...story.independentGroups.flat(),
    ...story.reuse.flatMap((edge) => [edge.from, edge.to]),
    ...story.facts.flatMap((fact) => fact.mentions.map((mention) => mention.article)),
    ...story.conflicts.flatMap((conflict) => [
      ...(conflict.majority?.articles ?? []),
      ...conflict.minority.articles,
      ...conflict.evidence.map((evidence) => evidence.article),
    ]),
  ]);

test('worker mode: an edited page is a new version, and only it is in the stories', {
  skip,
  timeout: 120_000,
}, async () => {
  const pageUrl = `${site.origin}/news/${reported.slug}`;
  const otherUrl = `${site.origin}/news/${alsoReported.slug}`;
  site.page(`/news/${reported.slug}`, articleHtml(site.origin, reported));
  site.page(`/news/${alsoReported.slug}`, articleHtml(site.origin, alsoReported));

  const first = await enqueue([pageUrl, otherUrl]);
  const v1 = first.find((article) => article.url === pageUrl)!;
  assert.ok(v1, 'the page was fetched');
  assert.deepEqual((await work()).map((event) => event.kind).sort(), ['analysed', 'analysed']);
  assert.equal((await storiesHolding(v1.id)).length, 1, 'version 1 is placed');

  site.page(`/news/${reported.slug}`, articleHtml(site.origin, edited));
  const second = await enqueue([pageUrl, otherUrl]);
  assert.equal(second.length, 1, 'only the edited page is fetched anew');
  const v2 = second[0]!;
  assert.notEqual(v2.id, v1.id);
  assert.deepEqual(
    (await work()).map((event) => event.kind),
    ['analysed'],
  );

  const history = await store.versions.historyOf(pageUrl);
  assert.deepEqual(
    history?.versions.map((version) => [version.version, version.articleId]),
    [
      [1, v1.id],
      [2, v2.id],
    ],
  );
  assert.ok(history?.versions[1]?.diff, 'version 2 records what changed');

  assert.deepEqual(await storiesHolding(v1.id), [], 'version 1 is in no story');
  const [storyId, ...more] = await storiesHolding(v2.id);
  assert.ok(storyId, 'version 2 is in a story');
  assert.deepEqual(more, [], 'version 2 is in exactly one story');
  const stories = (await store.listStories({ limit: 100, offset: 0 })).stories;
  for (const { id } of stories) {
    const story = (await store.getStory(id))!;
    assert.ok(!referencedArticles(story).has(v1.id), `story ${id} refers to version 1`);
  }
  const placed = await engine.query<{ story_id: string }>(
    `select distinct l.story_id from story_log l join articles a on a.id = l.article_id
     where a.superseded_by is null order by l.story_id`,
  );
  assert.deepEqual(
    stories.map((summary) => summary.id).sort(),
    placed.map((row) => row.story_id),
    'the stories are those of the current articles, none emptied left behind',
  );

  const story = (await store.getStory(storyId))!;
  const fromEdited = story.facts.flatMap((fact) =>
    fact.mentions.filter((mention) => mention.article === v2.id),
  );
  assert.ok(
    fromEdited.some((mention) => mention.text.includes('3 million')),
    'the new number is a fact of the story',
  );
  assert.ok(
    !fromEdited.some((mention) => mention.text.includes('2 million')),
    "the old number is not the edited page's",
  );

  const [pairs] = await engine.query<{ n: number }>(
    'select count(*)::int as n from reuse_pairs where article_a = $1 or article_b = $1',
    [v1.id],
  );
  assert.deepEqual(
    [await bandRows(v1.id), pairs?.n],
    [0, 0],
    'version 1 left the band index and the candidate pairs',
  );

  // The first fetch's job again, run late: an older fetch does not become the newest version.
  const queue = await openQueue(database!.url);
  try {
    await enqueueArticles(queue, [v1], '2020-01-01T00:00:00.000Z');
  } finally {
    await queue.release();
  }
  assert.deepEqual(
    (await work()).map((event) => event.kind),
    ['superseded'],
  );
  assert.equal((await store.versions.historyOf(pageUrl))?.versions.length, 2);
  assert.deepEqual(await storiesHolding(v1.id), []);
  assert.deepEqual(await storiesHolding(v2.id), [storyId]);
  assert.equal(await bandRows(v1.id), 0, 'the late version stays out of the band index');

  // The edit reverted: the first version is the newest again, back in its story, the edit in none.
  site.page(`/news/${reported.slug}`, articleHtml(site.origin, reported));
  assert.deepEqual(
    (await enqueue([pageUrl])).map((article) => article.id),
    [v1.id],
  );
  await work();
  assert.deepEqual(
    (await store.versions.historyOf(pageUrl))?.versions.map((version) => version.articleId),
    [v1.id, v2.id, v1.id],
  );
  assert.deepEqual(await storiesHolding(v2.id), []);
  assert.equal((await storiesHolding(v1.id)).length, 1);
  assert.ok((await bandRows(v1.id)) > 0, 'version 1 is back in the band index');
});
