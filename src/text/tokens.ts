import type { Span, Token } from '../model/index.ts';

export type { Token } from '../model/index.ts';

/** Abbreviations that keep their full stop (titles, months, company suffixes). */
export const abbreviations: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof rev msgr gen brig lt col maj capt sgt cpl pvt pfc spc adm cmdr sen sens rep reps gov govs pres amb ' +
    'supt insp det atty ' +
    'st jr sr inc corp co ltd llc plc bros no vs etc approx dept univ est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ave blvd rd mt ft'
  ).split(' '),
);

/**
 * Character classes the token rules read, as bits. Computed from the same Unicode property
 * escapes a regular expression would use, so the scanner below agrees with them exactly.
 */
const letter = 1; // \p{L}
const wordPart = 2; // \p{L}, \p{M} or \p{N}
const space = 4; // \s
const known = 8;

const classify = (character: string): number =>
  known |
  (/^\p{L}$/u.test(character) ? letter : 0) |
  (/^[\p{L}\p{M}\p{N}]$/u.test(character) ? wordPart : 0) |
  (/^\s$/u.test(character) ? space : 0);

/** Classes of the Basic Multilingual Plane, filled on first sight: a memo, so still pure. */
const bmpClasses = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) bmpClasses[code] = classify(String.fromCharCode(code));
const astralClasses = new Map<number, number>();

/** Kept apart from the table look-up, so that the look-up stays small enough to inline. */
function fillBmpClass(code: number): number {
  const computed = classify(String.fromCharCode(code));
  bmpClasses[code] = computed;
  return computed;
}

const bmpClassOf = (code: number): number => bmpClasses[code]! || fillBmpClass(code);

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) return bmpClassOf(codePoint);
  let computed = astralClasses.get(codePoint);
  if (computed === undefined) {
    computed = classify(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, computed);
  }
  return computed;
}

/** The code point at `at` as a regular expression with the `u` flag reads it: a pair is one. */
function codePointAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
  }
  return code;
}

const width = (codePoint: number): number => (codePoint >= 0x10000 ? 2 : 1);
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** Class bits of the code point at `at`, or 0 past the end. */
const classAt = (text: string, at: number): number => (at < text.length ? classOf(codePointAt(text, at)) : 0);

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** End of the run of `bits` characters from `at`. */
function runEnd(text: string, at: number, bits: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    // Any code unit but a high surrogate is its own code point: read straight from the table.
    if (!isHighSurrogate(code)) {
      if ((bmpClassOf(code) & bits) === 0) break;
      end++;
      continue;
    }
    const codePoint = codePointAt(text, end);
    if ((classOf(codePoint) & bits) === 0) break;
    end += width(codePoint);
  }
  return end;
}

function digitsEnd(text: string, at: number): number {
  let end = at;
  while (isDigit(text.charCodeAt(end))) end++;
  return end;
}

/** Initialisms ("U.S.", "U.N."): two or more letters, each with its full stop; else -1. */
function initialismEnd(text: string, at: number): number {
  let end = at;
  let letters = 0;
  for (;;) {
    const codePoint = codePointAt(text, end);
    if (end >= text.length || (classOf(codePoint) & letter) === 0) break;
    const stop = end + width(codePoint);
    if (text.charCodeAt(stop) !== 0x2e) break;
    end = stop + 1;
    letters++;
  }
  return letters >= 2 ? end : -1;
}

/** Numbers ("1,200.5", "10:30"): digits joined by single full stops, commas or colons. */
function numberEnd(text: string, at: number): number {
  let end = digitsEnd(text, at);
  for (;;) {
    const joiner = text.charCodeAt(end);
    if ((joiner === 0x2e || joiner === 0x2c || joiner === 0x3a) && isDigit(text.charCodeAt(end + 1)))
      end = digitsEnd(text, end + 1);
    else return end;
  }
}

const isWordJoiner = (code: number): boolean =>
  code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x26;

/** Words with inner hyphens, apostrophes, full stops or ampersands ("five-hour", "O'Brien", "AT&T"). */
function wordEnd(text: string, at: number): number {
  let end = runEnd(text, at, wordPart);
  while (isWordJoiner(text.charCodeAt(end)) && (classAt(text, end + 1) & wordPart) !== 0)
    end = runEnd(text, end + 1, wordPart);
  return end;
}

/**
 * End of the token at `at` (a character that is not white space). The rules are tried in order:
 * initialisms, numbers, words, then any single other character. This is the regular expression
 * `(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s]`
 * (flags `gu`) written out, as a scanner several times faster on news text.
 */
function tokenEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  // A digit is no letter, so it can start no initialism.
  if (isDigit(code)) return numberEnd(text, at);
  const codePoint = codePointAt(text, at);
  const classes = classOf(codePoint);
  if ((classes & letter) !== 0 && text.charCodeAt(at + width(codePoint)) === 0x2e) {
    const initialism = initialismEnd(text, at);
    if (initialism >= 0) return initialism;
  }
  if ((classes & wordPart) !== 0) return wordEnd(text, at);
  return at + width(codePoint);
}

