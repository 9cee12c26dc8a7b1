/**
 * Reuse benchmark: candidate search + sentence alignment on 10,098 synthetic articles made from
 * the 1,683 real FNC-1 bodies (../shared/corpus/fnc1): each body as written plus five rewrites
 * (the eval's transformations: light, two medium, two heavy, different seeds), so every body
 * gives a family of six mutually derived articles (15 true pairs each). Extraction layers come
 * from a light stand-in (sentences and quotes by pattern), so the figures time reuse tracing
 * alone. All-pairs alignment over 51 million pairs cannot be run here: its time is the measured
 * mean time of aligning a sample of random pairs times the number of pairs, and its recall is
 * what the decision gives when every true pair is aligned.
 */
import { pathToFileURL } from 'node:url';
import { sharedCorpus } from '../eval/shared.ts';
import { articleFromRecord, loadFncBodies, rewriteBody, type Strength } from '../src/evaluation/reuse.ts';
import { emptyExtraction, type Span } from '../src/model/index.ts';
import type { AnalysedArticle } from '../src/pipeline/index.ts';
import { analyseReuse } from '../src/reuse/index.ts';

const variants: readonly (readonly [Strength, number])[] = [
  ['light', 1],
  ['medium', 2],
  ['medium', 3],
  ['heavy', 4],
  ['heavy', 5],
];

/** Sentences and quotes found by pattern: enough structure for reuse tracing, at no cost. */
function standIn(record: Parameters<typeof articleFromRecord>[0]): AnalysedArticle {
  const article = articleFromRecord(record);
  const sentences: { span: Span; block: number }[] = [];
  article.blocks.forEach((block, index) => {
    const pattern = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
    const text = article.text.slice(block.span[0], block.span[1]);
    for (const match of text.matchAll(pattern)) {
      const start = block.span[0] + match.index;
      const trimmed = match[0].trim();
      if (trimmed.length === 0) continue;
      const offset = match[0].indexOf(trimmed);
      sentences.push({ span: [start + offset, start + offset + trimmed.length], block: index });
    }
  });
  const quotes = [...article.text.matchAll(/["“]([^"“”]{3,400})["”]/g)].map((match) => ({
    text: match[1]!,
    speaker: null,
    span: [match.index + 1, match.index + 1 + match[1]!.length] as Span,
  }));
  return {
    ...article,
    extraction: { ...emptyExtraction, sentences, quotes },
  };
}

/** The 10,098 articles in families of six (see above) and their 25,245 derived pairs ("a b", sorted). */
export function rewriteFamilies(): { articles: AnalysedArticle[]; truePairs: Set<string> } {
  const bodies = loadFncBodies(sharedCorpus());
  const family: number[] = [];
  const articles: AnalysedArticle[] = [];
  for (const [index, { id, body }] of bodies.entries()) {
    const paragraphs = body.split(/\n+/).filter((p) => p.trim());
    articles.push(standIn({ key: `fnc1/${id}`, paragraphs }));
    family.push(index);
    for (const [strength, seed] of variants) {
      articles.push(
        standIn({
          key: `fnc1/${id}/${strength}/${seed}`,
          paragraphs: rewriteBody(body, strength, seed * 7919 + index),
        }),
      );
      family.push(index);
    }
  }
  const familyOf = new Map(articles.map((article, i) => [article.id, family[i]!]));
  const truePairs = new Set<string>();
  const byFamily = new Map<number, string[]>();
  for (const article of articles)
    byFamily.set(familyOf.get(article.id)!, [...(byFamily.get(familyOf.get(article.id)!) ?? []), article.id]);
  for (const ids of byFamily.values())
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) truePairs.add([ids[x]!, ids[y]!].sort().join(' '));
  return { articles, truePairs };
}

export async function runReuseBench(): Promise<object> {
  const { articles, truePairs } = rewriteFamilies();
  const key = (a: string, b: string) => [a, b].sort().join(' ');

  const started = performance.now();
  const analysis = analyseReuse(articles);
  const seconds = (performance.now() - started) / 1000;
  const peakRss = process.memoryUsage().rss;
  const found = analysis.reuse.filter((link) => truePairs.has(key(link.from, link.to))).length;

  // All-pairs: align every true pair (its recall) and a sample of random pairs (its cost).
  const byId = new Map(articles.map((article) => [article.id, article]));
  let truePositive = 0;
  const trueSample = [...truePairs].filter((_, i) => i % 10 === 0);
  for (const pair of trueSample) {
    const [a, b] = pair.split(' ') as [string, string];
    if (analyseReuse([byId.get(a)!, byId.get(b)!], { allPairs: true }).reuse.length > 0) truePositive++;
  }
  const sampleSize = 400;
  const sampleStarted = performance.now();
  for (let s = 0; s < sampleSize; s++) {
    const a = articles[(s * 7907) % articles.length]!;
    const b = articles[(s * 104729 + 13) % articles.length]!;
    if (a.id !== b.id) analyseReuse([a, b], { allPairs: true });
  }
  const perPair = (performance.now() - sampleStarted) / 1000 / sampleSize;
  const totalPairs = (articles.length * (articles.length - 1)) / 2;
  const allPairsSeconds = perPair * totalPairs;

  const figures = {
    benchmark: 'reuse: candidate search + alignment, one core',
    articles: articles.length,
    candidates: analysis.candidates,
    seconds: Number(seconds.toFixed(1)),
    articlesPerSecond: Math.round(articles.length / seconds),
    peakRssMegabytes: Math.round(peakRss / 1e6),
    truePairs: truePairs.size,
    recall: Number((found / truePairs.size).toFixed(3)),
    allPairsRecall: Number((truePositive / trueSample.length).toFixed(3)),
    allPairsSecondsEstimated: Math.round(allPairsSeconds),
    speedUp: Math.round(allPairsSeconds / seconds),
  };
  console.log(
    `reuse: ${figures.articles} articles, ${figures.candidates} candidate pairs, ${figures.seconds} s (${figures.articlesPerSecond} articles/s), peak RSS ${figures.peakRssMegabytes} MB\n` +
      `  recall of derived pairs ${figures.recall} (all-pairs alignment: ${figures.allPairsRecall}, on a 10 % sample of the ${figures.truePairs} true pairs)\n` +
      `  all-pairs alignment estimated at ${figures.allPairsSecondsEstimated} s: speed-up ${figures.speedUp}x`,
  );
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(JSON.stringify(await runReuseBench()));
