import { gunzipSync, gzipSync } from 'node:zlib';
import { analyseStory } from '../analysis/index.ts';
import {
  type ClustererSnapshot,
  type ClusterStory,
  dayNumber,
  isoDay,
  StoryClusterer,
  type StoryDocument,
  storyDocumentOf,
} from '../cluster/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { articleSignature, bandKeys, defaultCandidateOptions, hashString } from '../reuse/index.ts';
import { defaultLexicon, type Lexicon } from '../text/similarity/index.ts';
import { diffArticles } from '../versions/index.ts';
import type { Engine, Sql } from './engine.ts';
import { candidatePairsAmong, findReuseCandidates, saveCandidatePairs, saveSignature } from './signatures.ts';
import { insertArticles, insertStories, selectArticles } from './store.ts';
import { currentArticles, recordVersions, type VersionRecord } from './versions.ts';

/**
 * Incremental analysis for worker mode: an arriving article is stored, given reuse candidates by
 * the band index, placed in a story by the streaming clusterer, and only that story's reuse and
 * cross-check are recomputed. Every step is idempotent, so a job retried after its worker died
 * finishes the work without doing any of it twice:
 *
 * 1. the article, its extraction and its signature are inserted "on conflict do nothing";
 * 2. its candidate pairs are found and inserted the same way (committed before step 3, so of two
 *    articles arriving together the later one to look always sees the other);
 * 3. under one database-wide lock, the worker's clusterer replays the story log (every placement
 *    made by any worker, in order), places the article and appends it to the log: all workers
 *    place articles as one clusterer would. An article already in the log keeps its story. The
 *    replay is mostly done before the lock is taken (see `StoryPlacer.catchUp`), so a new worker
 *    replaying a long log does not hold up the others; and an article waits for the lock in a
 *    queue, so that the worker taking the lock places every article queued before its own;
 * 4. under a lock on that story, its members and their candidate pairs are read and the story is
 *    rewritten. The last rewrite of a story always sees all its members (each member's step 3
 *    committed before its own step 4 took the lock). Worker mode runs this step as a job of its
 *    own, keyed by the story, so articles of one story arriving together rewrite it once.
 *
 * The clusterer's `repair` (split, move, merge) is not run here: stories only grow (but for the
 * superseded versions leaving them, below), so they match a from-scratch streaming pass in log
 * order, not the repaired batch analysis.
 *
 * Fetched articles are versions of their address (see versions.ts). A version is recorded in step
 * 3, under the placement lock, so recording and placing are one ordered decision. A story's members
 * are its log entries whose article is current (`superseded_by is null`): a superseded version
 * keeps its log entry (the log is replayed as written, and a version may come back when an edit is
 * reverted) but leaves its story, its band-index rows and its candidate pairs, and its story is
 * rewritten. The new version is placed afresh by the clusterer rather than given the old one's
 * story: the log must replay through `StoryClusterer.add` alone, and an edit may move the page to
 * another event (a live page); an edit that keeps the subject finds the old story anyway, as the
 * old text still weighs in the clusterer's summary of it.
 */

// One word analysis per process: it caches what it has looked up in WordNet.
let lexicon: Lexicon | undefined;
const sharedLexicon = (): Lexicon => {
  lexicon ??= defaultLexicon();
  return lexicon;
};

/**
 * Days a story stays in a worker's memory after its last publication day, counted back from the
 * newest article placed (see `retentionDays`): without it a worker holds every story ever placed
 * (about 3 GB at a million articles). 90 days is four time windows: a report that late starts a
 * story of its own.
 */
export const workerRetentionDays = 90;
/**
 * The settings of every worker's clusterer (the same in every worker, or replays differ). The log
 * holds each article once and a placed article is found in the log, never added again, so the
 * clusterer need not remember the articles of the stories it lets go of.
 */
export const workerClusterOptions = { retentionDays: workerRetentionDays, rememberRetired: false } as const;
/** The streaming clusterer every worker keeps. */
export const workerClusterer = (): StoryClusterer => new StoryClusterer(workerClusterOptions);

