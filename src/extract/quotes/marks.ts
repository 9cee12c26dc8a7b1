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

/** The characters `findQuoteMarks` acts on: quotation marks and apostrophes. */
const markCharacter = /["'“”‘’]/g;

/** Where the next mark character is in [from, end), or `end`: the text between needs no look. */
function nextMarkAt(text: string, from: number, end: number): number {
  markCharacter.lastIndex = 0;
  const found = markCharacter.exec(text.slice(from, end));
  return found ? from + found.index : end;
}

/**
 * Quotations in one block: curly “…”, straight "…" (paired in order), and single curly ‘…’ when
 * they read as quotes, not apostrophes. A quote left open runs to the end of the block (news
 * style for a quote that goes on in the next paragraph) and is reported as not closed.
 */
export function findQuoteMarks(text: string, block: Span): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  let openAt = -1;
  let opener = '';
  /** Straight quotes opened inside a straight quote and not closed yet ('"… a "gold standard," …"'). */
  let nested = 0;
  // (Closing a quote is written out at each place, not a closure over this state: one made for
  // each block, it made the whole loop some three times slower.)
  for (let i = nextMarkAt(text, block[0], block[1]); i < block[1]; i = nextMarkAt(text, i + 1, block[1])) {
    const char = text[i]!;
    // Sources mix their marks (“…" and "…”): a straight mark right after a word or punctuation closes
    // a curly quote, as a curly closing mark closes a straight one.
    const closesDouble =
      opener !== '‘' &&
      (char === '”' ||
        (char === '"' && (opener === '"' || /\S/u.test(text[i - 1] ?? ''))) ||
        // An opening mark typed for a closing one ('happiness?“ he asked'): after the words, before a space.
        (char === '“' && /\S/u.test(text[i - 1] ?? '') && /\s|$/u.test(text[i + 1] ?? '')));
    // "It was false,'' Doe said.": two apostrophes close a double quote in some wire copy.
    if (
      openAt >= 0 &&
      opener !== '‘' &&
      char === "'" &&
      text[i + 1] === "'" &&
      /\S/u.test(text[i - 1] ?? '')
    ) {
      addQuote(found, openAt, i, true, 2);
      openAt = -1;
      nested = 0;
      i++;
    } else if (openAt >= 0 && closesDouble) {
      const missedClose =
        char === '"' && /\s/u.test(text[i - 1] ?? '') && attributionInside.exec(text.slice(openAt + 1, i));
      if (missedClose) {
        addQuote(found, openAt, openAt + 1 + missedClose.index, false);
        nested = 0;
        openAt = i;
        continue;
      }
      // A straight mark after a space and before a word opens a quote inside this one, when the two
      // marks after it close first that and then this; else it closes this one, as it always did
      // (a mark that only looks like an opener is more often a closing mark out of place).
      if (char === '"' && opener === '"' && nested === 0 && opensInner(text, i, block[1], '"')) {
        nested++;
        continue;
      }
      // '"Thanks for having my back! M/T "He cleared it up," he tweeted.': an inner opening mark
      // whose closing mark was lost, before the one mark that closes this quote ahead of its
      // attribution, is no mark at all.
      if (
        char === '"' &&
        opener === '"' &&
        nested === 0 &&
        looksLikeOpener(text, i) &&
        closesBeforeAttribution(text, i + 1, block[1])
      )
        continue;
      if (nested > 0 && (char === '"' || char === '”')) {
        nested--;
        continue;
      }
      addQuote(found, openAt, i, true);
      openAt = -1;
      nested = 0;
    } else if (
      char === '“' ||
      (char === '"' && openAt < 0) ||
      (char === '‘' && openAt < 0 && opensAfter.test(text[i - 1] ?? ''))
    ) {
      if (char === '‘' && !closesSingleQuote(text, i, block[1])) continue;
      // '“… for using the “f bomb.””': a curly opening mark inside a curly quote opens a quote inside
      // it, when the two closing marks after it close first that one and then this.
      if (
        char === '“' &&
        opener === '“' &&
        openAt >= 0 &&
        nested === 0 &&
        opensInner(text, i, block[1], '”')
      ) {
        nested++;
        continue;
      }
      if (openAt >= 0) {
        addQuote(found, openAt, i, false);
        nested = 0;
      }
      openAt = i;
      opener = char;
    } else if (openAt >= 0 && char === '’' && opener === '‘' && !/\p{L}/u.test(text[i + 1] ?? '')) {
      addQuote(found, openAt, i, true);
      openAt = -1;
      nested = 0;
    }
  }
  if (openAt >= 0) addQuote(found, openAt, block[1], false);
  return found;
}

/**
 * Adds the quote whose mark opened at `openAt` and which ends at `at` (closed there by a mark
 * `markLength` long, or left open) to `found`, if it has any words.
 */
function addQuote(found: QuoteMarks[], openAt: number, at: number, closed: boolean, markLength = 1): void {
  const start = openAt + 1;
  if (at > start) found.push({ span: [start, at], outer: [openAt, closed ? at + markLength : at], closed });
}

/**
 * Whether the opening mark at `at`, inside an open quote, opens a quote inside it: it comes after a
 * space and before a word, and the next two `closing` marks close first it and then the outer one.
 */
