import { Command, InvalidArgumentError, Option } from 'commander';
import { createHttpClient, isWebUrl } from '../ingest/index.ts';
import { type RunningServer, startServer } from '../server/index.ts';
import {
  type AddResult,
  type Collection,
  createCollection,
  defaultDataDir,
  mergeAddResults,
  openStore,
  type Store,
  StoreError,
  storeLocation,
} from '../store/index.ts';
import { plain } from '../text/plain.ts';
import { type BriefFormat, briefFormats, renderStoryBrief } from '../web/index.ts';
import { type Progress, progressBar } from './progress.ts';
import { versionsCommand } from './versions.ts';
import { watchCommand } from './watch.ts';

/**
 * The commands that work on a stored collection: ingest, serve, stories, brief. Each opens the
 * store (embedded PGlite folder, or PostgreSQL with --database-url / DATABASE_URL), calls the
 * collection or the store, and closes it.
 *
 * Exit codes beyond main's (0 ok, 2 usage, 3 some inputs rejected): 4 no such story,
 * 5 the store cannot be used (locked, unreachable, or made by a newer corroborate).
 */
export const serviceExitCodes = { notFound: 4, store: 5 } as const;

/** Where the commands write; tests pass their own streams. */
export interface Output {
  readonly stdout: NodeJS.WritableStream;
  /** Also where progress bars go, when it is a terminal. */
  readonly stderr: NodeJS.WriteStream;
}

export const processOutput: Output = { stdout: process.stdout, stderr: process.stderr };

export interface StoreOptions {
  readonly db?: string;
  readonly databaseUrl?: string;
}

/** `--database-url`, read from DATABASE_URL when not given. */
export const databaseUrlOption = (): Option =>
  new Option('--database-url <url>', 'PostgreSQL database, postgresql://user:password@host:5432/db').env(
    'DATABASE_URL',
  );

export const withStoreOptions = (command: Command): Command =>
  command
    .option('--db <dir>', `embedded store folder (default ${defaultDataDir}, unless DATABASE_URL is set)`)
    .addOption(databaseUrlOption());

/** Opens the store, runs `work`, closes the store; store problems become a message and exit code 5. */
export async function withStore(
  options: StoreOptions,
  setExitCode: (code: number) => void,
  io: Output,
  work: (store: Store) => Promise<void>,
): Promise<void> {
  let store: Store;
  try {
    store = await openStore(
      storeLocation({
        ...(options.db !== undefined ? { db: options.db } : {}),
        ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
      }),
    );
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`corroborate: ${error.message}\n`);
    setExitCode(serviceExitCodes.store);
    return;
  }
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** ", 1 new version, 2 addresses unchanged" for an ingest that fetched addresses; "" otherwise. */
const fetchNote = (result: AddResult): string =>
  [
    result.versioned ? `, ${plural(result.versioned, 'new version')}` : '',
    result.unchanged?.length
      ? `, ${plural(result.unchanged.length, 'address', 'addresses')} unchanged since the last fetch`
      : '',
  ].join('');

function ingestCommand(setExitCode: (code: number) => void, io: Output): Command {
  return withStoreOptions(new Command('ingest'))
    .description(
      'Read articles into the store and update its stories (the same content is stored once; a page fetched again with other content is stored as its next version).',
    )
    .argument('<paths...>', 'files, folders, - (stdin) or http(s) URLs of pages, feeds and sitemaps')
    .option('--reanalyse', 'also re-run the story analysis over everything stored')
    .action(async (paths: string[], options: StoreOptions & { reanalyse?: boolean }) =>
      withStore(options, setExitCode, io, async (store) => {
        const collection = createCollection(store);
        const bars = new Map<string, Progress>();
        const files = paths.filter((path) => !isWebUrl(path));
        const urls = paths.filter(isWebUrl);
        const fromFiles = await collection.addPaths(files, (step, done, total) => {
          if (!bars.has(step)) {
            for (const bar of bars.values()) bar.stop();
            bars.set(step, progressBar(step, io.stderr));
          }
          bars.get(step)?.update(done, total);
        });
        for (const bar of bars.values()) bar.stop();
        const result =
          urls.length > 0
            ? mergeAddResults(fromFiles, await collection.addUrls(urls, { client: createHttpClient() }))
            : fromFiles;
        const stories = options.reanalyse ? await collection.reanalyse() : result.stories;
        for (const rejection of result.rejected)
          io.stderr.write(`corroborate: rejected ${rejection.path}: ${rejection.message}\n`);
        io.stdout.write(
          `${plural(result.added.length, 'article')} added, ${result.existing.length} already stored, ` +
            `${result.rejected.length} rejected${fetchNote(result)}; ${plural(stories, 'story', 'stories')} in ${store.location}\n`,
        );
        setExitCode(result.rejected.length > 0 ? 3 : 0);
      }),
    );
}

