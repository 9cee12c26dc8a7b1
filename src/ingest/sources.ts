import type { Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  charsetOfHtmlHead,
  charsetOfXmlDeclaration,
  decodeBytes,
  invalidUtf8Diagnostic,
  isGzip,
  isValidUtf8,
  looksBinary,
} from './decode.ts';
import type { IngestLimits, ReadResult } from './draft.ts';
import { defaultLimits } from './draft.ts';
import { readFeed } from './feed.ts';
import { readHtml } from './html.ts';
import { readJson, readJsonl } from './json.ts';
import { mergeResults, rejected, withDiagnostic } from './read-result.ts';
import { formatOfContent, formatOfName, gzipHeadOf, headOf, type InputFormat } from './sniff.ts';
import { readText } from './text.ts';
import { readWarc } from './warc.ts';

/**
 * The I/O edge of ingest: files, folders and stdin to drafts. Bytes are checked before anything
 * decodes them (empty, too large, binary), the format is taken from the extension or else sniffed
 * from the first bytes, and every problem becomes a rejection that names the input and says what
 * to do, without echoing its content.
 */

/** `atLeast`: stdin is not read past the limit, so its full size is unknown. */
const tooLargeMessage = (size: number, limits: IngestLimits, atLeast = false): string =>
  `The input is ${atLeast ? 'at least ' : ''}${size} bytes, over the ${limits.maxBytes}-byte limit. ` +
  'Split it into smaller files or raise the size limit.';

const binaryMessage =
  'The input looks like binary data (an image, archive or program), not text. Give articles as text, HTML, JSON, JSONL, RSS/Atom or WARC.';

function readDecoded(
  format: Exclude<InputFormat, 'warc'>,
  text: string,
  path: string,
  limits: IngestLimits,
): ReadResult {
  switch (format) {
    case 'text':
      return readText(text, path);
    case 'html':
      return readHtml(text, path, limits);
    case 'json':
      return readJson(text, path);
    case 'jsonl':
      return readJsonl(text, path);
    case 'feed':
      return readFeed(text, path, limits);
  }
}

const emptyMessage = 'The input is empty (0 bytes). Check that the file was saved completely.';
const blankMessage = 'The input holds only white space. Check that it is the article you meant to read.';
const gzipMessage =
  'The input is gzip-compressed. Decompress it first (only WARC archives, named .warc.gz, are read compressed).';

/** The charset an input declares for itself, where its format has a place for one. */
function declaredCharset(format: InputFormat, bytes: Uint8Array): string | undefined {
  if (format === 'html') return charsetOfHtmlHead(bytes);
  if (format === 'feed') return charsetOfXmlDeclaration(bytes);
  return undefined;
}

/** What a transport knows about bytes (an HTTP Content-Type): it wins over the name and the content. */
export interface ByteHints {
  readonly format?: Exclude<InputFormat, 'warc'>;
  readonly charset?: string;
}

/**
 * The charset to decode with: the transport's, unless it claims UTF-8 for bytes that are not (a
 * server default left on a Latin-1 page), then the one the content declares.
 */
function chosenCharset(hints: ByteHints, format: InputFormat, bytes: Uint8Array, validUtf8: boolean) {
  const transport =
    hints.charset && !(/^utf-?8$/i.test(hints.charset) && !validUtf8) ? hints.charset : undefined;
  return transport ?? declaredCharset(format, bytes);
}

/** Reads one input held in memory (an upload to the HTTP API, a file already read, a fetched page). */
export async function readBytes(
  bytes: Uint8Array,
  path: string,
  limits: IngestLimits = defaultLimits,
  hints: ByteHints = {},
): Promise<ReadResult> {
  if (bytes.length === 0) return rejected(path, 'input/empty', emptyMessage);
  if (bytes.length > limits.maxBytes) {
    return rejected(path, 'input/too-large', tooLargeMessage(bytes.length, limits));
  }

  const named = hints.format ? undefined : formatOfName(path);
  // WARC archives hold images and compressed records: they are binary by design, so they go first.
  const head = isGzip(bytes) ? gzipHeadOf(bytes) : headOf(bytes.subarray(0, 8));
  if (named === 'warc' || head.startsWith('WARC/')) return readWarc(bytes, path, limits);
  if (isGzip(bytes)) return rejected(path, 'input/binary', gzipMessage);
  const validUtf8 = isValidUtf8(bytes);
  if (looksBinary(bytes, validUtf8)) return rejected(path, 'input/binary', binaryMessage);

  const format = hints.format ?? named ?? formatOfContent(headOf(bytes));
  if (format === 'warc') return readWarc(bytes, path, limits);
  const decoded = decodeBytes(bytes, validUtf8, chosenCharset(hints, format, bytes, validUtf8));
  if (!/\S/.test(decoded.text)) return rejected(path, 'input/empty', blankMessage);
  const result = readDecoded(format, decoded.text, path, limits);
  if (decoded.invalidUtf8At === undefined) return result;
  return withDiagnostic(result, invalidUtf8Diagnostic(decoded.invalidUtf8At));
}

