/**
 * A worker joining a store replays its story log without the placement lock, so it does not hold
 * up the workers placing articles meanwhile; and it reads the log a page at a time. Real
 * PostgreSQL: the lock is held by another session while the new placer catches up.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { sharedCorpus } from '../../eval/shared.ts';
import { storyDocumentOf } from '../../src/cluster/index.ts';
import { articleFromRecord, loadBasil } from '../../src/evaluation/reuse.ts';
import { createExtractionPipeline } from '../../src/extract/index.ts';
import { placeArrival, placementLockKey, StoryPlacer, workerClusterer } from '../../src/store/incremental.ts';
import { migrate } from '../../src/store/migrations.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { createTestDatabase, serverUrl, type TestDatabase } from '../service/postgres.ts';

const server = serverUrl();
const skip = 'skip' in server ? server.skip : false;
let database: TestDatabase | undefined;

before(async () => {
  if ('url' in server) database = await createTestDatabase(server.url);
});
after(async () => {
  await database?.drop();
});

const withinSeconds = <T>(seconds: number, work: Promise<T>, what: string): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: not done in ${seconds} s`)), seconds * 1000).unref(),
    ),
  ]);

test('a new worker replays the story log a page at a time, without the placement lock', {
  skip,
  timeout: 120_000,
}, async () => {
  const pipeline = createExtractionPipeline();
  const articles = loadBasil(sharedCorpus())
    .slice(0, 13)
    .map((record) => pipeline.run(articleFromRecord(record)));
  const engine = await openPostgres(database!.url);
  const holder = new pg.Client({ connectionString: database!.url });
  try {
    await migrate(engine);
    const first = new StoryPlacer();
    for (const article of articles.slice(0, 12)) await placeArrival(engine, first, article);

    // Another session holds the placement lock (a worker placing an article) throughout.
    await holder.connect();
    await holder.query('select pg_advisory_lock($1)', [placementLockKey]);
    const joining = new StoryPlacer(5);
    const replayed = await withinSeconds(10, joining.catchUp(engine), 'catching up under a held lock');
    assert.equal(replayed, 12, 'every placement, read in pages of 5');
    assert.equal(await joining.catchUp(engine), 0, 'nothing new to replay');
    await holder.query('select pg_advisory_unlock($1)', [placementLockKey]);

    // The joining worker places the next article where one clusterer fed them all in order would.
    const clusterer = workerClusterer();
    for (const article of articles) clusterer.add(storyDocumentOf(article));
    const { story } = await placeArrival(engine, joining, articles[12]!);
    assert.equal(story, clusterer.storyOf(articles[12]!.id));
  } finally {
    await holder.end();
    await engine.close();
  }
});
