/**
 * A worker joining a store replays its story log without the placement lock, so it does not hold
 * up the workers placing articles meanwhile; it reads the log a page at a time, and starts from the
 * newest snapshot of the clusterer the workers store. Real PostgreSQL: the lock is held by another
 * session while the new placer catches up.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { sharedCorpus } from '../../eval/shared.ts';
import { storyDocumentOf } from '../../src/cluster/index.ts';
import { articleFromRecord, loadBasil } from '../../src/evaluation/reuse.ts';
import { createExtractionPipeline } from '../../src/extract/index.ts';
import type { AnalysedArticle } from '../../src/pipeline/index.ts';
import { placeArrival, placementLockKey, StoryPlacer, workerClusterer } from '../../src/store/incremental.ts';
import { migrate } from '../../src/store/migrations.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { testDatabases } from '../service/postgres.ts';

const databases = testDatabases();
const { skip } = databases;

const withinSeconds = <T>(seconds: number, work: Promise<T>, what: string): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: not done in ${seconds} s`)), seconds * 1000).unref(),
    ),
  ]);

let extracted: AnalysedArticle[] | undefined;
/** Thirteen real articles (BASIL), extracted once for both tests. */
function articles(): AnalysedArticle[] {
  const pipeline = createExtractionPipeline();
  extracted ??= loadBasil(sharedCorpus())
    .slice(0, 13)
    .map((record) => pipeline.run(articleFromRecord(record)));
  return extracted;
}

/** The story one clusterer fed every article in order gives the last one. */
function expectedStoryOfLast(all: readonly AnalysedArticle[]): string | undefined {
  const clusterer = workerClusterer();
  for (const article of all) clusterer.add(storyDocumentOf(article));
  return clusterer.storyOf(all.at(-1)!.id);
}

test('a new worker replays the story log a page at a time, without the placement lock', {
  skip,
  timeout: 120_000,
}, async () => {
  const all = articles();
  const url = await databases.create();
  const engine = await openPostgres(url);
  const holder = new pg.Client({ connectionString: url });
  try {
    await migrate(engine);
    const first = new StoryPlacer({ snapshotEvery: 0 });
    for (const article of all.slice(0, 12)) await placeArrival(engine, first, article);

    // Another session holds the placement lock (a worker placing an article) throughout.
    await holder.connect();
    await holder.query('select pg_advisory_lock($1)', [placementLockKey]);
    const joining = new StoryPlacer({ replayPage: 5, snapshotEvery: 0 });
    const replayed = await withinSeconds(10, joining.catchUp(engine), 'catching up under a held lock');
    assert.equal(replayed, 12, 'every placement, read in pages of 5');
    assert.equal(await joining.catchUp(engine), 0, 'nothing new to replay');
    await holder.query('select pg_advisory_unlock($1)', [placementLockKey]);

    // The joining worker places the next article where one clusterer fed them all in order would.
    const { story } = await placeArrival(engine, joining, all[12]!);
    assert.equal(story, expectedStoryOfLast(all));
  } finally {
    await holder.end();
    await engine.close();
  }
});

test('a new worker starts from the newest snapshot and replays only the log after it', {
  skip,
  timeout: 120_000,
}, async () => {
  const all = articles();
  const engine = await openPostgres(await databases.create());
  try {
    await migrate(engine);
    // Log entries 1 to 12: the placements reaching 5 and 10 store snapshots; the newest is kept.
    const first = new StoryPlacer({ snapshotEvery: 5 });
    for (const article of all.slice(0, 12)) await placeArrival(engine, first, article);
    const kept = await engine.query<{ sequence: number }>(
      'select sequence::float8 as sequence from story_snapshots',
    );
    assert.deepEqual(
      kept.map((row) => row.sequence),
      [10],
    );

    const joining = new StoryPlacer({ snapshotEvery: 5 });
    assert.equal(await joining.catchUp(engine), 2, 'entries 11 and 12 only');
    assert.equal(joining.restoredFrom, 10);
    const { story } = await placeArrival(engine, joining, all[12]!);
    assert.equal(story, expectedStoryOfLast(all));

    // A snapshot this build cannot read is passed over for the whole log.
    await engine.query("update story_snapshots set snapshot = 'not gzip'::bytea");
    const careful = new StoryPlacer();
    assert.equal(await careful.catchUp(engine), 13);
    assert.equal(careful.restoredFrom, undefined);
  } finally {
    await engine.close();
  }
});
