/**
 * End to end: the cost of adding one fresh article to a collection of 10k, 100k and 1M stored
 * articles, the embedded way (one process, everything in memory), split into its parts:
 * - ingest+extract: the article's draft is assembled (block classification, language, id) and run
 *   through every extraction stage, one article at a time, as it arrives;
 * - placement: its story document (`storyDocumentOf`) is placed by the streaming `StoryClusterer`
 *   that holds the collection's story documents;
 * - candidate search: its shingle signature (`articleSignature`) is made, the `LshIndex` holding
 *   the collection's signatures is queried with its band keys, and the article is added to it;
 * - alignment: the article is aligned with every candidate found that has text, and each pair is
 *   decided (`analyseReuse` over the article and those candidates, given exactly those pairs).
 *
 * The fresh articles are real text: 300 FNC-1 bodies (every fifth of ../shared/corpus/fnc1), the
 * same at every size, dated with a fixed day. Half of them are new stories; the other half each
 * have two earlier versions stored (a light and a medium rewrite by the reuse evaluation's
 * `rewriteBody`, extracted by the real pipeline, placed and indexed last, so they are the newest
 * stored articles), which the search should find and alignment then decides.
 *
 * How each collection is made (each size is built afresh by the product's own code, so the
 * measured articles meet exactly that many stored articles and none of the other sizes' fresh
 * ones): the 300 stored rewrites above, and for the rest, synthetic articles from two existing
 * generators. Their story documents come from bench/cluster.ts's stream (real Google News titles,
 * a made-up name per story, 400 stories a day) dated so that the stream ends on the fresh
 * articles' day, and are added to a new `StoryClusterer` one by one. Their signatures come from
 * bench/scale.ts's stream (stories of one to six articles made from the real FNC-1 bodies'
 * sentence lemmas, half the words rewritten) and are added to a new `LshIndex` by band key. The
 * i-th synthetic article is the i-th document of one stream and the i-th signature of the other:
 * the two halves of a synthetic article are not of the same text, and a synthetic article has no
 * text, so a synthetic candidate is counted but cannot be aligned (few are found: the generators'
 * wording meets real bodies only by chance, more often the more are stored); the output gives what
 * aligning them would add at the measured time per aligned pair, as an estimate kept apart. Not
 * included: storing anything (the embedded store's write), the rare-anchor half of the candidate
 * search and the rewrite of the article's story (its reuse among all members and its
 * cross-check), which worker mode runs per story (see
 * src/store/incremental.ts), and the clusterer's batch repair. Extraction caches (the lexicon's
 * WordNet look-ups) are warm, as in a long-running process: every FNC-1 body is extracted once
 * before measuring, which also warms up the JIT and gives the signature generator its sentences,
 * and the fresh articles are then added once, untimed, to a collection of the stored rewrites
 * alone, so placement, search and alignment are warm too.
 *
 * One core; figures are wall-clock time per part (and CPU time for the whole, steadier on a shared
 * machine), means over the fresh articles. The 1M collection is built only if the 10k and 100k
 * builds say it fits: its heap, projected linearly from theirs, must stay under 90 % of the heap
 * limit, and the time so far plus its projected build time under `partBudgetSeconds`; otherwise
 * the output says it was not measured, and why. The linear projection runs short (here 298-350 s
 * projected for 1M builds that took 455-568 s: garbage collection grows with the heap), so the
 * guard only stops a machine far slower than this one, and the part takes 9-11 minutes here,
 * most of it building the 1M collection. That collection holds about 3.5 GB of heap, hence
 * `--max-old-space-size=5120` in `npm run bench`.
 * Nothing is compared to a stored baseline.
 */
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { sharedCorpus } from '../eval/shared.ts';
import {
  dayNumber,
  isoDay,
  StoryClusterer,
  type StoryDocument,
  storyDocumentOf,
} from '../src/cluster/index.ts';
import { loadFncBodies, rewriteBody } from '../src/evaluation/reuse.ts';
import { createExtractionPipeline } from '../src/extract/index.ts';
import {
  type ArticleDraft,
  assembleArticle,
  defaultLimits,
  type LanguageDetector,
  loadLanguageDetector,
} from '../src/ingest/index.ts';
import type { AnalysedArticle, Pipeline } from '../src/pipeline/index.ts';
import {
  analyseReuse,
  articleSignature,
  bandKeys,
  defaultCandidateOptions,
  LshIndex,
  pairKey,
  readDocument,
} from '../src/reuse/index.ts';
import { createSentenceSimilarity, defaultLexicon } from '../src/text/similarity/index.ts';
import { MemoryPeaks, realTitles, syntheticStream as storyStream } from './cluster.ts';
import { PartTimes } from './extract.ts';
import { lemmaSentences, syntheticStream as signatureStream } from './scale.ts';

