import { pairKey } from '../reuse/index.ts';
import type { Sql } from './engine.ts';

/**
 * Reuse candidate search in the database (worker mode): each article's MinHash signature and its
 * LSH band keys (see src/reuse/lsh-index.ts), one row per band in `reuse_bands`, whose primary key
 * (band, bucket, article) is the index. An article's candidates are one index probe per band, each
 * reading at most `maxBucket + 1` rows, so the cost does not grow with the articles stored.
 */

/** Uint32 signature values as PostgreSQL integers (int4 is signed). */
const asInt32 = (signature: Uint32Array): number[] => Array.from(signature, (value) => value | 0);

/** Stores an article's signature and band keys; storing them again changes nothing. */
export async function saveSignature(
  sql: Sql,
  articleId: string,
  signature: Uint32Array,
  keys: readonly number[],
): Promise<void> {
  await sql.query(
    `insert into reuse_signatures (article_id, signature)
     select $1, array(select jsonb_array_elements_text($2::jsonb)::int) on conflict do nothing`,
    [articleId, JSON.stringify(asInt32(signature))],
  );
  await sql.query(
    `insert into reuse_bands (band, bucket, article_id)
     select (k.n - 1)::smallint, k.value::int, $1 from jsonb_array_elements_text($2::jsonb) with ordinality as k(value, n)
     on conflict do nothing`,
    [articleId, JSON.stringify(keys)],
  );
}

/**
 * Articles sharing a band bucket with `keys` (the article itself left out), with how many bands
 * they share. A bucket holding more than `maxBucket` articles is boilerplate and is skipped.
 */
export async function findReuseCandidates(
  sql: Sql,
  articleId: string,
  keys: readonly number[],
  maxBucket: number,
): Promise<Map<string, number>> {
  const rows = await sql.query<{ band: number; article_id: string }>(
    `select k.band, r.article_id
     from (select (n - 1)::smallint as band, value::int as bucket
           from jsonb_array_elements_text($1::jsonb) with ordinality as t(value, n)) as k
     cross join lateral (
       select article_id from reuse_bands b where b.band = k.band and b.bucket = k.bucket limit $2
     ) as r`,
    [JSON.stringify(keys), maxBucket + 2],
  );
  const perBand = new Map<number, string[]>();
  for (const row of rows) {
    const members = perBand.get(row.band);
    if (members) members.push(row.article_id);
    else perBand.set(row.band, [row.article_id]);
  }
  const shared = new Map<string, number>();
  for (const members of perBand.values()) {
    // The bucket's size counts the article itself, stored yet or not, as the in-memory index does.
    const others = members.filter((id) => id !== articleId);
    if (others.length + 1 > maxBucket) continue;
    for (const id of others) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return shared;
}

/** Records candidate pairs of one article (stored as article_a < article_b). */
export async function saveCandidatePairs(
  sql: Sql,
  articleId: string,
  others: Iterable<string>,
): Promise<void> {
  const pairs = [...others].map((other) => (articleId < other ? [articleId, other] : [other, articleId]));
  if (pairs.length === 0) return;
  await sql.query(
    `insert into reuse_pairs (article_a, article_b)
     select p.value->>0, p.value->>1 from jsonb_array_elements($1::jsonb) as p(value)
     on conflict do nothing`,
    [JSON.stringify(pairs)],
  );
}

/** The recorded candidate pairs among `ids`, as `pairKey`s (what src/reuse takes as known pairs). */
export async function candidatePairsAmong(sql: Sql, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length < 2) return new Set();
  const rows = await sql.query<{ article_a: string; article_b: string }>(
    `with members as (select jsonb_array_elements_text($1::jsonb) as id)
     select article_a, article_b from reuse_pairs
     where article_a in (select id from members) and article_b in (select id from members)`,
    [JSON.stringify(ids)],
  );
  return new Set(rows.map((row) => pairKey(row.article_a, row.article_b)));
}
