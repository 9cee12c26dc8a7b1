import { constants, gunzipSync } from 'node:zlib';

/** The formats the readers understand. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'feed' | 'warc';

const formatByExtension: ReadonlyMap<string, InputFormat> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.md', 'text'],
  ['.markdown', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.json', 'json'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.xml', 'feed'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.warc', 'warc'],
  ['.warc.gz', 'warc'],
]);

/** The format a file name promises, if its extension is one we know (`.warc.gz` counts as one). */
export function formatOfName(path: string): InputFormat | undefined {
  const name = path.toLowerCase().split(/[\\/]/).pop() ?? '';
  if (name.endsWith('.warc.gz')) return 'warc';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? formatByExtension.get(name.slice(dot)) : undefined;
}

const startsWarc = (head: string): boolean => head.startsWith('WARC/');

/**
 * The format the first characters show, for names without a known extension (stdin, uploads).
 * Lines of JSON objects are JSONL; anything unrecognised is read as plain text.
 */
export function formatOfContent(head: string): InputFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  const lower = start.slice(0, 512).toLowerCase();
  if (startsWarc(start)) return 'warc';
  if (lower.startsWith('<?xml')) {
    return /<html[\s>]/.test(lower) && !/<(rss|feed|rdf:rdf)[\s>]/.test(lower) ? 'html' : 'feed';
  }
  if (/^<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
  if (/^<(!doctype html|html|head|body)[\s>]/.test(lower)) return 'html';
  if (/^<!--/.test(lower) && /<html[\s>]/.test(lower)) return 'html';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    // One object a line: the first line closes its object and the next opens another.
    const lines = start.split('\n', 3).map((line) => line.trim());
    return lines[0]?.endsWith('}') && lines[1]?.startsWith('{') ? 'jsonl' : 'json';
  }
  return 'text';
}

/** The first characters of bytes, enough to sniff a format; never more than a few kilobytes decoded. */
export const headOf = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));

/**
 * The first characters inside gzip-compressed bytes, so a .warc.gz uploaded under another name is
 * still recognised. Only the first kilobyte is inflated, and a cut stream is fine (sync flush).
 */
export function gzipHeadOf(bytes: Uint8Array): string {
  try {
    const inflated = gunzipSync(bytes.subarray(0, 1024), { finishFlush: constants.Z_SYNC_FLUSH });
    return new TextDecoder('latin1').decode(inflated.subarray(0, 64));
  } catch {
    return '';
  }
}