const sizes = [10_000, 100_000, 1_000_000] as const;
const freshCount = 300;
/** The fresh articles' publication day; the synthetic stories end on it. */
const today = dayNumber('2017-06-01')!;
/** bench/cluster.ts's stream: 400 stories a day, every other one with a second report. */
const documentsPerDay = 600;
/** A collection is built only if the part is projected to end within this (about ten minutes). */
const partBudgetSeconds = 600;
const partNames = ['ingest+extract', 'placement', 'candidate search', 'alignment'] as const;
const { bands, rows, maxBucket } = defaultCandidateOptions;

const seconds = (since: number) => (performance.now() - since) / 1000;
const megabytes = (bytes: number) => Math.round(bytes / 1e6);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export const draftOf = (path: string, paragraphs: readonly string[]): ArticleDraft => ({
  path,
  published: isoDay(today),
  publishedFrom: 'metadata',
  blocks: paragraphs.map((text) => ({ text })),
});
export const paragraphsOf = (body: string) => body.split(/\n+/).filter((paragraph) => paragraph.trim());

/** A stored article with text: what the clusterer and the index are given, made once. */
interface StoredArticle {
  readonly article: AnalysedArticle;
  readonly document: StoryDocument;
  readonly keys: number[] | undefined;
}

interface Arrivals {
  readonly pipeline: Pipeline;
  readonly detectLanguage: LanguageDetector;
  readonly fresh: readonly ArticleDraft[];
  readonly stored: readonly StoredArticle[];
  readonly sentences: readonly (readonly string[])[];
  readonly titles: readonly string[][];
}

const lexicon = defaultLexicon();
const keysOf = (article: AnalysedArticle) => {
  const signature = articleSignature(article, { lexicon });
  return signature ? bandKeys(signature, bands, rows) : undefined;
};

/** Extracts every FNC-1 body once (warm-up and the signature generator's sentences), then the stored rewrites. */
async function prepare(): Promise<Arrivals> {
  const pipeline = createExtractionPipeline();
  const detectLanguage = await loadLanguageDetector();
  const extract = (draft: ArticleDraft) =>
    pipeline.run(assembleArticle(draft, { limits: defaultLimits, detectLanguage }));
  const bodies = loadFncBodies(sharedCorpus());
  const similarity = createSentenceSimilarity({ lexicon });
  const documents = bodies.map(({ id, body }) =>
    readDocument(extract(draftOf(`fnc1/${id}`, paragraphsOf(body))), similarity),
  );
  const chosen = bodies.filter((_, index) => index % 5 === 0).slice(0, freshCount);
  const stored = chosen
    .filter((_, index) => index % 2 === 0)
    .flatMap(({ id, body }, index) =>
      (['light', 'medium'] as const).map((strength) => {
        const article = extract(
          draftOf(`fnc1/${id}/${strength}`, rewriteBody(body, strength, 7919 * index + 1)),
        );
        return { article, document: storyDocumentOf(article), keys: keysOf(article) };
      }),
    );
  return {
    pipeline,
    detectLanguage,
    fresh: chosen.map(({ id, body }) => draftOf(`fnc1/${id}`, paragraphsOf(body))),
    stored,
    sentences: lemmaSentences(documents),
    titles: realTitles(),
  };
}

interface Collection {
  readonly clusterer: StoryClusterer;
  readonly index: LshIndex;
  /** Articles with text, by their number in the index. */
  readonly texts: Map<number, AnalysedArticle>;
  readonly size: number;
  readonly buildSeconds: number;
  readonly heapMegabytes: number;
}

