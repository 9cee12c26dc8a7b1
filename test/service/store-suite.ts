/**
 * The store suite, run unchanged on each engine (store-pglite.test.ts, store-postgres.test.ts):
 * the same migrations, the same SQL, the same expectations.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { emptyExtraction, type Story } from '../../src/model/index.ts';
import type { AnalysedArticle } from '../../src/pipeline/index.ts';
import {
  openEngine,
  openStore,
  type Store,
  StoreError,
  type StoreLocation,
  schemaVersion,
} from '../../src/store/index.ts';
import { diffArticles } from '../../src/versions/index.ts';

/** A small analysed article; its text has a title line and one body paragraph. */
export function article(id: string, published: string | undefined, body: string): AnalysedArticle {
  const title = `Report ${id}`;
  const text = `${title}\n\n${body}`;
  return {
    id,
    ...(published !== undefined ? { published, publishedSource: 'header' as const } : {}),
    title,
    outlet: `Outlet ${id}`,
    language: 'en',
    text,
    blocks: [
      { kind: 'title', span: [0, title.length] },
      { kind: 'body', span: [title.length + 2, text.length] },
    ],
    diagnostics: [],
    extraction: {
      ...emptyExtraction,
      sentences: [{ span: [title.length + 2, text.length], block: 1 }],
      claims: [{ id: `${id}-c1`, text: body, span: [title.length + 2, text.length] }],
    },
  };
}

/** A test analysis: one story per publication day, with a fact over all its articles. */
export function storiesByDay(collection: readonly AnalysedArticle[]): Story[] {
  const days = new Map<string, AnalysedArticle[]>();
  for (const a of collection) {
    const day = a.published ?? 'undated';
    days.set(day, [...(days.get(day) ?? []), a]);
  }
  return [...days].map(([day, articles]) => ({
    id: `day-${day}`,
    title: `News of ${day}`,
    articles: articles.map((a) => a.id),
    ...(day !== 'undated' ? { dateRange: [day, day] as const } : {}),
    independentGroups: articles.map((a) => [a.id]),
    reuse: [],
    facts: [
      {
        id: 'f1',
        statement: 'Something happened',
        mentions: articles.map((a) => ({
          article: a.id,
          span: a.blocks[1]!.span,
          text: a.text.slice(a.blocks[1]!.span[0]),
        })),
        support: { articles: articles.length, independent: articles.length },
        status: articles.length > 1 ? 'corroborated' : 'single-source',
      },
    ],
    conflicts: [],
    timeline: [],
  }));
}

export interface Backend {
  /** A new, empty place for a store; the same location opens the same data again. */
  location(): Promise<StoreLocation>;
  /** Whether one process at a time may open a store (PGlite's folder). */
  readonly exclusive: boolean;
}

