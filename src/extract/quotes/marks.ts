import type { Span } from '../../model/index.ts';

/** A quotation found by its marks: `span` covers the quoted words, `outer` the marks too. */
export interface QuoteMarks {
  readonly span: Span;
  readonly outer: Span;
  readonly closed: boolean;
}

const opensAfter = /[\s([{\-–—:;,/]|^$/;

/**
 * Quotations in one block: curly “…”, straight "…" (paired in order), and single curly ‘…’ when
 * they read as quotes, not apostrophes. A quote left open runs to the end of the block (news
 * style for a quote that goes on in the next paragraph) and is reported as not closed.
 */
export function findQuoteMarks(text: string, block: Span): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  let openAt = -1;
  let opener = '';
  const close = (at: number, closed: boolean) => {
    const start = openAt + 1;
    if (at > start) found.push({ span: [start, at], outer: [openAt, closed ? at + 1 : at], closed });
    openAt = -1;
  };
  for (let i = block[0]; i < block[1]; i++) {
    const char = text[i]!;
    if (
      char === '“' ||
      (char === '"' && openAt < 0) ||
      (char === '‘' && openAt < 0 && opensAfter.test(text[i - 1] ?? ''))
    ) {
      if (char === '‘' && !closesSingleQuote(text, i, block[1])) continue;
      if (openAt >= 0) close(i, false);
      openAt = i;
      opener = char;
    } else if (
      openAt >= 0 &&
      ((char === '”' && opener !== '‘') ||
        (char === '"' && opener === '"') ||
        (char === '’' && opener === '‘' && !/\p{L}/u.test(text[i + 1] ?? '')))
    ) {
      close(i, true);
    }
  }
  if (openAt >= 0) close(block[1], false);
  return found;
}

/** A ‘ opens a quote only if a matching ’ not followed by a letter comes within a short phrase. */
function closesSingleQuote(text: string, at: number, end: number): boolean {
  for (let i = at + 1; i < Math.min(end, at + 80); i++) {
    if (text[i] === '’' && !/\p{L}/u.test(text[i + 1] ?? '')) return true;
  }
  return false;
}
