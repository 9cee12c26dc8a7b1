import { createHash } from 'node:crypto';
import * as chrono from 'chrono-node';
import type { Article, Block, BlockKind, Diagnostic, PublishedSource, Span } from '../model/index.ts';
import { diagnostic } from '../model/index.ts';
import { normaliseSpace, whitespaceToCollapse, withoutInvisibleMarks } from '../text/whitespace.ts';
import { classifyBlocks } from './blocks.ts';
import type { ArticleDraft, IngestLimits } from './draft.ts';
import { defaultLimits } from './draft.ts';

/** Guesses a language code ('en', 'de', ...) for a text; 'und' when it cannot tell. */
export type LanguageDetector = (text: string) => string;

export interface AssembleOptions {
  readonly limits: IngestLimits;
  readonly detectLanguage?: LanguageDetector;
}

const blockSeparator = '\n\n';

/**
 * What the content id ignores, in one pass: curly double and single quotes (as straight ones) and
 * whitespace runs (as one space, a lone space left as it is). The two never overlap, so this is
 * the same as replacing each in turn, for one scan of the text instead of three.
 */
const quoteOrWhitespaceRun = new RegExp(`[“”„‘’]|${whitespaceToCollapse.source}`, 'g');
/** A straight quote for a curly one, one space for a whitespace run. */
const replacementInId = (match: string): string =>
  match === '‘' || match === '’' ? "'" : match === '“' || match === '”' || match === '„' ? '"' : ' ';

