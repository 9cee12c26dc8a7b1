import { createHash } from 'node:crypto';
import { charsetOfContentType } from '../decode.ts';
import type { ArticleDraft, IngestLimits, ReadResult, Rejection } from '../draft.ts';
import { formatOfContent, headOf } from '../sniff.ts';
import { type ByteHints, readBytes } from '../sources.ts';
import { type FetchOutcome, type HttpClient, isWebUrl, type Validators } from './http.ts';
import { robotsUrlOf } from './robots.ts';
import { looksLikeSitemap, parseSitemap, type SitemapPage } from './sitemap.ts';

/**
 * Live sources: an address is fetched and read as what it turns out to be. A feed or a sitemap is
 * a list of items, and each item's own page is fetched (never any link inside an article's text);
 * anything else is one page. With a fetch state, every request is conditional (ETag,
 * Last-Modified) and an item whose feed entry or sitemap line has not changed since it was last
 * read is not requested at all.
 */

/** What earlier polls learnt, read before fetching. */
export interface FetchState {
  validators(urls: readonly string[]): Promise<ReadonlyMap<string, Validators>>;
  /** The items of a feed or sitemap read before, by address. */
  itemStamps(sourceUrl: string): Promise<ReadonlyMap<string, SeenItem>>;
}

export interface SeenItem {
  readonly stamp: string;
  /** When the item's page was last fetched or confirmed unchanged (ms since the epoch). */
  readonly checkedAt: number;
}

export interface ItemStamp {
  readonly source: string;
  readonly item: string;
  readonly stamp: string;
}

/** What to remember once the articles are stored (not before: a lost article must be fetched again). */
export interface FetchStateUpdate {
  readonly validators: readonly { readonly url: string; readonly validators: Validators }[];
  readonly items: readonly ItemStamp[];
}

export interface LiveRead extends ReadResult {
  readonly update: FetchStateUpdate;
  /** Addresses the server said were unchanged (answered 304). */
  readonly unchanged: readonly string[];
}

export interface LiveContext {
  readonly client: HttpClient;
  readonly limits: IngestLimits;
  readonly state?: FetchState;
  readonly signal?: AbortSignal;
  /**
   * Items whose list entry is unchanged are still re-requested (conditionally) once their last
   * check is this old: outlets edit pages without touching their feeds. Unset: never.
   */
  readonly recheckAfterMs?: number;
}

const empty: LiveRead = { drafts: [], rejections: [], update: { validators: [], items: [] }, unchanged: [] };

function mergeLive(reads: readonly LiveRead[]): LiveRead {
  return {
    drafts: reads.flatMap((r) => r.drafts),
    rejections: reads.flatMap((r) => r.rejections),
    update: {
      validators: reads.flatMap((r) => r.update.validators),
      items: reads.flatMap((r) => r.update.items),
    },
    unchanged: reads.flatMap((r) => r.unchanged),
  };
}

const failure = (path: string, code: Rejection['code'], message: string): LiveRead => ({
  ...empty,
  rejections: [{ path, code, message }],
});

/** Why an address gave nothing, as a rejection; undefined when it was fetched or unchanged. */
function outcomeProblem(outcome: FetchOutcome): LiveRead | undefined {
  if (outcome.kind === 'disallowed') {
    const robotsUrl = robotsUrlOf(outcome.blockedUrl);
    return failure(
      outcome.url,
      'fetch/disallowed',
      outcome.robotsUnreachable
        ? `${robotsUrl} could not be read (no answer or a server error), so nothing on that host is fetched until it can be.`
        : `${robotsUrl} does not allow ${outcome.blockedUrl}; it was not fetched.`,
    );
  }
  if (outcome.kind === 'failed')
    return failure(
      outcome.url,
      outcome.final ? 'fetch/refused' : 'fetch/failed',
      `${outcome.reason}; nothing was read from it.`,
    );
  if (outcome.kind === 'not-modified') return { ...empty, unchanged: [outcome.url] };
  return undefined;
}

const formatOfContentType = (contentType: string | undefined): ByteHints['format'] => {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(rss|atom|rdf)\+xml$/.test(type)) return 'feed';
  if (type === 'application/json') return 'json';
  return undefined;
};

const bareHost = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/**
 * The article's address: its canonical link when that is on the host that served it, else where
 * the page was fetched from, so a page cannot claim another site's article as its own version.
 */
function articleAddress(canonical: string | undefined, fetchedFrom: string): string {
  const trusted = canonical && isWebUrl(canonical) && bareHost(canonical) === bareHost(fetchedFrom);
  const url = new URL(trusted ? canonical : fetchedFrom);
  url.hash = '';
  return url.href;
}

