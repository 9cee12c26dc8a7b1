/**
 * Ingest + extract throughput on one core, on real article text.
 * Articles are made from BASIL bodies (../shared/corpus/basil): paragraphs are taken in order
 * until an article reaches about 4 KB, until the set holds at least 10 MB of text. Each article is
 * assembled from its draft (block classification, date inference, language, id) and run through
 * every extraction stage. Figures are measured here, on this machine; nothing is compared to a
 * stored baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedCorpus } from '../eval/shared.ts';
import { loadRecogniser } from '../src/extract/entities/index.ts';
import { extractionStages } from '../src/extract/index.ts';
import type { ArticleDraft, LanguageDetector } from '../src/ingest/index.ts';
import { assembleArticle, defaultLimits, loadLanguageDetector } from '../src/ingest/index.ts';
import { analysisBatchSize, buildPipeline, type Stage } from '../src/pipeline/index.ts';

const targetBytes = 10 * 1024 * 1024;
const articleBytes = 4096;

function basilParagraphs(): { date: string; paragraphs: string[] }[] {
  const root = join(sharedCorpus(), 'basil', 'articles');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    // BASIL keeps each paragraph as a list of sentences.
    const json = JSON.parse(readFileSync(join(root, file), 'utf8')) as {
      date?: string;
      'body-paragraphs'?: (string | string[])[];
    };
    const paragraphs = (json['body-paragraphs'] ?? []).map((p) => (Array.isArray(p) ? p.join(' ') : p));
    return { date: json.date ?? '', paragraphs: paragraphs.filter((p) => p.trim()) };
  });
}

export function benchDrafts(): ArticleDraft[] {
  const sources = basilParagraphs().filter((s) => s.paragraphs.length > 0);
  const drafts: ArticleDraft[] = [];
  let total = 0;
  for (let round = 0; total < targetBytes; round++) {
    for (const source of sources) {
      let size = 0;
      const blocks: { text: string }[] = [];
      // Rotating the start paragraph each round gives distinct articles from the same text.
      for (let i = 0; size < articleBytes && i < source.paragraphs.length * 2; i++) {
        const paragraph = source.paragraphs[(i + round) % source.paragraphs.length]!;
        blocks.push({ text: paragraph });
        size += Buffer.byteLength(paragraph) + 2;
      }
      drafts.push({
        path: `bench#${drafts.length}`,
        published: source.date,
        publishedFrom: 'metadata',
        blocks,
      });
      total += size;
      if (total >= targetBytes) break;
    }
  }
  return drafts;
}

/** Milliseconds spent in each named part, so the figures say where the time goes. */
export class PartTimes {
  readonly milliseconds = new Map<string, number>();

  time<T>(part: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.milliseconds.set(part, (this.milliseconds.get(part) ?? 0) + performance.now() - started);
    }
  }

  seconds(): Record<string, number> {
    return Object.fromEntries(
      [...this.milliseconds].map(([part, ms]) => [part, Number((ms / 1000).toFixed(2))]),
    );
  }
}

/** Articles analysed before the measured pass (and timed as the cold-start rate). */
const warmUpArticles = 500;

export async function runExtractBench(): Promise<object> {
  const drafts = benchDrafts();
  const parts = new PartTimes();
  const languageDetector = await loadLanguageDetector();
  const detectLanguage: LanguageDetector = (text) =>
    parts.time('ingest: language', () => languageDetector(text));
  const timed = (stage: Stage): Stage => ({
    ...stage,
    run: (article, layers) => parts.time(`extract: ${stage.name}`, () => stage.run(article, layers)),
  });
  const pipeline = buildPipeline(extractionStages(loadRecogniser()).map(timed));
  // Warm up the JIT so the figure is steady-state throughput, the rate of a long-running `serve`,
  // `watch` or worker. V8 keeps optimising the rule-heavy stages (people, quotes, dates) for a few
  // hundred articles: after 50 the measured pass still ran them 3-5x slower at first. The warm-up
  // is timed too and printed as the cold-start rate a one-off `analyze` of a few hundred files sees.
  const warmUp = drafts.slice(0, warmUpArticles);
  const warmUpStarted = performance.now();
  for (const draft of warmUp) pipeline.run(assembleArticle(draft, { limits: defaultLimits, detectLanguage }));
  const coldArticlesPerSecond = Math.round(warmUp.length / ((performance.now() - warmUpStarted) / 1000));
  parts.milliseconds.clear();

  let bytes = 0;
  let peakRss = process.memoryUsage().rss;
  const started = performance.now();
  // In batches, as `corroborate analyze` and the store run it (see Pipeline.runBatch).
  for (let from = 0; from < drafts.length; from += analysisBatchSize) {
    const articles = drafts
      .slice(from, from + analysisBatchSize)
      .map((draft) =>
        parts.time('ingest: assemble', () =>
          assembleArticle(draft, { limits: defaultLimits, detectLanguage }),
        ),
      );
    for (const article of articles) bytes += Buffer.byteLength(article.text);
    pipeline.runBatch(articles);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const figures = {
    benchmark: 'ingest+extract, one core',
    articles: drafts.length,
    meanArticleBytes: Math.round(bytes / drafts.length),
    megabytes: Number((bytes / 1e6).toFixed(2)),
    seconds: Number(seconds.toFixed(2)),
    articlesPerSecond: Math.round(drafts.length / seconds),
    megabytesPerSecond: Number((bytes / 1e6 / seconds).toFixed(2)),
    peakRssMegabytes: Math.round(peakRss / 1e6),
    /** The first `warmUpArticles` from a fresh start, JIT warming up included. */
    coldStartArticlesPerSecond: coldArticlesPerSecond,
    /** Seconds per part; assembling includes language detection. */
    partSeconds: parts.seconds(),
  };
  console.log(
    `ingest+extract: ${figures.articles} articles (${figures.megabytes} MB, mean ${figures.meanArticleBytes} B) in ${figures.seconds} s\n` +
      `  ${figures.articlesPerSecond} articles/s, ${figures.megabytesPerSecond} MB/s, peak RSS ${figures.peakRssMegabytes} MB (steady state)\n` +
      `  cold start: ${coldArticlesPerSecond} articles/s over the first ${warmUp.length} articles (JIT warming up)\n` +
      `  seconds per part: ${Object.entries(figures.partSeconds)
        .map(([part, partSeconds]) => `${part} ${partSeconds}`)
        .join(', ')}`,
  );
  console.log(JSON.stringify(figures));
  return figures;
}