/** Content id: the same words in the same order give the same id, whatever the file or markup. */
export function contentId(text: string): string {
  const normalised = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(quoteOrWhitespaceRun, replacementInId)
    .trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A chrono result's day as YYYY-MM-DD, in `year`. */
const isoDayOf = (parsed: chrono.ParsedResult, year: number) =>
  `${year}-${pad(parsed.start.get('month')!)}-${pad(parsed.start.get('day')!)}`;

/** Reads a metadata date ("2025-12-03T10:00:00Z", "Wed, 03 Dec 2025 10:00:00 GMT") as its calendar day. */
export function metadataDay(value: string): string | undefined {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = chrono.parseDate(value, new Date(Date.UTC(2000, 0, 1)));
  const date = parsed ?? new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** "WASHINGTON (December 3) –", "MOSCOW, Dec 3 (Reuters) -": a place in capitals, then a date, then a dash. */
const dateline =
  /^\s*[\p{Lu}][\p{Lu} .,'’-]{2,40}[,(]\s*([A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)\)?[^–—-]{0,30}[–—-]/u;

/** Three letters in a row (a module constant: tsx compiles a \p{…} literal to `new RegExp(…)` at every call). */
const threeLetters = /\p{L}{3}/u;

/** A line that stamps the page's publication day. */
const publicationStamp =
  /^\s*(?:date created|date published|first published|published(?: on)?|posted(?: on)?|created)\s*:?\s*(.{6,40}?)\s*$/imu;

/** A month of milliseconds: how far past the newest dated day a date without its year may fall. */
const monthMs = 31 * 24 * 3600 * 1000;

/**
 * Days written in the text ("December 2, 2025", "December 3"), for the latest one and for the
 * year. A day written without its year takes the latest year the text writes in full, or the year
 * before when that would put it more than a month after every dated day.
 */
function explicitDates(text: string): Date[] {
  const days = chrono
    .parse(text, new Date(Date.UTC(2000, 0, 1)))
    // Written dates only ("December 2, 2025", "Dec. 3"): never relative ones like "a day after".
    .filter(
      (r) =>
        r.start.isCertain('day') &&
        r.start.isCertain('month') &&
        /\d/.test(r.text) &&
        threeLetters.test(r.text),
    )
    .map((r) => ({
      // Only a year written out counts: chrono calls the year of "for 23 days" certain too.
      year: r.start.isCertain('year') && /\d{4}/.test(r.text) ? r.start.get('year')! : undefined,
      month: r.start.get('month')!,
      day: r.start.get('day')!,
    }));
  const years = days.flatMap((d) => (d.year ? [d.year] : []));
  if (years.length === 0) return [];
  const latestYear = Math.max(...years);
  const dated = days.filter((d) => d.year).map((d) => Date.UTC(d.year!, d.month - 1, d.day, 12));
  const latestDated = Math.max(...dated);
  // A date written without its year is in the year of the latest dated one, unless that puts it
  // months after every dated one: "Dec. 20" in a text whose newest stamp is "January 5, 2020" is
  // the December before.
  return days.map((d) => {
    if (d.year) return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
    const sameYear = Date.UTC(latestYear, d.month - 1, d.day, 12);
    return new Date(
      sameYear - latestDated > monthMs ? Date.UTC(latestYear - 1, d.month - 1, d.day, 12) : sameYear,
    );
  });
}

/**
 * Publication day when metadata has none: a dateline first, else the latest full date the article
 * writes (reporting is published on or after what it reports). A dateline without a year takes the
 * year of the latest full date in the text. Both are marked as inferred.
 */
function inferPublished(
  blockTexts: readonly string[],
  kinds: readonly BlockKind[],
): { day: string; source: PublishedSource } | undefined {
  // "Date created : 2014-09-14", "Published: Sept. 14, 2014": a page's own stamp, wherever it stands.
  for (const text of blockTexts) {
    const stamp = publicationStamp.exec(text)?.[1];
    const parsed = stamp ? chrono.parse(stamp, new Date(Date.UTC(2000, 0, 1)))[0] : undefined;
    if (parsed?.start.isCertain('year') && /\d{4}/.test(parsed.text) && parsed.start.isCertain('day'))
      return {
        day: isoDayOf(parsed, parsed.start.get('year')!),
        source: 'text',
      };
  }
  // (Headings too: a caption without a full stop reads as one. And credits: an embedded tweet's
  // signature dates it, and the article is no older.)
  const candidates = blockTexts.filter(
    (_, i) => kinds[i] === 'body' || kinds[i] === 'caption' || kinds[i] === 'other' || kinds[i] === 'credit',
  );
  const dates = explicitDates(candidates.join('\n'));
  const latest = dates.reduce<Date | undefined>((max, d) => (!max || d > max ? d : max), undefined);
  for (const text of blockTexts.slice(0, 4)) {
    const found = dateline.exec(text)?.[1];
    if (!found) continue;
    const reference = latest ?? new Date(Date.UTC(2000, 0, 1));
    const parsed = chrono.parse(found, reference)[0];
    if (!parsed || (!parsed.start.isCertain('year') && !latest)) continue;
    const year = parsed.start.isCertain('year') ? parsed.start.get('year')! : reference.getUTCFullYear();
    return {
      day: isoDayOf(parsed, year),
      source: 'dateline',
    };
  }
  return latest ? { day: latest.toISOString().slice(0, 10), source: 'text' } : undefined;
}

/** Turns a reader's draft into an Article: fixed text, typed blocks, publication date, language, id. */
export function assembleArticle(
  draft: ArticleDraft,
  options: AssembleOptions = { limits: defaultLimits },
): Article {
  const diagnostics: Diagnostic[] = [...(draft.diagnostics ?? [])];
  let drafts = draft.blocks
    .map((b) => ({ kind: b.kind, text: normaliseSpace(withoutInvisibleMarks(b.text)) }))
    .filter((b) => b.text);
  if (draft.title && drafts[0]?.kind !== 'title')
    drafts = [{ kind: 'title' as const, text: withoutInvisibleMarks(draft.title).trim() }, ...drafts];

  const kinds = classifyBlocks(
    drafts.map((b) => b.text),
    drafts.map((b) => b.kind),
  );
  let text = '';
  const blocks: Block[] = [];
  drafts.forEach((block, index) => {
    if (text.length >= options.limits.maxTextChars) return;
    if (text) text += blockSeparator;
    const body = block.text.slice(0, options.limits.maxTextChars - text.length);
    const span: Span = [text.length, text.length + body.length];
    text += body;
    blocks.push({ kind: kinds[index]!, span });
  });
  if (
    blocks.length < drafts.length ||
    drafts.some((b, i) => blocks[i] && b.text.length > blocks[i].span[1] - blocks[i].span[0])
  ) {
    diagnostics.push(
      diagnostic(
        'input/too-large',
        'warning',
        `The text was cut at ${options.limits.maxTextChars} characters.`,
      ),
    );
  }

  let published: string | undefined;
  let publishedSource: PublishedSource | undefined;
  if (draft.published) {
    published = metadataDay(draft.published);
    publishedSource = draft.publishedFrom ?? 'metadata';
    if (!published)
      diagnostics.push(
        diagnostic('date/unparseable', 'warning', 'The publication date in the metadata could not be read.'),
      );
  }
  if (!published) {
    const inferred = inferPublished(
      drafts.map((b) => b.text),
      kinds,
    );
    if (inferred) {
      published = inferred.day;
      publishedSource = inferred.source;
      diagnostics.push(diagnostic('date/publication-inferred', 'info', `Taken from the ${inferred.source}.`));
    } else {
      publishedSource = undefined;
      diagnostics.push(diagnostic('date/publication-unknown', 'warning'));
    }
  }

  const reporting = blocks
    .filter((b) => b.kind === 'body')
    .map((b) => text.slice(b.span[0], b.span[1]))
    .join(' ');
  const language =
    draft.language ?? options.detectLanguage?.(reporting.slice(0, 2000) || text.slice(0, 2000)) ?? 'und';
  if (language !== 'en' && language !== 'und')
    diagnostics.push(diagnostic('language/not-english', 'warning', `Detected language: ${language}.`));

  const titleBlock = blocks.find((b) => b.kind === 'title');
  const title = draft.title ?? (titleBlock ? text.slice(titleBlock.span[0], titleBlock.span[1]) : undefined);
  return {
    id: contentId(text),
    ...(draft.path !== undefined ? { path: draft.path } : {}),
    ...(draft.url !== undefined ? { url: draft.url } : {}),
    ...(draft.outlet !== undefined ? { outlet: draft.outlet } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(publishedSource !== undefined ? { publishedSource } : {}),
    language,
    text,
    blocks,
    diagnostics,
  };
}
