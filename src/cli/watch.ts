import { setTimeout as sleep } from 'node:timers/promises';
import { Command, InvalidArgumentError } from 'commander';
import { createHttpClient, defaultFetchPolicy, type HttpClient, isWebUrl } from '../ingest/index.ts';
import { type AddResult, type Collection, createCollection } from '../store/index.ts';
import { plain } from '../text/plain.ts';
import { type Output, plural, type StoreOptions, withStore, withStoreOptions } from './service.ts';

/**
 * `corroborate watch <feeds...>`: polls feeds, sitemaps and pages into the store every so often
 * and analyses what is new. Every poll is conditional, so an unchanged feed costs one request.
 * SIGINT or SIGTERM stops it: requests in flight are abandoned, what had been fetched is stored,
 * and the store is closed; a second signal exits at once.
 */

const units: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "10m", "30s", "1h", "250ms", or a bare number of seconds, in milliseconds. */
export function parseDuration(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!match) throw new InvalidArgumentError(`Not a duration: ${value} (write 30s, 10m, 1h).`);
  return Number(match[1]) * units[match[2] ?? 's']!;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`Not a whole number above 0: ${value}.`);
  return n;
}

export interface WatchOptions {
  readonly everyMs: number;
  readonly recheckAfterMs?: number;
  readonly client: HttpClient;
  readonly signal: AbortSignal;
  readonly log: (line: string) => void;
}

function pollReport(poll: number, result: AddResult): string[] {
  const time = new Date().toISOString().slice(11, 19);
  const lines = [
    `poll ${poll} at ${time}Z: ${plural(result.added.length, 'article')} added` +
      `${result.versioned ? ` (${plural(result.versioned, 'new version')})` : ''}, ` +
      `${result.unchanged?.length ?? 0} unchanged, ${result.rejected.length} rejected; ` +
      `${plural(result.stories, 'story', 'stories')}`,
  ];
  for (const article of result.added) lines.push(`  + ${plain(article.title ?? article.id)} (${article.id})`);
  for (const rejection of result.rejected)
    lines.push(`  ! ${plain(rejection.path)}: ${plain(rejection.message)}`);
  return lines;
}

/** Polls until the signal aborts; each poll's articles are stored before the next begins. */
export async function watchSources(
  collection: Collection,
  urls: readonly string[],
  options: WatchOptions,
): Promise<number> {
  let polls = 0;
  while (!options.signal.aborted) {
    const result = await collection.addUrls(urls, {
      client: options.client,
      signal: options.signal,
      ...(options.recheckAfterMs !== undefined ? { recheckAfterMs: options.recheckAfterMs } : {}),
    });
    polls++;
    for (const line of pollReport(polls, result)) options.log(line);
    try {
      await sleep(options.everyMs, undefined, { signal: options.signal });
    } catch {
      break;
    }
  }
  return polls;
}

/** An AbortSignal that SIGINT and SIGTERM abort; the second signal exits without waiting. */
function stopSignal(log: (line: string) => void): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const stop = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    log(`${name}: stopping after storing what has been fetched (send it again to exit at once)`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

export function watchCommand(setExitCode: (code: number) => void, io: Output): Command {
  return withStoreOptions(new Command('watch'))
    .description(
      'Poll feeds, sitemaps or pages into the store and analyse what is new, until SIGINT or SIGTERM.',
    )
    .argument('<urls...>', 'http(s) URLs of RSS/Atom feeds, sitemaps or article pages')
    .option('--every <duration>', 'time between polls (30s, 10m, 1h)', parseDuration, parseDuration('10m'))
    .option(
      '--recheck <duration>',
      'also re-request listed pages last checked this long ago, conditionally, to catch edits a feed does not announce',
      parseDuration,
    )
    .option(
      '--host-interval <duration>',
      'least time between two requests to one host (a longer robots.txt Crawl-delay wins)',
      parseDuration,
      defaultFetchPolicy.hostIntervalMs,
    )
    .option(
      '--host-concurrency <n>',
      'requests in flight to one host at once',
      positiveInteger,
      defaultFetchPolicy.hostConcurrency,
    )
    .action(
      async (
        urls: string[],
        options: StoreOptions & {
          every: number;
          recheck?: number;
          hostInterval: number;
          hostConcurrency: number;
        },
      ) => {
        const notWeb = urls.filter((url) => !isWebUrl(url));
        if (notWeb.length > 0) {
          io.stderr.write(`corroborate: watch reads http(s) addresses only, not ${notWeb.join(', ')}\n`);
          setExitCode(2);
          return;
        }
        await withStore(options, setExitCode, io, async (store) => {
          const log = (line: string) => io.stdout.write(`${line}\n`);
          const { signal, dispose } = stopSignal(log);
          try {
            log(
              `Watching ${plural(urls.length, 'source')} every ${options.every / 1000}s into ${store.location}`,
            );
            const polls = await watchSources(createCollection(store), urls, {
              everyMs: options.every,
              ...(options.recheck !== undefined ? { recheckAfterMs: options.recheck } : {}),
              client: createHttpClient({
                hostIntervalMs: options.hostInterval,
                hostConcurrency: options.hostConcurrency,
              }),
              signal,
              log,
            });
            log(`Stopped after ${plural(polls, 'poll')}; everything fetched is stored.`);
          } finally {
            dispose();
          }
        });
      },
    );
}
