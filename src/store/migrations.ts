import { type Engine, StoreError } from './engine.ts';

/**
 * The schema, as an ordered list of migrations that run unchanged on PGlite and PostgreSQL. Never
 * edit a released migration: add the next one. Columns hold what queries filter or sort on; `body`
 * columns hold the whole value as JSON, so fields the analysis adds later survive a round trip.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, extractions and stories',
    sql: `
      create table articles (
        id text primary key,
        path text,
        url text,
        outlet text,
        title text,
        published date,
        published_source text,
        language text not null,
        text text not null,
        diagnostics jsonb not null,
        ingested_at timestamptz not null default now()
      );
      create table blocks (
        article_id text not null references articles (id) on delete cascade,
        position integer not null,
        kind text not null,
        span_start integer not null,
        span_end integer not null,
        primary key (article_id, position),
        check (0 <= span_start and span_start <= span_end)
      );
      create table extractions (
        article_id text primary key references articles (id) on delete cascade,
        layers jsonb not null
      );
      create table stories (
        id text primary key,
        position integer not null,
        title text not null,
        first_day date,
        last_day date,
        body jsonb not null
      );
      create table story_articles (
        story_id text not null references stories (id) on delete cascade,
        article_id text not null references articles (id),
        position integer not null,
        primary key (story_id, article_id)
      );
      create index story_articles_by_article on story_articles (article_id);
      create table reuse (
        story_id text not null references stories (id) on delete cascade,
        position integer not null,
        from_article text not null references articles (id),
        to_article text not null references articles (id),
        kind text not null,
        coverage double precision not null,
        body jsonb not null,
        primary key (story_id, position)
      );
      create table facts (
        story_id text not null references stories (id) on delete cascade,
        position integer not null,
        id text not null,
        status text not null,
        statement text not null,
        body jsonb not null,
        primary key (story_id, position)
      );
      create table conflicts (
        story_id text not null references stories (id) on delete cascade,
        position integer not null,
        id text not null,
        kind text not null,
        summary text not null,
        body jsonb not null,
        primary key (story_id, position)
      );
    `,
  },
  {
    version: 2,
    name: 'article versions and the fetch cache',
    sql: `
      -- An article fetched again from its address with other content is a new version of it: the
      -- newer article supersedes the older, which stays stored (text and extraction) but leaves the
      -- stories.
      alter table articles add column superseded_by text;
      create table article_versions (
        url text not null,
        version integer not null,
        article_id text not null references articles (id),
        fetched_at timestamptz not null default now(),
        -- What changed since the previous version (src/versions/diff.ts); null for the first.
        diff jsonb,
        primary key (url, version)
      );
      create index article_versions_by_article on article_versions (article_id);
      -- ETag and Last-Modified of the last fetch of an address, sent back to ask whether it changed.
      create table fetch_validators (
        url text primary key,
        etag text,
        last_modified text,
        fetched_at timestamptz not null default now()
      );
      -- The entries of a feed or sitemap read completely, by a stamp of the entry: an entry whose
      -- stamp has not changed is not fetched again.
      create table fetch_items (
        source_url text not null,
        item_url text not null,
        stamp text not null,
        seen_at timestamptz not null default now(),
        primary key (source_url, item_url)
      );
    `,
  },
  {
    version: 3,
    name: 'worker mode: story log, reuse signatures and LSH bands, worker heartbeats',
    sql: `
      -- The order in which workers placed articles in stories: every worker's clusterer replays it,
      -- so all of them place the next article as one clusterer would.
      create table story_log (
        sequence bigint generated always as identity primary key,
        article_id text not null unique references articles (id) on delete cascade,
        story_id text not null,
        document jsonb not null
      );
      create index story_log_by_story on story_log (story_id);
      -- MinHash signatures of shingles, and one row per LSH band bucket: finding an article's reuse
      -- candidates is one index probe per band, whatever the number of articles stored.
      create table reuse_signatures (
        article_id text primary key references articles (id) on delete cascade,
        signature integer[] not null
      );
      create table reuse_bands (
        band smallint not null,
        bucket integer not null,
        article_id text not null,
        primary key (band, bucket, article_id)
      );
      -- Candidate pairs the band index found when the later article arrived (article_a < article_b).
      create table reuse_pairs (
        article_a text not null references articles (id) on delete cascade,
        article_b text not null references articles (id) on delete cascade,
        primary key (article_a, article_b)
      );
      create index reuse_pairs_by_b on reuse_pairs (article_b);
      -- Running workers; one silent for long has died, and its jobs are unlocked for the others.
      create table worker_heartbeats (
        id text primary key,
        host text not null,
        pid integer not null,
        seen_at timestamptz not null default now()
      );
    `,
  },
  {
    version: 4,
    name: 'worker mode: snapshots of the story clusterer',
    sql: `
      -- The workers' clusterer as it stood after the story log entry of that sequence (gzipped JSON,
      -- see src/cluster/snapshot.ts): a worker starting up restores the newest one and replays only
      -- the log after it.
      create table story_snapshots (
        sequence bigint primary key,
        snapshot bytea not null,
        taken_at timestamptz not null default now()
      );
    `,
  },
  {
    version: 5,
    name: 'worker mode: articles waiting to be placed',
    sql: `
      -- Articles stored and waiting for the placement lock, with the document the clusterer reads:
      -- whichever worker takes the lock places every one queued before its own, in queue order.
      create table placement_queue (
        position bigint generated always as identity primary key,
        article_id text not null unique references articles (id) on delete cascade,
        document jsonb not null
      );
    `,
  },
];

export const schemaVersion: number = migrations.at(-1)?.version ?? 0;

// Any fixed number: one process at a time migrates or writes the collection.
export const storeLockKey = 7_204_611;

/**
 * Brings the database up to this build's schema in one transaction, under a lock, so two processes
 * starting together cannot both migrate. A database made by a newer build is refused, not touched.
 */
export async function migrate(engine: Engine): Promise<{ from: number; to: number }> {
  return engine.transaction(async (sql) => {
    await sql.query('select pg_advisory_xact_lock($1)', [storeLockKey]);
    await sql.exec(`
      create table if not exists corroborate_schema (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`);
    const [row] = await sql.query<{ version: number | null }>(
      'select max(version) as version from corroborate_schema',
    );
    const from = row?.version ?? 0;
    if (from > schemaVersion)
      throw new StoreError(
        'store/schema-too-new',
        `The store at ${engine.location} has schema version ${from}, but this build of corroborate knows ` +
          `versions up to ${schemaVersion}. Upgrade corroborate, or point it at another store.`,
      );
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      await sql.exec(migration.sql);
      await sql.query('insert into corroborate_schema (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    return { from, to: schemaVersion };
  });
}
