import assert from 'node:assert/strict';
import { test } from 'node:test';
import { institutionNames } from './organisations.ts';

test('institutions: a possessor before the name is not part of it', () => {
  const text = "Iraq's Interior Ministry denied it, and the Joint Committee on Printing met.";
  const names = institutionNames(text, [[0, text.length]]).map((m) => text.slice(m.span[0], m.span[1]));
  assert.deepEqual(names, ['Interior Ministry', 'Joint Committee on Printing']);
});
