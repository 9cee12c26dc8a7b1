import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { constrain, viterbi } from './decode.ts';
import { labelCount } from './labels.ts';

/** Viterbi as written before it skipped forbidden transitions: every label before every label. */
function everyTransitionViterbi(
  emissions: Float32Array,
  tokens: number,
  transitions: Float32Array,
): Uint8Array {
  const best = new Uint8Array(tokens);
  if (tokens === 0) return best;
  const scores = new Float32Array(tokens * labelCount);
  const backPointers = new Uint8Array(tokens * labelCount);
  for (let label = 0; label < labelCount; label++) scores[label] = emissions[label]! + transitions[label]!;
  for (let token = 1; token < tokens; token++) {
    for (let label = 0; label < labelCount; label++) {
      let bestScore = -Infinity;
      let bestPrevious = 0;
      for (let previous = 0; previous < labelCount; previous++) {
        const score =
          scores[(token - 1) * labelCount + previous]! + transitions[(previous + 1) * labelCount + label]!;
        if (score > bestScore) {
          bestScore = score;
          bestPrevious = previous;
        }
      }
      scores[token * labelCount + label] = bestScore + emissions[token * labelCount + label]!;
      backPointers[token * labelCount + label] = bestPrevious;
    }
  }
  let last = 0;
  for (let label = 1; label < labelCount; label++) {
    if (scores[(tokens - 1) * labelCount + label]! > scores[(tokens - 1) * labelCount + last]!) last = label;
  }
  best[tokens - 1] = last;
  for (let token = tokens - 1; token > 0; token--) {
    best[token - 1] = backPointers[token * labelCount + best[token]!]!;
  }
  return best;
}

// Few distinct values, so ties between paths are common: skipping must break them the same way.
const weight = fc.integer({ min: -3, max: 3 }).map((step) => step / 2);

test('viterbi picks the same labels as when it tried every transition, ties included', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 12 }).chain((tokens) =>
        fc.tuple(
          fc.constant(tokens),
          fc.array(weight, { minLength: tokens * labelCount, maxLength: tokens * labelCount }),
          fc.array(weight, {
            minLength: (labelCount + 1) * labelCount,
            maxLength: (labelCount + 1) * labelCount,
          }),
        ),
      ),
      ([tokens, emissionList, transitionList]) => {
        const emissions = Float32Array.from(emissionList);
        const transitions = constrain(Float32Array.from(transitionList));
        assert.deepEqual(
          viterbi(emissions, tokens, transitions),
          everyTransitionViterbi(emissions, tokens, transitions),
        );
      },
    ),
    { numRuns: 500 },
  );
});
