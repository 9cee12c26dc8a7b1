import assert from 'node:assert/strict';
import { test } from 'node:test';
import { institutionNames } from './organisations.ts';

test('institutions: a possessor before the name is not part of it', () => {
  const text = "Iraq's Interior Ministry denied it, and the Joint Committee on Printing met.";
  const names = institutionNames(text, [[0, text.length]]).map((m) => text.slice(m.span[0], m.span[1]));
  assert.deepEqual(names, ['Interior Ministry', 'Joint Committee on Printing']);
});

test('institutions: hospitals and clinics, "Committee to ..."; no weekday after the name, no head word alone, no "The" or "X-based" before it', () => {
  const text =
    "A baby was born at Perth's King Edward Memorial Hospital. The House Intelligence Committee on Thursday met. Union leaders, the New York-based Committee to Protect Acme and the Acme Clinic for Children agreed.";
  const names = institutionNames(text, [[0, text.length]]).map((m) => text.slice(m.span[0], m.span[1]));
  assert.deepEqual(names, [
    'King Edward Memorial Hospital',
    'House Intelligence Committee',
    'Committee to Protect Acme',
    'Acme Clinic for Children',
  ]);
});
