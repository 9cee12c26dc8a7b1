import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { discoverTruth, type Question } from './truth.ts';

const groups: Record<string, number> = { a: 0, a2: 0, a3: 0, b: 1, c: 2 };
const groupOf = (source: string) => groups[source] ?? 99;

test('truth: copies vote once', () => {
  // Three copies of one report against two independent reports: the independent value wins.
  const questions: Question[] = [
    {
      id: 'who',
      claims: [
        { source: 'a', value: 'X' },
        { source: 'a2', value: 'X' },
        { source: 'a3', value: 'X' },
        { source: 'b', value: 'Y' },
        { source: 'c', value: 'Y' },
      ],
    },
  ];
  const result = discoverTruth(questions, groupOf);
  const p = result.probability.get('who')!;
  assert.ok(p.get('Y')! > p.get('X')!);
});

test('truth: a source that keeps disagreeing with independent sources loses reliability', () => {
  const questions: Question[] = ['q1', 'q2', 'q3'].map((id) => ({
    id,
    claims: [
      { source: 'a', value: 'right' },
      { source: 'b', value: 'right' },
      { source: 'c', value: 'wrong' },
    ],
  }));
  const result = discoverTruth(questions, groupOf);
  assert.ok(result.accuracy.get('c')! < result.accuracy.get('a')!);
  assert.ok(result.accuracy.get('c')! < 0.5);
});

test('truth: a value only one source gives keeps that source’s accuracy', () => {
  const result = discoverTruth([{ id: 'q', claims: [{ source: 'b', value: 'v' }] }], groupOf, {
    maxIterations: 1,
  });
  assert.ok(Math.abs(result.probability.get('q')!.get('v')! - 0.8) < 1e-9);
});

test('truth: probabilities and accuracies stay in range (property)', () => {
  const claim = fc.record({
    source: fc.constantFrom('a', 'a2', 'b', 'c', 'd'),
    value: fc.constantFrom('x', 'y', 'z'),
  });
  fc.assert(
    fc.property(fc.array(fc.array(claim, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (lists) => {
      const result = discoverTruth(
        lists.map((claims, i) => ({ id: `q${i}`, claims })),
        groupOf,
      );
      for (const accuracy of result.accuracy.values()) assert.ok(accuracy >= 0.01 && accuracy <= 0.99);
      for (const values of result.probability.values()) {
        let total = 0;
        for (const p of values.values()) {
          assert.ok(p >= 0 && p <= 1);
          total += p;
        }
        assert.ok(total <= 1 + 1e-9);
      }
    }),
  );
});
