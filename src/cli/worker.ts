import { Command, InvalidArgumentError, Option } from 'commander';
import { createHttpClient, ingestPaths, isWebUrl, loadLanguageDetector } from '../ingest/index.ts';
import { redactUrl, StoreError } from '../store/index.ts';
import { openPostgres } from '../store/postgres.ts';
import {
  defaultStaleSeconds,
  defaultStoryDelaySeconds,
  enqueueArticles,
  enqueueLive,
  openQueue,
  runWorker,
} from '../worker/index.ts';
import { databaseUrlOption, type Output, processOutput, serviceExitCodes } from './service.ts';

/**
 * Worker mode: `corroborate enqueue <paths or URLs>` reads articles (fetching web addresses, feeds
 * and sitemaps as `ingest` does) and queues one job per article in PostgreSQL; `corroborate worker` runs those jobs (extraction, storing, story placement, the
 * story's reuse and cross-check). Any number of workers on any machines share one database.
 */

const positiveNumber = (value: string): number => {
  const number = Number(value);
  if (!(number > 0)) throw new InvalidArgumentError(`Not a positive number: ${value}.`);
  return number;
};

const nonNegativeNumber = (value: string): number => {
  const number = Number(value);
  if (!(number >= 0) || value.trim() === '')
    throw new InvalidArgumentError(`Not a number of 0 or more: ${value}.`);
  return number;
};

/** CPU time this process has used, user and system. */
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Worker mode needs PostgreSQL: PGlite keeps one process per store and has no job queue. */
function requireDatabaseUrl(
  url: string | undefined,
  io: Output,
  setExitCode: (code: number) => void,
): url is string {
  if (url) return true;
  io.stderr.write(
    'corroborate: worker mode needs PostgreSQL: set DATABASE_URL (or --database-url) to ' +
      'postgresql://user:password@host:5432/db. The embedded store serves one process only; use ' +
      '"corroborate ingest" for it.\n',
  );
  setExitCode(serviceExitCodes.store);
  return false;
}

/** Store and queue problems (unreachable, wrong URL) become a message and exit code 5. */
async function reportingStoreErrors(
  io: Output,
  setExitCode: (code: number) => void,
  work: () => Promise<void>,
) {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof StoreError) && (error as NodeJS.ErrnoException).code !== 'ECONNREFUSED')
      throw error;
    io.stderr.write(`corroborate: ${(error as Error).message}\n`);
    setExitCode(serviceExitCodes.store);
  }
}

function enqueueCommand(setExitCode: (code: number) => void, io: Output): Command {
  return new Command('enqueue')
    .description('Read or fetch articles and queue them for the workers (see corroborate worker).')
    .argument('<paths...>', 'files, folders, - (stdin), or http(s) addresses of pages, feeds and sitemaps')
    .addOption(databaseUrlOption())
    .action(async (paths: string[], options: { databaseUrl?: string }) => {
      if (!requireDatabaseUrl(options.databaseUrl, io, setExitCode)) return;
      const url = options.databaseUrl;
      await reportingStoreErrors(io, setExitCode, async () => {
        const detectLanguage = await loadLanguageDetector();
        const files = paths.filter((path) => !isWebUrl(path));
        const urls = paths.filter(isWebUrl);
        const ingested = files.length > 0 ? await ingestPaths(files, { detectLanguage }) : undefined;
        const queue = await openQueue(url);
        try {
          let sent = ingested ? await enqueueArticles(queue, ingested.articles) : 0;
          const rejections = [...(ingested?.rejections ?? [])];
          if (urls.length > 0) {
            const engine = await openPostgres(url);
            try {
              const fetched = await enqueueLive(engine, queue, urls, {
                client: createHttpClient(),
                detectLanguage,
              });
              sent += fetched.sent;
              rejections.push(...fetched.rejections);
              if (fetched.unchanged.length > 0)
                io.stdout.write(`${fetched.unchanged.length} addresses unchanged since the last fetch\n`);
            } finally {
              await engine.close();
            }
          }
          for (const rejection of rejections)
            io.stderr.write(`corroborate: rejected ${rejection.path}: ${rejection.message}\n`);
          io.stdout.write(
            `${sent} article jobs queued in ${redactUrl(url)}, ${rejections.length} inputs rejected\n`,
          );
          setExitCode(rejections.length > 0 ? 3 : 0);
        } finally {
          await queue.release();
        }
      });
    });
}