/**
 * Placements between two snapshots of the clusterer (see `StoryPlacer`): a worker starting up
 * replays at most about this many log entries after restoring the newest snapshot. Taking one
 * costs about as much as replaying a few thousand entries.
 */
export const defaultSnapshotEvery = 20_000;

/** Time spent on the placement lock, the one step all workers take in turn (see `StoryPlacer`). */
export interface PlacementLockTimes {
  /** Transactions that took the lock. */
  readonly turns: number;
  readonly waitedSeconds: number;
  /** From taking the lock to committing: the pool's placements cannot go faster than one such turn each. */
  readonly heldSeconds: number;
}

export interface PlacerOptions {
  /** Log entries read per query when catching up (bounds the memory a long log takes). */
  readonly replayPage?: number;
  /** The placement that reaches a multiple of this log sequence stores a snapshot (0: never). */
  readonly snapshotEvery?: number;
}

// Fixed numbers of the advisory locks: one for placing articles, one space for stories.
export const placementLockKey = 7_204_612;
const storyLockSpace = 7_204_613;

export interface Placement {
  readonly story: string;
  /** False when the article had been placed before (a retried job). */
  readonly placed: boolean;
}

export interface VersionPlacement {
  /** Undefined when the article is not the newest version of its address (it arrived late). */
  readonly placement: Placement | undefined;
  /** Stories that versions superseded now have left (to be rewritten). */
  readonly left: readonly string[];
}

interface LogRow {
  sequence: number;
  article_id: string;
  story_id: string;
  document: StoryDocument;
}

/**
 * The streaming clusterer of one worker process, kept in step with the story log. Its calls run
 * one at a time (jobs of one process may overlap while waiting on the database).
 */
export class StoryPlacer {
  #clusterer = workerClusterer();
  #replayed = 0;
  /** The log sequence of the snapshot this placer started from, if it did. */
  #restoredFrom: number | undefined;
  /** Set by the placement that reaches a multiple of `snapshotEvery`; the snapshot is stored once it commits. */
  #snapshotDue = false;
  /** Set once the clusterer has placed an article in a transaction not yet committed. */
  #placedUncommitted = false;
  #turn: Promise<unknown> = Promise.resolve();
  #lockTimes = { turns: 0, waitedSeconds: 0, heldSeconds: 0 };
  readonly replayPage: number;
  readonly snapshotEvery: number;

  constructor(options: PlacerOptions = {}) {
    this.replayPage = options.replayPage ?? 2_000;
    this.snapshotEvery = options.snapshotEvery ?? defaultSnapshotEvery;
  }

  /** Time this placer has spent waiting for and holding the placement lock. */
  get lockTimes(): PlacementLockTimes {
    return { ...this.#lockTimes };
  }

  /** The log sequence of the snapshot this placer last started from (undefined: the log's start). */
  get restoredFrom(): number | undefined {
    return this.#restoredFrom;
  }

  /**
   * Replays the story log up to its newest entry without taking the placement lock, and returns
   * how many entries it replayed. Entries are appended only under that lock, as the last statement
   * of their transaction, so log order is commit order and a reader without the lock misses none:
   * it sees a prefix of the log, and the rest is replayed under the lock. A worker calls this when
   * it starts and before each placement, so the lock is held only for the entries placed since.
   */
  catchUp(sql: Sql): Promise<number> {
    return this.#exclusive(() => this.#catchUp(sql));
  }

  /**
   * Places an article (idempotent on its id) and returns its story: queues it, then waits for the
   * placement lock, unless the worker holding it places the article first (see `#placeQueued`).
   */
  async place(engine: Engine, article: AnalysedArticle): Promise<Placement> {
    const known = await placedStory(engine, article.id);
    if (known) return { story: known, placed: false };
    // Queued (and committed) first: the worker that takes the lock next places it, whichever that is.
    await engine.query(
      'insert into placement_queue (article_id, document) values ($1, $2::jsonb) on conflict do nothing',
      [article.id, JSON.stringify(storyDocumentOf(article))],
    );
    return this.#locked(engine, (sql) => this.#placeQueued(sql, article.id));
  }

  /**
   * Records a fetched article as the newest version of its address (idempotent), retires the
   * versions it supersedes, and places it if it is current. A late arrival older than the newest
   * version is retired itself and not placed.
   */
  placeVersion(
    engine: Engine,
    article: AnalysedArticle,
    versions: readonly VersionRecord[],
  ): Promise<VersionPlacement> {
    return this.#locked(engine, async (sql) => {
      await recordVersions(sql, { records: versions, diff: diffArticles });
      const left = await retireSuperseded(sql, article.id);
      const [current] = await sql.query<{ id: string }>(
        `select a.id from articles a where a.id = $1 and ${currentArticles}`,
        [article.id],
      );
      return { placement: current ? await this.#placeLocked(sql, article) : undefined, left };
    });
  }

