import { analyseStory } from '../analysis/index.ts';
import {
  type ClusterStory,
  isoDay,
  StoryClusterer,
  type StoryDocument,
  storyDocumentOf,
} from '../cluster/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { articleSignature, bandKeys, defaultCandidateOptions, hashString } from '../reuse/index.ts';
import { defaultLexicon, type Lexicon } from '../text/similarity/index.ts';
import type { Engine, Sql } from './engine.ts';
import { candidatePairsAmong, findReuseCandidates, saveCandidatePairs, saveSignature } from './signatures.ts';
import { insertArticles, insertStories, selectArticles } from './store.ts';

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
 *    place articles as one clusterer would. An article already in the log keeps its story;
 * 4. under a lock on that story, its members and their candidate pairs are read and the story is
 *    rewritten. The last rewrite of a story always sees all its members (each member's step 3
 *    committed before its own step 4 took the lock). Worker mode runs this step as a job of its
 *    own, keyed by the story, so articles of one story arriving together rewrite it once.
 *
 * The clusterer's `repair` (split, move, merge) is not run here: stories only grow, so they match
 * a from-scratch streaming pass in log order, not the repaired batch analysis.
 */

// One word analysis per process: it caches what it has looked up in WordNet.
let lexicon: Lexicon | undefined;
const sharedLexicon = (): Lexicon => {
  lexicon ??= defaultLexicon();
  return lexicon;
};

// Fixed numbers of the advisory locks: one for placing articles, one space for stories.
const placementLockKey = 7_204_612;
const storyLockSpace = 7_204_613;

export interface Placement {
  readonly story: string;
  /** False when the article had been placed before (a retried job). */
  readonly placed: boolean;
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
  #clusterer = new StoryClusterer();
  #replayed = 0;
  #turn: Promise<unknown> = Promise.resolve();

  /** Log entries replayed so far. */
  get replayed(): number {
    return this.#replayed;
  }

  /** Places an article (idempotent on its id) and returns its story. */
  place(engine: Engine, article: AnalysedArticle): Promise<Placement> {
    return this.#exclusive(() =>
      engine.transaction(async (sql) => {
        await sql.query('select pg_advisory_xact_lock($1)', [placementLockKey]);
        const [known] = await sql.query<{ story_id: string }>(
          'select story_id from story_log where article_id = $1',
          [article.id],
        );
        if (known) return { story: known.story_id, placed: false };
        await this.#catchUp(sql);
        const document = storyDocumentOf(article);
        try {
          const story = this.#clusterer.add(document);
          const [row] = await sql.query<{ sequence: number }>(
            `insert into story_log (article_id, story_id, document) values ($1, $2, $3::jsonb)
             returning sequence::float8 as sequence`,
            [article.id, story, JSON.stringify(document)],
          );
          this.#replayed = row!.sequence;
          return { story, placed: true };
        } catch (error) {
          // The clusterer holds a placement the log may not: start again from the log next time.
          this.#reset();
          throw error;
        }
      }),
    );
  }

  /** The story holding an article, described from the log as it stands now. */
  describe(sql: Sql, articleId: string): Promise<ClusterStory | undefined> {
    return this.#exclusive(async () => {
      await this.#catchUp(sql);
      return this.#clusterer.describeStoryOf(articleId);
    });
  }

  async #catchUp(sql: Sql): Promise<void> {
    const rows = await sql.query<LogRow>(
      `select sequence::float8 as sequence, article_id, story_id, document from story_log
       where sequence > $1 order by sequence`,
      [this.#replayed],
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
  }

  #reset(): void {
    this.#clusterer = new StoryClusterer();
    this.#replayed = 0;
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#turn.then(work, work);
    this.#turn = run.catch(() => {});
    return run;
  }
}

/**
 * Steps 1 and 2: stores the article with its signature, then records its candidate pairs.
 * Returns the number of candidates found.
 */
export async function storeArticle(engine: Engine, article: AnalysedArticle): Promise<number> {
  const { bands, rows, maxBucket } = defaultCandidateOptions;
  const signature = articleSignature(article, { lexicon: sharedLexicon() });
  const keys = signature ? bandKeys(signature, bands, rows) : [];
  await engine.transaction(async (sql) => {
    await insertArticles(sql, [article]);
    if (signature) await saveSignature(sql, article.id, signature, keys);
  });
  if (!signature) return 0;
  return engine.transaction(async (sql) => {
    const candidates = await findReuseCandidates(sql, article.id, keys, maxBucket);
    await saveCandidatePairs(sql, article.id, candidates.keys());
    return candidates.size;
  });
}

/** Step 4: rewrites one story from its members in the log, under the story's lock. */
export function recomputeStory(engine: Engine, placer: StoryPlacer, storyId: string) {
  return engine.transaction(async (sql) => {
    await sql.query('select pg_advisory_xact_lock($1, $2)', [storyLockSpace, hashString(storyId) | 0]);
    const members = await selectArticles(
      sql,
      'join story_log l on l.article_id = a.id where l.story_id = $1 order by l.sequence',
      [storyId],
    );
    if (members.length === 0) return undefined;
    const described = await placer.describe(sql, members[0]!.id);
    const [first] = await sql.query<{ sequence: number }>(
      'select min(sequence)::float8 as sequence from story_log where story_id = $1',
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
