import type { Token } from '../model/index.ts';

export type { Token } from '../model/index.ts';

/** Abbreviations that keep their full stop (titles, months, company suffixes). */
export const abbreviations: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt adm cmdr sen rep gov pres amb supt insp det ' +
    'st jr sr inc corp co ltd llc plc bros no vs etc approx dept univ est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ave blvd rd mt ft'
  ).split(' '),
);

/**
 * Token pattern, tried in order at each position:
 * initialisms ("U.S.", "U.N."), abbreviations handled after the match, numbers ("1,200.5"),
 * words with inner hyphens or apostrophes ("five-hour", "O'Brien"), then any single other character.
 */
const tokenPattern =
  /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;

const possessive = /^(.+?)(['’]s)$/iu;

/**
 * What `possessive` needs, tested without a regular expression: most words fail it at the last
 * letter. Under the `iu` flags "s" also matches "S" and the long s "ſ" (U+017F).
 */
const mayBePossessive = (word: string): boolean => {
  const last = word.charCodeAt(word.length - 1);
  const apostrophe = word.charCodeAt(word.length - 2);
  return (
    (last === 0x73 || last === 0x53 || last === 0x17f) &&
    (apostrophe === 0x27 || apostrophe === 0x2019) &&
    word.length > 2
  );
};

/** "George W. Bush": a lone capital, a full stop and a capitalised word is an initial, kept whole as in CoNLL. */
const isMiddleInitial = (text: string, word: string, stopAt: number): boolean =>
  /^\p{Lu}$/u.test(word) && /^\.\s\p{Lu}/u.test(text.slice(stopAt, stopAt + 3));

/**
 * Splits text into tokens the way the CoNLL-2003 news data does: punctuation apart, possessive
 * "'s" apart, hyphenated compounds and initialisms whole. Deterministic and total: never throws.
 */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = offset;
  for (let match = tokenPattern.exec(text); match && match.index < end; match = tokenPattern.exec(text)) {
    let word = match[0];
    let start = match.index;
    if (start + word.length > end) word = word.slice(0, end - start);
    const ownsPossessive = mayBePossessive(word) ? possessive.exec(word) : null;
    if (ownsPossessive && ownsPossessive[1]!.length > 0 && /\p{L}/u.test(ownsPossessive[1]!)) {
      const stem = ownsPossessive[1]!;
      tokens.push({ text: stem, span: [start, start + stem.length] });
      start += stem.length;
      word = ownsPossessive[2]!;
    } else if (
      text[start + word.length] === '.' &&
      (abbreviations.has(word.toLowerCase()) || isMiddleInitial(text, word, start + word.length))
    ) {
      word += '.';
      tokenPattern.lastIndex = start + word.length;
    }
    tokens.push({ text: word, span: [start, start + word.length] });
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
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
  return /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : char;
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