function buildCollection(size: number, arrivals: Arrivals, memory: MemoryPeaks): Collection {
  const started = performance.now();
  const clusterer = new StoryClusterer();
  const index = new LshIndex(bands, rows);
  const texts = new Map<number, AnalysedArticle>();
  const synthetic = size - arrivals.stored.length;
  const documents = storyStream(arrivals.titles, today - Math.floor(synthetic / documentsPerDay));
  const signatures = signatureStream(arrivals.sentences, 20_261_203);
  for (let number = 0; number < synthetic; number++) {
    clusterer.add(documents.next().value as StoryDocument);
    index.addKeys(number, signatures.next());
    if (number % 50_000 === 0) memory.sample();
  }
  arrivals.stored.forEach(({ article, document, keys }, offset) => {
    clusterer.add(document);
    if (keys) index.addKeys(synthetic + offset, keys);
    texts.set(synthetic + offset, article);
  });
  memory.sample();
  const heapMegabytes = megabytes(process.memoryUsage().heapUsed);
  return { clusterer, index, texts, size, buildSeconds: seconds(started), heapMegabytes };
}

interface Point {
  readonly stored: number;
  readonly stories: number;
  readonly buildSeconds: number;
  /** Heap used once the collection is built. */
  readonly heapMegabytes: number;
  readonly millisecondsPerArticle: Record<string, number>;
  readonly endToEndMilliseconds: number;
  readonly articlesPerSecond: number;
  readonly cpuMillisecondsPerArticle: number;
  readonly candidatesPerArticle: number;
  readonly syntheticCandidatesPerArticle: number;
  /** Mean time to align and decide one pair (the alignment time over the pairs aligned). */
  readonly millisecondsPerAlignedPair: number;
  readonly reuseFound: number;
  readonly joinedStories: number;
  readonly rssMegabytes: number;
}

/** Adds every fresh article to the collection, end to end, timing each part. */
function addFresh(collection: Collection, arrivals: Arrivals, memory: MemoryPeaks): Point {
  const { clusterer, index, texts } = collection;
  const parts = new PartTimes();
  let number = collection.size;
  let candidates = 0;
  let synthetic = 0;
  let reuseFound = 0;
  let aligned = 0;
  let joined = 0;
  const storiesBefore = clusterer.storyCount;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const draft of arrivals.fresh) {
    const article = parts.time('ingest+extract', () =>
      arrivals.pipeline.run(
        assembleArticle(draft, { limits: defaultLimits, detectLanguage: arrivals.detectLanguage }),
      ),
    );
    parts.time('placement', () => {
      clusterer.add(storyDocumentOf(article));
      if (clusterer.assignment(article.id)?.similarity) joined++;
    });
    const found = parts.time('candidate search', () => {
      const keys = keysOf(article);
      if (!keys) return [];
      const shared = index.queryKeys(keys, maxBucket);
      index.addKeys(number, keys);
      texts.set(number++, article);
      return [...shared.keys()];
    });
    const withText = found.flatMap((candidate) => texts.get(candidate) ?? []);
    candidates += found.length;
    synthetic += found.length - withText.length;
    aligned += withText.length;
    if (withText.length > 0)
      reuseFound += parts.time(
        'alignment',
        () =>
          analyseReuse([article, ...withText], {
            lexicon,
            shinglePairs: new Set(withText.map((candidate) => pairKey(article.id, candidate.id))),
            candidates: { minSharedAnchors: Number.POSITIVE_INFINITY },
          }).reuse.length,
      );
    memory.sample();
  }
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const count = arrivals.fresh.length;
  const millisecondsPerArticle = Object.fromEntries(
    partNames.map((part) => [part, round((parts.milliseconds.get(part) ?? 0) / count, 3)]),
  );
  return {
    stored: collection.size,
    stories: storiesBefore,
    buildSeconds: round(collection.buildSeconds, 1),
    heapMegabytes: collection.heapMegabytes,
    millisecondsPerArticle,
    endToEndMilliseconds: round(wall / count, 3),
    articlesPerSecond: Math.round((1000 * count) / wall),
    cpuMillisecondsPerArticle: round((used.user + used.system) / 1000 / count, 3),
    candidatesPerArticle: round(candidates / count),
    syntheticCandidatesPerArticle: round(synthetic / count),
    millisecondsPerAlignedPair: round((parts.milliseconds.get('alignment') ?? 0) / Math.max(aligned, 1), 3),
    reuseFound,
    joinedStories: joined,
    rssMegabytes: megabytes(process.memoryUsage().rss),
  };
}

