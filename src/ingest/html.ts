import { Readability } from '@mozilla/readability';
import { diagnostic } from '../model/index.ts';
import type { ArticleDraft, DraftBlock, IngestLimits, ReadResult } from './draft.ts';
import { defaultLimits } from './draft.ts';
import { blocksOf, normaliseSpace } from './html-blocks.ts';
import { type DomDocument, type DomElement, parseHtmlDocument } from './html-document.ts';
import { readPageMetadata } from './html-metadata.ts';
import { drafted, rejected } from './read-result.ts';

/**
 * HTML news pages: Readability (over linkedom) finds the main text; its paragraphs, headings, list
 * items and quotes become body blocks in order, figure captions and their credits become caption
 * and credit blocks. Title, date, url, outlet, language and authors come from the page's metadata
 * (see html-metadata.ts), read before Readability changes the document.
 */

/** Where a page came from, when the caller knows better than the page (a WARC record's target URI). */
export interface PageContext {
  readonly url?: string;
}

/**
 * Readability's work grows with the number of elements and steeply with nesting (a chain of 256
 * nested divs takes it half a minute). Real news pages have a few thousand elements, a few dozen
 * levels deep; larger or deeper documents get the plain fallback extraction instead. (Readability's
 * own maxElemsToParse does not work over linkedom, so the tree is measured here.)
 */
const maxElementsForReadability = 30_000;
const maxDepthForReadability = 64;

/** Less body text than this is a shell, a paywall or an index page, not an article. */
const minArticleWords = 15;

/** Page furniture the fallback extraction leaves out. */
const boilerplate =
  'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

interface MainText {
  readonly blocks: DraftBlock[];
  readonly title?: string;
  readonly byline?: string;
  readonly outlet?: string;
  readonly published?: string;
}

const present = (value: string | null | undefined): string | undefined =>
  value ? normaliseSpace(value) || undefined : undefined;

function readabilityText(document: DomDocument): MainText | undefined {
  let article: ReturnType<Readability<DomElement>['parse']>;
  try {
    article = new Readability<DomElement>(document, {
      keepClasses: true, // credit classes inside captions are needed to split credits off
      serializer: (node) => node as DomElement,
    }).parse();
  } catch {
    return undefined; // Markup Readability cannot handle: use the fallback.
  }
  if (!article?.content) return { blocks: [] };
  const title = present(article.title);
  const byline = present(article.byline);
  const outlet = present(article.siteName);
  const published = present(article.publishedTime);
  return {
    blocks: blocksOf(article.content),
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
  };
}

/** The text of <article>, <main> or <body> without page furniture: for pages Readability cannot take. */
function fallbackText(document: DomDocument): MainText {
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  const furniture = root.querySelectorAll(boilerplate);
  for (let index = furniture.length - 1; index >= 0; index--) furniture[index]!.remove();
  return { blocks: blocksOf(root) };
}

const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const isUrl = (value: string): boolean => /^(https?:)?\/\//i.test(value);

/** True when the markup opens <html> but never closes it: the download was probably cut off. */
function looksTruncated(html: string): boolean {
  return /<html[\s>]/i.test(html.slice(0, 4096)) && !/<\/html\s*>/i.test(html.slice(-4096));
}

export function readHtml(
  html: string,
  path: string,
  limits: IngestLimits = defaultLimits,
  context: PageContext = {},
): ReadResult {
  const { document, depth, elements } = parseHtmlDocument(html, limits.maxHtmlDepth);
  const metadata = readPageMetadata(document, context.url);
  const readable = depth <= maxDepthForReadability && elements <= maxElementsForReadability;
  const main = (readable ? readabilityText(document) : undefined) ?? fallbackText(document);

  const title = metadata.title ?? main.title;
  // Readability keeps the page's headline in the text at times: the title block stands for it.
  const body = main.blocks.filter((block, index) => !(title && index < 3 && sameText(block.text, title)));
  const bodyWords = body
    .filter((block) => block.kind !== 'caption' && block.kind !== 'credit')
    .reduce((sum, block) => sum + wordCount(block.text), 0);
  if (bodyWords < minArticleWords) {
    return rejected(
      path,
      'input/no-article',
      `No article text found in the page (${bodyWords} words outside navigation and captions). ` +
        'If it is an article, save the complete page as served, not a script-rendered shell or a fragment.',
    );
  }

  const byline = main.byline && !isUrl(main.byline) ? main.byline : metadata.authors.join(', ') || undefined;
  const blocks: DraftBlock[] = [
    ...(title ? [{ kind: 'title' as const, text: title }] : []),
    ...(byline ? [{ kind: 'byline' as const, text: byline }] : []),
    ...body,
  ];
  const url = context.url ?? metadata.url;
  const outlet = metadata.outlet ?? main.outlet;
  const published = metadata.published ?? main.published;
  const truncated = looksTruncated(html);
  const draft: ArticleDraft = {
    path,
    blocks,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published, publishedFrom: 'metadata' as const } : {}),
    ...(metadata.language ? { language: metadata.language } : {}),
    ...(truncated
      ? {
          diagnostics: [
            diagnostic(
              'input/truncated',
              'warning',
              'The page ends before its closing </html> tag, so text at the end may be missing. Download the page again.',
            ),
          ],
        }
      : {}),
  };
  return drafted(draft);
}
