import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { seedsSnapshot } from './golden/snapshot.ts';

test('golden: the whole pipeline on the example corpus matches test/golden/seeds.json (npm run golden to regenerate, then review the diff)', async () => {
  const expected = JSON.parse(await readFile(new URL('./golden/seeds.json', import.meta.url), 'utf8'));
  assert.deepEqual(await seedsSnapshot(), expected);
});
