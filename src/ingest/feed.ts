import { extractFromXml, type FeedEntry } from '@extractus/feed-extractor';
import type { ArticleDraft, DraftBlock, IngestLimits, ReadResult } from './draft.ts';
import { defaultLimits } from './draft.ts';
import { blocksOf, normaliseSpace } from './html-blocks.ts';
import { parseHtmlDocument } from './html-document.ts';
import { primaryLanguage } from './html-metadata.ts';
import { mergeResults, recordPath, rejected } from './read-result.ts';

/**
 * RSS, Atom and RDF feeds, through feed-extractor. Each entry becomes a draft `path#n`: its title,
 * link as url, date, author as a byline, and its full content (`content:encoded`, Atom `content`)
 * or else its summary (`description`, `summary`) split into paragraphs. The feed's title is the outlet.
 */

/** The raw entry fields kept beside feed-extractor's normalised ones (it strips tags and line breaks). */
interface RawEntry {
  /** Atom entries list several links (self, enclosure, alternate): the alternate one is the article. */
  readonly alternateLink?: string;
  readonly contentMarkup?: string;
  readonly summaryMarkup?: string;
  readonly authors: readonly string[];
  readonly publishedText?: string;
  readonly updatedText?: string;
}

/**
 * Content fields are parsed as raw markup ("stop nodes"), so Atom's XHTML content stays markup
 * instead of becoming an object tree; tag values stay strings (a headline "1984" is not a number).
 */
const contentFields = ['*.content', '*.summary', '*.description', '*.content:encoded'];

/** Text of a parsed XML value: a string, a number, or an element object with `#text`. */
function xmlText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && '#text' in value) return xmlText(value['#text']);
  return undefined;
}

/** "jane@example.com (Jane Roe)" → "Jane Roe"; Atom `{name}` objects; arrays of either. */
function authorNames(value: unknown): string[] {
  return [value].flat().flatMap((item) => {
    const name =
      typeof item === 'object' && item !== null && 'name' in item ? xmlText(item.name) : xmlText(item);
    if (!name) return [];
    const inParentheses = /^\S+@\S+\s*\(([^)]+)\)$/.exec(name.trim());
    const clean = normaliseSpace(inParentheses?.[1] ?? name);
    return clean && !clean.includes('@') ? [clean] : [];
  });
}

function alternateLink(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const links = value.filter(
    (link): link is Record<string, unknown> => typeof link === 'object' && link !== null,
  );
  const alternate = links.find((link) => link['@_rel'] === undefined || link['@_rel'] === 'alternate');
  const href = alternate?.['@_href'];
  return typeof href === 'string' && /^https?:\/\//i.test(href) ? href : undefined;
}

function rawEntry(item: Record<string, unknown>): RawEntry {
  const contentMarkup = xmlText(item['content:encoded']) ?? xmlText(item.content);
  const summaryMarkup = xmlText(item.description) ?? xmlText(item.summary);
  const link = alternateLink(item.link);
  const publishedText =
    xmlText(item.published) ?? xmlText(item.pubDate) ?? xmlText(item['dc:date']) ?? xmlText(item.updated);
  const updatedText = xmlText(item.updated) ?? xmlText(item['atom:updated']);
  return {
    authors: [...authorNames(item.author), ...authorNames(item['dc:creator'])],
    ...(updatedText ? { updatedText: updatedText.trim() } : {}),
    ...(link ? { alternateLink: link } : {}),
    ...(contentMarkup ? { contentMarkup } : {}),
    ...(summaryMarkup ? { summaryMarkup } : {}),
    ...(publishedText ? { publishedText: publishedText.trim() } : {}),
  };
}

/** A tag somewhere in the text. `[^<>]*` keeps the search linear on text full of '<'. */
const looksLikeMarkup = (text: string): boolean => /<\/?[a-z][^<>]*>/i.test(text);

const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/**
 * Paragraph blocks from an entry's markup, which comes in three shapes: CDATA-wrapped HTML, HTML
 * escaped as text (`&lt;p&gt;`), or XHTML elements. Escaped HTML parses to text that is itself
 * markup, so it is parsed a second time.
 */
