/**
 * Scale benchmark of reuse candidate search, in two halves.
 *
 * 1. Equal recall on 10k: the 10,098 rewrite-family articles of bench/reuse.ts (1,683 real FNC-1
 *    bodies, each with five rewrites). Every family is analysed with all-pairs alignment, which
 *    decides which of the 25,245 derived pairs alignment can find at all (the all-pairs recall);
 *    each LSH setting's recall is the share of derived pairs that are candidates (shingle LSH or
 *    the anchor fingerprint) and that alignment then finds. Cost = measured signature + search
 *    time + candidates × the measured mean time to align one pair; all-pairs cost = every pair ×
 *    that mean (51 million pairs cannot be aligned here). The cheapest setting whose recall is
 *    within 0.001 of the all-pairs recall is the one compared (both recalls are printed).
 * 2. Scaling to 1M: a synthetic stream made from the content lemmas of the real bodies' sentences
 *    (see `syntheticStream`): stories of one to six articles, each story new wording drawn from
 *    real sentences with half the words rewritten, its later articles one-word-in-ten rewrites of
 *    the first, so the number of near-copies an article has does not grow with the collection (as
 *    in a real feed, where more articles means more stories). Their signatures are added to the
 *    in-memory LSH index (embedded mode) and to the PostgreSQL band table (worker mode, when
 *    DATABASE_URL is set; a scratch database is made and dropped). In memory, one index per size
 *    (10k, 100k, 1M) is built and 40,000 distinct fresh articles are looked up in each, the indexes
 *    taking turns (see `timeLookups`); PostgreSQL's one table is timed on 500 of them as it reaches
 *    each size. Extraction is not part of this figure: it
 *    costs the same per article whatever the collection size, and is measured in `extract`.
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import type { AnalysedArticle } from '../src/pipeline/index.ts';
import { anchorPairs, indexedPairs, shingleHashes } from '../src/reuse/candidates.ts';
import {
  analyseReuse,
  bandKeys,
  defaultCandidateOptions,
  LshIndex,
  minhashSignature,
  type ReuseDocument,
  readDocument,
} from '../src/reuse/index.ts';
import { migrate } from '../src/store/migrations.ts';
import { openPostgres } from '../src/store/postgres.ts';
import { findReuseCandidates } from '../src/store/signatures.ts';
import { seededRandom } from '../src/text/seeded-random.ts';
import { createSentenceSimilarity, defaultLexicon } from '../src/text/similarity/index.ts';
import { rewriteFamilies } from './reuse.ts';

const { maxBucket, shingleSize } = defaultCandidateOptions;
let peakRss = 0;
const noteMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return Math.round(process.memoryUsage().rss / 1e6);
};
const seconds = (since: number) => (performance.now() - since) / 1000;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

// ---------------------------------------------------------------------------------------------
// 1. Equal recall against all-pairs alignment on 10k articles.

interface Setting {
  readonly bands: number;
  readonly rows: number;
}

const settings: readonly Setting[] = [
  { bands: 24, rows: 3 },
  { bands: 20, rows: 4 },
  { bands: 32, rows: 3 },
  { bands: 20, rows: 2 },
  { bands: 32, rows: 2 },
  { bands: 48, rows: 2 },
  { bands: 64, rows: 2 },
  { bands: 32, rows: 1 },
  { bands: 64, rows: 1 },
  { bands: 128, rows: 1 },
];

/**
 * Recall counts as equal within this: pairs that share no shingle at all (heavy rewrites) are out
 * of any shingle search's reach, and a few of them hold no rare anchors either.
 */
const recallTolerance = 0.001;

/** Mean seconds to align and decide one pair: all pairs of a sample, minus reading the sample. */
function secondsPerPair(articles: readonly AnalysedArticle[]): number {
  const sample = articles.filter((_, i) => i % 127 === 0).slice(0, 70);
  const readStarted = performance.now();
  analyseReuse(sample, { candidates: { bands: 1, rows: 1, maxBucket: 0, minSharedAnchors: 1e9 } });
  const reading = seconds(readStarted);
  const started = performance.now();
  analyseReuse(sample, { allPairs: true });
  return (seconds(started) - reading) / ((sample.length * (sample.length - 1)) / 2);
}

