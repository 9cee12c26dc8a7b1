/**
 * `npm run eval`: every quality figure the project tracks, measured against labelled data and
 * printed, then one JSON line with all of them. `npm run eval -- entities extraction` runs only the
 * named parts. Parts:
 *   entities    named entities on CoNLL-2003 dev (testa; never trained or tuned on)
 *   extraction  entity, title, date and quote-speaker accuracy on the hand-labelled development sets
 *               (eval/extraction, eval/extraction-dev2 and on: looked at while building; those up to
 *               dev37 are also the entity tagger's training data) and the held-out sets (eval/extraction-heldout,
 *               eval/extraction-heldout2: never tuned or trained on)
 *   stories     story grouping on BASIL (overall and per year), Google News titles, the seeds
 *   reuse       paraphrase (MSRP), false reuse on BASIL, a generated rewrite set, the seeds
 *   conflicts   recall of injected errors by kind and false conflicts per 100 clean articles
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluateExtraction } from '../src/cli/eval.ts';
import { evaluateEntitiesFile, formatEntityScores } from '../src/evaluation/entities.ts';
import {
  type ExtractionScores,
  formatExtractionScores,
  formatPooledScores,
  poolExtractionScores,
} from '../src/evaluation/extraction.ts';
import { entityTrainingSets } from '../src/evaluation/extraction-training.ts';
import { runConflictEval } from './conflicts.ts';
import { runParts } from './parts.ts';
import { runReuseEval } from './reuse.ts';
import { sharedCorpus } from './shared.ts';
import { runStoryEval } from './stories.ts';

async function entities(): Promise<object> {
  const scores = evaluateEntitiesFile(join(sharedCorpus(), 'conll2003', 'dev.txt'));
  console.log(formatEntityScores(scores));
  return scores;
}

const trainedOn = new Set(entityTrainingSets);

async function extraction(): Promise<object> {
  const results: Record<string, object> = {};
  for (const [name, folder] of [
    ['development', 'extraction'],
    ['development2', 'extraction-dev2'],
    ['development3', 'extraction-dev3'],
    ['development4', 'extraction-dev4'],
    ['development5', 'extraction-dev5'],
    ['development6', 'extraction-dev6'],
    ['development7', 'extraction-dev7'],
    ['development8', 'extraction-dev8'],
    ['development9', 'extraction-dev9'],
    ['development10', 'extraction-dev10'],
    ['development11', 'extraction-dev11'],
    ['development12', 'extraction-dev12'],
    ['development13', 'extraction-dev13'],
    ['development14', 'extraction-dev14'],
    ['development15', 'extraction-dev15'],
    ['development16', 'extraction-dev16'],
    ['development17', 'extraction-dev17'],
    ['development18', 'extraction-dev18'],
    ['development19', 'extraction-dev19'],
    ['development20', 'extraction-dev20'],
    ['development21', 'extraction-dev21'],
    ['development22', 'extraction-dev22'],
    ['development23', 'extraction-dev23'],
    ['development24', 'extraction-dev24'],
    ['development25', 'extraction-dev25'],
    ['development26', 'extraction-dev26'],
    ['development27', 'extraction-dev27'],
    ['development28', 'extraction-dev28'],
    ['development29', 'extraction-dev29'],
    ['development30', 'extraction-dev30'],
    ['development31', 'extraction-dev31'],
    ['development32', 'extraction-dev32'],
    ['development33', 'extraction-dev33'],
    ['development34', 'extraction-dev34'],
    ['development35', 'extraction-dev35'],
    ['development36', 'extraction-dev36'],
    ['development37', 'extraction-dev37'],
    ['development38', 'extraction-dev38'],
    ['development39', 'extraction-dev39'],
    ['development40', 'extraction-dev40'],
    ['development41', 'extraction-dev41'],
    ['development42', 'extraction-dev42'],
    ['heldOut', 'extraction-heldout'],
    ['heldOut2', 'extraction-heldout2'],
  ] as const) {
    const directory = resolve(import.meta.dirname, folder);
    if (!existsSync(join(directory, 'labels.json'))) continue;
    const kind = name.startsWith('heldOut')
      ? 'held-out set (never tuned or trained on)'
      : trainedOn.has(folder)
        ? 'development set (looked at while building; the entity tagger is trained on it)'
        : 'development set (looked at while building)';
    console.log(`## ${kind}: eval/${folder}`);
    const scores = await evaluateExtraction(directory);
    console.log(formatExtractionScores(scores));
    results[name] = scores;
  }
  const heldOut = Object.entries(results).filter(([name]) => name.startsWith('heldOut'));
  if (heldOut.length > 1) {
    // The figure the targets are read against: every held-out label counted once.
    const pooled = poolExtractionScores(heldOut.map(([, scores]) => scores as ExtractionScores));
    console.log('## held-out sets pooled (never tuned or trained on)');
    console.log(formatPooledScores(pooled));
    results.heldOutPooled = pooled;
  }
  return results;
}

const parts: Record<string, () => Promise<object>> = {
  entities,
  extraction,
  stories: runStoryEval,
  reuse: () => runReuseEval(),
  conflicts: () => runConflictEval(),
};

await runParts('eval', parts, process.argv.slice(2));
