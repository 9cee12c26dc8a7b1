/**
 * `npm run eval`: every quality figure the project tracks, printed against labelled data.
 * Named entities on CoNLL-2003 dev (never trained or tuned on), extraction on the hand-labelled
 * articles in eval/extraction.
 */
import { join, resolve } from 'node:path';
import { evaluateExtraction } from '../src/cli/eval.ts';
import { evaluateEntitiesFile, formatEntityScores } from '../src/evaluation/entities.ts';
import { formatExtractionScores } from '../src/evaluation/extraction.ts';
import { sharedCorpus } from './shared.ts';

const corpus = sharedCorpus();

console.log('# Named entities: CoNLL-2003 dev (testa), exact-span F1 as conlleval');
const entities = evaluateEntitiesFile(join(corpus, 'conll2003', 'dev.txt'));
console.log(formatEntityScores(entities));

console.log('\n# Extraction: hand-labelled sentences in eval/extraction');
const extraction = await evaluateExtraction(resolve(import.meta.dirname, 'extraction'));
console.log(formatExtractionScores(extraction));

console.log(JSON.stringify({ entities, extraction }));
