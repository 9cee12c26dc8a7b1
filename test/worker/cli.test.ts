import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

const cli = resolve(import.meta.dirname, '..', '..', 'bin', 'corroborate.js');

test('worker mode without DATABASE_URL says it needs PostgreSQL and exits 5', () => {
  const { DATABASE_URL: _, ...env } = process.env;
  for (const args of [['worker'], ['enqueue', 'examples']]) {
    const run = spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });
    assert.equal(run.status, 5, run.stderr);
    assert.match(run.stderr, /worker mode needs PostgreSQL: set DATABASE_URL/);
  }
});