function print(point: Point): void {
  const parts = partNames
    .map(
      (part) =>
        `${part} ${point.millisecondsPerArticle[part]} ms (${Math.round(1000 / point.millisecondsPerArticle[part]!)}/s)`,
    )
    .join(', ');
  console.log(
    `  ${String(point.stored).padStart(9)} stored (${point.stories} stories; built in ${point.buildSeconds} s, heap ${point.heapMegabytes} MB): ` +
      `end to end ${point.endToEndMilliseconds} ms per article, ${point.articlesPerSecond} articles/s ` +
      `(CPU ${point.cpuMillisecondsPerArticle} ms per article)\n` +
      `            ${parts}\n` +
      `            ${point.candidatesPerArticle} candidates per article (${point.syntheticCandidatesPerArticle} synthetic, not aligned` +
      (point.syntheticCandidatesPerArticle > 0
        ? `: at the measured ${point.millisecondsPerAlignedPair} ms per aligned pair they would add about ` +
          `${round(point.syntheticCandidatesPerArticle * point.millisecondsPerAlignedPair)} ms per article, an estimate not counted above`
        : '') +
      '); ' +
      `${point.reuseFound} reuse links found; ${point.joinedStories} of ${freshCount} joined a stored story; RSS ${point.rssMegabytes} MB`,
  );
}

/**
 * Why a collection cannot be built here, if it cannot: its heap and build time projected from the
 * growth between the two collections built before it.
 */
function doesNotFit(size: number, built: readonly Point[], elapsedSeconds: number): string | undefined {
  const [before, last] = built.slice(-2);
  if (!before || !last) return undefined;
  const more = (size - last.stored) / (last.stored - before.stored);
  const heap = last.heapMegabytes + more * (last.heapMegabytes - before.heapMegabytes);
  const limit = megabytes(getHeapStatistics().heap_size_limit);
  if (heap > 0.9 * limit)
    return `its heap, projected from the 10k and 100k builds (${Math.round(heap)} MB), exceeds 90 % of the ${limit} MB limit`;
  const build = last.buildSeconds + more * (last.buildSeconds - before.buildSeconds);
  if (elapsedSeconds + build > partBudgetSeconds)
    return (
      `building it, projected from the 10k and 100k builds at ${Math.round(build)} s, would take this part ` +
      `(${Math.round(elapsedSeconds)} s so far) past its ${partBudgetSeconds} s budget`
    );
  return undefined;
}

export async function runEndToEndBench(): Promise<object> {
  const memory = new MemoryPeaks();
  const partStarted = performance.now();
  const arrivals = await prepare();
  // The whole path warmed up before anything is timed: the fresh articles are added once to a
  // collection of the stored rewrites alone.
  addFresh(buildCollection(arrivals.stored.length, arrivals, memory), arrivals, memory);
  console.log(
    `  ${arrivals.fresh.length} fresh FNC-1 articles measured at each size (${arrivals.stored.length} stored rewrites of half of them); ` +
      `warm-up and preparation ${round(seconds(partStarted), 1)} s`,
  );
  const points: Point[] = [];
  const notMeasured: { stored: number; reason: string }[] = [];
  for (const size of sizes) {
    const reason = doesNotFit(size, points, seconds(partStarted));
    if (reason) {
      notMeasured.push({ stored: size, reason });
      console.log(`  ${String(size).padStart(9)} stored: NOT measured: ${reason}`);
      continue;
    }
    // (The collection is only referenced inside addFresh, so it can go before the next is built.)
    const point = addFresh(buildCollection(size, arrivals, memory), arrivals, memory);
    points.push(point);
    print(point);
  }
  const ratio = (small: number, large: number) => {
    const a = points.find((point) => point.stored === small);
    const b = points.find((point) => point.stored === large);
    return a && b ? round(b.endToEndMilliseconds / a.endToEndMilliseconds) : undefined;
  };
  const ratios = { '100k/10k': ratio(10_000, 100_000), '1M/100k': ratio(100_000, 1_000_000) };
  console.log(
    `  scaling ratio of the end-to-end time per article (at 10x the stored articles / at 1x): ` +
      `100k/10k ${ratios['100k/10k'] ?? 'not measured'}, 1M/100k ${ratios['1M/100k'] ?? 'not measured'}`,
  );
  console.log(
    `  peak RSS ${megabytes(memory.rss)} MB, peak heap ${megabytes(memory.heap)} MB (one core; the machine has 2 cores shared with others: indicative)`,
  );
  return {
    benchmark:
      'end to end: ingest+extract, placement, candidate search, alignment per fresh article, one core',
    freshArticles: arrivals.fresh.length,
    storedRewrites: arrivals.stored.length,
    points,
    notMeasured,
    ratios,
    peakRssMegabytes: megabytes(memory.rss),
    peakHeapMegabytes: megabytes(memory.heap),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(JSON.stringify(await runEndToEndBench()));