export function entryBlocks(markup: string, limits: IngestLimits): DraftBlock[] {
  const html = markup.replace(cdata, '$1');
  let { document } = parseHtmlDocument(html, limits.maxHtmlDepth);
  const escaped =
    document.body.querySelector('*') === null && looksLikeMarkup(document.body.textContent ?? '');
  if (escaped) ({ document } = parseHtmlDocument(document.body.textContent ?? '', limits.maxHtmlDepth));
  return blocksOf(document.body);
}

/** A title written as HTML (Atom `type="html"`: tags, or entities such as &ldquo;) read as text. */
function plainTitle(title: string | undefined, limits: IngestLimits): string | undefined {
  if (!title) return undefined;
  if (!looksLikeMarkup(title) && !/&(#?\w+);/.test(title)) return normaliseSpace(title) || undefined;
  return (
    normaliseSpace(parseHtmlDocument(title, limits.maxHtmlDepth).document.body.textContent ?? '') || undefined
  );
}

interface FeedFacts {
  readonly outlet?: string;
  readonly language?: string;
}

function entryDraft(entry: FeedEntry, feed: FeedFacts, path: string, limits: IngestLimits): ReadResult {
  const raw = (entry.raw ?? { authors: [] }) as RawEntry;
  const title = plainTitle(entry.title, limits);
  const markup = raw.contentMarkup ?? raw.summaryMarkup;
  const body = markup ? entryBlocks(markup, limits).filter((block) => !(title && block.text === title)) : [];
  if (!title && body.length === 0) {
    return rejected(
      path,
      'input/no-article',
      'The feed entry has neither a title nor any text. Check the feed, or read the linked page instead.',
    );
  }
  const blocks: DraftBlock[] = [
    ...(title ? [{ kind: 'title' as const, text: title }] : []),
    ...(raw.authors.length > 0
      ? [{ kind: 'byline' as const, text: [...new Set(raw.authors)].join(', ') }]
      : []),
    ...body,
  ];
  const published = raw.publishedText ?? (entry.published || undefined);
  const url = raw.alternateLink ?? (entry.link || undefined);
  const draft: ArticleDraft = {
    path,
    blocks,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(feed.outlet ? { outlet: feed.outlet } : {}),
    ...(published ? { published, publishedFrom: 'metadata' as const } : {}),
    ...(raw.updatedText ? { modified: raw.updatedText } : {}),
    ...(feed.language ? { language: feed.language } : {}),
  };
  return { drafts: [draft], rejections: [] };
}

/** What went wrong with XML that would not parse, and where to look. */
function malformedFeedMessage(xml: string, reason: string): string {
  const tail = xml.trimEnd().slice(-64).toLowerCase();
  const closed = /<\/(rss|feed|rdf:rdf)>$/.test(tail);
  if (!closed && /<(rss|feed|rdf:rdf)[\s>]/i.test(xml.slice(0, 4096))) {
    return 'The feed ends before its closing </rss> or </feed> tag: the file looks cut off. Download it again.';
  }
  if (reason === 'Unrecognized feed format') {
    return 'The XML is not an RSS, Atom or RDF feed (no <rss><channel>, or <feed> with <entry> elements). Check that this is a news feed.';
  }
  return 'The feed is not well-formed XML (a tag is not closed, or a character such as & is not escaped). Check it with an XML validator.';
}

export function readFeed(xml: string, path: string, limits: IngestLimits = defaultLimits): ReadResult {
  let feed: ReturnType<typeof extractFromXml>;
  try {
    feed = extractFromXml(xml.replace(/^\uFEFF/, ''), {
      descriptionMaxLen: 0,
      xmlParserOptions: { parseTagValue: false, stopNodes: contentFields },
      getExtraEntryFields: (item) => ({ raw: rawEntry(item) }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : '';
    return rejected(path, 'input/malformed', malformedFeedMessage(xml, reason));
  }
  const entries = feed.entries ?? [];
  if (entries.length === 0) {
    return rejected(
      path,
      'input/no-article',
      'The feed has no items or entries. Check that it is the feed you meant to read.',
    );
  }
  const outlet = plainTitle(feed.title, limits);
  const language = primaryLanguage(feed.language);
  const facts: FeedFacts = { ...(outlet ? { outlet } : {}), ...(language ? { language } : {}) };
  return mergeResults(
    entries.map((entry, index) => entryDraft(entry, facts, recordPath(path, index), limits)),
  );
}