function workerCommand(setExitCode: (code: number) => void, io: Output): Command {
  return new Command('worker')
    .description('Run queued jobs: extract, store, place each article in a story and update that story.')
    .addOption(databaseUrlOption())
    .addOption(
      new Option('-c, --concurrency <n>', 'jobs at once in this process')
        .argParser(positiveNumber)
        .default(1),
    )
    .option('--until-empty', 'stop once the queue is empty (default: run until SIGINT/SIGTERM)')
    .addOption(
      new Option('--stale-after <seconds>', 'a worker silent this long is dead; its jobs run again elsewhere')
        .argParser(positiveNumber)
        .default(defaultStaleSeconds),
    )
    .addOption(
      new Option(
        '--story-delay <seconds>',
        "a story's rewrite waits this long for more of its articles (0: rewrite after each one)",
      )
        .argParser(nonNegativeNumber)
        .default(defaultStoryDelaySeconds),
    )
    .option('-v, --verbose', 'print a line per article and per story rewritten')
    .action(
      async (options: {
        databaseUrl?: string;
        concurrency: number;
        untilEmpty?: boolean;
        staleAfter: number;
        storyDelay: number;
        verbose?: boolean;
      }) => {
        if (!requireDatabaseUrl(options.databaseUrl, io, setExitCode)) return;
        const url = options.databaseUrl;
        await reportingStoreErrors(io, setExitCode, async () => {
          let analysed = 0;
          io.stderr.write(`corroborate worker ${process.pid}: working on ${redactUrl(url)}\n`);
          const { placementLock } = await runWorker({
            databaseUrl: url,
            concurrency: Math.floor(options.concurrency),
            untilEmpty: options.untilEmpty === true,
            staleSeconds: options.staleAfter,
            storyDelaySeconds: options.storyDelay,
            onReplayed: ({ snapshot, entries, seconds }) =>
              io.stderr.write(
                `corroborate worker ${process.pid}: ${snapshot === undefined ? '' : `restored the story snapshot at log entry ${snapshot}, `}` +
                  `replayed ${entries} placements of the story log in ${seconds.toFixed(1)} s\n`,
              ),
            onStory: (event) => {
              if (options.verbose) io.stdout.write(`rewrote ${event.id} ${event.members}\n`);
            },
            onArticle: (event) => {
              if (event.kind === 'analysed') analysed++;
              if (event.kind === 'rejected')
                io.stderr.write(`corroborate: rejected ${event.id}: ${event.reason}\n`);
              else if (options.verbose)
                io.stdout.write(`${event.kind} ${event.id}${'story' in event ? ` ${event.story}` : ''}\n`);
            },
          });
          const peak = Math.round(process.resourceUsage().maxRSS / 1024);
          io.stderr.write(
            `corroborate worker ${process.pid}: stopped after ${analysed} articles, CPU ${cpuSeconds().toFixed(1)} s, ` +
              `peak RSS ${peak} MB; placement lock taken ${placementLock.turns} times, waited for ` +
              `${placementLock.waitedSeconds.toFixed(1)} s, held ${placementLock.heldSeconds.toFixed(1)} s\n`,
          );
        });
      },
    );
}

export function workerCommands(setExitCode: (code: number) => void, io: Output = processOutput): Command[] {
  return [enqueueCommand(setExitCode, io), workerCommand(setExitCode, io)];
}
