import type { Diagnostic, Story } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import type { Engine, EngineKind, Sql } from './engine.ts';
import { createFetchStateStore, type FetchStateStore } from './fetch-state.ts';
import { migrate, schemaVersion, storeLockKey } from './migrations.ts';
import {
  createVersionStore,
  currentArticles,
  recordVersions,
  type VersionStore,
  type VersionUpdate,
} from './versions.ts';

/**
 * The collection in a database: articles with their extraction, and the stories the analysis made
 * of them. Writes go through `saveArticles`, one transaction that stores the new articles and the
 * re-analysed collection together, so a failure anywhere leaves the store as it was.
 *
 * Rows travel as one JSON parameter expanded by `jsonb_to_recordset`/`jsonb_array_elements`: one
 * round trip per table, and no driver-specific array encoding, so both engines run the same SQL.
 */

export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly dateRange?: readonly [start: string, end: string];
  /** The latest of the story's last day and its articles' publication dates. */
  readonly newest?: string;
  readonly sources: number;
  readonly independent: number;
  readonly facts: number;
  readonly corroborated: number;
  readonly contested: number;
  readonly conflicts: number;
}

export interface ArticleSummary {
  readonly id: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly published?: string;
  readonly path?: string;
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface SaveResult {
  /** Ids stored by this call. */
  readonly added: readonly string[];
  /** Ids that were already stored (same content): nothing was written for them. */
  readonly existing: readonly string[];
  /** Stories in the collection after the save. */
  readonly stories: number;
  /** New versions recorded for fetched addresses. */
  readonly versioned?: number;
}

/** Makes the stories of a whole collection; the store passes every stored article, oldest first. */
export type Analyse = (collection: readonly AnalysedArticle[]) => readonly Story[];

export interface StoreStats {
  readonly engine: EngineKind;
  readonly location: string;
  readonly schemaVersion: number;
  readonly articles: number;
  readonly stories: number;
}

export interface Store {
  readonly engine: EngineKind;
  readonly location: string;
  /** Which of these article ids are stored already. */
  knownArticleIds(ids: readonly string[]): Promise<Set<string>>;
  /**
   * Stores the articles not stored yet and, if any were new (or `reanalyse` is set), replaces every
   * story with `analyse(all stored articles)`; all in one transaction.
   */
  saveArticles(
    articles: readonly AnalysedArticle[],
    analyse: Analyse,
    options?: {
      readonly reanalyse?: boolean;
      /** Fetched articles as versions of their addresses (see versions.ts); a new version re-analyses. */
      readonly versions?: VersionUpdate;
    },
  ): Promise<SaveResult>;
  /** Versions of fetched articles. */
  readonly versions: VersionStore;
  /** What earlier fetches learnt: validators and feed entries read. */
  readonly fetchState: FetchStateStore;
  listStories(page: Page): Promise<{ readonly stories: StorySummary[]; readonly total: number }>;
  getStory(id: string): Promise<Story | undefined>;
  /** The stories an article belongs to. */
  storiesOfArticle(articleId: string): Promise<Story[]>;
  getArticle(id: string): Promise<AnalysedArticle | undefined>;
  /** The stored articles among `ids`, in the order of `ids`. */
  getArticles(ids: readonly string[]): Promise<AnalysedArticle[]>;
  listArticles(page: Page): Promise<{ readonly articles: ArticleSummary[]; readonly total: number }>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** `{ key: value }` when the value is there, `{}` when the database says null. */
const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
  (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

const articleColumns = `
  a.id, a.path, a.url, a.outlet, a.title, a.published::text as published, a.published_source,
  a.language, a.text, a.diagnostics,
  coalesce((select jsonb_agg(jsonb_build_array(b.kind, b.span_start, b.span_end) order by b.position)
            from blocks b where b.article_id = a.id), '[]'::jsonb) as blocks,
  e.layers`;

interface ArticleRow {
  id: string;
  path: string | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  published_source: AnalysedArticle['publishedSource'] | null;
  language: string;
  text: string;
  diagnostics: Diagnostic[];
  blocks: [AnalysedArticle['blocks'][number]['kind'], number, number][];
  layers: AnalysedArticle['extraction'];
}

const articleFromRow = (row: ArticleRow): AnalysedArticle => ({
  id: row.id,
  ...optional('path', row.path),
  ...optional('url', row.url),
  ...optional('outlet', row.outlet),
  ...optional('title', row.title),
  ...optional('published', row.published),
  ...optional('publishedSource', row.published_source),
  language: row.language,
  text: row.text,
  blocks: row.blocks.map(([kind, start, end]) => ({ kind, span: [start, end] as const })),
  diagnostics: row.diagnostics,
  extraction: row.layers,
});

const articleRecord = (article: AnalysedArticle) => ({
  id: article.id,
  path: article.path ?? null,
  url: article.url ?? null,
  outlet: article.outlet ?? null,
  title: article.title ?? null,
  published: article.published ?? null,
  published_source: article.publishedSource ?? null,
  language: article.language,
  text: article.text,
  diagnostics: article.diagnostics,
  blocks: article.blocks,
  layers: article.extraction,
});

export async function insertArticles(sql: Sql, given: readonly AnalysedArticle[]): Promise<string[]> {
  const articles = [...new Map(given.map((article) => [article.id, article])).values()];
  if (articles.length === 0) return [];
  const inserted = await sql.query<{ id: string }>(
    `insert into articles (id, path, url, outlet, title, published, published_source, language, text, diagnostics)
     select r.id, r.path, r.url, r.outlet, r.title, r.published::date, r.published_source, r.language, r.text,
            r.diagnostics
     from jsonb_to_recordset($1::jsonb) as r(id text, path text, url text, outlet text, title text,
          published text, published_source text, language text, text text, diagnostics jsonb)
     on conflict (id) do nothing
     returning id`,
    [JSON.stringify(articles.map(articleRecord))],
  );
  const added = new Set(inserted.map((row) => row.id));
  if (added.size === 0) return [];
  const records = JSON.stringify(articles.filter((a) => added.has(a.id)).map(articleRecord));
  await sql.query(
    `insert into blocks (article_id, position, kind, span_start, span_end)
     select r.id, (b.n - 1)::int, b.value->>'kind', (b.value->'span'->>0)::int, (b.value->'span'->>1)::int
     from jsonb_to_recordset($1::jsonb) as r(id text, blocks jsonb)
     cross join lateral jsonb_array_elements(r.blocks) with ordinality as b(value, n)`,
    [records],
  );
  await sql.query(
    `insert into extractions (article_id, layers)
     select r.id, r.layers from jsonb_to_recordset($1::jsonb) as r(id text, layers jsonb)`,
    [records],
  );
  return articles.filter((a) => added.has(a.id)).map((a) => a.id);
}

const isoDay = (path: string) => `case when ${path} ~ '^\\d{4}-\\d{2}-\\d{2}$' then (${path})::date end`;

/** Deletes every story and writes `stories` in their place. */
async function replaceStories(sql: Sql, stories: readonly Story[]): Promise<void> {
  await sql.query('delete from stories');
  await insertStories(sql, stories);
}

/** Writes stories (none of them stored yet); `positions` default to their order here. */
export async function insertStories(
  sql: Sql,
  stories: readonly Story[],
  positions: readonly number[] = stories.map((_, index) => index),
): Promise<void> {
  if (stories.length === 0) return;
  const json = JSON.stringify(stories);
  const each = `from jsonb_array_elements($1::jsonb) as s(value)`;
  await sql.query(
    `insert into stories (id, position, title, first_day, last_day, body)
     select s.value->>'id', ($2::jsonb->>(s.n - 1)::int)::int, s.value->>'title',
            ${isoDay("s.value->'dateRange'->>0")},
            ${isoDay("s.value->'dateRange'->>1")}, s.value - 'articles' - 'reuse' - 'facts' - 'conflicts'
     from jsonb_array_elements($1::jsonb) with ordinality as s(value, n)`,
    [json, JSON.stringify(positions)],
  );
  await sql.query(
    `insert into story_articles (story_id, article_id, position)
     select s.value->>'id', x.value, (x.n - 1)::int ${each}
     cross join lateral jsonb_array_elements_text(s.value->'articles') with ordinality as x(value, n)`,
    [json],
  );
  await sql.query(
    `insert into reuse (story_id, position, from_article, to_article, kind, coverage, body)
     select s.value->>'id', (x.n - 1)::int, x.value->>'from', x.value->>'to', x.value->>'kind',
            (x.value->>'coverage')::double precision, x.value ${each}
     cross join lateral jsonb_array_elements(s.value->'reuse') with ordinality as x(value, n)`,
    [json],
  );
  await sql.query(
    `insert into facts (story_id, position, id, status, statement, body)
     select s.value->>'id', (x.n - 1)::int, x.value->>'id', x.value->>'status', x.value->>'statement', x.value
     ${each} cross join lateral jsonb_array_elements(s.value->'facts') with ordinality as x(value, n)`,
    [json],
  );
  await sql.query(
    `insert into conflicts (story_id, position, id, kind, summary, body)
     select s.value->>'id', (x.n - 1)::int, x.value->>'id', x.value->>'kind', x.value->>'summary', x.value
     ${each} cross join lateral jsonb_array_elements(s.value->'conflicts') with ordinality as x(value, n)`,
    [json],
  );
}

const storyColumns = `
  s.id, s.title, s.body,
  coalesce((select jsonb_agg(sa.article_id order by sa.position) from story_articles sa
            where sa.story_id = s.id), '[]'::jsonb) as articles,
  coalesce((select jsonb_agg(r.body order by r.position) from reuse r where r.story_id = s.id), '[]'::jsonb)
    as reuse,
  coalesce((select jsonb_agg(f.body order by f.position) from facts f where f.story_id = s.id), '[]'::jsonb)
    as facts,
  coalesce((select jsonb_agg(c.body order by c.position) from conflicts c where c.story_id = s.id), '[]'::jsonb)
    as conflicts`;

interface StoryRow {
  id: string;
  title: string;
  body: Omit<Story, 'id' | 'title' | 'articles' | 'reuse' | 'facts' | 'conflicts'>;
  articles: string[];
  reuse: Story['reuse'];
  facts: Story['facts'];
  conflicts: Story['conflicts'];
}

// Fields in the order of the JSON contract; anything the analysis adds later follows them.
const storyFromRow = ({ id, title, body, articles, reuse, facts, conflicts }: StoryRow): Story => {
  const { dateRange, independentGroups, timeline, ...rest } = body;
  return {
    id,
    title,
    articles,
    ...optional('dateRange', dateRange),
    independentGroups,
    reuse,
    facts,
    conflicts,
    timeline,
    ...rest,
  };
};

interface SummaryRow {
  id: string;
  title: string;
  first_day: string | null;
  last_day: string | null;
  newest: string | null;
  sources: number;
  independent: number;
  facts: number;
  corroborated: number;
  contested: number;
  conflicts: number;
  total: number;
}

/** Stored articles with their extraction; `where` follows the join of `articles a` and `extractions e`. */
export const selectArticles = async (
  sql: Sql,
  where: string,
  params: readonly unknown[],
): Promise<AnalysedArticle[]> =>
  (
    await sql.query<ArticleRow>(
      `select ${articleColumns} from articles a join extractions e on e.article_id = a.id ${where}`,
      params,
    )
  ).map(articleFromRow);

/** Opens the store on an engine: checks the schema version and migrates forward if needed. */
export async function createStore(engine: Engine): Promise<Store> {
  try {
    await migrate(engine);
  } catch (error) {
    await engine.close();
    throw error;
  }

  const loadStories = async (where: string, params: readonly unknown[]) =>
    (await engine.query<StoryRow>(`select ${storyColumns} from stories s ${where}`, params)).map(
      storyFromRow,
    );

  const count = async (table: 'articles' | 'stories') =>
    (await engine.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n ?? 0;

  return {
    engine: engine.kind,
    location: engine.location,

    async knownArticleIds(ids) {
      if (ids.length === 0) return new Set();
      const rows = await engine.query<{ id: string }>(
        'select id from articles where id in (select jsonb_array_elements_text($1::jsonb))',
        [JSON.stringify(ids)],
      );
      return new Set(rows.map((row) => row.id));
    },

    saveArticles(articles, analyse, options = {}) {
      return engine.transaction(async (sql) => {
        // One writer at a time, so every analysis sees the whole collection, including the
        // articles another process has just added.
        await sql.query('select pg_advisory_xact_lock($1)', [storeLockKey]);
        const added = await insertArticles(sql, articles);
        const addedIds = new Set(added);
        const existing = [...new Set(articles.map((a) => a.id))].filter((id) => !addedIds.has(id));
        const versioned = options.versions ? await recordVersions(sql, options.versions) : 0;
        if (added.length === 0 && versioned === 0 && !options.reanalyse) {
          const [row] = await sql.query<{ n: number }>('select count(*)::int as n from stories');
          return { added, existing, stories: row?.n ?? 0, versioned };
        }
        const collection = await selectArticles(
          sql,
          `where ${currentArticles} order by a.published asc nulls last, a.ingested_at, a.id`,
          [],
        );
        const stories = analyse(collection);
        await replaceStories(sql, stories);
        return { added, existing, stories: stories.length, versioned };
      });
    },

    async listStories({ limit, offset }) {
      const rows = await engine.query<SummaryRow>(
        `select s.id, s.title, s.first_day::text as first_day, s.last_day::text as last_day,
                greatest(s.last_day, latest.published)::text as newest,
                (select count(*)::int from story_articles sa where sa.story_id = s.id) as sources,
                jsonb_array_length(coalesce(s.body->'independentGroups', '[]'::jsonb)) as independent,
                (select count(*)::int from facts f where f.story_id = s.id) as facts,
                (select count(*)::int from facts f where f.story_id = s.id and f.status = 'corroborated')
                  as corroborated,
                (select count(*)::int from facts f where f.story_id = s.id and f.status = 'contested')
                  as contested,
                (select count(*)::int from conflicts c where c.story_id = s.id) as conflicts,
                (count(*) over ())::int as total
         from stories s
         cross join lateral (
           select max(a.published) as published from story_articles sa
           join articles a on a.id = sa.article_id where sa.story_id = s.id
         ) as latest
         order by greatest(s.last_day, latest.published) desc nulls last, s.position
         limit $1 offset $2`,
        [limit, offset],
      );
      const total = rows[0]?.total ?? (offset > 0 ? await count('stories') : 0);
      return {
        total,
        stories: rows.map((row) => ({
          id: row.id,
          title: row.title,
          ...(row.first_day && row.last_day ? { dateRange: [row.first_day, row.last_day] as const } : {}),
          ...optional('newest', row.newest),
          sources: row.sources,
          independent: row.independent,
          facts: row.facts,
          corroborated: row.corroborated,
          contested: row.contested,
          conflicts: row.conflicts,
        })),
      };
    },

    async getStory(id) {
      return (await loadStories('where s.id = $1', [id]))[0];
    },

    storiesOfArticle(articleId) {
      return loadStories(
        'where s.id in (select story_id from story_articles where article_id = $1) order by s.position',
        [articleId],
      );
    },

    async getArticle(id) {
      return (await selectArticles(engine, 'where a.id = $1', [id]))[0];
    },

    async getArticles(ids) {
      if (ids.length === 0) return [];
      const found = await selectArticles(
        engine,
        'where a.id in (select jsonb_array_elements_text($1::jsonb))',
        [JSON.stringify(ids)],
      );
      const byId = new Map(found.map((article) => [article.id, article]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    async listArticles({ limit, offset }) {
      const rows = await engine.query<{
        id: string;
        title: string | null;
        outlet: string | null;
        url: string | null;
        published: string | null;
        path: string | null;
        total: number;
      }>(
        `select id, title, outlet, url, published::text as published, path, (count(*) over ())::int as total
         from articles order by published desc nulls last, ingested_at desc, id limit $1 offset $2`,
        [limit, offset],
      );
      return {
        total: rows[0]?.total ?? (offset > 0 ? await count('articles') : 0),
        articles: rows.map((row) => ({
          id: row.id,
          ...optional('title', row.title),
          ...optional('outlet', row.outlet),
          ...optional('url', row.url),
          ...optional('published', row.published),
          ...optional('path', row.path),
        })),
      };
    },

    async stats() {
      return {
        engine: engine.kind,
        location: engine.location,
        schemaVersion,
        articles: await count('articles'),
        stories: await count('stories'),
      };
    },

    versions: createVersionStore(engine),
    fetchState: createFetchStateStore(engine),

    close: () => engine.close(),
  };
}