/** Metadata a list gave about a page, used where the page itself says nothing. */
type PageDefaults = Pick<ArticleDraft, 'title' | 'published' | 'outlet' | 'language'>;

const withDefaults = (draft: ArticleDraft, defaults: PageDefaults): ArticleDraft => ({
  ...defaults,
  ...(defaults.published && !draft.published ? { publishedFrom: 'metadata' as const } : {}),
  ...draft,
});

async function readFetched(
  fetched: Extract<FetchOutcome, { kind: 'fetched' }>,
  limits: IngestLimits,
): Promise<ReadResult> {
  const charset = charsetOfContentType(fetched.contentType);
  const format = formatOfContentType(fetched.contentType) ?? formatOfContent(headOf(fetched.bytes));
  return readBytes(fetched.bytes, fetched.finalUrl, limits, {
    ...(format !== 'warc' ? { format } : {}),
    ...(charset ? { charset } : {}),
  });
}

const validatorUpdate = (outcome: FetchOutcome) =>
  outcome.kind === 'fetched' && (outcome.validators.etag || outcome.validators.lastModified)
    ? [{ url: outcome.url, validators: outcome.validators }]
    : [];

/** A stop (the signal aborting) ends the request as a failure, so what was fetched before is kept. */
async function fetchConditionally(url: string, context: LiveContext): Promise<FetchOutcome> {
  const validators = (await context.state?.validators([url]))?.get(url);
  try {
    return await context.client.get(url, {
      ...(validators ? { validators } : {}),
      ...(context.signal ? { signal: context.signal } : {}),
    });
  } catch (error) {
    if (!context.signal?.aborted) throw error;
    return { kind: 'failed', url, reason: 'stopped before it was fetched' };
  }
}

/** A fetched page's drafts, addressed by their canonical link, with the list's defaults. */
const pageRead = (
  outcome: Extract<FetchOutcome, { kind: 'fetched' }>,
  read: ReadResult,
  defaults: PageDefaults = {},
): LiveRead => ({
  drafts: read.drafts.map((draft) =>
    withDefaults({ ...draft, url: articleAddress(draft.url, outcome.finalUrl) }, defaults),
  ),
  rejections: read.rejections,
  update: { validators: validatorUpdate(outcome), items: [] },
  unchanged: [],
});

/** One article page: fetched, read, addressed by its canonical link. */
async function readPage(url: string, context: LiveContext, defaults: PageDefaults = {}): Promise<LiveRead> {
  const outcome = await fetchConditionally(url, context);
  const problem = outcomeProblem(outcome);
  if (problem || outcome.kind !== 'fetched') return problem ?? empty;
  return pageRead(outcome, await readFetched(outcome, context.limits), defaults);
}

interface ListItem {
  readonly url: string;
  /** Changes when the list's entry for the item changes. */
  readonly stamp: string;
  readonly defaults: PageDefaults;
}

const stampOf = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** A failure that may pass (a timeout, a 5xx): the item is tried again next poll. */
const isTransient = (read: LiveRead): boolean => read.rejections.some((r) => r.code === 'fetch/failed');

const isDue = (seen: SeenItem | undefined, context: LiveContext): boolean =>
  seen !== undefined &&
  context.recheckAfterMs !== undefined &&
  Date.now() - seen.checkedAt >= context.recheckAfterMs;

/**
 * The items of a list that are new, whose entry changed, or that are due for a re-check, each read
 * from its page. `listed` undefined: the list itself was unchanged (304), so its stored items are
 * the list. `complete` is false when an item failed for a reason that may pass; the list's
 * validators are then not kept, so the next poll reads the list and retries the item.
 */
async function readItems(
  sourceUrl: string,
  listed: readonly ListItem[] | undefined,
  context: LiveContext,
): Promise<{ readonly read: LiveRead; readonly complete: boolean }> {
  const seen = (await context.state?.itemStamps(sourceUrl)) ?? new Map<string, SeenItem>();
  const items =
    listed?.slice(0, context.client.policy.maxItemsPerSource) ??
    [...seen].map(([url, known]): ListItem => ({ url, stamp: known.stamp, defaults: {} }));
  const wanted = items.filter((item) => {
    const known = seen.get(item.url);
    return known?.stamp !== item.stamp || isDue(known, context);
  });
  const reads = await Promise.all(
    wanted.map(async (item) => {
      const read = await readPage(item.url, context, item.defaults);
      const stamp = { source: sourceUrl, item: item.url, stamp: item.stamp };
      return { ...read, update: { ...read.update, items: isTransient(read) ? [] : [stamp] } };
    }),
  );
  const read = mergeLive(reads);
  return { read, complete: !isTransient(read) };
}

