import type { Block, Span } from '../../model/index.ts';

/** A quotation found by its marks: `span` covers the quoted words, `outer` the marks too. */
export interface QuoteMarks {
  readonly span: Span;
  readonly outer: Span;
  readonly closed: boolean;
  /** Words of a quote opened in an earlier paragraph and not closed there. */
  readonly continues?: boolean;
}

/**
 * '"He said it, Doe said. "Then...' (or ', he said.'): a quote that runs on over an attribution
 * and into the next opening mark lost its closing mark before the comma; the words before the
 * comma are the quote.
 */
const attributionInside =
  /,\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they)\s+)(?:said|says|added|wrote|told\s+\p{L}+)\.\s+$/u;

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
  const close = (at: number, closed: boolean, markLength = 1) => {
    const start = openAt + 1;
    if (at > start) found.push({ span: [start, at], outer: [openAt, closed ? at + markLength : at], closed });
    openAt = -1;
  };
  for (let i = block[0]; i < block[1]; i++) {
    const char = text[i]!;
    // Sources mix their marks (“…" and "…”): a straight mark right after a word or punctuation closes
    // a curly quote, as a curly closing mark closes a straight one.
    const closesDouble =
      opener !== '‘' && (char === '”' || (char === '"' && (opener === '"' || /\S/u.test(text[i - 1] ?? ''))));
    // "It was false,'' Doe said.": two apostrophes close a double quote in some wire copy.
    if (
      openAt >= 0 &&
      opener !== '‘' &&
      char === "'" &&
      text[i + 1] === "'" &&
      /\S/u.test(text[i - 1] ?? '')
    ) {
      close(i, true, 2);
      i++;
    } else if (openAt >= 0 && closesDouble) {
      const missedClose =
        char === '"' && /\s/u.test(text[i - 1] ?? '') && attributionInside.exec(text.slice(openAt + 1, i));
      if (missedClose) {
        close(openAt + 1 + missedClose.index, false);
        openAt = i;
        continue;
      }
      close(i, true);
    } else if (
      char === '“' ||
      (char === '"' && openAt < 0) ||
      (char === '‘' && openAt < 0 && opensAfter.test(text[i - 1] ?? ''))
    ) {
      if (char === '‘' && !closesSingleQuote(text, i, block[1])) continue;
      if (openAt >= 0) close(i, false);
      openAt = i;
      opener = char;
    } else if (openAt >= 0 && char === '’' && opener === '‘' && !/\p{L}/u.test(text[i + 1] ?? '')) {
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

/** Where a block's first double quotation mark closes a quote (a quote going on from before), if it does. */
function closingMarkFirst(text: string, block: Span): number | undefined {
  for (let i = block[0]; i < block[1]; i++) {
    const char = text[i]!;
    if (char === '”' || (char === '"' && /\S/u.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + 1] ?? '')))
      return i;
    if (char === '“' || char === '"') return undefined;
  }
  return undefined;
}

/** How many paragraphs a quote left open may run on without marks before its closing mark. */
const longestRunOn = 4;

/**
 * A quote left open at the end of a paragraph whose next paragraphs carry no opening mark goes on
 * through them up to the first closing mark (a tweet or statement set out in paragraphs). Those
 * paragraphs' words become quotes that continue the open one; the news convention of opening
 * each continued paragraph with a mark needs nothing here.
 */
export function continuedQuotes(
  text: string,
  blocks: readonly Block[],
  marks: readonly QuoteMarks[][],
): QuoteMarks[][] {
  const result = marks.map((list) => [...list]);
  for (let b = 0; b < blocks.length; b++) {
    const last = result[b]!.at(-1);
    if (!last || last.closed) continue;
    for (let next = b + 1; next < Math.min(blocks.length, b + 1 + longestRunOn); next++) {
      const block = blocks[next]!;
      if (block.kind !== blocks[b]!.kind) break;
      const closeAt = closingMarkFirst(text, block.span);
      const hasMarks = /[“”"]/.test(text.slice(block.span[0], block.span[1]));
      if (closeAt === undefined && hasMarks) break;
      if (closeAt === undefined) continue;
      // The run ends here: every paragraph from b + 1 to this one continues the quote.
      for (let k = b + 1; k <= next; k++) {
        const span: Span = k === next ? [blocks[k]!.span[0], closeAt] : blocks[k]!.span;
        const continued: QuoteMarks = {
          span,
          outer: k === next ? [span[0], closeAt + 1] : span,
          closed: k === next,
          continues: true,
        };
        const rest = k === next ? findQuoteMarks(text, [closeAt + 1, block.span[1]]) : [];
        result[k] = [continued, ...rest];
      }
      b = next - 1;
      break;
    }
  }
  return result;
}
