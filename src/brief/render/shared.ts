import { plain } from '../../text/plain.ts';

/**
 * Text helpers the renderers share. Article text is hostile input: every renderer escapes for its
 * own medium, and all of them first drop control characters (a terminal escape sequence in an
 * article must not repaint the reader's screen).
 */

export { plain };

/** One line of evidence: whitespace collapsed, cut in the middle of long sentences. */
export function excerpt(text: string, limit = 240): string {
  const clean = plain(text).replace(/\s+/g, ' ').trim();
  return clean.length <= limit ? clean : `${clean.slice(0, limit - 1).trimEnd()}…`;
}

/** Wraps words to `width` columns, each line after the first indented by `indent`. */
export function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const limit = lines.length === 0 ? width : width - indent.length;
    if (line.length > 0 && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines.join(`\n${indent}`);
}

export const percent = (value: number) => `${Math.round(value * 100)}%`;

export const kindLabel = (kind: string): string => kind.replace(/-/g, ' ').toUpperCase();

/** "edited: version 2 of 2", for a source that is a later version of a fetched page. */
export const editedLabel = (edited: { readonly version: number; readonly versions: number }): string =>
  `edited: version ${edited.version} of ${edited.versions}`;
