import type { ArticleDraft, DraftBlock, ReadResult } from './draft.ts';
import { drafted, rejected } from './read-result.ts';

/**
 * Plain text articles (`.txt`, `.md`).
 *
 * Optional header lines come first: `key value` or `key: value`, keys date, published, url,
 * outlet, source, title, author (any case). Real files glue the body onto a header line
 * (` date 2025-12-03 President Donald Trump said ...`): a date or url value is one token and the
 * rest of its line is body text; outlet, source, title and author take the rest of their line.
 * Then a first line that reads as a headline becomes the title. Every other non-empty line is its
 * own block, because real files put a photo caption and its credit on consecutive single lines.
 */

type HeaderKey = 'published' | 'url' | 'outlet' | 'title' | 'author';

const headerKeys: Readonly<Record<string, HeaderKey>> = {
  date: 'published',
  published: 'published',
  url: 'url',
  outlet: 'outlet',
  source: 'outlet',
  title: 'title',
  author: 'author',
};

const headerLine = /^\s*(date|published|url|outlet|source|title|author)(\s*:\s*|\s+)(\S.*)$/i;

/** A single-token date: 2025-12-03, 2025-12-03T10:00:00Z, 2025/12/03, 12/03/2025, 3.12.2025. */
const dateToken =
  /^(\d{4}[-/]\d{1,2}[-/]\d{1,2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{4})$/;
const urlToken = /^(https?:\/\/|www\.)\S+$/i;

interface Header {
  readonly key: HeaderKey;
  readonly value: string;
  /** Body text glued after the value on the same line. */
  readonly rest: string;
  /** A colon, or a value that can only be a date or a url: not the first words of a story. */
  readonly certain: boolean;
}

function parseHeader(line: string): Header | undefined {
  const match = headerLine.exec(line);
  if (!match) return undefined;
  const key = headerKeys[match[1]!.toLowerCase()]!;
  const colon = match[2]!.includes(':');
  const value = match[3]!.trim();
  if (key === 'published' || key === 'url') {
    const [token = '', ...rest] = value.split(/\s+/);
    const shaped = key === 'url' ? urlToken.test(token) : dateToken.test(token);
    if (shaped) return { key, value: token, rest: rest.join(' '), certain: true };
    // "Date: December 3, 2025": with a colon the whole line may be the date.
    if (key === 'published' && colon && !Number.isNaN(Date.parse(value))) {
      return { key, value, rest: '', certain: true };
    }
    return undefined;
  }
  return { key, value, rest: '', certain: colon };
}

interface HeaderBlock {
  readonly headers: readonly Header[];
  /** Index of the first line after the headers. */
  readonly bodyStart: number;
}

/** The header lines at the top, if at least one of them is certain (so "Title IX ..." stays text). */
function readHeaders(lines: readonly string[]): HeaderBlock {
  const headers: Header[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.trim()) continue;
    const header = parseHeader(line);
    if (!header) break;
    headers.push(header);
    if (header.rest) {
      index++;
      break;
    }
  }
  if (!headers.some((header) => header.certain)) return { headers: [], bodyStart: 0 };
  return { headers, bodyStart: index };
}

const endsWithFullStop = (line: string): boolean => /[.,;:…]["'”’)\]]*$/.test(line);

/** Short, no final full stop, and more text after it: how headlines sit at the top of a file. */
export function looksLikeHeadline(line: string, hasMoreText: boolean): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  return hasMoreText && line.length <= 200 && words >= 2 && words <= 30 && !endsWithFullStop(line);
}

const markdownHeading = /^#{1,6}\s+/;

export function readText(text: string, path: string): ReadResult {
  const markdown = /\.(md|markdown)$/i.test(path);
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => (markdown ? line.replace(markdownHeading, '') : line));
  if (!lines.some((line) => line.trim())) {
    return rejected(
      path,
      'input/empty',
      'The file holds only white space. Check that it is the article you meant to read.',
    );
  }

  const { headers, bodyStart } = readHeaders(lines);
  const header = (key: HeaderKey) => headers.find((found) => found.key === key);
  const glued = headers.at(-1)?.rest;
  const bodyLines = [...(glued ? [glued] : []), ...lines.slice(bodyStart)]
    .map((line) => line.trim())
    .filter(Boolean);

  let title = header('title')?.value;
  if (!title && !glued && bodyLines[0] && looksLikeHeadline(bodyLines[0], bodyLines.length > 1)) {
    title = bodyLines[0];
  }
  if (title && bodyLines[0] === title) bodyLines.shift();

  if (bodyLines.length === 0) {
    return rejected(
      path,
      'input/no-article',
      'The file has header lines but no article text after them. Add the text below the headers.',
    );
  }
  const author = header('author')?.value;
  const blocks: DraftBlock[] = [
    ...(title ? [{ kind: 'title' as const, text: title }] : []),
    ...(author ? [{ kind: 'byline' as const, text: author }] : []),
    ...bodyLines.map((line) => ({ text: line })),
  ];

  const published = header('published')?.value;
  const url = header('url')?.value;
  const outlet = header('outlet')?.value;
  const draft: ArticleDraft = {
    path,
    blocks,
    ...(title ? { title } : {}),
    ...(published ? { published, publishedFrom: 'header' as const } : {}),
    ...(url ? { url } : {}),
    ...(outlet ? { outlet } : {}),
  };
  return drafted(draft);
}
