import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lastMatch } from './matches.ts';

test('lastMatch: the last of matchAll, and the pattern ready for the next call', () => {
  const pattern = /(?:;\s*|,\s+(?:and|but)\s+)(?=\p{Lu})/gu;
  fc.assert(
    fc.property(fc.stringMatching(/^[a-zA-Z ,;]{0,40}(?:, and|, but|;)?[A-Z ]{0,3}$/), (text) => {
      const expected = [...text.matchAll(pattern)].at(-1);
      const found = lastMatch(pattern, text);
      assert.equal(found?.index, expected?.index);
      assert.equal(found?.[0], expected?.[0]);
      assert.equal(pattern.lastIndex, 0);
    }),
  );
  assert.equal(lastMatch(/\b(he|she)\b/gi, 'He said she would')?.index, 8);
  assert.equal(lastMatch(/x/g, 'abc'), undefined);
});
