import { Command, Option } from 'commander';
import { ingestPaths, loadLanguageDetector } from '../ingest/index.ts';
import { redactUrl, StoreError } from '../store/index.ts';
import { defaultStaleSeconds, enqueueArticles, openQueue, runWorker } from '../worker/index.ts';
import { type Output, serviceExitCodes } from './service.ts';

/**
 * Worker mode: `corroborate enqueue <paths>` reads articles and queues one job per article in
 * PostgreSQL; `corroborate worker` runs those jobs (extraction, storing, story placement, the
 * story's reuse and cross-check). Any number of workers on any machines share one database.
 */

const processOutput: Output = { stdout: process.stdout, stderr: process.stderr };

const databaseUrlOption = () =>
  new Option('--database-url <url>', 'PostgreSQL database, postgresql://user:password@host:5432/db').env(
    'DATABASE_URL',
  );

const positiveNumber = (value: string): number => {
  const number = Number(value);
  if (!(number > 0)) throw new Error(`Not a positive number: ${value}`);
  return number;
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
    .description('Read articles and queue them for the workers (see corroborate worker).')
    .argument('<paths...>', 'files, folders or - (stdin)')
    .addOption(databaseUrlOption())
    .action(async (paths: string[], options: { databaseUrl?: string }) => {
      if (!requireDatabaseUrl(options.databaseUrl, io, setExitCode)) return;
      const url = options.databaseUrl;
      await reportingStoreErrors(io, setExitCode, async () => {
        const ingested = await ingestPaths(paths, { detectLanguage: await loadLanguageDetector() });
        const queue = await openQueue(url);
        try {
          const sent = await enqueueArticles(queue, ingested.articles);
          for (const rejection of ingested.rejections)
            io.stderr.write(`corroborate: rejected ${rejection.path}: ${rejection.message}\n`);
          io.stdout.write(
            `${sent} article jobs queued in ${redactUrl(url)}, ${ingested.rejections.length} inputs rejected\n`,
          );
          setExitCode(ingested.rejections.length > 0 ? 3 : 0);
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
    .option('-v, --verbose', 'print a line per article')
    .action(
      async (options: {
        databaseUrl?: string;
        concurrency: number;
        untilEmpty?: boolean;
        staleAfter: number;
        verbose?: boolean;
      }) => {
        if (!requireDatabaseUrl(options.databaseUrl, io, setExitCode)) return;
        const url = options.databaseUrl;
        await reportingStoreErrors(io, setExitCode, async () => {
          let analysed = 0;
          io.stderr.write(`corroborate worker ${process.pid}: working on ${redactUrl(url)}\n`);
          await runWorker({
            databaseUrl: url,
            concurrency: Math.floor(options.concurrency),
            untilEmpty: options.untilEmpty === true,
            staleSeconds: options.staleAfter,
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
            `corroborate worker ${process.pid}: stopped after ${analysed} articles, peak RSS ${peak} MB\n`,
          );
        });
      },
    );
}

export function workerCommands(setExitCode: (code: number) => void, io: Output = processOutput): Command[] {
  return [enqueueCommand(setExitCode, io), workerCommand(setExitCode, io)];
}