async function equalRecall() {
  const { articles, truePairs } = rewriteFamilies();
  const idOf = articles.map((article) => article.id);
  const indexOf = new Map(idOf.map((id, index) => [id, index]));
  const count = articles.length;
  const keyOf = (pair: string) => {
    const [a, b] = pair.split(' ').map((id) => indexOf.get(id)!) as [number, number];
    return Math.min(a, b) * count + Math.max(a, b);
  };

  // What alignment finds when every pair is aligned: each family (six articles) on its own.
  const familyStarted = performance.now();
  const alignable = new Set<number>();
  for (let start = 0; start < count; start += 6) {
    for (const link of analyseReuse(articles.slice(start, start + 6), { allPairs: true }).reuse)
      alignable.add(keyOf(`${link.from} ${link.to}`));
  }
  const trueKeys = new Set([...truePairs].map(keyOf));
  const foundByAlignment = [...alignable].filter((key) => trueKeys.has(key)).length;
  const allPairsRecall = foundByAlignment / trueKeys.size;
  console.log(`  all-pairs alignment of each family: ${round(seconds(familyStarted), 1)} s`);
  noteMemory();

  const perPair = secondsPerPair(articles);
  const similarity = createSentenceSimilarity({ lexicon: defaultLexicon() });
  const readStarted = performance.now();
  const documents: ReuseDocument[] = articles.map((article) => readDocument(article, similarity));
  const readSeconds = seconds(readStarted);
  const anchorStarted = performance.now();
  const byAnchors = anchorPairs(documents, defaultCandidateOptions);
  const anchorSeconds = seconds(anchorStarted);
  const shingles = documents.map((document) => shingleHashes(document.contentLemmas, shingleSize));
  noteMemory();

  const rowsOut = settings.map((setting) => {
    const started = performance.now();
    const signatures = shingles.map((set) =>
      set.size === 0 ? null : minhashSignature(set, setting.bands * setting.rows),
    );
    const pairs = indexedPairs(signatures, { ...defaultCandidateOptions, ...setting });
    for (const key of byAnchors.keys()) pairs.add(key);
    const searchSeconds = seconds(started) + anchorSeconds;
    const found = [...trueKeys].filter((key) => pairs.has(key) && alignable.has(key)).length;
    return {
      ...setting,
      candidates: pairs.size,
      searchSeconds: round(searchSeconds),
      recall: round(found / trueKeys.size, 4),
      estimatedSeconds: round(searchSeconds + pairs.size * perPair, 1),
    };
  });
  const allPairs = (count * (count - 1)) / 2;
  const allPairsSeconds = allPairs * perPair;
  const equal = rowsOut.filter((row) => row.recall >= round(allPairsRecall, 4) - recallTolerance);
  const chosen = [...(equal.length > 0 ? equal : rowsOut)].sort((a, b) =>
    equal.length > 0 ? a.estimatedSeconds - b.estimatedSeconds : b.recall - a.recall,
  )[0]!;

  console.log(
    `  ${count} articles, ${trueKeys.size} derived pairs; reading them for reuse ${round(readSeconds, 1)} s ` +
      `(both methods pay it); aligning one pair ${round(perPair * 1e3, 3)} ms`,
  );
  console.log('  bands x rows   candidates   search s   recall   est. total s (search + alignment)');
  for (const row of rowsOut)
    console.log(
      `  ${`${row.bands} x ${row.rows}`.padEnd(13)}${String(row.candidates).padStart(11)}${String(row.searchSeconds).padStart(11)}` +
        `${row.recall.toFixed(4).padStart(9)}${String(row.estimatedSeconds).padStart(14)}`,
    );
  console.log(
    `  all-pairs: ${allPairs} pairs, recall ${allPairsRecall.toFixed(4)}, est. ${Math.round(allPairsSeconds)} s\n` +
      `  at equal recall (${equal.length > 0 ? `the cheapest setting within ${recallTolerance} of all-pairs: LSH ${chosen.bands} x ${chosen.rows} recall ${chosen.recall.toFixed(4)}, all-pairs ${allPairsRecall.toFixed(4)}` : 'NOT reached: best LSH recall shown'}): ` +
      `LSH est. ${chosen.estimatedSeconds} s vs all-pairs est. ${Math.round(allPairsSeconds)} s, ` +
      `${Math.round(allPairsSeconds / chosen.estimatedSeconds)}x faster (estimated: measured search + candidates x measured mean time per aligned pair)`,
  );
  return {
    articles: count,
    derivedPairs: trueKeys.size,
    secondsPerAlignedPair: perPair,
    allPairsRecall: round(allPairsRecall, 4),
    allPairsSecondsEstimated: Math.round(allPairsSeconds),
    settings: rowsOut,
    equalRecallReached: equal.length > 0,
    recallTolerance,
    chosen,
    speedUpEstimated: Math.round(allPairsSeconds / chosen.estimatedSeconds),
    lemmaSentences: lemmaSentences(documents.filter((_, i) => i % 6 === 0)),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Candidate search at 10k, 100k and 1M stored signatures.

const checkpoints = [10_000, 100_000, 1_000_000] as const;
/** Distinct articles looked up in every index, each once per round, as a stream meets each article once. */
const lookupCount = 40_000;
/** Lookups per timed chunk: the indexes take turns chunk by chunk. */
const chunkSize = 500;
const rounds = 5;
const { bands, rows } = defaultCandidateOptions;

/** The content lemmas of every sentence of the documents: what `syntheticStream` draws from. */
export function lemmaSentences(documents: readonly ReuseDocument[]): string[][] {
  return documents.flatMap((document) => document.sentences.map((s) => s.content.map((word) => word.lemma)));
}

/**
 * A synthetic news stream: stories of one to six articles. A story's first article draws 8–14
 * real sentences and rewrites half their words with random words of the corpus (so unrelated
 * stories share wording only by chance, as in a real feed whose number of stories grows with its
 * size); each later article of the story rewrites one word in ten of that first one (a copy
 * edited by another outlet). Stories are picked up again while they are among the latest 5,000,
 * so how many near-copies an article has does not grow with the size of the collection.
 */
export function syntheticStream(sentences: readonly (readonly string[])[], seed: number) {
  const random = seededRandom(seed);
  const pool = sentences.filter((sentence) => sentence.length > 0);
  const vocabulary = [...new Set(pool.flat())];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const rewrite = (lemmas: readonly string[], share: number) =>
    lemmas.map((lemma) => (random() < share ? pick(vocabulary) : lemma));
  const recent: { lemmas: string[]; left: number }[] = [];
  const keysOf = (lemmas: readonly string[]) =>
    bandKeys(minhashSignature(shingleHashes(lemmas, shingleSize), bands * rows), bands, rows);
  const newStory = (): string[] => {
    const lemmas: string[] = [];
    const length = 8 + Math.floor(random() * 7);
    for (let s = 0; s < length; s++) lemmas.push(...rewrite(pick(pool), 0.5));
    recent.push({ lemmas, left: Math.floor(random() * 6) });
    if (recent.length > 5_000) recent.shift();
    return lemmas;
  };
  return {
    /** The next article of the stream: a new story, or another outlet's copy of a recent one. */
    next(): number[] {
      const open = recent.length > 0 && random() < 0.6 ? pick(recent) : undefined;
      if (!open || open.left === 0) return keysOf(newStory());
      open.left--;
      return keysOf(rewrite(open.lemmas, 0.1));
    },
    /** An article of a new story that is not stored, or another copy of one of the first stories. */
    lookup(firstStories: readonly string[][]): number[] {
      return keysOf(
        random() < 0.5 || firstStories.length === 0 ? newStory() : rewrite(pick(firstStories), 0.1),
      );
    },
    stories: () => recent.map((story) => story.lemmas),
  };
}

/**
 * Mean microseconds per lookup in each index (the median of the rounds) and candidates found.
 * Each lookup is a distinct article, so the buckets it reads are not in the caches from an earlier
 * look-up of the same article, as in a stream (timing a few thousand articles over and over again
 * measured warm caches, which made the larger indexes look as fast as the small one). The indexes
 * take turns chunk by chunk, so a change in the shared machine's speed falls on each of them alike.
 */
function timeLookups(
  indexes: readonly LshIndex[],
  lookups: readonly number[][],
): { microseconds: number; found: number }[] {
  const perRound = indexes.map(() => [] as number[]);
  const found = indexes.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    const milliseconds = indexes.map(() => 0);
    for (let from = 0; from < lookups.length; from += chunkSize) {
      const chunk = lookups.slice(from, from + chunkSize);
      indexes.forEach((index, which) => {
        let candidates = 0;
        const started = performance.now();
        for (const keys of chunk) candidates += index.queryKeys(keys, maxBucket).size;
        milliseconds[which]! += performance.now() - started;
        if (round === 0) found[which]! += candidates;
      });
    }
    milliseconds.forEach((ms, which) => {
      perRound[which]!.push((ms * 1e3) / lookups.length);
    });
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return indexes.map((_, which) => ({
    microseconds: median(perRound[which]!),
    found: found[which]! / lookups.length,
  }));
}

interface PostgresBands {
  add(start: number, keys: readonly number[][]): Promise<void>;
  /** Mean milliseconds per lookup (one round trip each). */
  time(lookups: readonly number[][]): Promise<number>;
  close(): Promise<void>;
}

async function postgresBands(serverUrl: string): Promise<PostgresBands> {
  const name = `corroborate_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const engine = await openPostgres(url.toString());
  await migrate(engine);
  return {
    async add(start, keys) {
      const band: number[] = [];
      const bucket: number[] = [];
      const article: string[] = [];
      keys.forEach((list, offset) => {
        list.forEach((key, b) => {
          band.push(b);
          bucket.push(key);
          article.push(`a${start + offset}`);
        });
      });
      await engine.query(
        `insert into reuse_bands (band, bucket, article_id)
         select * from unnest($1::smallint[], $2::int[], $3::text[])`,
        [band, bucket, article],
      );
    },
    async time(lookups) {
      await engine.query('analyze reuse_bands');
      for (const keys of lookups.slice(0, 50)) await findReuseCandidates(engine, 'q', keys, maxBucket);
      const started = performance.now();
      for (const keys of lookups) await findReuseCandidates(engine, 'q', keys, maxBucket);
      return (performance.now() - started) / lookups.length;
    },
    async close() {
      await engine.close();
      const drop = new pg.Client({ connectionString: serverUrl });
      await drop.connect();
      await drop.query(`drop database if exists ${name}`);
      await drop.end();
    },
  };
}

async function scaling(sentences: readonly (readonly string[])[]) {
  const stream = syntheticStream(sentences, 20_261_203);
  const fresh = syntheticStream(sentences, 7);
  // Lookups are fixed before anything is stored, so every index is timed on the same articles:
  // half are new stories, half copies of stories among the first 2,000 stored articles.
  const firstArticles = Array.from({ length: 2_000 }, () => stream.next());
  const firstStories = stream.stories();
  const warmUp = Array.from({ length: 2_000 }, () => fresh.lookup(firstStories));
  const lookups = Array.from({ length: lookupCount }, () => fresh.lookup(firstStories));
  const databaseUrl = process.env.DATABASE_URL;
  const database = databaseUrl ? await postgresBands(databaseUrl) : undefined;
  // One index per checkpoint, each holding the stream's first `checkpoint` articles, all kept to
  // the end so that they are timed side by side.
  const indexes = checkpoints.map(() => new LshIndex(bands, rows));
  const postgresMilliseconds: number[] = [];
  const rssMegabytes: number[] = [];
  let stored = 0;
  let adds = 0;
  let signingSeconds = 0;
  let addingSeconds = 0;
  let postgresLoadSeconds = 0;
  for (const checkpoint of checkpoints) {
    while (stored < checkpoint) {
      const batch: number[][] = [];
      const signStarted = performance.now();
      if (stored === 0) batch.push(...firstArticles);
      for (let i = batch.length; i < 20_000 && stored + batch.length < checkpoint; i++)
        batch.push(stream.next());
      signingSeconds += seconds(signStarted);
      const addStarted = performance.now();
      batch.forEach((keys, offset) => {
        const article = stored + offset;
        checkpoints.forEach((limit, which) => {
          if (article >= limit) return;
          indexes[which]!.addKeys(article, keys);
          adds++;
        });
      });
      addingSeconds += seconds(addStarted);
      if (database) {
        const loadStarted = performance.now();
        await database.add(stored, batch);
        postgresLoadSeconds += seconds(loadStarted);
      }
      stored += batch.length;
      noteMemory();
    }
    // PostgreSQL holds one growing table, so it is timed at each checkpoint as it is reached.
    if (database) postgresMilliseconds.push(round(await database.time(lookups.slice(0, 500)), 3));
    rssMegabytes.push(noteMemory());
  }
  for (const index of indexes) for (const keys of warmUp) index.queryKeys(keys, maxBucket);
  const timed = timeLookups(indexes, lookups);
  const points = checkpoints.map((checkpoint, which) => ({
    stored: checkpoint,
    memoryMicroseconds: round(timed[which]!.microseconds, 2),
    candidatesPerArticle: round(timed[which]!.found, 2),
    ...(database ? { postgresMilliseconds: postgresMilliseconds[which]! } : {}),
    rssMegabytes: rssMegabytes[which]!,
  }));
  for (const point of points)
    console.log(
      `  ${String(point.stored).padStart(9)} stored: ${point.candidatesPerArticle} candidates per article; ` +
        `in memory ${point.memoryMicroseconds} µs per article` +
        `${point.postgresMilliseconds !== undefined ? `, PostgreSQL ${point.postgresMilliseconds} ms per article (one round trip)` : ''}` +
        `, RSS ${point.rssMegabytes} MB when reached`,
    );
  console.log(
    `  (in memory: ${lookupCount} distinct articles looked up in each index, median of ${rounds} rounds; the indexes take turns every ${chunkSize})`,
  );
  const ratio = (key: 'memoryMicroseconds' | 'postgresMilliseconds', a: number, b: number) => {
    const x = points[a]?.[key];
    const y = points[b]?.[key];
    return x !== undefined && y !== undefined ? round(y / x, 2) : undefined;
  };
  const ratios = {
    memory100kOver10k: ratio('memoryMicroseconds', 0, 1),
    memory1mOver100k: ratio('memoryMicroseconds', 1, 2),
    postgres100kOver10k: ratio('postgresMilliseconds', 0, 1),
    postgres1mOver100k: ratio('postgresMilliseconds', 1, 2),
  };
  console.log(
    `  scaling ratio (time per article at 10x the articles / at 1x): in memory 100k/10k ${ratios.memory100kOver10k}, ` +
      `1M/100k ${ratios.memory1mOver100k}` +
      (database
        ? `; PostgreSQL 100k/10k ${ratios.postgres100kOver10k}, 1M/100k ${ratios.postgres1mOver100k}`
        : '; PostgreSQL not measured (no DATABASE_URL)'),
  );
  console.log(
    `  making signatures (shingles + MinHash ${bands}x${rows}): ${Math.round(stored / signingSeconds)} articles/s; ` +
      `adding to an in-memory index: ${Math.round(adds / addingSeconds)} articles/s` +
      (database
        ? `; loading the PostgreSQL band table: ${Math.round(stored / postgresLoadSeconds)} articles/s`
        : ''),
  );
  return {
    points,
    ratios,
    signaturesPerSecond: Math.round(stored / signingSeconds),
    indexAddsPerSecond: Math.round(adds / addingSeconds),
  };
}

export async function runScaleBench(): Promise<object> {
  console.log('## equal recall against all-pairs alignment, 10k articles, one core');
  const { lemmaSentences, ...recall } = await equalRecall();
  console.log('## candidate search per article at 10k, 100k and 1M stored signatures, one core');
  const scale = await scaling(lemmaSentences);
  const figures = { recall, scale, peakRssMegabytes: Math.round(peakRss / 1e6) };
  console.log(
    `  peak RSS ${figures.peakRssMegabytes} MB (the machine has 2 cores shared with others: indicative)`,
  );
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(JSON.stringify(await runScaleBench()));