/** As a `u` regular expression does, a start inside a surrogate pair steps back to the pair. */
function codePointStart(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return at;
  const code = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff ? at - 1 : at;
}

const possessive = /^(.+?)(['’]s)$/iu;

/**
 * What `possessive` needs of the word `text[start, end)`, tested without a regular expression: most
 * words fail it at the last letter. Under the `iu` flags "s" also matches "S" and the long s "ſ"
 * (U+017F). Read from the text rather than from the word just sliced out of it: faster.
 */
function mayBePossessive(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last !== 0x73 && last !== 0x53 && last !== 0x17f) return false;
  const apostrophe = text.charCodeAt(end - 2);
  return (apostrophe === 0x27 || apostrophe === 0x2019) && end - start > 2;
}

// Patterns with \p{…} are module constants: tsx (esbuild) compiles such a literal to
// `new RegExp(…)`, which a literal inside a function would build again at every call.
const loneCapital = /^\p{Lu}$/u;
const stopThenCapital = /^\.\s\p{Lu}/u;
const aLetter = /\p{L}/u;
const upperCaseLetter = /\p{Lu}/u;
const lowerCaseLetter = /\p{Ll}/u;

/** "George W. Bush": a lone capital, a full stop and a capitalised word is an initial, kept whole as in CoNLL. */
const isMiddleInitial = (text: string, word: string, stopAt: number): boolean =>
  loneCapital.test(word) && stopThenCapital.test(text.slice(stopAt, stopAt + 3));

/**
 * Splits text into tokens the way the CoNLL-2003 news data does: punctuation apart, possessive
 * "'s" apart, hyphenated compounds and initialisms whole. Deterministic and total: never throws.
 */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  for (
    let start = runEnd(text, codePointStart(text, Math.max(0, offset)), space);
    start < end && start < text.length;
  ) {
    const matchEnd = tokenEnd(text, start);
    let next = matchEnd;
    const wordEnd = Math.min(matchEnd, end);
    let word = text.slice(start, wordEnd);
    const ownsPossessive = mayBePossessive(text, start, wordEnd) ? possessive.exec(word) : null;
    if (ownsPossessive && ownsPossessive[1]!.length > 0 && aLetter.test(ownsPossessive[1]!)) {
      const stem = ownsPossessive[1]!;
      tokens.push({ text: stem, span: [start, start + stem.length] });
      start += stem.length;
      word = ownsPossessive[2]!;
    } else if (
      text.charCodeAt(start + word.length) === 0x2e &&
      (abbreviations.has(word.toLowerCase()) || isMiddleInitial(text, word, start + word.length))
    ) {
      word += '.';
      next = start + word.length;
    }
    tokens.push({ text: word, span: [start, start + word.length] });
    start = runEnd(text, next, space);
  }
  return tokens;
}

/** Index of the first token (or other spanned item) starting at or after `offset`; items are in text order. */
export function firstTokenFrom(tokens: readonly { readonly span: Span }[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.span[0] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `tokenize(text, from, to)`, taken from the tokens of the whole text when that is sure to give
 * the same: when whitespace parts the range from the tokens on either side, no token is cut at
 * its edges and none runs on into the next, so tokenising the range alone starts and ends where
 * the whole text does. Otherwise (a sentence that ends inside a word) it tokenises the range.
 */
export function tokensOfRange(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): readonly Token[] {
  const first = firstTokenFrom(tokens, from);
  let end = first;
  while (end < tokens.length && tokens[end]!.span[0] < to) end++;
  const apartBefore = first === 0 || tokens[first - 1]!.span[1] < from;
  const apartAfter = end === tokens.length || tokens[end]!.span[0] > to;
  const withinRange = end === first || tokens[end - 1]!.span[1] <= to;
  return apartBefore && apartAfter && withinRange ? tokens.slice(first, end) : tokenize(text, from, to);
}

/** Shape class of one character: X upper-case letter, x lower-case letter, d ASCII digit, else itself. */
function shapeClass(char: string): string {
  const code = char.charCodeAt(0);
  // ASCII without regular expressions: shapes are taken of every new word the tagger meets.
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return 'X';
    if (code >= 0x61 && code <= 0x7a) return 'x';
    return code >= 0x30 && code <= 0x39 ? 'd' : char;
  }
  return upperCaseLetter.test(char) ? 'X' : lowerCaseLetter.test(char) ? 'x' : char;
}

/** Word shape: "Putin" → "Xxx", "U.S." → "X.X.", "12-point" → "dd-xx", "1996" → "dddd" (letter runs cut to two). */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const char of word) {
    const cls = shapeClass(char);
    run = cls === last ? run + 1 : 1;
    last = cls;
    if (run <= 2 || cls === 'd') shape += cls;
  }
  return shape;
}
