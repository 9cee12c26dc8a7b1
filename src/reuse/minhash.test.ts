import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { candidateProbability, estimateJaccard, hashString, lshPairs, minhashSignature } from './minhash.ts';

const set = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => hashString(`w${from + i}`));

test('minhash: the estimate follows the true Jaccard similarity', () => {
  // 0..150 against 50..200: 100 shared of 200 → J = 0.5
  const estimate = estimateJaccard(minhashSignature(set(0, 150), 256), minhashSignature(set(50, 200), 256));
  assert.ok(Math.abs(estimate - 0.5) < 0.1, `estimate ${estimate}`);
  assert.equal(estimateJaccard(minhashSignature(set(0, 50), 64), minhashSignature(set(0, 50), 64)), 1);
});

test('minhash: signatures are deterministic and order-free', () => {
  fc.assert(
    fc.property(fc.array(fc.integer(), { maxLength: 30 }), (items) => {
      const reversed = [...items].reverse();
      assert.deepEqual(minhashSignature(items, 16), minhashSignature(reversed, 16));
    }),
  );
});

test('lsh: identical sets meet, disjoint sets do not, oversized buckets are skipped', () => {
  const a = minhashSignature(set(0, 40), 24);
  const b = minhashSignature(set(0, 40), 24);
  const c = minhashSignature(set(1000, 1040), 24);
  assert.deepEqual(lshPairs([a, b, c], 8, 3, 10), [[0, 1]]);
  assert.deepEqual(lshPairs([a, b, a], 8, 3, 2), []);
  assert.deepEqual(lshPairs([a, null, b], 8, 3, 10), [[0, 2]]);
});

test('lsh: the candidate probability rises with similarity', () => {
  const values = [0.1, 0.3, 0.5, 0.7, 0.9].map((j) => candidateProbability(j, 24, 3));
  for (let i = 1; i < values.length; i++) assert.ok(values[i]! > values[i - 1]!);
  assert.ok(values[0]! < 0.05 && values[4]! > 0.99);
});
