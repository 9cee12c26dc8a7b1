import type { z } from 'zod';
import { HttpError, parseOr } from './errors.ts';
import { articleInput, articlesEnvelope, articlesInput } from './schemas.ts';

/**
 * Turns a POSTed body into what ingest reads: bytes and a file name whose extension names the
 * format. JSON is validated here first, so a wrong field gets a precise 400 instead of a rejection.
 */
const namesByMediaType: Readonly<Record<string, string>> = {
  'text/plain': 'upload.txt',
  'text/markdown': 'upload.md',
  'text/html': 'upload.html',
  'application/xhtml+xml': 'upload.html',
  'application/rss+xml': 'upload.rss',
  'application/atom+xml': 'upload.atom',
  'application/xml': 'upload.xml',
  'text/xml': 'upload.xml',
  'application/x-ndjson': 'upload.jsonl',
  'application/jsonl': 'upload.jsonl',
  'application/warc': 'upload.warc',
};

export const uploadMediaTypes: readonly string[] = ['application/json', ...Object.keys(namesByMediaType)];

export interface Upload {
  readonly bytes: Uint8Array;
  readonly name: string;
}

type ArticleInput = z.infer<typeof articlesInput>[number];

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new HttpError(
      'request/invalid-json',
      `The body is not valid JSON${at ? ` (near character ${at})` : ''}.`,
    );
  }
}

/** One article, an array, or `{articles}`: checked against the schema that fits its shape, for clear issues. */
function articlesOf(value: unknown): ArticleInput[] {
  if (Array.isArray(value))
    return parseOr(articlesInput, value, 'request/invalid-body', 'The list of articles');
  if (value !== null && typeof value === 'object' && 'articles' in value)
    return parseOr(articlesEnvelope, value, 'request/invalid-body', 'The body').articles;
  return [parseOr(articleInput, value, 'request/invalid-body', 'The article')];
}

/** The articles as JSON bytes for ingest's JSON reader, whose fields are the schema's fields. */
export const jsonUpload = (articles: readonly ArticleInput[]): Upload => ({
  bytes: new TextEncoder().encode(JSON.stringify(articles)),
  name: 'upload.json',
});

export function readUpload(contentType: string | undefined, bytes: Uint8Array): Upload {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const known = mediaType === 'application/json' || mediaType in namesByMediaType;
  if (!known)
    throw new HttpError(
      'request/unsupported-media-type',
      `Send articles as one of: ${uploadMediaTypes.join(', ')} (set the Content-Type header).`,
    );
  if (bytes.length === 0) throw new HttpError('request/empty-body', 'The request body is empty.');
  if (mediaType === 'application/json')
    return jsonUpload(articlesOf(parseJson(new TextDecoder('utf-8').decode(bytes))));
  return { bytes, name: namesByMediaType[mediaType] ?? 'upload.txt' };
}
