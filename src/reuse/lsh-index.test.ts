import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { bandKeys, LshIndex } from './lsh-index.ts';
import { hashString, lshPairs, minhashSignature } from './minhash.ts';

const signatureOf = (words: readonly string[]) =>
  minhashSignature(
    words.map((word) => hashString(word)),
    24,
  );

test('lsh index: finds the same pairs as the batch search', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }), { maxLength: 12 }),
      (sets) => {
        const signatures = sets.map((set) => signatureOf(set.map((n) => `w${n}`)));
        const index = new LshIndex(8, 3);
        for (const [article, signature] of signatures.entries()) index.add(article, signature);
        const found: [number, number][] = [];
        signatures.forEach((signature, a) => {
          for (const b of index.query(signature, 4).keys()) if (b > a) found.push([a, b]);
        });
        found.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        assert.deepEqual(found, lshPairs(signatures, 8, 3, 4));
      },
    ),
  );
});

test('lsh index: counts shared bands, skips oversized buckets, keys are 32-bit integers', () => {
  const same = signatureOf(['a', 'b', 'c', 'd']);
  const other = signatureOf(['x', 'y', 'z']);
  const index = new LshIndex(8, 3);
  index.add(1, same);
  index.add(2, other);
  assert.deepEqual([...index.query(same, 10)], [[1, 8]]);
  index.add(3, same);
  assert.deepEqual([...index.query(same, 1)], []);
  for (const key of bandKeys(same, 8, 3))
    assert.ok(Number.isInteger(key) && key >= -(2 ** 31) && key < 2 ** 31);
});
