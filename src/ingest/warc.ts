import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import {
  charsetOfContentType,
  charsetOfHtmlHead,
  decodeBytes,
  invalidUtf8Diagnostic,
  isGzip,
  isValidUtf8,
} from './decode.ts';
import type { IngestLimits, ReadResult } from './draft.ts';
import { defaultLimits } from './draft.ts';
import { readHtml } from './html.ts';
import { mergeResults, recordPath, rejected, withDiagnostic } from './read-result.ts';

/**
 * WARC web archives (`.warc`, `.warc.gz`), through warcio. Each successful (2xx) `response` record
 * whose HTTP Content-Type is HTML, and each `resource` record holding HTML, is read as a page
 * `path#n` (n counts every record of the file, warcinfo included) with the record's target URI as
 * its url. Other records (requests, metadata, images, redirects) are not articles and are skipped.
 * Damage stops the reading with a rejection; the pages read before it are kept.
 */

/** Decompression can turn a small .warc.gz into gigabytes: stop after this many times `maxBytes`. */
const expansionAllowance = 10;

const isHtmlType = (contentType: string | null | undefined): boolean => /html/i.test(contentType ?? '');

function isHtmlPage(record: WARCRecord): boolean {
  if (record.warcType === 'resource') return isHtmlType(record.warcContentType);
  if (record.warcType !== 'response' || !record.httpHeaders) return false;
  const status = Number(record.httpHeaders.statusCode);
  return status >= 200 && status < 300 && isHtmlType(record.httpHeaders.headers.get('content-type'));
}

/** Reads a record's decoded payload, giving up past `maxBytes` (a page that large is no article). */
async function readPayload(record: WARCRecord, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > maxBytes) return 'too-large';
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads what is left of a record's raw block and tells whether the block was complete. Every record
 * is read to its end: warcio loops forever skipping a truncated record it was left to skip.
 */
async function drain(raw: LimitReader): Promise<{ complete: boolean; bytes: number }> {
  let bytes = 0;
  for await (const chunk of raw) bytes += chunk.length;
  return { complete: raw.limit <= 0, bytes };
}

function pageOf(payload: Uint8Array, record: WARCRecord, path: string, limits: IngestLimits): ReadResult {
  const declared =
    charsetOfContentType(record.httpHeaders?.headers.get('content-type')) ?? charsetOfHtmlHead(payload);
  const decoded = decodeBytes(payload, isValidUtf8(payload), declared);
  const url = record.warcTargetURI ?? undefined;
  const page = readHtml(decoded.text, path, limits, url ? { url } : {});
  return decoded.invalidUtf8At === undefined
    ? page
    : withDiagnostic(page, invalidUtf8Diagnostic(decoded.invalidUtf8At));
}

const truncatedMessage = (index: number): string =>
  `The archive is cut off inside record ${index + 1}. ` +
  `${index === 0 ? 'No record' : `The ${index} records before it`} could be read; download or copy the file again for the rest.`;

const notWarcMessage =
  "The file does not start with a WARC record header ('WARC/1.0' or 'WARC/1.1'). Check that it is a WARC file.";

/** What one record gave: a page or a rejection to keep, a reason to stop, the bytes it expanded to. */
interface RecordOutcome {
  readonly kept?: ReadResult;
  readonly stop?: ReadResult;
  readonly bytes: number;
}

async function readRecord(
  record: WARCRecord,
  index: number,
  path: string,
  limits: IngestLimits,
): Promise<RecordOutcome> {
  const name = recordPath(path, index);
  if (!/^WARC\/\d/.test(record.warcHeaders.protocol ?? '')) {
    if (index === 0) return { stop: rejected(path, 'input/malformed', notWarcMessage), bytes: 0 };
    const message = `Record ${index + 1} has no WARC header: the archive is damaged after record ${index}. The records before it were read.`;
    return { stop: rejected(name, 'input/malformed', message), bytes: 0 };
  }
  const raw = record.reader;
  if (record.warcHeaders.headers.get('Content-Length') === null || !(raw instanceof LimitReader)) {
    return { stop: rejected(name, 'input/truncated', truncatedMessage(index)), bytes: 0 };
  }
  const payload = isHtmlPage(record) ? await readPayload(record, limits.maxBytes) : undefined;
  const rest = await drain(raw);
  // A damaged record gives no page: its text would be cut at a random place.
  if (!rest.complete) {
    return { stop: rejected(name, 'input/truncated', truncatedMessage(index)), bytes: rest.bytes };
  }
  if (payload === 'too-large') {
    const message = `The page in record ${index + 1} is larger than ${limits.maxBytes} bytes, too large for an article page; it was skipped.`;
    return { kept: rejected(name, 'input/too-large', message), bytes: rest.bytes + limits.maxBytes };
  }
  if (!payload) return { bytes: rest.bytes };
  return { kept: pageOf(payload, record, name, limits), bytes: rest.bytes + payload.length };
}

export async function readWarc(
  bytes: Uint8Array,
  path: string,
  limits: IngestLimits = defaultLimits,
): Promise<ReadResult> {
  const results: ReadResult[] = [];
  const expansionBudget = expansionAllowance * limits.maxBytes;
  const parser = new WARCParser([bytes]);
  let expanded = 0;
  let index = 0;
  let stopped = false;
  try {
    for await (const record of parser) {
      const outcome = await readRecord(record, index, path, limits);
      if (outcome.kept) results.push(outcome.kept);
      if (outcome.stop) {
        results.push(outcome.stop);
        stopped = true;
        break;
      }
      index++;
      expanded += outcome.bytes;
      if (expanded > expansionBudget) {
        const message = `The archive expands to more than ${expansionBudget} bytes; reading stopped after record ${index}. Split it into smaller files.`;
        results.push(rejected(path, 'input/too-large', message));
        stopped = true;
        break;
      }
    }
  } catch {
    const message = `Record ${index + 1} could not be parsed: the archive is damaged there. The records before it were read.`;
    results.push(rejected(recordPath(path, index), 'input/malformed', message));
    stopped = true;
  }
  // A cut .warc.gz ends inside a gzip member that warcio drops without a word: compressed bytes are left over.
  if (!stopped && isGzip(bytes) && parser.offset < bytes.length) {
    results.push(rejected(recordPath(path, index), 'input/truncated', truncatedMessage(index)));
  }
  if (results.length > 0) return mergeResults(results);
  if (index === 0) {
    return rejected(
      path,
      'input/malformed',
      'No WARC records found. Check that the file is a WARC archive and is complete.',
    );
  }
  const message = `None of the archive's ${index} records is an HTML page (only requests, metadata or other media). Archive the article pages themselves.`;
  return rejected(path, 'input/no-article', message);
}
