/**
 * Fetching live sources politely: the HTTP client (robots.txt, per-host rate limit and concurrency
 * cap, timeouts, retries, bounded redirects and bodies, conditional requests) and the reader that
 * turns article pages, feeds and sitemaps into drafts.
 */
export { createHttpClient, type FetchOutcome, type HttpClient, isWebUrl, type Validators } from './http.ts';
export {
  type FetchState,
  type FetchStateUpdate,
  type ItemStamp,
  type LiveContext,
  type LiveRead,
  readLive,
  type SeenItem,
} from './live.ts';
export { defaultFetchPolicy, type FetchPolicy } from './policy.ts';
export { parseSitemap, type Sitemap, type SitemapPage } from './sitemap.ts';
