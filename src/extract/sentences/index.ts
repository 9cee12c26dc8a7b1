import type { Block, Sentence, Span } from '../../model/index.ts';
import { trimSpan } from '../../model/index.ts';
import { abbreviations } from '../../text/tokens.ts';

/**
 * Sentence boundaries, found per block so a headline or a photo credit never glues onto the
 * next paragraph. A rule-based splitter (not wink or sbd): news text breaks these libraries at
 * "U.S." and "Nov. 30", and the rules are a few lines and fast.
 */

/** A terminator run, optional closing quotes or brackets, then the space before the next sentence. */
const boundaryCandidate = /[.!?]+["'”’)\]]*\s+|[!?]+["'”’)\]]*(?=["“‘'\p{Lu}])/gu;

/** Words that start sentences and so end one after an initialism ("...in the U.S. The talks..."). */
const sentenceOpeners = new Set(
  'the a an he she it they we i this that these those but and so yet however meanwhile in on at after before while when his her their its there'.split(
    ' ',
  ),
);

/**
 * The run of letters, digits and full stops that ends a text: read backwards from its end (sticky,
 * so `lastIndex` is set to the end), instead of trying every start along the text.
 */
const wordBefore = /(?<=([\p{L}\p{N}.]+))$/uy;
const nextWord = /^["“‘'([]*([\p{L}\p{N}]+)/u;
// Patterns with \p{…} are module constants: tsx (esbuild) compiles such a literal to
// `new RegExp(…)`, which a literal inside a function would build again at every call.
const capitalOrDigitFirst = /^\p{Lu}|^\d/u;
const loneCapital = /^\p{Lu}$/u;
const initialism = /^(?:\p{L}\.)+\p{L}$/u;

function isBoundary(text: string, terminatorAt: number, nextStart: number): boolean {
  const terminator = text[terminatorAt]!;
  const following = text.slice(nextStart, nextStart + 40);
  const next = nextWord.exec(following)?.[1];
  if (next === undefined) return /^["“‘'([]/.test(following) || following.length === 0;
  const startsUpper = capitalOrDigitFirst.test(next);
  if (terminator !== '.') return startsUpper;
  if (!startsUpper) return false;
  const window = text.slice(Math.max(0, terminatorAt - 30), terminatorAt);
  wordBefore.lastIndex = window.length;
  const before = wordBefore.exec(window)?.[1] ?? '';
  // "Nov. 30", "Sen. Rubio", "Mr. Trump": an abbreviation's full stop ends nothing.
  if (abbreviations.has(before.toLowerCase())) return false;
  // "John F. Kennedy": a lone capital is an initial.
  if (loneCapital.test(before)) return false;
  // "U.S. Embassy" versus "...the U.S. The talks": only a sentence opener after an initialism ends it.
  if (initialism.test(before)) return sentenceOpeners.has(next.toLowerCase());
  return true;
}

/** Splits one range of the text into sentence spans, trimmed, none empty. */
export function splitSentences(text: string, range: Span): Span[] {
  const [start, end] = range;
  const spans: Span[] = [];
  let sentenceStart = start;
  boundaryCandidate.lastIndex = start;
  for (
    let match = boundaryCandidate.exec(text);
    match && match.index < end;
    match = boundaryCandidate.exec(text)
  ) {
    const nextStart = match.index + match[0].length;
    if (nextStart >= end) break;
    const terminatorAt = match.index + (/[.!?]+/.exec(match[0])?.[0].length ?? 1) - 1;
    if (!isBoundary(text, terminatorAt, nextStart)) continue;
    const span = trimSpan(text, [sentenceStart, nextStart]);
    if (span[1] > span[0]) spans.push(span);
    sentenceStart = nextStart;
  }
  const last = trimSpan(text, [sentenceStart, end]);
  if (last[1] > last[0]) spans.push(last);
  return spans;
}

/** Sentences of every block, in text order, each tagged with its block index. */
export function findSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    for (const span of splitSentences(text, block.span)) sentences.push({ span, block: index });
  });
  return sentences;
}

/** The sentence holding `offset`, by binary search (sentences are in text order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.span[0]) high = middle - 1;
    else if (offset >= sentence.span[1]) low = middle + 1;
    else return sentence;
  }
  return undefined;
}
