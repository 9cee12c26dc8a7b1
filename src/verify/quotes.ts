import type { Quote, Span } from '../model/index.ts';
import { editDistance } from '../text/edit-distance.ts';
import { type StoryContext, sentenceSpanAt } from './story.ts';
import { conceptOf, wordsOf } from './words.ts';

/**
 * Quotes compared word by word. Two quotes are the same utterance when they share a long run of
 * words in order; then the words between shared ones must match too, except where a quote marks
 * a cut ("…", "...", or an editor's "[Putin]"). Quoting only part of what was said is never an
 * alteration; changing, adding or dropping words inside the quoted part is.
 */

/**
 * How sure the speaker of a quote is: named beside it ('," Trump said'), named further away in the
 * sentence, found through "he", or carried over from the previous quote.
 */
export type SpeakerStrength = 'named' | 'distant' | 'pronoun' | 'carried' | 'none';

export interface QuoteRef {
  readonly article: string;
  readonly quote: Quote;
  /** Story-level id of the speaker, when known. */
  readonly speaker: string | null;
  readonly strength: SpeakerStrength;
  /** Words in order, with `gap` where the quote marks a cut. */
  readonly tokens: readonly string[];
  /** The sentences the quote is written in, from the first to the last. */
  readonly sentences: Span;
}

export const gap = '\u2026';