  /** The story holding an article, described from the log as it stands now. */
  describe(sql: Sql, articleId: string): Promise<ClusterStory | undefined> {
    return this.#exclusive(async () => {
      await this.#catchUp(sql);
      return this.#clusterer.describeStoryOf(articleId);
    });
  }

  #locked<T>(engine: Engine, work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.#exclusive(async () => {
      await this.#catchUp(engine);
      let result: T;
      const asked = performance.now();
      let taken: number | undefined;
      try {
        result = await engine.transaction(async (sql) => {
          await sql.query('select pg_advisory_xact_lock($1)', [placementLockKey]);
          taken = performance.now();
          return work(sql);
        });
        this.#noteLockTurn(asked, taken!);
      } catch (error) {
        // The clusterer holds a placement whose log entry was not committed.
        if (this.#placedUncommitted) this.#reset();
        throw error;
      } finally {
        this.#placedUncommitted = false;
      }
      if (this.#snapshotDue) {
        this.#snapshotDue = false;
        await this.#storeSnapshot(engine);
      }
      return result;
    });
  }

  #noteLockTurn(asked: number, taken: number): void {
    const times = this.#lockTimes;
    times.turns++;
    times.waitedSeconds += (taken - asked) / 1000;
    times.heldSeconds += (performance.now() - taken) / 1000;
  }

  /**
   * Stores the clusterer as it stands after log entry `#replayed` (committed), then drops older
   * snapshots. A snapshot that cannot be made (too large for one string) is skipped with a warning:
   * workers then replay more of the log, nothing else.
   */
  async #storeSnapshot(sql: Sql): Promise<void> {
    let snapshot: Buffer;
    try {
      snapshot = gzipSync(JSON.stringify(this.#clusterer.toSnapshot()), { level: 3 });
    } catch (error) {
      process.emitWarning(
        `corroborate: no clusterer snapshot at ${this.#replayed}: ${(error as Error).message}`,
      );
      return;
    }
    await sql.query(
      'insert into story_snapshots (sequence, snapshot) values ($1, $2) on conflict do nothing',
      [this.#replayed, snapshot],
    );
    await sql.query('delete from story_snapshots where sequence < $1', [this.#replayed]);
  }

  /**
   * Starts from the newest snapshot, if there is one this build can restore; one taken under other
   * settings (another version of corroborate) or unreadable is passed over for the whole log.
   */
  async #restoreNewestSnapshot(sql: Sql): Promise<void> {
    const [row] = await sql.query<{ sequence: number; snapshot: Uint8Array }>(
      'select sequence::float8 as sequence, snapshot from story_snapshots order by sequence desc limit 1',
    );
    if (!row) return;
    try {
      const snapshot = JSON.parse(gunzipSync(row.snapshot).toString('utf8')) as ClustererSnapshot;
      this.#clusterer = StoryClusterer.fromSnapshot(snapshot, workerClusterOptions);
      this.#replayed = row.sequence;
      this.#restoredFrom = row.sequence;
    } catch (error) {
      process.emitWarning(
        `corroborate: the clusterer snapshot at ${row.sequence} is passed over: ${(error as Error).message}`,
      );
    }
  }

  /** Step 3 for a fetched version; runs under the placement lock. */
  async #placeLocked(sql: Sql, article: AnalysedArticle): Promise<Placement> {
    const known = await placedStory(sql, article.id);
    if (known) return { story: known, placed: false };
    await this.#catchUp(sql);
    return { story: await this.#placeOne(sql, article.id, storyDocumentOf(article)), placed: true };
  }

  /**
   * Step 3 for a queued article; runs under the placement lock. Every article queued before it is
   * placed too, in queue order: their workers wait for the lock behind this one, and each would
   * otherwise take a turn of its own, replaying the placements before it first (turns that queue
   * up, and grow longer the more workers there are). They then find their articles placed.
   */
  async #placeQueued(sql: Sql, articleId: string): Promise<Placement> {
    const known = await placedStory(sql, articleId);
    if (known) return { story: known, placed: false };
    await this.#catchUp(sql);
    // (An article placed another way meanwhile, as a fetched version, is only taken off the queue.)
    const queued = await sql.query<{ article_id: string; document: StoryDocument; placed: boolean }>(
      `select q.article_id, q.document, l.article_id is not null as placed from placement_queue q
       left join story_log l on l.article_id = q.article_id
       where q.position <= (select position from placement_queue where article_id = $1) order by q.position`,
      [articleId],
    );
    if (queued.at(-1)?.article_id !== articleId)
      throw new Error(`placing ${articleId}: it is neither placed nor waiting to be placed`);
    let story: string | undefined;
    for (const { article_id: id, document, placed } of queued) {
      if (placed) continue;
      const placedIn = await this.#placeOne(sql, id, document);
      if (id === articleId) story = placedIn;
    }
    // Exactly the rows read: one queued just before this article's, but committed after the read, waits.
    await sql.query('delete from placement_queue where article_id = any($1::text[])', [
      queued.map((row) => row.article_id),
    ]);
    return { story: story!, placed: true };
  }

  /** Places one article and appends it to the log; returns its story. */
  async #placeOne(sql: Sql, articleId: string, document: StoryDocument): Promise<string> {
    try {
      const story = this.#clusterer.add(document);
      this.#placedUncommitted = true;
      const [row] = await sql.query<{ sequence: number }>(
        `insert into story_log (article_id, story_id, document) values ($1, $2, $3::jsonb)
         returning sequence::float8 as sequence`,
        [articleId, story, JSON.stringify(document)],
      );
      // One placement reaches each multiple (entries are placed one at a time): its worker stores
      // the snapshot, the others only replay past it.
      const every = this.snapshotEvery;
      if (every > 0 && Math.floor(row!.sequence / every) > Math.floor(this.#replayed / every))
        this.#snapshotDue = true;
      this.#replayed = row!.sequence;
      return story;
    } catch (error) {
      // The clusterer holds a placement the log may not: start again from the log next time.
      this.#reset();
      throw error;
    }
  }

  /**
   * Replays the log entries after the last one replayed, a page at a time (a fresh placer first
   * restores the newest snapshot); returns how many entries it replayed.
   */
  async #catchUp(sql: Sql): Promise<number> {
    if (this.#replayed === 0) await this.#restoreNewestSnapshot(sql);
    let replayed = 0;
    for (;;) {
      const rows = await sql.query<LogRow>(
        `select sequence::float8 as sequence, article_id, story_id, document from story_log
         where sequence > $1 order by sequence limit $2`,
        [this.#replayed, this.replayPage],
      );
      for (const row of rows) {
        const story = this.#clusterer.add(row.document);
        if (story !== row.story_id) {
          this.#reset();
          throw new Error(
            `Replaying the story log placed ${row.article_id} in ${story}, not ${row.story_id}: ` +
              'workers of different corroborate versions share this store.',
          );
        }
        this.#replayed = row.sequence;
      }
      replayed += rows.length;
      if (rows.length < this.replayPage) return replayed;
    }
  }

  #reset(): void {
    this.#clusterer = workerClusterer();
    this.#replayed = 0;
    this.#restoredFrom = undefined;
    this.#snapshotDue = false;
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#turn.then(work, work);
    this.#turn = run.catch(() => {});
    return run;
  }
}

/**
 * Steps 1 and 2: stores the article, then indexes it for reuse (see indexArticle). Returns the
 * number of candidates found.
 */
async function storeArticle(engine: Engine, article: AnalysedArticle): Promise<number> {
  await engine.transaction((sql) => insertArticles(sql, [article]));
  return indexArticle(engine, article);
}

/**
 * Step 2: stores the article's signature and band keys, then records its candidate pairs (the
 * keys committed before the search, so of two articles arriving together the later one to look
 * sees the other). Idempotent; returns the number of candidates found.
 */
async function indexArticle(engine: Engine, article: AnalysedArticle): Promise<number> {
  const { bands, rows, maxBucket } = defaultCandidateOptions;
  const signature = articleSignature(article, { lexicon: sharedLexicon() });
  if (!signature) return 0;
  const keys = bandKeys(signature, bands, rows);
  await engine.transaction((sql) => saveSignature(sql, article.id, signature, keys));
  return engine.transaction(async (sql) => {
    const candidates = await findReuseCandidates(sql, article.id, keys, maxBucket);
    await saveCandidatePairs(sql, article.id, candidates.keys());
    return candidates.size;
  });
}

/**
 * The article itself, if it is no longer current, and the versions it superseded: out of the band
 * index and the candidate pairs (a version that comes back regains them when indexed again).
 * Returns the stories they had been placed in.
 */
async function retireSuperseded(sql: Sql, articleId: string): Promise<string[]> {
  const retired = await sql.query<{ id: string; story_id: string | null }>(
    `select a.id, l.story_id from articles a left join story_log l on l.article_id = a.id
     where a.superseded_by is not null and (a.id = $1 or a.superseded_by = $1)`,
    [articleId],
  );
  if (retired.length === 0) return [];
  const ids = JSON.stringify(retired.map((row) => row.id));
  const among = 'in (select jsonb_array_elements_text($1::jsonb))';
  await sql.query(`delete from reuse_bands where article_id ${among}`, [ids]);
  await sql.query(`delete from reuse_pairs where article_a ${among} or article_b ${among}`, [ids]);
  return [...new Set(retired.flatMap((row) => (row.story_id === null ? [] : [row.story_id])))];
}

// A story's members: its placed articles that are the newest version of their address.
const memberOf = `join story_log l on l.article_id = a.id where l.story_id = $1 and ${currentArticles}`;

/**
 * Step 4: rewrites one story from its members in the log, under the story's lock; a story all of
 * whose members were superseded is deleted.
 */
export function recomputeStory(engine: Engine, placer: StoryPlacer, storyId: string) {
  return engine.transaction(async (sql) => {
    await sql.query('select pg_advisory_xact_lock($1, $2)', [storyLockSpace, hashString(storyId) | 0]);
    const members = await selectArticles(sql, `${memberOf} order by l.sequence`, [storyId]);
    if (members.length === 0) {
      await sql.query('delete from stories where id = $1', [storyId]);
      return undefined;
    }
    // A story the placer has let go of (see workerRetentionDays) keeps the title and days it was
    // stored with; one let go of before it was first stored (its article came in long after newer
    // ones) takes them from its members.
    const described =
      (await placer.describe(sql, members[0]!.id)) ??
      (await storedDescription(sql, storyId)) ??
      describedByMembers(members);
    const [first] = await sql.query<{ sequence: number }>(
      `select min(l.sequence)::float8 as sequence from articles a ${memberOf}`,
      [storyId],
    );
    const ids = members.map((member) => member.id);
    const shinglePairs = await candidatePairsAmong(sql, ids);
    const { story } = analyseStory(
      {
        id: storyId,
        title: described?.title ?? '',
        articles: ids,
        ...(described?.dateRange
          ? { dateRange: [isoDay(described.dateRange[0]), isoDay(described.dateRange[1])] }
          : {}),
      },
      members,
      { shinglePairs, lexicon: sharedLexicon() },
    );
    await sql.query('delete from stories where id = $1', [storyId]);
    await insertStories(sql, [story], [first?.sequence ?? 0]);
    return story;
  });
}

/** A stored story's title and first and last days (days since 1970-01-01), if it is stored. */
async function storedDescription(
  sql: Sql,
  storyId: string,
): Promise<{ title: string; dateRange?: [number, number] } | undefined> {
  const [row] = await sql.query<{ title: string; first_day: number | null; last_day: number | null }>(
    `select title, (first_day - date '1970-01-01') as first_day, (last_day - date '1970-01-01') as last_day
     from stories where id = $1`,
    [storyId],
  );
  if (!row) return undefined;
  const { title, first_day: first, last_day: last } = row;
  return first !== null && last !== null ? { title, dateRange: [first, last] } : { title };
}

/** A story's first member's headline, and the first and last days its members were published. */
function describedByMembers(members: readonly AnalysedArticle[]): {
  title: string;
  dateRange?: [number, number];
} {
  const days = members.flatMap((member) => {
    const day = member.published === undefined ? undefined : dayNumber(member.published);
    return day === undefined ? [] : [day];
  });
  const title = members[0]?.title?.trim() ?? '';
  return days.length > 0 ? { title, dateRange: [Math.min(...days), Math.max(...days)] } : { title };
}

/** The story an article was placed in, if it was. */
export async function placedStory(sql: Sql, articleId: string): Promise<string | undefined> {
  const [row] = await sql.query<{ story_id: string }>(
    'select story_id from story_log where article_id = $1',
    [articleId],
  );
  return row?.story_id;
}

/** Is the article stored already (a retried job skips extraction)? */
export async function storedArticle(sql: Sql, articleId: string): Promise<AnalysedArticle | undefined> {
  return (await selectArticles(sql, 'where a.id = $1', [articleId]))[0];
}

/** Steps 1–3 for an extracted article: stored, given its candidate pairs, placed in a story. */
export async function placeArrival(
  engine: Engine,
  placer: StoryPlacer,
  article: AnalysedArticle,
): Promise<{ story: string; candidates: number }> {
  const candidates = await storeArticle(engine, article);
  const { story } = await placer.place(engine, article);
  return { story, candidates };
}

/**
 * Steps 1–3 for a fetched article, a version of its address: stored, recorded as a version and
 * placed if it is the newest, and only then indexed for reuse, so an older version arriving late
 * never enters the band index. Whether placed or not, the stories in `left` need rewriting.
 *
 * A superseding version retires the older one from the band index under the placement lock; an
 * article being indexed at that very moment (superseded by a concurrent newer fetch) may keep its
 * rows. That is harmless: pairs reach a story only between its members, which are current.
 */
export async function placeVersionArrival(
  engine: Engine,
  placer: StoryPlacer,
  article: AnalysedArticle,
  versions: readonly VersionRecord[],
): Promise<VersionPlacement & { candidates: number }> {
  await engine.transaction((sql) => insertArticles(sql, [article]));
  const placed = await placer.placeVersion(engine, article, versions);
  return { ...placed, candidates: placed.placement ? await indexArticle(engine, article) : 0 };
}

/** Steps 1–4: the article's story is rewritten at once (worker mode queues step 4 instead). */
export async function analyseArrival(
  engine: Engine,
  placer: StoryPlacer,
  article: AnalysedArticle,
): Promise<{ story: string; candidates: number }> {
  const placed = await placeArrival(engine, placer, article);
  await recomputeStory(engine, placer, placed.story);
  return placed;
}
