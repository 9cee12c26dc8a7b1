import { readFileSync } from 'node:fs';
import { decodeModel, ModelFileError, type TaggerModel } from './model.ts';
import { createTagger, type EntityTagger } from './tagger.ts';

/**
 * Named-entity recogniser: an averaged structured perceptron over hashed features with Viterbi
 * decoding of IOB2 labels for PER, ORG, LOC and MISC, trained on CoNLL-2003 by
 * `npm run train:entities` into the model file beside this code.
 */

export type { LabelledDocument, LabelledSentence } from './conll.ts';
export { ConllFormatError, parseConll } from './conll.ts';
export type { EntityTag, TokenChunk } from './labels.ts';
export { chunksOf, entityTags, toIob2 } from './labels.ts';
export type { TaggerModel } from './model.ts';
export { decodeModel, encodeModel, ModelFileError } from './model.ts';
export type { CaseStyle } from './recase.ts';
export { recase } from './recase.ts';
export type { EntityRecogniser, EntityTagger } from './tagger.ts';
export { createTagger } from './tagger.ts';
export type { EpochReport, TrainingOptions } from './train.ts';
export { defaultTrainingOptions, trainTagger } from './train.ts';

/** Where the committed model lives; the training script writes it here. */
export const modelFileUrl = new URL('./model.bin.gz', import.meta.url);

/** Reads a model file (as written by `encodeModel`). */
export function readModelFile(path: string | URL): TaggerModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ModelFileError(
      `cannot read ${path} (${reason}); run npm run train:entities`,
      'entities/model-missing',
    );
  }
  return decodeModel(bytes);
}

let loaded: EntityTagger | undefined;

/** The recogniser with the committed model, read from disk on the first call only. */
export function loadRecogniser(): EntityTagger {
  loaded ??= createTagger(readModelFile(modelFileUrl));
  return loaded;
}

/** IOB2 tags for one pre-tokenised sentence, with the committed model. */
export const tagTokens = (words: readonly string[]): string[] => loadRecogniser().tagTokens(words);