const contractions: readonly (readonly [RegExp, string])[] = [
  [/\b(can)['’]t\b/gi, '$1 not'],
  [/\bwon['’]t\b/gi, 'will not'],
  [/n['’]t\b/gi, ' not'],
  [/['’]ll\b/gi, ' will'],
  [/['’]re\b/gi, ' are'],
  [/['’]ve\b/gi, ' have'],
  [/['’]m\b/gi, ' am'],
  [/['’]d\b/gi, ' would'],
  [/\b(it|he|she|that|what|there|here|who|where|how|let)['’]s\b/gi, '$1 is'],
  [/\bgonna\b/gi, 'going to'],
  // "it's going to be" and "it will be" say the same.
  [/\b(?:is|are|am|was|were)\s+going to be\b/gi, 'will be'],
  [/\bwanna\b/gi, 'want to'],
  [/\bgotta\b/gi, 'got to'],
];

/** "we've" and "we have" are the same words as spoken; transcripts differ in how they write them. */
function expandContractions(text: string): string {
  return contractions.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** Words of a quote with cuts marked: ellipses and bracketed insertions become one `gap`. */
export function quoteTokens(text: string): string[] {
  // "F.B.I." and "FBI" are one word.
  const initialisms = text.replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1').replace(/\b(\p{Lu}{2,})\./gu, '$1');
  // Brackets and parentheses are the editor's words ("[Putin]", "(Libyan strongman Muammar)").
  const marked = expandContractions(initialisms)
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ` ${gap} `)
    .replace(/\.\s?\.\s?\./g, ` ${gap} `);
  const tokens: string[] = [];
  for (const piece of marked.split(gap)) {
    if (tokens.length > 0) tokens.push(gap);
    tokens.push(...wordsOf(piece));
  }
  while (tokens[0] === gap) tokens.shift();
  while (tokens.at(-1) === gap) tokens.pop();
  return tokens;
}

const pronoun = /^(he|she|they|him|her|his|we|i)$/i;

/** The minimum number of words for a quote to be compared at all ("very good" is too short to tell). */
export const minimumQuoteWords = 4;

const sayingVerb =
  /\b(said|says|say|told|tells|added|adding|noted|stated|remarked|explained|confirmed|stressed|warned|wrote|asked|argued|insisted|declared|tweeted|posted|announced|replied|responded|acknowledged|admitted|claimed|emphasi[sz]ed|highlighted|according to)\b/i;

/** Named beside the quote: right after its closing mark, or before it with a verb of saying between. */
export function speakerStrength(text: string, quote: Quote): SpeakerStrength {
  if (quote.speaker === null) return 'none';
  const at = quote.speakerSpan;
  if (at === undefined) return 'carried';
  if (pronoun.test(text.slice(at[0], at[1]).trim())) return 'pronoun';
  if (at[0] >= quote.span[1]) return at[0] - quote.span[1] <= 40 ? 'named' : 'distant';
  const between = text.slice(at[1], quote.span[0]);
  return between.length <= 80 && sayingVerb.test(between) ? 'named' : 'distant';
}

export function quotesOf(story: StoryContext): QuoteRef[] {
  const refs: QuoteRef[] = [];
  for (const view of story.articles) {
    const { article } = view;
    for (const quote of article.extraction.quotes) {
      const inReporting = view.reporting.some((s) => s.span[0] <= quote.span[0] && quote.span[0] < s.span[1]);
      if (!inReporting) continue;
      const tokens = quoteTokens(quote.text);
      if (tokens.filter((t) => t !== gap).length < minimumQuoteWords) continue;
      const strength = speakerStrength(article.text, quote);
      const first = sentenceSpanAt(article, quote.span[0]);
      const last = sentenceSpanAt(article, Math.max(quote.span[0], quote.span[1] - 1));
      refs.push({
        article: article.id,
        quote,
        speaker: quote.speaker === null ? null : story.people.idOf(quote.speaker),
        strength,
        tokens,
        sentences: [Math.min(first[0], last[0]), Math.max(first[1], last[1])],
      });
    }
  }
  return refs;
}

/**
 * One edit inside the part two quotes share: words replaced by others, or words only one side
 * has (a silent cut, or an insertion).
 */
export interface QuoteChange {
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly kind: 'replaced' | 'cut';
  /** The cut words are a negation or a number: the cut reverses or changes the claim. */
  readonly meaningful: boolean;
}

export interface QuoteComparison {
  /** Words shared in order. */
  readonly shared: number;
  /** Same utterance: a long shared run relative to the shorter quote. */
  readonly same: boolean;
  /** Edits inside the part both quote (an empty list: consistent). */
  readonly changes: readonly QuoteChange[];
}

export const describeChange = (change: QuoteChange): string =>
  `"${change.before.join(' ') || '(nothing)'}" → "${change.after.join(' ') || '(nothing)'}"`;

/** Words of `from` that `other` does not have (as a multiset). */
function without(from: readonly string[], other: readonly string[]): string[] {
  const left = [...other];
  return from.filter((word) => {
    const at = left.indexOf(word);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

function classify(before: readonly string[], after: readonly string[]): QuoteChange {
  const [onlyBefore, onlyAfter] = [without(before, after), without(after, before)];
  const cut = onlyBefore.length === 0 || onlyAfter.length === 0;
  const removed = [...onlyBefore, ...onlyAfter];
  const meaningful = removed.length <= 2 && removed.every((w) => negations.has(w) || /\d/.test(w));
  return { before, after, kind: cut ? 'cut' : 'replaced', meaningful };
}

/** Longest common subsequence of words (cuts never match), as index pairs in order. */
function alignWords(a: readonly string[], b: readonly string[]): [number, number][] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i] === b[j] && a[i] !== gap
          ? table[(i + 1) * cols + j + 1]! + 1
          : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j] && a[i] !== gap) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Share of the shorter quote's words that must be shared for two quotes to be one utterance. */
const sameShare = 0.6;
/** A short quote shares common phrasing by chance ("to end the war"): it must match almost whole. */
const shortSameShare = 0.8;
/** Share of the words between the first and last shared word that are shared, on each side. */
const compactShare = 0.6;

/** Words editors add to or drop from quotes to name someone, not words of the speaker. */
const editorial = new Set('mr mrs ms dr representative rep senator sen president governor gov'.split(' '));

const negations = new Set(['not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'cannot']);

/**
 * A change that alters what was said: a negation added or dropped, a number, or a content word
 * changed, added or dropped. Function words alone ("it takes" / "it does take", "will" / "would"),
 * the same words reordered, or another form of the same word are how transcripts differ.
 */
export function substantive(before: readonly string[], after: readonly string[]): boolean {
  const negated = (words: readonly string[]) => words.filter((w) => negations.has(w)).length;
  if (negated(before) !== negated(after)) return true;
  const content = (words: readonly string[]) =>
    words
      .filter((w) => !fillers.has(w) && (/\d/.test(w) || conceptOf(w) !== undefined))
      .map((w) => conceptOf(w) ?? w);
  const [x, y] = [content(before), content(after)];
  if (x.length === 0 && y.length === 0) return false;
  if (x.length === y.length && x.every((word, i) => spellingVariant(word, y[i]!))) return false;
  // "world view" written "worldview".
  if (x.join('') === y.join('')) return false;
  const sorted = (words: readonly string[]) => [...words].sort().join(' ');
  return sorted(x) !== sorted(y);
}

/** Words of speech that transcripts keep or drop at will. */
const fillers = new Set('oh well yeah okay ok gonna wanna gotta got get like really so um uh'.split(' '));

/** "Momma" and "mama", "Gadhafi" and "Qaddafi": the same word spelled another way (one or two letters). */
function spellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 4) return false;
  return editDistance(a, b) <= 2;
}

/** Words one edit may span on either side; more is a different passage. */
const maxEdit = 5;

/** Maximal runs of aligned words that follow each other on both sides. */
function runsOf(pairs: readonly [number, number][]): [number, number][][] {
  const runs: [number, number][][] = [];
  for (const pair of pairs) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && pair[0] === last[0] + 1 && pair[1] === last[1] + 1) run.push(pair);
    else runs.push([pair]);
  }
  return runs;
}

const longestRun = (pairs: readonly [number, number][]): number =>
  Math.max(0, ...runsOf(pairs).map((run) => run.length));

/** Whether every cut-delimited piece of `part` appears word for word, in order, in `whole`. */
function isExcerpt(part: readonly string[], whole: readonly string[]): boolean {
  const pieces: string[][] = [[]];
  for (const token of part) {
    if (token === gap) pieces.push([]);
    else pieces.at(-1)!.push(token);
  }
  let from = 0;
  for (const piece of pieces.filter((p) => p.length > 0)) {
    let found = -1;
    for (let i = from; i + piece.length <= whole.length && found < 0; i++)
      if (piece.every((word, k) => whole[i + k] === word)) found = i;
    if (found < 0) return false;
    from = found + piece.length;
  }
  return true;
}

export function compareQuotes(a: readonly string[], b: readonly string[]): QuoteComparison {
  const wordCount = (tokens: readonly string[]) => tokens.filter((t) => t !== gap).length;
  // Quoting part of what was said, cuts marked or not at the edges, is never an alteration
  // (and from six words on, an excerpt is surely the same utterance: shorter runs are phrases).
  const excerpt = isExcerpt(a, b) || isExcerpt(b, a);
  if (excerpt && Math.min(wordCount(a), wordCount(b)) >= 6)
    return { shared: Math.min(wordCount(a), wordCount(b)), same: true, changes: [] };
  const pairs = alignWords(a, b);
  const words = (tokens: readonly string[]) => tokens.filter((t) => t !== gap).length;
  const shorter = Math.min(words(a), words(b));
  // Shared words must also lie close together on both sides: "he would like to" scattered over
  // two long quotes is common phrasing, not one utterance.
  const compact = (side: 0 | 1) =>
    pairs.length > 0 && pairs.length / (pairs.at(-1)![side] - pairs[0]![side] + 1) >= compactShare;
  const same =
    pairs.length >= minimumQuoteWords &&
    pairs.length >= (shorter < 10 ? shortSameShare : sameShare) * shorter &&
    compact(0) &&
    compact(1) &&
    longestRun(pairs) >= 3;
  const changes: QuoteChange[] = [];
  if (same && !excerpt) {
    // Changes lie between runs of shared words close on both sides; a long stretch between two
    // runs is two passages of one speech, not an edit. Single shared words ("will", "the") anchor nothing.
    const runs = runsOf(pairs).filter((run) => run.length >= 2);
    for (let k = 1; k < runs.length; k++) {
      const [before, after] = [runs[k - 1]!, runs[k]!];
      const [i1, j1] = before.at(-1)!;
      const [i2, j2] = after[0]!;
      const betweenA = a.slice(i1 + 1, i2);
      const betweenB = b.slice(j1 + 1, j2);
      if (betweenA.length === 0 && betweenB.length === 0) continue;
      if (betweenA.length > maxEdit || betweenB.length > maxEdit) continue;
      // A cut marked on either side explains whatever the other side has there.
      if (betweenA.includes(gap) || betweenB.includes(gap)) continue;
      // An editor's title before a name ("Representative Fredette") changes no one's words.
      if ([...betweenA, ...betweenB].every((word) => editorial.has(word))) continue;
      if (!substantive(betweenA, betweenB)) continue;
      changes.push(classify(betweenA, betweenB));
    }
  }
  return { shared: pairs.length, same, changes };
}

/**
 * Groups quotes of the same utterance across articles. A quote joins a group only if it is the
 * same utterance as every member from another article, so no chain of partial overlaps merges
 * two different things a speaker said.
 */
export function utterances(refs: readonly QuoteRef[]): QuoteRef[][] {
  const wordSets = refs.map((ref) => new Set(ref.tokens.filter((t) => t !== gap)));
  // Cheap test first: quotes that share few distinct words are never aligned word by word.
  const mayMatch = (i: number, j: number) => {
    const [x, y] =
      wordSets[i]!.size <= wordSets[j]!.size ? [wordSets[i]!, wordSets[j]!] : [wordSets[j]!, wordSets[i]!];
    let common = 0;
    for (const word of x) if (y.has(word)) common++;
    return common >= minimumQuoteWords && common >= 0.5 * x.size;
  };
  const same = (i: number, j: number) =>
    mayMatch(i, j) && compareQuotes(refs[i]!.tokens, refs[j]!.tokens).same;
  // Longest first, so each group forms around the fullest version of the utterance.
  const order = refs
    .map((_, index) => index)
    .sort((a, b) => refs[b]!.tokens.length - refs[a]!.tokens.length || a - b);
  const groups: number[][] = [];
  for (const index of order) {
    const home = groups.find((group) =>
      group.some((other) => refs[other]!.article !== refs[index]!.article) || group.length > 0
        ? group.every((other) => refs[other]!.article === refs[index]!.article || same(other, index)) &&
          group.some((other) => refs[other]!.article !== refs[index]!.article)
        : false,
    );
    if (home) home.push(index);
    else groups.push([index]);
  }
  return groups
    .map((group) => group.map((index) => refs[index]!))
    .filter((group) => new Set(group.map((r) => r.article)).size >= 2);
}

/** A quote as a reader should see it: quoted, shortened around the middle when long. */
export function quoteDisplay(text: string, limit = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= limit ? `“${clean}”` : `“${clean.slice(0, limit - 1).trimEnd()}…”`;
}
