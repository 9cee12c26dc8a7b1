import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { emissionScores } from './decode.ts';
import { createFeatureExtractor, featuresPerToken } from './features.ts';
import { readModelFile } from './index.ts';
import { labelCount } from './labels.ts';
import { createEmissionScorer } from './scorer.ts';

const model = readModelFile(new URL('./model.bin.gz', import.meta.url));

/** The training path: every feature id, then one weight row per feature. */
function slowScores(words: readonly string[]): Float32Array {
  const features = createFeatureExtractor(model.lexicon, model.bits)(words);
  const scores = new Float32Array(words.length * labelCount);
  emissionScores(features, featuresPerToken, model.weights, scores);
  return scores;
}

const words = fc.array(
  fc.oneof(
    fc.constantFrom(
      'Putin',
      'met',
      'U.S.',
      'envoy',
      'Witkoff',
      'in',
      'Moscow',
      '.',
      'NATO',
      'New',
      'York',
      'the',
    ),
    fc.string({ minLength: 1, maxLength: 8 }),
  ),
  { maxLength: 30 },
);

test("the fast scorer gives the training path's scores, whatever the words", () => {
  const score = createEmissionScorer(model);
  fc.assert(
    fc.property(words, (sentence) => {
      const fast = score(sentence);
      const slow = slowScores(sentence);
      assert.equal(fast.length, slow.length);
      fast.forEach((value, index) => {
        // Same sums in another order: equal up to float rounding.
        assert.ok(Math.abs(value - slow[index]!) < 1e-3, `score ${index}: ${value} vs ${slow[index]}`);
      });
    }),
    { numRuns: 200 },
  );
});