function opensInner(text: string, at: number, end: number, closing: '"' | '”'): boolean {
  return looksLikeOpener(text, at) && twoClosingMarksAhead(text, at + 1, end, closing);
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** Whether the mark at `at` looks like an opening one: after a space or the like, before a word. */
const looksLikeOpener = (text: string, at: number): boolean =>
  opensAfter.test(text[at - 1] ?? '') && letterOrDigit.test(text[at + 1] ?? '');

/** Whether the mark at `at` reads as a closing one: after a word or punctuation, before no word. */
const readsAsClosing = (text: string, at: number): boolean =>
  /\S/u.test(text[at - 1] ?? '') && !letterOrDigit.test(text[at + 1] ?? '');

/**
 * Whether the next straight mark from `from` in the block reads as a closing one right before an
 * attribution (', he tweeted.').
 */
function closesBeforeAttribution(text: string, from: number, end: number): boolean {
  const at = text.indexOf('"', from);
  return (
    at >= 0 && at < end && readsAsClosing(text, at) && attributionAfter.test(text.slice(at + 1, at + 60))
  );
}
const attributionAfter =
  /^\s+(?:(?:he|she|they)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(?:said|says|added|wrote|tweeted|posted|told)\b/u;

/**
 * Whether the next two `mark`s (straight or curly closing ones) from `from` in the block both read as
 * closing ones.
 */
function twoClosingMarksAhead(text: string, from: number, end: number, mark: '"' | '”'): boolean {
  let found = 0;
  for (let at = text.indexOf(mark, from); at >= 0 && at < end && found < 2; at = text.indexOf(mark, at + 1)) {
    if (!readsAsClosing(text, at)) return false;
    found++;
  }
  return found === 2;
}

/**
 * Elisions that start with an apostrophe and are no opening mark: 'em, rock 'n' roll, the '90s,
 * 'til, 'cause, 'tis.
 */
const elision = /^(?:em|n|til|cause|tis|twas|bout|round|\d\ds?)\b/iu;

/** Whether the apostrophe-like mark at `at` can open a quotation: after a space or an opening sign, before a word. */
const opensSingle = (text: string, at: number, start: number): boolean =>
  (at === start || opensAfter.test(text[at - 1]!)) &&
  /[\p{L}\p{N}.…"“(]/u.test(text[at + 1] ?? '') &&
  !elision.test(text.slice(at + 1, at + 6));

/** Whether the mark at `at` can close a quotation: after a word or punctuation, not inside a word ("don't"). */
const closesSingle = (text: string, at: number): boolean =>
  /[^\s]/u.test(text[at - 1] ?? ' ') &&
  !/[\p{L}\p{N}]/u.test(text[at + 1] ?? '') &&
  !/\s'n$/.test(text.slice(at - 3, at));

/** Words after a plural's "s'" that make it a closing mark, not a possessive: a preposition, conjunction or verb. */
const notOwned = /^ (?:in|on|at|of|to|for|from|with|by|or|but|is|are|was|were|as|that|than)\b/;

/**
 * "your friends' boats" inside a quotation: an apostrophe after a plural's "s", before a lower-case
 * word, is a possessive when a closing mark still comes later in the paragraph. Not before a word
 * no possessive can own: "a number of 'flaws' in the footage ... 'prank' videos".
 */
function pluralPossessive(text: string, at: number, end: number): boolean {
  if (text[at - 1] !== 's' || !/^ \p{Ll}/u.test(text.slice(at + 1, at + 3))) return false;
  if (notOwned.test(text.slice(at + 1, at + 8))) return false;
  for (let i = at + 1; i < end; i++)
    if ((text[i] === "'" || text[i] === '’') && closesSingle(text, i)) return true;
  return false;
}

/**
 * A single mark opening a quote, before a capital (after a space, an opening sign or nothing). The
 * mark comes first and the look back after it: so the engine skips ahead to a mark, where a pattern
 * starting with what comes before it is tried at every character.
 */
const singleMarkBeforeCapital = /['‘](?<=(?:^|[\s(:—–-])['‘])\p{Lu}/gu;

/**
 * Whether the article quotes in British style, with single marks ('...' or ‘...’) and double ones
 * only inside them: more quotations open with a single mark before a capital than with a double mark.
 */
export function quotesWithSingleMarks(text: string): boolean {
  const single = text.match(singleMarkBeforeCapital)?.length ?? 0;
  if (single < 2) return false;
  const double = (text.match(/“/g)?.length ?? 0) + Math.ceil((text.match(/"/g)?.length ?? 0) / 2);
  return single > double;
}

/**
 * The text with a British-style article's quotation marks rewritten in the American convention, mark
 * for mark at the same offsets ('...' and ‘...’ become “...”, double marks inside them ‘...’), so that
 * the rest of the quote finder reads one convention. Apostrophes stay as they are. A quotation left
 * open runs to the end of its paragraph, as with double marks.
 */
export function withDoubleQuoteMarks(text: string, blocks: readonly Block[]): string {
  const chars = text.split('');
  for (const block of blocks) {
    let inside = false;
    let innerOpen = false;
    for (let i = block.span[0]; i < block.span[1]; i++) {
      const char = text[i]!;
      if (!inside && (char === "'" || char === '‘') && opensSingle(text, i, block.span[0])) {
        chars[i] = '“';
        inside = true;
      } else if (
        inside &&
        (char === "'" || char === '’') &&
        closesSingle(text, i) &&
        !pluralPossessive(text, i, block.span[1])
      ) {
        chars[i] = '”';
        inside = false;
        innerOpen = false;
      } else if (inside && (char === '"' || char === '“' || char === '”')) {
        chars[i] = innerOpen ? '’' : '‘';
        innerOpen = !innerOpen;
      }
    }
  }
  return chars.join('');
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
