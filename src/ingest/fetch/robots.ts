import robotsParserModule from 'robots-parser';

// robots-parser is CommonJS exporting one function; its typings describe it as an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/**
 * robots.txt, one per origin, read with robots-parser and kept for `ttlMs`. What an answer means
 * follows RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be read
 * (5xx, network error, timeout) disallows everything until it can be.
 */

export type RobotsAnswer =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreachable' };

/** Whether an address may be fetched; `unreachable`: no, because the origin's robots.txt could not be read. */
export type RobotsVerdict = 'allowed' | 'disallowed' | 'unreachable';

export interface RobotsRules {
  verdict(url: string, signal?: AbortSignal): Promise<RobotsVerdict>;
  /** The origin's Crawl-delay for our token, in milliseconds, once its robots.txt has been read. */
  crawlDelayMs(url: string): number;
}

interface Entry {
  readonly verdict: (url: string) => RobotsVerdict;
  readonly crawlDelayMs: number;
  readonly expires: number;
}

export const robotsUrlOf = (url: string): string => new URL('/robots.txt', url).href;

export function createRobotsRules(
  fetchRobots: (robotsUrl: string, signal?: AbortSignal) => Promise<RobotsAnswer>,
  options: { readonly token: string; readonly ttlMs: number },
): RobotsRules {
  const byOrigin = new Map<string, Promise<Entry>>();

  async function load(robotsUrl: string, signal?: AbortSignal): Promise<Entry> {
    const answer = await fetchRobots(robotsUrl, signal);
    const expires = Date.now() + options.ttlMs;
    if (answer.kind === 'missing') return { verdict: () => 'allowed', crawlDelayMs: 0, expires };
    if (answer.kind === 'unreachable') return { verdict: () => 'unreachable', crawlDelayMs: 0, expires };
    const robots = robotsParser(robotsUrl, answer.text);
    return {
      // robots-parser answers undefined for another origin; the origin is ours by construction.
      verdict: (url) => (robots.isAllowed(url, options.token) === false ? 'disallowed' : 'allowed'),
      crawlDelayMs: (robots.getCrawlDelay(options.token) ?? 0) * 1000,
      expires,
    };
  }

  const entryFor = (url: string, signal?: AbortSignal): Promise<Entry> => {
    const origin = new URL(url).origin;
    const cached = byOrigin.get(origin);
    if (cached) return cached;
    const entry = load(robotsUrlOf(url), signal);
    byOrigin.set(origin, entry);
    // An aborted read (the watch stopping) is forgotten, not cached as an answer.
    entry.catch(() => byOrigin.delete(origin));
    return entry;
  };

  const settled = new Map<string, Entry>();

  return {
    async verdict(url, signal) {
      const origin = new URL(url).origin;
      let entry = await entryFor(url, signal);
      if (entry.expires < Date.now()) {
        byOrigin.delete(origin);
        entry = await entryFor(url, signal);
      }
      settled.set(origin, entry);
      return entry.verdict(url);
    },
    crawlDelayMs: (url) => settled.get(new URL(url).origin)?.crawlDelayMs ?? 0,
  };
}