/** Serves until SIGINT or SIGTERM, then closes the server (the caller closes the store). */
export async function serveUntilStopped(
  collection: Collection,
  options: { readonly port: number; readonly host: string },
  announce: (server: RunningServer) => void,
): Promise<void> {
  let server: RunningServer;
  try {
    server = await startServer(collection, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new Error(`Port ${options.port} on ${options.host} is in use; choose another with --port.`);
    throw error;
  }
  announce(server);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
}

const portNumber = (value: string): number => {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError(`Not a port number: ${value} (0 to 65535).`);
  return port;
};

function serveCommand(setExitCode: (code: number) => void, io: Output): Command {
  return withStoreOptions(new Command('serve'))
    .description('Serve the stored collection: web pages, the JSON API and /openapi.json.')
    .addOption(new Option('-p, --port <port>', 'port').default(3000).argParser(portNumber).env('PORT'))
    .option(
      '--host <host>',
      'address to listen on (0.0.0.0 shares the collection on the network)',
      '127.0.0.1',
    )
    .action(async (options: StoreOptions & { port: number; host: string }) =>
      withStore(options, setExitCode, io, async (store) => {
        const stats = await store.stats();
        await serveUntilStopped(createCollection(store), options, (server) =>
          io.stdout.write(
            `Serving ${plural(stats.articles, 'article')} in ${plural(stats.stories, 'story', 'stories')} ` +
              `from ${store.location} at ${server.url}/ (Ctrl-C stops)\n`,
          ),
        );
      }),
    );
}

function storiesCommand(setExitCode: (code: number) => void, io: Output): Command {
  return withStoreOptions(new Command('stories'))
    .description('List the stored stories, newest first.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-n, --limit <n>', 'how many', (v) => Number.parseInt(v, 10), 50)
    .action(async (options: StoreOptions & { format: 'text' | 'json'; limit: number }) =>
      withStore(options, setExitCode, io, async (store) => {
        const { stories, total } = await store.listStories({ limit: options.limit, offset: 0 });
        if (options.format === 'json') {
          io.stdout.write(`${JSON.stringify({ stories, total }, null, 2)}\n`);
          return;
        }
        if (stories.length === 0) io.stdout.write('No stories yet: run corroborate ingest <paths...>.\n');
        for (const s of stories)
          io.stdout.write(
            `${s.newest ?? 'undated   '}  ${String(s.sources).padStart(3)} src ${String(s.independent).padStart(3)} indep ` +
              `${String(s.conflicts).padStart(3)} conflicts  ${s.id}  ${plain(s.title)}\n`,
          );
        if (total > stories.length) io.stdout.write(`(${total - stories.length} more; use --limit)\n`);
      }),
    );
}

function briefCommand(setExitCode: (code: number) => void, io: Output): Command {
  return withStoreOptions(new Command('brief'))
    .description('Print the brief of a stored story.')
    .argument('<story>', 'story id (see corroborate stories)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(briefFormats).default('text'))
    .action(async (id: string, options: StoreOptions & { format: BriefFormat }) =>
      withStore(options, setExitCode, io, async (store) => {
        const story = await store.getStory(id);
        if (!story) {
          io.stderr.write(`corroborate: no story ${id} in ${store.location} (see corroborate stories)\n`);
          setExitCode(serviceExitCodes.notFound);
          return;
        }
        io.stdout.write(
          renderStoryBrief(
            story,
            await store.getArticles(story.articles),
            options.format,
            await store.versions.editsOf(story.articles),
          ).body,
        );
      }),
    );
}

export function serviceCommands(setExitCode: (code: number) => void, io: Output = processOutput): Command[] {
  return [
    ingestCommand(setExitCode, io),
    serveCommand(setExitCode, io),
    storiesCommand(setExitCode, io),
    briefCommand(setExitCode, io),
    watchCommand(setExitCode, io),
    versionsCommand(setExitCode, io),
  ];
}
