import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exitCodes, main } from './main.ts';

// Commander prints its own message on stderr; what is checked here is the exit code.
const run = (...args: string[]) => main(['node', 'corroborate', ...args]);

test('bad usage exits 2 in every command, subcommands added with addCommand included', async () => {
  for (const args of [
    ['analyze'],
    ['analyze', 'examples', '--format', 'pdf'],
    ['no-such-command'],
    ['worker', '--story-delay', '-1'],
    ['worker', '--concurrency', '0'],
    ['worker', '--no-such-option'],
    ['serve', '--port', 'abc'],
    ['watch', 'https://example.org/feed', '--every', 'soon'],
    ['eval', 'extraction'],
  ])
    assert.equal(await run(...args), exitCodes.usage, args.join(' '));
});

test('asking for help or the version is no error', async () => {
  assert.equal(await run('--help'), exitCodes.ok);
  assert.equal(await run('--version'), exitCodes.ok);
  assert.equal(await run('worker', '--help'), exitCodes.ok);
});
