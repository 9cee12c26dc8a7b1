import { z } from 'zod';
import type { ArticleDraft, DraftBlock, ReadResult, Rejection } from './draft.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { mergeResults, recordPath, rejected } from './read-result.ts';

/**
 * JSON and JSONL articles. A `.json` file holds one article object, an array of them, or an object
 * with an `articles` array; a `.jsonl` file holds one article object a line. Fields (null counts as
 * absent; other fields are ignored, so BASIL and other dumps read as they are):
 *
 * - text: `body-paragraphs` or `paragraphs` (array; each item a paragraph string, or an array of
 *   sentence strings joined with spaces, as BASIL writes them), else `text`, `body` or `content`
 *   (string; each non-empty line a paragraph). One of them is required.
 * - `title` or `headline` (string)
 * - `url` (string)
 * - `outlet`, `source` or `publisher` (string, or an object with a string `name`)
 * - `published`, `date`, `datePublished` or `publishedAt` (date string, or Unix time in seconds or
 *   milliseconds)
 * - `author` (string, object with `name`, or an array of them): kept as a byline block
 * - `language` (code such as "en")
 * - `id` (string or number): accepted and ignored; an article's id is a hash of its content.
 *
 * The list is repeated in src/ingest/README.md ("JSON fields"): keep both in step.
 */

const nameLike = z.union([z.string(), z.object({ name: z.string() })]);
const paragraph = z.union([z.string(), z.array(z.string())]);
const dateLike = z.union([z.string(), z.number()]);

const articleRecord = z.object({
  'body-paragraphs': z.array(paragraph).nullish(),
  paragraphs: z.array(paragraph).nullish(),
  text: z.string().nullish(),
  body: z.string().nullish(),
  content: z.string().nullish(),
  title: z.string().nullish(),
  headline: z.string().nullish(),
  url: z.string().nullish(),
  outlet: nameLike.nullish(),
  source: nameLike.nullish(),
  publisher: nameLike.nullish(),
  published: dateLike.nullish(),
  date: dateLike.nullish(),
  datePublished: dateLike.nullish(),
  publishedAt: dateLike.nullish(),
  author: z.union([nameLike, z.array(nameLike)]).nullish(),
  language: z.string().nullish(),
  id: z.union([z.string(), z.number()]).nullish(),
});

type ArticleRecord = z.infer<typeof articleRecord>;

/** What each field must be, in words, for messages. */
const expectedShape: Readonly<Record<string, string>> = {
  'body-paragraphs': 'an array of strings (or of arrays of sentence strings)',
  paragraphs: 'an array of strings (or of arrays of sentence strings)',
  outlet: 'a string or an object with a string "name"',
  source: 'a string or an object with a string "name"',
  publisher: 'a string or an object with a string "name"',
  author: 'a string, an object with a string "name", or an array of them',
  published: 'a date string or a Unix time number',
  date: 'a date string or a Unix time number',
  datePublished: 'a date string or a Unix time number',
  publishedAt: 'a date string or a Unix time number',
  id: 'a string or a number',
};

const textFields = '"text", "body", "content", "paragraphs" or "body-paragraphs"';

/** The zod issues of a record in words: which fields, what they must be; never their values. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  if (issues.some((issue) => issue.path.length === 0)) {
    return `The record must be a JSON object with article fields (such as "title" and "text"). Replace it with one; the other records are still read.`;
  }
  const fields = issues.slice(0, 3).map((issue) => {
    const [field, item] = issue.path;
    const name = String(field);
    const where = typeof item === 'number' ? ` (item ${item + 1})` : '';
    return `Field "${name}"${where} must be ${expectedShape[name] ?? 'a string'}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
  return `${fields.join('; ')}${more}. Fix or remove ${issues.length > 1 ? 'those fields' : 'the field'}; the other records are still read.`;
}

const nameOf = (value: z.infer<typeof nameLike>): string =>
  (typeof value === 'string' ? value : value.name).trim();

/** Unix time to ISO: numbers below 10^11 are seconds (that is until the year 5138), else milliseconds. */
function dateText(value: string | number): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  const date = new Date(Math.abs(value) < 1e11 ? value * 1000 : value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const linesOf = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);

