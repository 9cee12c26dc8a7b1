/**
 * One big story: a wire report and its rewrites, as when fifty outlets run one agency's copy. The
 * story's analysis is timed with 10, 25, 50 and 100 members, in its two parts: reuse tracing
 * (candidate search, then sentence alignment of every candidate pair: here nearly every pair is
 * one) and the cross-check (fact alignment, conflicts, timeline, reliability).
 *
 * The report is real: the first FNC-1 body of 3,500 to 5,000 characters in ../shared/corpus/fnc1. Its rewrites
 * are the reuse evaluation's (`rewriteBody`: light, medium and heavy in turn, each with a seed of
 * its own), all published the same day. Every article is extracted by the real pipeline before
 * anything is timed, and the 10-member story is analysed once untimed to warm the JIT up. Pairs
 * grow with the square of the members, so the figure to watch is the time per pair.
 * Nothing is compared to a stored baseline.
 */
import { pathToFileURL } from 'node:url';
import { sharedCorpus } from '../eval/shared.ts';
import { loadFncBodies, rewriteBody } from '../src/evaluation/reuse.ts';
import { createExtractionPipeline } from '../src/extract/index.ts';
import { assembleArticle, defaultLimits, loadLanguageDetector } from '../src/ingest/index.ts';
import type { AnalysedArticle } from '../src/pipeline/index.ts';
import { analyseReuse } from '../src/reuse/index.ts';
import { crossCheck } from '../src/verify/index.ts';
import { draftOf, paragraphsOf } from './end-to-end.ts';

const memberCounts = [10, 25, 50, 100] as const;
const strengths = ['light', 'medium', 'heavy'] as const;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** The report and its rewrites, extracted: `count` articles, the report first. */
async function storyOf(count: number): Promise<AnalysedArticle[]> {
  const body = loadFncBodies(sharedCorpus()).find(({ body }) => body.length >= 3_500 && body.length <= 5_000);
  if (!body) throw new Error('bench story: no FNC-1 body of 3,500 to 5,000 characters');
  const pipeline = createExtractionPipeline();
  const detectLanguage = await loadLanguageDetector();
  return Array.from({ length: count }, (_, index) => {
    const paragraphs =
      index === 0 ? paragraphsOf(body.body) : rewriteBody(body.body, strengths[index % 3]!, 7919 * index + 1);
    const draft = draftOf(`fnc1/${body.id}/${index}`, paragraphs);
    return pipeline.run(assembleArticle(draft, { limits: defaultLimits, detectLanguage }));
  });
}

/** Reuse tracing and the cross-check of a story of `members`, timed apart. */
function analyse(members: readonly AnalysedArticle[]) {
  let started = performance.now();
  const reuse = analyseReuse(members);
  const reuseSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  crossCheck(members, reuse.independentGroups);
  const crossCheckSeconds = (performance.now() - started) / 1000;
  return { pairsAligned: reuse.pairs.length, reuseSeconds, crossCheckSeconds };
}

/** Runs the benchmark, prints its figures and returns them. */
export async function runStoryBench(): Promise<object> {
  const articles = await storyOf(Math.max(...memberCounts));
  analyse(articles.slice(0, memberCounts[0]));
  const points = memberCounts.map((members) => {
    const timed = analyse(articles.slice(0, members));
    const seconds = timed.reuseSeconds + timed.crossCheckSeconds;
    return {
      members,
      pairsAligned: timed.pairsAligned,
      reuseSeconds: round(timed.reuseSeconds),
      crossCheckSeconds: round(timed.crossCheckSeconds),
      seconds: round(seconds),
      millisecondsPerPair: round((1000 * seconds) / Math.max(1, timed.pairsAligned)),
    };
  });
  console.log(
    `one story of a report and its rewrites (${articles[0]!.text.length} characters), analysed on one core:\n` +
      points
        .map(
          (point) =>
            `  ${String(point.members).padStart(3)} members: ${point.pairsAligned} pairs aligned; reuse ${point.reuseSeconds} s, ` +
            `cross-check ${point.crossCheckSeconds} s; ${point.millisecondsPerPair} ms per pair`,
        )
        .join('\n'),
  );
  return { benchmark: 'one big story, one core', points };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runStoryBench();
