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

/** What the index must answer, kept the plain way: per band, bucket key → articles in the order added. */
class ReferenceIndex {
  readonly #buckets: Map<number, number[]>[];

  constructor(bands: number) {
    this.#buckets = Array.from({ length: bands }, () => new Map());
  }

  addKeys(article: number, keys: readonly number[]): void {
    keys.forEach((key, band) => {
      const buckets = this.#buckets[band]!;
      buckets.set(key, [...(buckets.get(key) ?? []), article]);
    });
  }

  queryKeys(keys: readonly number[], maxBucket: number): [number, number][] {
    const shared = new Map<number, number>();
    keys.forEach((key, band) => {
      const bucket = this.#buckets[band]!.get(key) ?? [];
      // As the index has always done, a bucket of one article counts whatever maxBucket is.
      if (bucket.length > 1 && bucket.length > maxBucket) return;
      for (const article of bucket) shared.set(article, (shared.get(article) ?? 0) + 1);
    });
    return [...shared];
  }
}

test('lsh index: answers as a plain map of buckets does, through table growth and the bucket cap', () => {
  const bands = 3;
  // A few keys shared by many articles fill buckets past the cap; keys from the whole 32-bit range
  // (and its ends) make the tables grow from their first 16 slots.
  const key = fc.oneof(
    fc.integer({ min: -4, max: 4 }),
    fc.constantFrom(-(2 ** 31), 2 ** 31 - 1),
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  );
  const keys = fc.array(key, { maxLength: bands });
  const operation = fc.oneof(
    fc.record({ article: fc.oneof(fc.nat(40), fc.constant(2 ** 31 - 1)), keys }),
    // A query asks with fresh keys or, more often, with the keys of an article added before.
    fc.record({ maxBucket: fc.nat(6), keys, again: fc.option(fc.nat(), { freq: 3 }) }),
  );
  fc.assert(
    fc.property(fc.array(operation, { maxLength: 400, size: 'max' }), (operations) => {
      const index = new LshIndex(bands, 1);
      const reference = new ReferenceIndex(bands);
      const added: (readonly number[])[] = [];
      for (const step of operations) {
        if ('article' in step) {
          index.addKeys(step.article, step.keys);
          reference.addKeys(step.article, step.keys);
          added.push(step.keys);
        } else {
          const asked = step.again === null ? step.keys : (added[step.again % added.length] ?? step.keys);
          // Entries in order: the same articles, counts and order of first meeting as the plain map.
          assert.deepEqual(
            [...index.queryKeys(asked, step.maxBucket)],
            reference.queryKeys(asked, step.maxBucket),
          );
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('lsh index: refuses articles and keys it cannot hold', () => {
  const index = new LshIndex(2, 1);
  assert.throws(() => index.addKeys(-1, [0, 0]), RangeError);
  assert.throws(() => index.addKeys(2 ** 31, [0, 0]), RangeError);
  assert.throws(() => index.addKeys(0, [0.5, 0]), RangeError);
  assert.throws(() => index.addKeys(0, [2 ** 31, 0]), RangeError);
  assert.throws(() => index.queryKeys([0, 0, 0], 4), RangeError);
});
