import { normaliseSpace } from './html-blocks.ts';
import type { DomDocument } from './html-document.ts';

/**
 * What a page says about itself: <meta> tags (Open Graph, article:*, Dublin Core, common CMS
 * names), JSON-LD news article objects (also inside `@graph` and arrays), the canonical <link>,
 * <html lang> and <title>. Read before Readability runs, because Readability changes the document.
 */
export interface PageMetadata {
  readonly title?: string;
  readonly published?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly language?: string;
  readonly authors: readonly string[];
}

/** JSON-LD types that describe an article (schema.org Article and its news subtypes). */
const articleTypes = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'Report',
]);

/** How many JSON-LD objects are looked at per page, so a huge @graph cannot make the search slow. */
const maxJsonLdNodes = 2000;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  return normaliseSpace(value) || undefined;
};

/** Names from a string, a `{name}` object (or an `{@id}` reference to one), or an array of those. */
function nameIn(value: unknown, byId: ReadonlyMap<string, JsonObject>): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((item) => {
    if (typeof item === 'string') return text(item) ? [text(item)!] : [];
    if (!isObject(item)) return [];
    const resolved = typeof item['@id'] === 'string' && !('name' in item) ? byId.get(item['@id']) : item;
    const name = text(resolved?.name);
    return name ? [name] : [];
  });
}

const typesOf = (node: JsonObject): string[] =>
  [node['@type']].flat().filter((type): type is string => typeof type === 'string');

interface JsonLdArticle {
  readonly node: JsonObject;
  readonly byId: ReadonlyMap<string, JsonObject>;
}

/** Parses each JSON-LD script and finds the first object whose type is an article. */
function findJsonLdArticle(document: DomDocument): JsonLdArticle | undefined {
  const scripts = document.querySelectorAll('script[type]');
  const byId = new Map<string, JsonObject>();
  let found: JsonObject | undefined;
  let visited = 0;
  for (let index = 0; index < scripts.length; index++) {
    const script = scripts[index]!;
    if (!/^\s*application\/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    let data: unknown;
    try {
      // Some pages wrap JSON-LD in a comment or CDATA markers.
      data = JSON.parse(
        (script.textContent ?? '').replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)|(-->|\/\/\s*\]\]>)\s*$/g, ''),
      );
    } catch {
      continue; // A broken script does not stop the page: other metadata remains.
    }
    const pending: unknown[] = [data];
    while (pending.length > 0 && visited < maxJsonLdNodes) {
      const item = pending.pop();
      if (Array.isArray(item)) {
        // Pushed last to first so the first is looked at first; no spread, arrays may be huge.
        for (let at = Math.min(item.length, maxJsonLdNodes) - 1; at >= 0; at--) pending.push(item[at]);
        continue;
      }
      if (!isObject(item)) continue;
      visited++;
      if (typeof item['@id'] === 'string') byId.set(item['@id'], item);
      if (!found && typesOf(item).some((type) => articleTypes.has(type))) found = item;
      if (item['@graph']) pending.push(item['@graph']);
      if (isObject(item.mainEntity)) pending.push(item.mainEntity);
    }
  }
  return found ? { node: found, byId } : undefined;
}

/** The first value among `meta` tags, keyed by property, name or itemprop (lower case). */
function metaValues(document: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let index = 0; index < metas.length; index++) {
    const meta = metas[index]!;
    const key =
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      meta.getAttribute('http-equiv');
    const value = text(meta.getAttribute('content'));
    if (key && value && !values.has(key.toLowerCase())) values.set(key.toLowerCase(), value);
  }
  return values;
}

const firstOf = (...values: (string | undefined)[]): string | undefined =>
  values.find((value) => value !== undefined);

/** An absolute http(s) URL, resolving a relative one against `base` when there is one. */
function webUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const looksLikeUrl = (value: string): boolean => /^(https?:)?\/\//i.test(value);

/** "en-US", "en_us", "EN" → "en": the language, without region, as the rest of the system compares it. */
export function primaryLanguage(value: string | undefined): string | undefined {
  const match = /^\s*([A-Za-z]{2,3})(?:[-_]|$)/.exec(value ?? '');
  return match?.[1]?.toLowerCase();
}

const publishedMetaKeys = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
];

const authorMetaKeys = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];

export function readPageMetadata(document: DomDocument, baseUrl?: string): PageMetadata {
  const meta = metaValues(document);
  const jsonLd = findJsonLdArticle(document);
  const article = jsonLd?.node ?? {};
  const byId = jsonLd?.byId ?? new Map<string, JsonObject>();

  const titleElement = document.querySelector('title');
  const title = firstOf(
    meta.get('og:title'),
    text(article.headline),
    meta.get('twitter:title'),
    text(titleElement?.textContent),
  );

  const jsonLdPublished = text(article.datePublished) ?? text(article.dateCreated);
  const published = firstOf(
    meta.get('article:published_time'),
    jsonLdPublished,
    ...publishedMetaKeys.map((key) => meta.get(key)),
  );

  const ogUrl = webUrl(meta.get('og:url'), baseUrl);
  const base = baseUrl ?? ogUrl;
  const canonical = webUrl(
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    base,
  );
  const mainEntity = article.mainEntityOfPage;
  const jsonLdUrl = webUrl(
    text(article.url) ?? (isObject(mainEntity) ? text(mainEntity['@id']) : text(mainEntity)),
    base,
  );
  const url = firstOf(canonical, ogUrl, jsonLdUrl);

  const outlet = firstOf(
    meta.get('og:site_name'),
    nameIn(article.publisher, byId)[0],
    meta.get('application-name'),
  );

  const language = primaryLanguage(
    firstOf(
      text(document.documentElement.getAttribute('lang')),
      meta.get('content-language'),
      meta.get('og:locale'),
      text(article.inLanguage),
    ),
  );

  const metaAuthors = authorMetaKeys.flatMap((key) => {
    const value = meta.get(key);
    return value && !looksLikeUrl(value) ? [value] : [];
  });
  const jsonLdAuthors = nameIn(article.author, byId).filter((name) => !looksLikeUrl(name));
  const authors = [...new Set(jsonLdAuthors.length > 0 ? jsonLdAuthors : metaAuthors)];

  return {
    authors,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    ...(outlet ? { outlet } : {}),
    ...(language ? { language } : {}),
  };
}
