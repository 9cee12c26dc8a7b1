import type { FetchState, FetchStateUpdate, Validators } from '../ingest/index.ts';
import type { Sql } from './engine.ts';

/**
 * The fetch cache kept in the store: the validators (ETag, Last-Modified) of each address fetched,
 * and the stamps of the feed and sitemap entries read, so a poll of unchanged sources costs one
 * conditional request per source and nothing per item.
 */

export interface FetchStateStore extends FetchState {
  /** Remembers a poll's validators and item stamps; called once its articles are stored. */
  save(update: FetchStateUpdate): Promise<void>;
}

export function createFetchStateStore(sql: Sql): FetchStateStore {
  return {
    async validators(urls) {
      if (urls.length === 0) return new Map();
      const rows = await sql.query<{ url: string; etag: string | null; last_modified: string | null }>(
        `select url, etag, last_modified from fetch_validators
         where url in (select jsonb_array_elements_text($1::jsonb))`,
        [JSON.stringify(urls)],
      );
      return new Map(
        rows.map((row): [string, Validators] => [
          row.url,
          {
            ...(row.etag !== null ? { etag: row.etag } : {}),
            ...(row.last_modified !== null ? { lastModified: row.last_modified } : {}),
          },
        ]),
      );
    },

    async itemStamps(sourceUrl) {
      const rows = await sql.query<{ item_url: string; stamp: string; seen_at: number }>(
        `select item_url, stamp, (extract(epoch from seen_at) * 1000)::float8 as seen_at
         from fetch_items where source_url = $1 order by item_url`,
        [sourceUrl],
      );
      return new Map(rows.map((row) => [row.item_url, { stamp: row.stamp, checkedAt: Number(row.seen_at) }]));
    },

    async save(update) {
      if (update.validators.length > 0)
        await sql.query(
          `insert into fetch_validators (url, etag, last_modified)
           select r.url, r.etag, r.last_modified
           from jsonb_to_recordset($1::jsonb) as r(url text, etag text, last_modified text)
           on conflict (url) do update
             set etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = now()`,
          [
            JSON.stringify(
              [...new Map(update.validators.map((v) => [v.url, v])).values()].map((v) => ({
                url: v.url,
                etag: v.validators.etag ?? null,
                last_modified: v.validators.lastModified ?? null,
              })),
            ),
          ],
        );
      if (update.items.length > 0)
        await sql.query(
          `insert into fetch_items (source_url, item_url, stamp)
           select r.source, r.item, r.stamp
           from jsonb_to_recordset($1::jsonb) as r(source text, item text, stamp text)
           on conflict (source_url, item_url) do update set stamp = excluded.stamp, seen_at = now()`,
          [JSON.stringify([...new Map(update.items.map((i) => [`${i.source}\n${i.item}`, i])).values()])],
        );
    },
  };
}
