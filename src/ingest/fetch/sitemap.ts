import { XMLParser } from 'fast-xml-parser';

/**
 * XML sitemaps (sitemaps.org) read with fast-xml-parser: a `<urlset>` lists pages, a
 * `<sitemapindex>` lists further sitemaps. Google News sitemaps add, per page, `news:title`,
 * `news:publication_date` and the publication's name and language, kept as the page's defaults.
 * Namespace prefixes are dropped, so any prefix an outlet chose reads the same.
 */

export interface SitemapPage {
  readonly url: string;
  /** `lastmod`, else the news publication date: what says whether the page changed. */
  readonly modified?: string;
  readonly title?: string;
  readonly published?: string;
  readonly outlet?: string;
  readonly language?: string;
}

export type Sitemap =
  | { readonly kind: 'pages'; readonly pages: readonly SitemapPage[] }
  | { readonly kind: 'index'; readonly sitemaps: readonly string[] };

const parser = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  ignoreAttributes: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
  processEntities: true,
});

const textOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'object' && value !== null && '#text' in value) return textOf(value['#text']);
  return undefined;
};

const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined,
    value,
  );

const isWeb = (url: string | undefined): url is string => url !== undefined && /^https?:\/\//i.test(url);

/** True when the XML's root element is a sitemap's, read from its first bytes only. */
export function looksLikeSitemap(head: string): boolean {
  return /<(?:[\w-]+:)?(urlset|sitemapindex)[\s>]/.test(head.slice(0, 4096));
}

function pageOf(entry: unknown): SitemapPage[] {
  const url = textOf(field(entry, 'loc'));
  if (!isWeb(url)) return [];
  const news = field(entry, 'news');
  const published = textOf(field(news, 'publication_date'));
  const modified = textOf(field(entry, 'lastmod')) ?? published;
  const title = textOf(field(news, 'title'));
  const outlet = textOf(field(news, 'publication', 'name'));
  const language = textOf(field(news, 'publication', 'language'));
  return [
    {
      url,
      ...(modified ? { modified } : {}),
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      ...(outlet ? { outlet } : {}),
      ...(language ? { language } : {}),
    },
  ];
}

/** The sitemap's pages or child sitemaps; undefined when the XML is not a sitemap or will not parse. */
export function parseSitemap(xml: string): Sitemap | undefined {
  let document: unknown;
  try {
    document = parser.parse(xml);
  } catch {
    return undefined;
  }
  const index = field(document, 'sitemapindex');
  if (index !== undefined) {
    const entries = [field(index, 'sitemap') ?? []].flat();
    return { kind: 'index', sitemaps: entries.map((e) => textOf(field(e, 'loc'))).filter(isWeb) };
  }
  const urlset = field(document, 'urlset');
  if (urlset === undefined) return undefined;
  return { kind: 'pages', pages: [field(urlset, 'url') ?? []].flat().flatMap(pageOf) };
}