export function storeSuite(name: string, backend: Backend): void {
  let location: StoreLocation;
  let store: Store;
  before(async () => {
    location = await backend.location();
    store = await openStore(location);
  });
  after(async () => {
    await store?.close();
  });

  test(`${name}: a new store is migrated to this build's schema`, async () => {
    const stats = await store.stats();
    assert.equal(stats.schemaVersion, schemaVersion);
    assert.equal(stats.articles, 0);
    assert.equal(stats.stories, 0);
  });

  test(`${name}: articles and their extraction round-trip exactly`, async () => {
    const a = article('rt-1', '2025-12-03', 'Émile said “ça va” 👍 on Tuesday.');
    const undated = { ...article('rt-2', undefined, 'No date here.'), diagnostics: [] };
    const result = await store.saveArticles([a, undated], storiesByDay);
    assert.deepEqual([...result.added].sort(), ['rt-1', 'rt-2']);
    assert.deepEqual(await store.getArticle('rt-1'), a);
    assert.deepEqual(await store.getArticle('rt-2'), undated);
    assert.equal(await store.getArticle('missing'), undefined);
    assert.deepEqual(
      (await store.getArticles(['rt-2', 'missing', 'rt-1'])).map((x) => x.id),
      ['rt-2', 'rt-1'],
    );
  });

  test(`${name}: the same content is stored once`, async () => {
    const a = article('dup-1', '2025-12-04', 'Stored once.');
    const first = await store.saveArticles([a, a], storiesByDay);
    assert.deepEqual(first.added, ['dup-1']);
    const second = await store.saveArticles([a], storiesByDay);
    assert.deepEqual(second.added, []);
    assert.deepEqual(second.existing, ['dup-1']);
    assert.deepEqual(await store.knownArticleIds(['dup-1', 'nope']), new Set(['dup-1']));
    const { articles } = await store.listArticles({ limit: 100, offset: 0 });
    assert.equal(articles.filter((x) => x.id === 'dup-1').length, 1);
  });

  test(`${name}: stories round-trip with reuse, facts, conflicts and timeline`, async () => {
    const a = article('st-1', '2025-12-05', 'Alpha says five.');
    const b = article('st-2', '2025-12-05', 'Beta says six.');
    const story: Story = {
      id: 'story-full',
      title: 'A story with everything',
      articles: [a.id, b.id],
      dateRange: ['2025-12-04', '2025-12-05'],
      independentGroups: [[a.id, b.id]],
      reuse: [
        {
          from: a.id,
          to: b.id,
          kind: 'copy',
          coverage: 0.75,
          score: 0.9,
          passages: [{ from: [0, 5], to: [0, 4], similarity: 1 }],
          reasons: ['verbatim'],
        },
      ],
      facts: [
        {
          id: 'f-1',
          statement: 'A number was said',
          mentions: [{ article: a.id, span: [20, 24], text: 'five' }],
          support: { articles: 2, independent: 1 },
          status: 'single-source',
        },
      ],
      conflicts: [
        {
          id: 'c-1',
          kind: 'number',
          summary: 'How many',
          minority: { value: 'six', articles: [b.id] },
          evidence: [{ article: b.id, span: [19, 22], text: 'six' }],
        },
      ],
      timeline: [{ when: '2025-12-05', what: 'Numbers said', facts: ['f-1'] }],
    };
    await store.saveArticles([a, b], (all) => [
      ...storiesByDay(all.filter((x) => !x.id.startsWith('st-'))),
      story,
    ]);
    assert.deepEqual(await store.getStory('story-full'), story);
    assert.deepEqual(
      (await store.storiesOfArticle(b.id)).map((s) => s.id),
      ['story-full'],
    );
    assert.equal(await store.getStory('nope'), undefined);
  });

  test(`${name}: a failed analysis leaves nothing of the batch behind`, async () => {
    const before = await store.stats();
    const storiesBefore = await store.listStories({ limit: 100, offset: 0 });
    await assert.rejects(
      store.saveArticles([article('fail-1', '2025-12-06', 'Never stored.')], () => {
        throw new Error('analysis broke');
      }),
      /analysis broke/,
    );
    // A story naming an article that is not stored breaks a foreign key, late in the transaction.
    await assert.rejects(
      store.saveArticles([article('fail-2', '2025-12-06', 'Never stored either.')], (all) => [
        ...storiesByDay(all),
        { ...storiesByDay(all)[0]!, id: 'dangling', articles: ['no-such-article'] },
      ]),
    );
    assert.deepEqual(await store.stats(), before);
    assert.deepEqual(await store.knownArticleIds(['fail-1', 'fail-2']), new Set());
    assert.deepEqual(await store.listStories({ limit: 100, offset: 0 }), storiesBefore);
  });

  test(`${name}: stories are listed newest first with their counts`, async () => {
    await store.saveArticles(
      [
        article('ls-1', '2025-11-01', 'Old.'),
        article('ls-2', '2025-12-24', 'New.'),
        article('ls-3', '2025-12-24', 'New too.'),
      ],
      storiesByDay,
    );
    const { stories, total } = await store.listStories({ limit: 100, offset: 0 });
    assert.equal(total, stories.length);
    const days = stories.map((s) => s.newest ?? '');
    assert.deepEqual(days, [...days].sort().reverse());
    const newest = stories[0]!;
    assert.equal(newest.id, 'day-2025-12-24');
    assert.equal(newest.sources, 2);
    assert.equal(newest.independent, 2);
    assert.equal(newest.facts, 1);
    assert.equal(newest.corroborated, 1);
    const page = await store.listStories({ limit: 1, offset: 1 });
    assert.equal(page.stories.length, 1);
    assert.equal(page.total, total);
    assert.equal(page.stories[0]?.id, stories[1]?.id);
  });

  test(`${name}: every save re-analyses the whole collection`, async () => {
    const seen: number[] = [];
    const all = (await store.stats()).articles;
    await store.saveArticles([article('re-1', '2025-12-07', 'One more.')], (collection) => {
      seen.push(collection.length);
      return storiesByDay(collection);
    });
    assert.deepEqual(seen, [all + 1]);
    // Nothing new: no analysis, unless asked.
    await store.saveArticles([article('re-1', '2025-12-07', 'One more.')], () => assert.fail('analysed'));
    const stories = (await store.saveArticles([], () => [], { reanalyse: true })).stories;
    assert.equal(stories, 0);
    assert.equal((await store.stats()).stories, 0);
    await store.saveArticles([], storiesByDay, { reanalyse: true });
  });

  test(`${name}: concurrent saves both land and the last analysis sees both`, async () => {
    const seen: number[] = [];
    const analyse = (collection: readonly AnalysedArticle[]) => {
      seen.push(collection.length);
      return storiesByDay(collection);
    };
    const before = (await store.stats()).articles;
    await Promise.all([
      store.saveArticles([article('cc-1', '2025-12-08', 'Left.')], analyse),
      store.saveArticles([article('cc-2', '2025-12-08', 'Right.')], analyse),
    ]);
    assert.equal((await store.stats()).articles, before + 2);
    assert.equal(Math.max(...seen), before + 2);
    assert.deepEqual((await store.getStory('day-2025-12-08'))?.articles.slice().sort(), ['cc-1', 'cc-2']);
  });

  test(`${name}: reopening keeps the data and does not migrate again`, async () => {
    const stats = await store.stats();
    await store.close();
    store = await openStore(location);
    assert.deepEqual(await store.stats(), stats);
  });

  if (backend.exclusive)
    test(`${name}: a second opener of the same store gets a clear error, not a corrupt store`, async () => {
      await assert.rejects(openStore(location), (error: unknown) => {
        assert.ok(error instanceof StoreError);
        assert.equal(error.code, 'store/locked');
        assert.match(error.message, /in use by process/);
        return true;
      });
      assert.ok((await store.stats()).articles > 0, 'the first opener goes on');
    });

  test(`${name}: a store made by a newer build is refused, untouched`, async () => {
    await store.close();
    const engine = await openEngine(location);
    await engine.query("insert into corroborate_schema (version, name) values (999, 'from the future')");
    await engine.close();
    await assert.rejects(openStore(location), (error: unknown) => {
      assert.ok(error instanceof StoreError);
      assert.equal(error.code, 'store/schema-too-new');
      assert.match(error.message, /version 999/);
      return true;
    });
    const cleanup = await openEngine(location);
    await cleanup.query('delete from corroborate_schema where version = 999');
    await cleanup.close();
    store = await openStore(location);
    assert.ok((await store.stats()).articles > 0);
  });

  // Last: from here on one stored article (a superseded version) is left out of every analysis.
  test(`${name}: a fetched page's new version replaces the old in the analysis; the fetch cache round-trips`, async () => {
    const url = 'https://example.test/news/bridge';
    const v1 = article('ver-1', '2025-12-05', 'The bridge reopens in 12 days.');
    const v2 = { ...v1, id: 'ver-2', text: v1.text.replace('12 days', '14 days') };
    const asVersion = (articleId: string) => ({
      versions: { records: [{ url, articleId }], diff: diffArticles },
    });
    let analysed: string[] = [];
    const analyse = (collection: readonly AnalysedArticle[]) => {
      analysed = collection.map((a) => a.id);
      return storiesByDay(collection);
    };
    assert.equal(
      (await store.saveArticles([v1], analyse, asVersion('ver-1'))).versioned,
      0,
      'a first version',
    );
    assert.equal((await store.saveArticles([v2], analyse, asVersion('ver-2'))).versioned, 1);
    assert.ok(analysed.includes('ver-2') && !analysed.includes('ver-1'));
    const history = await store.versions.historyOf('ver-1');
    assert.deepEqual(
      history?.versions.map((v) => [v.version, v.articleId]),
      [
        [1, 'ver-1'],
        [2, 'ver-2'],
      ],
    );
    assert.deepEqual(history?.versions[1]?.diff?.summary, [
      'number changed: 12 → 14 (“…bridge reopens in 14 days.…”)',
    ]);
    assert.deepEqual(await store.versions.historyOf(url), history);
    assert.equal(
      (await store.saveArticles([v2], analyse, asVersion('ver-2'))).versioned,
      0,
      'already the newest',
    );
    // An edit reverted: the first article is the newest again, as version 3.
    assert.equal((await store.saveArticles([v1], analyse, asVersion('ver-1'))).versioned, 1);
    assert.ok(analysed.includes('ver-1') && !analysed.includes('ver-2'));
    assert.deepEqual(
      (await store.versions.editsOf(['ver-1', 'ver-2'])).map((e) => [
        e.article,
        e.version,
        e.versions,
        e.edits.length,
      ]),
      [
        ['ver-2', 2, 3, 1],
        ['ver-1', 3, 3, 2],
      ],
    );

    const validators = { etag: '"abc"', lastModified: 'Wed, 03 Dec 2025 10:00:00 GMT' };
    const feed = 'https://example.test/feed.xml';
    await store.fetchState.save({
      validators: [{ url, validators }],
      items: [{ source: feed, item: url, stamp: 's1' }],
    });
    await store.fetchState.save({ validators: [], items: [{ source: feed, item: url, stamp: 's2' }] });
    assert.deepEqual(
      await store.fetchState.validators([url, 'https://example.test/other']),
      new Map([[url, validators]]),
    );
    const seen = (await store.fetchState.itemStamps(feed)).get(url);
    assert.equal(seen?.stamp, 's2');
    assert.ok(Math.abs(Date.now() - (seen?.checkedAt ?? 0)) < 60_000);
  });
}