/** A list's read, with the list's own validators when every item was read. */
const withListValidators = (
  list: Extract<FetchOutcome, { kind: 'fetched' }>,
  { read, complete }: { readonly read: LiveRead; readonly complete: boolean },
): LiveRead => ({
  ...read,
  update: {
    ...read.update,
    validators: [...read.update.validators, ...(complete ? validatorUpdate(list) : [])],
  },
});

function sitemapItems(pages: readonly SitemapPage[]): ListItem[] {
  // Newest first, so the item cap keeps the latest news of a long sitemap.
  const sorted = [...pages].sort((a, b) => (b.modified ?? '').localeCompare(a.modified ?? ''));
  return sorted.map((page) => ({
    url: page.url,
    stamp: stampOf([page.modified ?? '', page.title ?? '']),
    defaults: {
      ...(page.title ? { title: page.title } : {}),
      ...(page.published ? { published: page.published } : {}),
      ...(page.outlet ? { outlet: page.outlet } : {}),
      ...(page.language ? { language: page.language } : {}),
    },
  }));
}

/** Feed entries with a web link are items to fetch; entries without one are articles as they are. */
function feedItems(drafts: readonly ArticleDraft[]): { items: ListItem[]; inline: ArticleDraft[] } {
  const items: ListItem[] = [];
  const inline: ArticleDraft[] = [];
  for (const draft of drafts) {
    if (!draft.url || !isWebUrl(draft.url)) {
      inline.push(draft);
      continue;
    }
    const { path: _path, ...entry } = draft;
    items.push({
      url: draft.url,
      stamp: stampOf(entry),
      defaults: {
        ...(draft.outlet ? { outlet: draft.outlet } : {}),
        ...(draft.published ? { published: draft.published } : {}),
        ...(draft.language ? { language: draft.language } : {}),
      },
    });
  }
  return { items, inline };
}

/** How deep sitemap indexes are followed: an index of sitemaps of pages, no deeper. */
const maxSitemapDepth = 2;

async function readSource(url: string, context: LiveContext, depth: number): Promise<LiveRead> {
  const outcome = await fetchConditionally(url, context);
  if (outcome.kind === 'not-modified' && context.recheckAfterMs !== undefined) {
    // The list is unchanged, but the pages it lists may not be.
    const { read } = await readItems(url, undefined, context);
    return mergeLive([{ ...empty, unchanged: [url] }, read]);
  }
  const problem = outcomeProblem(outcome);
  if (problem || outcome.kind !== 'fetched') return problem ?? empty;

  const head = headOf(outcome.bytes);
  if (looksLikeSitemap(head)) {
    const sitemap = parseSitemap(new TextDecoder('utf-8').decode(outcome.bytes));
    if (!sitemap) return failure(url, 'input/malformed', 'The sitemap is not well-formed XML.');
    if (sitemap.kind === 'pages')
      return withListValidators(outcome, await readItems(url, sitemapItems(sitemap.pages), context));
    if (depth >= maxSitemapDepth)
      return failure(
        url,
        'input/unsupported',
        'Sitemap indexes nested deeper than two levels are not followed.',
      );
    const children = sitemap.sitemaps.slice(0, context.client.policy.maxChildSitemaps);
    const reads = await Promise.all(children.map((child) => readSource(child, context, depth + 1)));
    const read = mergeLive(reads);
    return withListValidators(outcome, { read, complete: !isTransient(read) });
  }

  const read = await readFetched(outcome, context.limits);
  const isFeed = formatOfContent(head) === 'feed' || formatOfContentType(outcome.contentType) === 'feed';
  if (!isFeed) return pageRead(outcome, read);
  const { items, inline } = feedItems(read.drafts);
  const fromItems = withListValidators(outcome, await readItems(url, items, context));
  return mergeLive([{ ...empty, drafts: inline, rejections: read.rejections }, fromItems]);
}

/**
 * Reads web addresses (article pages, RSS/Atom feeds, sitemaps) into drafts; every problem becomes
 * a rejection naming the address. Addresses on different hosts are fetched side by side.
 */
export async function readLive(urls: readonly string[], context: LiveContext): Promise<LiveRead> {
  return mergeLive(await Promise.all([...new Set(urls)].map((url) => readSource(url, context, 0))));
}
