/**
 * Conflict detection measured on real articles with injected errors (see
 * src/evaluation/conflicts.ts): BASIL events (Fan et al. 2019) and FNC-1 bodies from the shared
 * corpus. Prints recall per kind and false conflicts per 100 clean articles, then one JSON line.
 * Run alone: `node --import tsx eval/conflicts.ts [sample]`.
 */
import { pathToFileURL } from 'node:url';
import { evaluateConflicts, formatConflictScores, readEvalCorpus } from '../src/evaluation/conflicts.ts';
import { createExtractionPipeline } from '../src/extract/index.ts';
import { sharedCorpus } from './shared.ts';

/** FNC-1 bodies read from the corpus (the evaluation uses half the sample of them). */
const fnc1Pool = 100;

export async function runConflictEval(options: { sample?: number } = {}): Promise<object> {
  const corpus = readEvalCorpus(sharedCorpus(), fnc1Pool);
  const pipeline = createExtractionPipeline();
  const report = evaluateConflicts(corpus, {
    ...(options.sample !== undefined ? { sample: options.sample } : {}),
    analyse: (article) => pipeline.run(article),
  });
  console.log('# Conflicts: injected errors in real articles (BASIL events, FNC-1 bodies)');
  console.log(formatConflictScores(report));
  const figures = {
    recall: report.recall,
    perKind: Object.fromEntries(Object.entries(report.perKind).map(([kind, s]) => [kind, s.recall])),
    injected: report.injected,
    articlesInjected: report.articlesInjected,
    falseConflictsPer100: report.falseConflictsPer100,
    cleanArticles: report.cleanArticles,
  };
  console.log(JSON.stringify(figures));
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sample = process.argv[2] ? Number(process.argv[2]) : undefined;
  await runConflictEval(sample !== undefined ? { sample } : {});
}
