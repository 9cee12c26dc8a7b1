/**
 * Trains the named-entity tagger on CoNLL-2003 train.txt and writes the committed model file
 * beside the recogniser's code. Deterministic: same data and options, same bytes.
 *
 *   npm run train:entities [-- --data PATH] [--out PATH] [--epochs N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  defaultTrainingOptions,
  encodeModel,
  modelFileUrl,
  parseConll,
  trainTagger,
} from '../src/extract/entities/index.ts';

const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: fileURLToPath(new URL('../../shared/corpus/conll2003/train.txt', import.meta.url)),
    },
    out: { type: 'string', default: fileURLToPath(modelFileUrl) },
    epochs: { type: 'string', default: String(defaultTrainingOptions.epochs) },
  },
});

const epochs = Number(values.epochs);
if (!Number.isInteger(epochs) || epochs < 1)
  throw new Error(`--epochs must be a whole number above 0, got ${values.epochs}`);

const started = performance.now();
const documents = parseConll(readFileSync(values.data, 'utf8'));
const sentences = documents.reduce((total, document) => total + document.sentences.length, 0);
console.log(`training on ${values.data}: ${documents.length} documents, ${sentences} sentences`);
const { recased } = defaultTrainingOptions;
console.log(
  `re-cased copies: ${recased.title * 100}% title case, ${recased.upper * 100}% upper case, ${recased.lower * 100}% lower case`,
);

const model = trainTagger(documents, {
  epochs,
  onEpoch: ({ epoch, sentences: trained, tokenErrorRate, seconds }) =>
    console.log(
      `epoch ${epoch}/${epochs}: ${trained} sentences, ${(tokenErrorRate * 100).toFixed(2)}% tokens wrong, ${seconds.toFixed(1)} s`,
    ),
});
const bytes = encodeModel(model);
writeFileSync(values.out, bytes);
const seconds = (performance.now() - started) / 1000;
console.log(`wrote ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB in ${seconds.toFixed(1)} s`);