function bodyBlocks(record: ArticleRecord): DraftBlock[] {
  const paragraphs = record['body-paragraphs'] ?? record.paragraphs;
  if (paragraphs) {
    return paragraphs
      .map((item) => (typeof item === 'string' ? item : item.join(' ')).trim())
      .filter(Boolean)
      .map((text) => ({ text }));
  }
  return linesOf(record.text ?? record.body ?? record.content ?? '').map((text) => ({ text }));
}

function draftOf(record: ArticleRecord, path: string): ArticleDraft | Rejection {
  const body = bodyBlocks(record);
  if (body.length === 0) {
    return {
      path,
      code: 'input/no-article',
      message: `The record has no article text. Give it one of ${textFields}.`,
    };
  }
  const title = (record.title ?? record.headline)?.trim() || undefined;
  const authors = [record.author ?? []].flat().map(nameOf).filter(Boolean);
  const outletField = record.outlet ?? record.source ?? record.publisher;
  const outlet = outletField ? nameOf(outletField) || undefined : undefined;
  const publishedField = record.published ?? record.date ?? record.datePublished ?? record.publishedAt;
  const published =
    publishedField !== undefined && publishedField !== null ? dateText(publishedField) : undefined;
  const url = record.url?.trim() || undefined;
  const language = record.language?.trim().toLowerCase() || undefined;
  // Some dumps repeat the headline as the first paragraph: keep it once, as the title.
  const rest = title && body[0]?.text === title ? body.slice(1) : body;
  const blocks: DraftBlock[] = [
    ...(title ? [{ kind: 'title' as const, text: title }] : []),
    ...(authors.length > 0 ? [{ kind: 'byline' as const, text: authors.join(', ') }] : []),
    ...rest,
  ];
  return {
    path,
    blocks,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published, publishedFrom: 'metadata' as const } : {}),
    ...(language ? { language } : {}),
  };
}

/** Reads one parsed record; a record that does not fit becomes a rejection naming the field. */
function readRecord(value: unknown, path: string): ReadResult {
  const parsed = articleRecord.safeParse(value);
  if (!parsed.success) return rejected(path, 'input/malformed', describeIssues(parsed.error.issues));
  const draft = draftOf(parsed.data, path);
  return 'blocks' in draft ? { drafts: [draft], rejections: [] } : { drafts: [], rejections: [draft] };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The records of a parsed JSON document: an array, `{articles: [...]}`, or one article object. */
function recordsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (isObject(value) && Array.isArray(value.articles)) return value.articles;
  return undefined;
}

/** A rejection naming where the JSON breaks; `firstLine` places a JSONL line within its file. */
function malformedJson(text: string, path: string, firstLine = 1): ReadResult {
  const error = findJsonSyntaxError(text);
  const where = error
    ? `line ${error.line + firstLine - 1}, column ${error.column}: ${error.problem}`
    : 'an unknown place';
  return rejected(
    path,
    'input/malformed',
    `Invalid JSON at ${where}. Fix the syntax there, or check that the file is complete.`,
  );
}

/** Many `.json` dumps are really one object a line; read those as JSONL rather than reject them. */
function looksLikeJsonLines(text: string): boolean {
  const lines = linesOf(text);
  if (lines.length < 2 || !lines.every((line) => line.startsWith('{') && line.endsWith('}'))) return false;
  try {
    JSON.parse(lines[0]!);
    return true;
  } catch {
    return false;
  }
}

export function readJson(text: string, path: string): ReadResult {
  const source = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return looksLikeJsonLines(source) ? readJsonl(source, path) : malformedJson(source, path);
  }
  const records = recordsOf(value);
  if (!records) return readRecord(value, path);
  if (records.length === 0) {
    return rejected(
      path,
      'input/no-article',
      'The JSON holds an empty list of articles. Add article objects to it.',
    );
  }
  return mergeResults(records.map((record, index) => readRecord(record, recordPath(path, index))));
}

/** One article object a line; `path#n` names line n. A bad line is rejected, the others are read. */
export function readJsonl(text: string, path: string): ReadResult {
  const results: ReadResult[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const linePath = recordPath(path, index);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      results.push(malformedJson(line, linePath, index + 1));
      return;
    }
    results.push(readRecord(value, linePath));
  });
  if (results.length === 0) {
    return rejected(
      path,
      'input/empty',
      'The JSONL file has no records. Put one JSON article object on each line.',
    );
  }
  return mergeResults(results);
}
