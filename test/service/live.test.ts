import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  articleHtml,
  type FixtureArticle,
  localNews,
  rssFeed,
  startTestSite,
  type TestSite,
} from '../../src/ingest/fetch/test-site.ts';
import { createHttpClient } from '../../src/ingest/index.ts';
import { createApp } from '../../src/server/index.ts';
import { type Collection, createCollection, openStore, type Store } from '../../src/store/index.ts';

/**
 * The acceptance run of live sources against a loopback news site: a feed of 20 articles read
 * once, re-polled at the cost of one conditional request, an edited article stored as version 2
 * with its diff, a stealth edit caught by conditional re-checks, and a disallowed page never
 * requested. Requests are counted on the server.
 */
describe('live sources into the store', () => {
  let site: TestSite;
  let store: Store;
  let collection: Collection;
  const articles: (FixtureArticle & { updated?: string })[] = localNews(20);
  const client = () => createHttpClient({ hostIntervalMs: 5, timeoutMs: 3000, retries: 1, backoffMs: 10 });
  let feedUrl: string;
  const publish = () => {
    for (const article of articles) site.page(`/news/${article.slug}`, articleHtml(site.origin, article));
    const listed = [
      ...articles,
      {
        slug: '../private/members-only',
        title: 'Members only',
        paragraphs: ['Hidden.'],
        published: articles[0]!.published,
      },
    ];
    site.page('/feed.xml', rssFeed(site.origin, listed), 'application/rss+xml; charset=utf-8');
  };
  const requestsSince = (mark: number) => site.requests.slice(mark);
  const itemRequests = (mark: number) => requestsSince(mark).filter((r) => r.path.startsWith('/news/'));

  before(async () => {
    site = await startTestSite();
    site.page('/robots.txt', 'User-agent: *\nDisallow: /private/\n', 'text/plain');
    site.page('/private/members-only', articleHtml('x', articles[0]!));
    feedUrl = `${site.origin}/feed.xml`;
    publish();
    store = await openStore({ kind: 'pglite' });
    collection = createCollection(store);
  });
  after(async () => {
    await store.close();
    await site.close();
  });

  test('a feed of 20 articles is read once; the disallowed item is never requested', async () => {
    const result = await collection.addUrls([feedUrl], { client: client() });
    assert.equal(result.added.length, 20);
    assert.deepEqual(
      result.rejected.map((r) => r.code),
      ['fetch/disallowed'],
    );
    assert.equal(site.requestsFor('/private/members-only').length, 0);
    for (const article of articles) assert.equal(site.requestsFor(`/news/${article.slug}`).length, 1);
  });

  test('a re-poll of the unchanged feed costs one conditional request and none per item', async () => {
    const mark = site.requests.length;
    const result = await collection.addUrls([feedUrl], { client: client() });
    const made = requestsSince(mark).filter((r) => r.path !== '/robots.txt');
    assert.deepEqual(
      made.map((r) => [r.path, r.status]),
      [['/feed.xml', 304]],
    );
    assert.ok(made[0]?.headers['if-none-match'], 'sent the ETag back');
    assert.equal(result.added.length, 0);
    assert.deepEqual(result.unchanged, [feedUrl]);
  });

  test('an edited article becomes version 2 with its diff, and only it is fetched again', async () => {
    const url = `${site.origin}/news/story-7`;
    const [before] = (await store.versions.historyOf(url))?.versions ?? [];
    assert.ok(before, 'version 1 recorded on the first read');
    const edited = articles[6]!;
    articles[6] = {
      ...edited,
      paragraphs: [
        edited.paragraphs[0]!,
        edited.paragraphs[1]!.replace('16 days', '18 days'),
        ...edited.paragraphs.slice(2),
      ],
      updated: '2025-12-04T10:00:00Z',
    };
    publish();
    const mark = site.requests.length;
    const result = await collection.addUrls([feedUrl], { client: client() });
    assert.deepEqual(
      itemRequests(mark).map((r) => [r.path, r.status]),
      [['/news/story-7', 200]],
    );
    assert.equal(result.added.length, 1);
    assert.equal(result.versioned, 1);
    const history = await store.versions.historyOf(url);
    assert.deepEqual(
      history?.versions.map((v) => v.version),
      [1, 2],
    );
    const latest = history!.versions[1]!;
    assert.deepEqual(latest.diff?.summary, ['number changed: 16 → 18 (“…Work will take 18 days and cost…”)']);
    // The older version stays stored, out of the stories; the newer one is analysed in its place.
    assert.ok(await store.getArticle(before.articleId));
    assert.equal((await store.storiesOfArticle(before.articleId)).length, 0);
    assert.equal((await store.storiesOfArticle(latest.articleId)).length, 1);
    assert.deepEqual(await store.versions.historyOf(before.articleId), history, 'found from any version');
  });

  test('a stealth edit, feed unchanged, is caught by conditional re-checks of the listed pages', async () => {
    articles[11] = { ...articles[11]!, title: `${articles[11]!.title} after a second vote` };
    site.page(`/news/${articles[11]!.slug}`, articleHtml(site.origin, articles[11]!));
    const mark = site.requests.length;
    const result = await collection.addUrls([feedUrl], { client: client(), recheckAfterMs: 0 });
    const items = itemRequests(mark);
    assert.equal(items.length, 20);
    assert.deepEqual(
      items.filter((r) => r.status === 200).map((r) => r.path),
      ['/news/story-12'],
    );
    assert.equal(items.filter((r) => r.status === 304).length, 19);
    assert.equal(result.versioned, 1);
    const history = await store.versions.historyOf(`${site.origin}/news/story-12`);
    assert.match(history?.versions[1]?.diff?.summary[0] ?? '', /^title changed: /);
  });

  test('the API lists the versions and the article page shows the edit', async () => {
    const app = createApp(collection);
    const history = await store.versions.historyOf(`${site.origin}/news/story-7`);
    const [older, newer] = history?.versions ?? [];
    assert.ok(older && newer);
    const response = await app.request(`/api/articles/${older.articleId}/versions`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), JSON.parse(JSON.stringify(history)));
    assert.equal((await app.request('/api/articles/0000000000000000/versions')).status, 404);

    const page = await (await app.request(`/articles/${newer.articleId}`)).text();
    assert.match(page, /<strong>Edited:<\/strong> version 2 of 2/);
    assert.match(page, /<del>16<\/del><ins>18<\/ins>/);
    const old = await (await app.request(`/articles/${older.articleId}`)).text();
    assert.match(old, /<strong>Older version:<\/strong> version 1 of 2/);
    assert.ok(old.includes(`/articles/${newer.articleId}`), 'links to the current version');
  });
});
