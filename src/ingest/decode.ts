import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../model/index.ts';
import { diagnostic } from '../model/index.ts';

/** How many leading bytes the binary check looks at: enough to judge, cheap on huge inputs. */
const sampleSize = 64 * 1024;

const startsWithBytes = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

const utf16LittleEndianMark = [0xff, 0xfe] as const;
const utf16BigEndianMark = [0xfe, 0xff] as const;
const gzipMagic = [0x1f, 0x8b] as const;

export const isGzip = (bytes: Uint8Array): boolean => startsWithBytes(bytes, gzipMagic);

/** An encoding named by a byte-order mark, for the text files that carry one (Windows tools write UTF-16). */
function byteOrderMarkEncoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (startsWithBytes(bytes, utf16LittleEndianMark)) return 'utf-16le';
  if (startsWithBytes(bytes, utf16BigEndianMark)) return 'utf-16be';
  return undefined;
}

/**
 * True when the bytes are not text: a NUL byte (text files have none, unless UTF-16 with a mark),
 * many control characters, or invalid UTF-8 with few printable ASCII bytes (Latin-1 news text is
 * still mostly ASCII; images and archives are not).
 */
export function looksBinary(bytes: Uint8Array, validUtf8: boolean): boolean {
  if (byteOrderMarkEncoding(bytes)) return false;
  const length = Math.min(bytes.length, sampleSize);
  if (length === 0) return false;
  let controls = 0;
  let printableAscii = 0;
  for (let index = 0; index < length; index++) {
    const byte = bytes[index]!;
    if (byte === 0) return true;
    const whitespace = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
    if (whitespace || (byte >= 0x20 && byte < 0x7f)) printableAscii++;
    else if (byte < 0x20 || byte === 0x7f) controls++;
  }
  if (controls / length > 0.05) return true;
  return !validUtf8 && printableAscii / length < 0.7;
}

/** Offset of the first byte that breaks UTF-8, so a message can point at it. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let size: number;
    let minimum: number;
    if (lead >= 0xc2 && lead <= 0xdf) [size, minimum] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [size, minimum] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [size, minimum] = [4, 0x10000];
    else return index;
    let codePoint = lead & (0xff >> (size + 1));
    for (let offset = 1; offset < size; offset++) {
      const next = bytes[index + offset];
      if (next === undefined || (next & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid too.
    if (codePoint < minimum || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) {
      return index;
    }
    index += size;
  }
  return undefined;
}

/** The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1"). */
export function charsetOfContentType(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** The charset an HTML page declares in its first kilobyte (`<meta charset>` or http-equiv). */
export function charsetOfHtmlHead(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head);
  return match?.[1]?.toLowerCase();
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`). */
export function charsetOfXmlDeclaration(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{1,40})["']/.exec(head);
  return match?.[1]?.toLowerCase();
}

/**
 * Windows-1252 characters for bytes 0x80-0x9F (curly quotes, dashes, the euro sign). Node 20's
 * TextDecoder decodes 'windows-1252' (and so 'latin1', its alias) as ISO-8859-1, leaving C1 control
 * characters where the quotes were; this table puts them back. Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D
 * have no character and stay as they are.
 */
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const withWindows1252Punctuation = (text: string): string =>
  text.replace(/[\u0080-\u009f]/g, (control) => windows1252High[control.charCodeAt(0) - 0x80]!);

function decoderFor(label: string | undefined): InstanceType<typeof TextDecoder> | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // An unknown label in a page is its author's mistake: fall back to UTF-8.
  }
}

export interface DecodedText {
  readonly text: string;
  /** Set when the bytes were meant as UTF-8 but are not: invalid sequences became U+FFFD. */
  readonly invalidUtf8At?: number;
}

/**
 * Decodes bytes to text. Valid UTF-8 is read as UTF-8 whatever a page declares (a wrong declaration
 * is more common than Latin-1 that happens to be valid UTF-8); otherwise a byte-order mark or a
 * declared charset decides; otherwise UTF-8 with replacement characters, and the caller is told where
 * the first invalid byte is.
 */
export function decodeBytes(bytes: Uint8Array, validUtf8: boolean, declaredCharset?: string): DecodedText {
  const marked = byteOrderMarkEncoding(bytes);
  if (marked) return { text: new TextDecoder(marked).decode(bytes) };
  if (validUtf8) return { text: new TextDecoder('utf-8').decode(bytes) };
  const declared = decoderFor(declaredCharset);
  if (declared?.encoding === 'windows-1252') {
    return { text: withWindows1252Punctuation(declared.decode(bytes)) };
  }
  if (declared && declared.encoding !== 'utf-8') return { text: declared.decode(bytes) };
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, invalidUtf8At: firstInvalidUtf8Offset(bytes) ?? 0 };
}

export const isValidUtf8 = (bytes: Uint8Array): boolean => isUtf8(bytes);

export function invalidUtf8Diagnostic(offset: number): Diagnostic {
  return diagnostic(
    'input/invalid-utf8',
    'warning',
    `The first invalid byte is at offset ${offset}. Re-save the file as UTF-8 (or declare its charset) to keep every character.`,
  );
}
