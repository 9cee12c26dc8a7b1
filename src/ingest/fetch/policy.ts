import packageJson from '../../../package.json' with { type: 'json' };

/**
 * How politely and how defensively addresses are fetched. One readonly object, defaults resolved
 * once; tests shorten the times, nothing else changes between a test and a real run.
 */
export interface FetchPolicy {
  /** Sent with every request; its first word is the token robots.txt rules are matched against. */
  readonly userAgent: string;
  /** The product token robots.txt groups are matched against. */
  readonly robotsToken: string;
  /** Whole request (headers and body) before it is abandoned, per attempt (ms). */
  readonly timeoutMs: number;
  /** Further attempts after a network error, a timeout, 429 or a 5xx answer. */
  readonly retries: number;
  /** First wait before a retry; doubled each time (ms). */
  readonly backoffMs: number;
  /** Longest wait honoured from a Retry-After header or a robots.txt Crawl-delay (ms). */
  readonly maxWaitMs: number;
  readonly maxRedirects: number;
  /** Bodies larger than this (after decompression) are abandoned (bytes). */
  readonly maxBytes: number;
  /** Least time between the starts of two requests to one host (ms); a larger Crawl-delay wins. */
  readonly hostIntervalMs: number;
  /** Requests in flight to one host at once. */
  readonly hostConcurrency: number;
  /** Requests in flight overall. */
  readonly totalConcurrency: number;
  /** Items (feed entries, sitemap addresses) read from one feed or sitemap per poll. */
  readonly maxItemsPerSource: number;
  /** Child sitemaps read from one sitemap index. */
  readonly maxChildSitemaps: number;
  /** How long a fetched robots.txt is trusted (ms). */
  readonly robotsTtlMs: number;
}

export const defaultFetchPolicy: FetchPolicy = {
  userAgent: `corroborate/${packageJson.version} (news corroboration; honours robots.txt)`,
  robotsToken: 'corroborate',
  timeoutMs: 20_000,
  retries: 2,
  backoffMs: 1_000,
  maxWaitMs: 60_000,
  maxRedirects: 5,
  maxBytes: 10 * 1024 * 1024,
  hostIntervalMs: 1_000,
  hostConcurrency: 2,
  totalConcurrency: 8,
  maxItemsPerSource: 100,
  maxChildSitemaps: 20,
  robotsTtlMs: 60 * 60 * 1000,
};
