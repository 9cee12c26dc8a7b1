import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createLexicalSimilarity } from './similarity.ts';
import { conceptsOf } from './words.ts';

test('words: synonyms, stems and spelled numbers meet', () => {
  assert.deepEqual(conceptsOf('held a five-hour meeting'), ['hold', '5', 'hour', 'meet']);
  assert.deepEqual(conceptsOf('an extensive five-hour discussion'), ['long', '5', 'hour', 'meet']);
  assert.deepEqual(conceptsOf('reduced'), conceptsOf('reduce'));
  assert.deepEqual(conceptsOf('takes'), conceptsOf('take'));
  // "state" the noun is not "said".
  assert.notDeepEqual(conceptsOf('the state'), conceptsOf('said'));
});

test('similarity: a paraphrase scores above an unrelated sentence', () => {
  const { similarity } = createLexicalSimilarity();
  const a = 'Witkoff and Kushner held a five-hour meeting with Putin at the Kremlin.';
  const b =
    'Witkoff and Kushner engaged in an extensive five-hour discussion with President Putin at the Kremlin.';
  const c = 'Rubio said the plan still needs work on security guarantees.';
  assert.ok(similarity(a, b) > 0.5);
  assert.ok(similarity(a, c) < 0.1);
});

test('similarity: symmetric, within [0, 1], 1 on itself (property)', () => {
  const { similarity } = createLexicalSimilarity(['the talks in Moscow', 'a meeting on Tuesday']);
  fc.assert(
    fc.property(fc.string(), fc.string(), (a, b) => {
      const ab = similarity(a, b);
      assert.ok(ab >= 0 && ab <= 1);
      assert.ok(Math.abs(ab - similarity(b, a)) < 1e-9);
      if (conceptsOf(a).length > 0) assert.ok(similarity(a, a) > 0.999);
    }),
  );
});
