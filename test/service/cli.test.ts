/**
 * The service commands (ingest, stories, brief, serve) on an embedded store, as src/cli/main.ts
 * wires them. They run in this process with their output captured, except `serve`, which runs as
 * a child so that it can hold the store against this process and be stopped with SIGTERM.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { Command } from 'commander';
import { escapeMarkdown } from '../../src/brief/index.ts';
import { serviceCommands } from '../../src/cli/service.ts';

let folder: string;
let db: string;
before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'corroborate-cli-'));
  db = join(folder, 'db');
});
after(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const capture = () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk) => (text += chunk));
    return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
  };
  const stdout = capture();
  const stderr = capture();
  let code = 0;
  const program = new Command('corroborate').exitOverride();
  for (const command of serviceCommands((c) => (code = c), { stdout: stdout.stream, stderr: stderr.stream }))
    program.addCommand(command);
  await program.parseAsync(['node', 'corroborate', ...args]);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

test('ingest stores the examples once; a second ingest only looks them up', async () => {
  const first = await run(['ingest', 'examples', '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^5 articles added, 0 already stored, 0 rejected/);
  const second = await run(['ingest', 'examples', '--db', db]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /^0 articles added, 5 already stored, 0 rejected/);
});

test('stories lists them; brief prints one; an unknown story exits 4', async () => {
  const listed = await run(['stories', '--db', db, '--format', 'json']);
  assert.equal(listed.code, 0, listed.stderr);
  const { stories } = JSON.parse(listed.stdout);
  assert.ok(stories.length >= 1);
  const brief = await run(['brief', stories[0].id, '--db', db, '--format', 'markdown']);
  assert.equal(brief.code, 0, brief.stderr);
  assert.ok(brief.stdout.startsWith(`# Brief: ${escapeMarkdown(stories[0].title)}\n`));
  const missing = await run(['brief', 'no-such-story', '--db', db]);
  assert.equal(missing.code, 4);
  assert.match(missing.stderr, /no story no-such-story/);
});

test('serve answers on loopback, holds the store against another process, and stops on SIGTERM', async () => {
  // DATABASE_URL is dropped so that an environment pointing at PostgreSQL cannot change the store.
  const { DATABASE_URL: _, ...env } = process.env;
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/service/cli-main.ts', 'serve', '--db', db, '--port', '0'],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<number | null>((resolve) => server.on('close', resolve));
  let stdout = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve printed no URL: ${stdout}`)), 60_000);
      server.stdout.on('data', (chunk) => {
        stdout += chunk;
        const found = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
    });
    const health = (await (await fetch(`${url}/api/health`)).json()) as { store: { articles: number } };
    assert.equal(health.store.articles, 5);
    const locked = await run(['ingest', 'examples', '--db', db]);
    assert.equal(locked.code, 5);
    assert.match(locked.stderr, /in use by process/);
  } finally {
    server.kill('SIGTERM');
  }
  assert.equal(await exited, 0);
});
