import type { ArticleDiff, ArticleEdits, VersionHistory, VersionText } from '../versions/index.ts';
import type { Sql } from './engine.ts';

/**
 * Versions of fetched articles. An article's id is a hash of its content, so an edited page is a
 * new article; `article_versions` ties the articles fetched from one address together in order,
 * with what changed, and `articles.superseded_by` takes all but the newest out of the stories.
 */

/** A fetched article and the address it is a version of. */
export interface VersionRecord {
  readonly url: string;
  readonly articleId: string;
  /** When it was fetched, if recorded later (worker mode); unset: now. */
  readonly fetchedAt?: string;
}

export type DiffVersions = (before: VersionText, after: VersionText) => ArticleDiff;

export interface VersionUpdate {
  readonly records: readonly VersionRecord[];
  readonly diff: DiffVersions;
}

interface TextRow {
  title: string | null;
  text: string;
  blocks: [VersionText['blocks'][number]['kind'], number, number][];
}

async function versionText(sql: Sql, id: string): Promise<VersionText | undefined> {
  const [row] = await sql.query<TextRow>(
    `select a.title, a.text,
            coalesce((select jsonb_agg(jsonb_build_array(b.kind, b.span_start, b.span_end) order by b.position)
                      from blocks b where b.article_id = a.id), '[]'::jsonb) as blocks
     from articles a where a.id = $1`,
    [id],
  );
  if (!row) return undefined;
  return {
    ...(row.title !== null ? { title: row.title } : {}),
    text: row.text,
    blocks: row.blocks.map(([kind, start, end]) => ({ kind, span: [start, end] as const })),
  };
}

/**
 * Records each article as the newest version of its address, unless it already is; runs inside
 * the transaction that stored the articles. Returns how many took the place of an older version
 * (first versions are new articles, not edits).
 */
export async function recordVersions(sql: Sql, update: VersionUpdate): Promise<number> {
  let superseding = 0;
  for (const { url, articleId, fetchedAt } of update.records) {
    const [latest] = await sql.query<{ article_id: string; version: number; newer: boolean }>(
      `select article_id, version, coalesce(fetched_at > $2::timestamptz, false) as newer
       from article_versions where url = $1 order by version desc limit 1`,
      [url, fetchedAt ?? null],
    );
    if (latest?.article_id === articleId) continue;
    // A fetch older than the newest version (a queued job run late) is not an edit: it stays out.
    if (latest?.newer) {
      await sql.query('update articles set superseded_by = $1 where id = $2', [latest.article_id, articleId]);
      continue;
    }
    const [before, after] = latest
      ? [await versionText(sql, latest.article_id), await versionText(sql, articleId)]
      : [undefined, undefined];
    const diff = before && after ? update.diff(before, after) : null;
    await sql.query(
      `insert into article_versions (url, version, article_id, diff, fetched_at)
       values ($1, $2, $3, $4::jsonb, coalesce($5::timestamptz, now()))`,
      [
        url,
        (latest?.version ?? 0) + 1,
        articleId,
        diff === null ? null : JSON.stringify(diff),
        fetchedAt ?? null,
      ],
    );
    if (latest)
      await sql.query('update articles set superseded_by = $1 where id = $2', [articleId, latest.article_id]);
    // An edit reverted brings an older article back as the newest version.
    await sql.query('update articles set superseded_by = null where id = $1', [articleId]);
    if (latest) superseding++;
  }
  return superseding;
}

/** Only the newest version of each address takes part in the stories. */
export const currentArticles = 'a.superseded_by is null';

interface VersionRow {
  url: string;
  version: number;
  article_id: string;
  fetched_at: string;
  title: string | null;
  diff: ArticleDiff | null;
}

const historyQuery = `
  select v.url, v.version, v.article_id, v.fetched_at::text as fetched_at, a.title, v.diff
  from article_versions v join articles a on a.id = v.article_id`;

export interface VersionStore {
  /** The versions of an address, given the address or the id of any of its versions. */
  historyOf(articleIdOrUrl: string): Promise<VersionHistory | undefined>;
  /** For the articles among `ids` that are a second or later version: what was edited. */
  editsOf(ids: readonly string[]): Promise<ArticleEdits[]>;
}

export function createVersionStore(sql: Sql): VersionStore {
  const historiesOf = async (urls: readonly string[]): Promise<VersionHistory[]> => {
    if (urls.length === 0) return [];
    const rows = await sql.query<VersionRow>(
      `${historyQuery} where v.url in (select jsonb_array_elements_text($1::jsonb)) order by v.url, v.version`,
      [JSON.stringify(urls)],
    );
    return urls.flatMap((url) => {
      const versions = rows
        .filter((row) => row.url === url)
        .map((row) => ({
          version: row.version,
          articleId: row.article_id,
          fetchedAt: row.fetched_at,
          ...(row.title !== null ? { title: row.title } : {}),
          ...(row.diff !== null ? { diff: row.diff } : {}),
        }));
      return versions.length > 0 ? [{ url, versions }] : [];
    });
  };
  const urlsOf = async (ids: readonly string[]): Promise<string[]> =>
    (
      await sql.query<{ url: string }>(
        `select distinct url from article_versions
         where article_id in (select jsonb_array_elements_text($1::jsonb)) or url in (select jsonb_array_elements_text($1::jsonb))`,
        [JSON.stringify(ids)],
      )
    ).map((row) => row.url);

  return {
    async historyOf(articleIdOrUrl) {
      return (await historiesOf(await urlsOf([articleIdOrUrl])))[0];
    },
    async editsOf(ids) {
      const histories = await historiesOf(await urlsOf(ids));
      const wanted = new Set(ids);
      return histories.flatMap((history) =>
        history.versions
          .filter((v) => wanted.has(v.articleId) && v.version > 1)
          .map((v) => ({
            article: v.articleId,
            url: history.url,
            version: v.version,
            versions: history.versions.length,
            edits: history.versions
              .filter((e) => e.version > 1 && e.version <= v.version && e.diff)
              .map((e) => ({ version: e.version, diff: e.diff! })),
          })),
      );
    },
  };
}