async function readStdin(path: string, limits: IngestLimits): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += bytes.length;
    if (size > limits.maxBytes) return rejected(path, 'input/too-large', tooLargeMessage(size, limits, true));
    chunks.push(bytes);
  }
  return readBytes(Buffer.concat(chunks, size), path, limits);
}

/** A rejection for a path the file system would not give us, saying why in words. */
function unreadable(path: string, error: unknown): ReadResult {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const messages: Record<string, string> = {
    ENOENT: 'No file or folder exists at this path. Check the spelling and the current directory.',
    ENOTDIR: 'A part of this path is a file, not a folder. Check the path.',
    EACCES: 'Permission denied. Check that you may read this file or folder.',
    EPERM: 'Permission denied. Check that you may read this file or folder.',
    ELOOP: 'The path is a loop of symbolic links. Point it at the real file or folder.',
    ENAMETOOLONG: 'The path is too long for the file system. Shorten it.',
    EISDIR: 'The path is a folder where a file was expected.',
  };
  const message =
    messages[code] ??
    `The file system could not read this path${code ? ` (${code})` : ''}. Check that it exists and is readable.`;
  return rejected(path, 'input/not-found', message);
}

async function readFileAt(path: string, info: Stats, limits: IngestLimits): Promise<ReadResult> {
  // Size is checked before reading, so a huge file costs nothing.
  if (info.size === 0) {
    return rejected(path, 'input/empty', 'The file is empty (0 bytes). Check that it was saved completely.');
  }
  if (info.size > limits.maxBytes) {
    return rejected(path, 'input/too-large', tooLargeMessage(info.size, limits));
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return unreadable(path, error);
  }
  return readBytes(bytes, path, limits);
}

const skippedName = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/** Every file under a folder in name order; `seen` holds real paths already read, so link loops end. */
async function readFolder(path: string, limits: IngestLimits, seen: Set<string>): Promise<ReadResult> {
  let names: string[];
  try {
    const real = await realpath(path);
    if (seen.has(real)) return { drafts: [], rejections: [] };
    seen.add(real);
    names = (await readdir(path)).filter((name) => !skippedName(name)).sort();
  } catch (error) {
    return unreadable(path, error);
  }
  const results: ReadResult[] = [];
  for (const name of names) {
    const child = join(path, name);
    let info: Stats;
    try {
      info = await stat(child);
    } catch (error) {
      results.push(unreadable(child, error));
      continue;
    }
    if (info.isDirectory()) results.push(await readFolder(child, limits, seen));
    else if (info.isFile()) results.push(await readFileAt(child, info, limits));
  }
  return mergeResults(results);
}

/**
 * Reads a file, a folder (recursively, in name order, skipping dotfiles and node_modules) or `-`
 * (stdin). Never throws for bad input: problems come back as rejections.
 */
export async function readSource(path: string, limits: IngestLimits = defaultLimits): Promise<ReadResult> {
  if (path === '-') return readStdin(path, limits);
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    return unreadable(path, error);
  }
  if (info.isDirectory()) {
    const result = await readFolder(path, limits, new Set());
    if (result.drafts.length === 0 && result.rejections.length === 0) {
      return rejected(
        path,
        'input/empty',
        'The folder holds no files to read (names starting with a dot and node_modules are skipped).',
      );
    }
    return result;
  }
  if (!info.isFile()) {
    return rejected(
      path,
      'input/unsupported',
      'The path is not a regular file or folder (a device, socket or pipe). Give a file or a folder.',
    );
  }
  return readFileAt(path, info, limits);
}
