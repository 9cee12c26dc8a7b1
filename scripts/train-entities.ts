/**
 * Trains the named-entity tagger on CoNLL-2003 train.txt plus the hand-labelled extraction
 * development sets (`entityTrainingSets`: eval/extraction to -dev37; never the held-out sets) and writes the
 * committed model file beside the recogniser's code. Deterministic: same data and options, same bytes.
 *
 *   npm run train:entities [-- --data PATH] [--out PATH] [--epochs N] [--extra DIR,DIR] [--copies N]
 *
 * The development sets are small (about 3,800 sentences against CoNLL's 14,041), so each of their
 * sentences is trained on `--copies` times (2: in two-fold runs over dev6-dev42, 2 and 3 gave the
 * same entity F1 and 5 lost quote speakers; with dev1-5 alone, 3 had beaten 8).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { entityTrainingSets, extractionTrainingDocuments } from '../src/evaluation/extraction-training.ts';
import {
  createTagger,
  defaultTrainingOptions,
  type EpochReport,
  encodeModel,
  modelFileUrl,
  parseConll,
  trainTagger,
} from '../src/extract/entities/index.ts';

const developmentSets = entityTrainingSets.map((folder) =>
  fileURLToPath(new URL(`../eval/${folder}`, import.meta.url)),
);

const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: fileURLToPath(new URL('../../shared/corpus/conll2003/train.txt', import.meta.url)),
    },
    out: { type: 'string', default: fileURLToPath(modelFileUrl) },
    epochs: { type: 'string', default: String(defaultTrainingOptions.epochs) },
    extra: { type: 'string', default: developmentSets.join(',') },
    copies: { type: 'string', default: '2' },
  },
});

const epochs = Number(values.epochs);
if (!Number.isInteger(epochs) || epochs < 1)
  throw new Error(`--epochs must be a whole number above 0, got ${values.epochs}`);
const copies = Number(values.copies);
if (!Number.isInteger(copies) || copies < 1)
  throw new Error(`--copies must be a whole number above 0, got ${values.copies}`);
const extraFolders = values.extra
  .split(',')
  .filter((folder) => folder !== '')
  .map((folder) => resolve(folder));

const started = performance.now();
const documents = parseConll(readFileSync(values.data, 'utf8'));
const sentences = documents.reduce((total, document) => total + document.sentences.length, 0);
console.log(`training on ${values.data}: ${documents.length} documents, ${sentences} sentences`);
const { recased } = defaultTrainingOptions;
console.log(
  `re-cased copies: ${recased.title * 100}% title case, ${recased.upper * 100}% upper case, ${recased.lower * 100}% lower case`,
);

const onEpoch = ({ epoch, sentences: trained, tokenErrorRate, seconds }: EpochReport) =>
  console.log(
    `epoch ${epoch}/${epochs}: ${trained} sentences, ${(tokenErrorRate * 100).toFixed(2)}% tokens wrong, ${seconds.toFixed(1)} s`,
  );
let model = trainTagger(documents, { epochs, onEpoch });
if (extraFolders.length > 0) {
  // The CoNLL-only model marks the MISC words the extraction sets leave unlabelled.
  const conllTagger = createTagger(model);
  const extra = await extractionTrainingDocuments(extraFolders, (words) => conllTagger.tagTokens(words));
  const extraSentences = extra.reduce((total, document) => total + document.sentences.length, 0);
  console.log(
    `adding ${extraFolders.length} extraction sets: ${extra.length} articles, ${extraSentences} sentences x ${copies}`,
  );
  const repeated = extra.map((document) => ({
    sentences: Array.from({ length: copies }, () => document.sentences).flat(),
  }));
  model = trainTagger([...documents, ...repeated], { epochs, onEpoch });
}
const bytes = encodeModel(model);
writeFileSync(values.out, bytes);
const seconds = (performance.now() - started) / 1000;
console.log(`wrote ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB in ${seconds.toFixed(1)} s`);
