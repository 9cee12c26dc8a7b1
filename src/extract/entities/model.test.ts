import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { LabelledDocument } from './conll.ts';
import { readModelFile } from './index.ts';
import { decodeModel, encodeModel, ModelFileError } from './model.ts';
import { createTagger } from './tagger.ts';
import { trainTagger } from './train.ts';

/** A handful of made-up sentences: enough to check training mechanics, not to tag well. */
const documents: LabelledDocument[] = [
  {
    sentences: [
      { words: ['Anna', 'Berg', 'visited', 'Oslo', '.'], tags: ['I-PER', 'I-PER', 'O', 'I-LOC', 'O'] },
      { words: ['Nordbank', 'opened', 'in', 'Bergen', '.'], tags: ['I-ORG', 'O', 'O', 'I-LOC', 'O'] },
    ],
  },
  {
    sentences: [
      { words: ['Olav', 'Lie', 'joined', 'Nordbank', '.'], tags: ['I-PER', 'I-PER', 'O', 'I-ORG', 'O'] },
      { words: ['The', 'Norwegian', 'team', 'won', '.'], tags: ['O', 'I-MISC', 'O', 'O', 'O'] },
    ],
  },
];
const options = { bits: 12, epochs: 5, folds: 2 } as const;

test('training is deterministic: same data and options give the same model bytes', () => {
  assert.deepEqual(
    encodeModel(trainTagger(documents, options)),
    encodeModel(trainTagger(documents, options)),
  );
});

test('a model read back from its bytes tags as the trained one does', () => {
  const model = trainTagger(documents, options);
  const restored = decodeModel(encodeModel(model));
  assert.equal(restored.bits, model.bits);
  assert.deepEqual([...restored.lexicon.phrases].sort(), [...model.lexicon.phrases].sort());
  const words = ['Olav', 'Berg', 'visited', 'Bergen', '.'];
  assert.deepEqual(createTagger(restored).tagTokens(words), createTagger(model).tagTokens(words));
  assert.deepEqual(createTagger(model).tagTokens(['Anna', 'Berg', 'visited', 'Oslo', '.']), [
    'B-PER',
    'I-PER',
    'O',
    'B-LOC',
    'O',
  ]);
});

test('decodeModel refuses bytes that are not a model', () => {
  for (const bytes of [new Uint8Array([1, 2, 3]), gzipSync(new Uint8Array(64)), new Uint8Array(0)]) {
    assert.throws(() => decodeModel(bytes), ModelFileError);
  }
});

test('readModelFile names a missing file and how to make it', () => {
  assert.throws(
    () => readModelFile('/nonexistent/model.bin.gz'),
    (error: unknown) =>
      error instanceof ModelFileError &&
      error.code === 'entities/model-missing' &&
      /train:entities/.test(error.message),
  );
});
