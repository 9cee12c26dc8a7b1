/**
 * The tokenizer is a hand-written scanner for speed; here it is held to the regular-expression
 * tokenizer it replaced, kept below as the reference, token for token and span for span.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { abbreviations, type Token, tokenize } from './tokens.ts';

const referencePattern =
  /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;
const referencePossessive = /^(.+?)(['’]s)$/iu;

/** The tokenizer as it was written with one regular expression (commit 85ee925). */
function referenceTokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  referencePattern.lastIndex = offset;
  for (
    let match = referencePattern.exec(text);
    match && match.index < end;
    match = referencePattern.exec(text)
  ) {
    let word = match[0];
    let start = match.index;
    if (start + word.length > end) word = word.slice(0, end - start);
    const ownsPossessive = referencePossessive.exec(word);
    if (ownsPossessive && ownsPossessive[1]!.length > 0 && /\p{L}/u.test(ownsPossessive[1]!)) {
      const stem = ownsPossessive[1]!;
      tokens.push({ text: stem, span: [start, start + stem.length] });
      start += stem.length;
      word = ownsPossessive[2]!;
    } else if (
      text[start + word.length] === '.' &&
      (abbreviations.has(word.toLowerCase()) ||
        (/^\p{Lu}$/u.test(word) &&
          /^\.\s\p{Lu}/u.test(text.slice(start + word.length, start + word.length + 3))))
    ) {
      word += '.';
      referencePattern.lastIndex = start + word.length;
    }
    tokens.push({ text: word, span: [start, start + word.length] });
  }
  return tokens;
}

/** Pieces that exercise every rule: initials, abbreviations, possessives, numbers, joiners, odd code points. */
const piece = fc.oneof(
  fc.constantFrom(
    'Mr',
    'mr',
    'Nov',
    'St',
    'Co',
    'Ltd',
    'U.S.',
    'U.S',
    'e.g.',
    'a.b.c.d',
    'W',
    'B',
    'é',
    'É',
    'ſ',
    "'s",
    '’s',
    "'S",
    '’ſ',
    's',
    'S',
    "O'Brien",
    'five-hour',
    'AT&T',
    '1,200.5',
    '10:30',
    '3.',
    '.5',
    '½',
    '²',
    '٣',
    'x\u0301',
    '\u0301',
    '𝐀',
    '😀',
    '\ud835',
    '\udc00',
    '“',
    '”',
    '‘',
    '’',
    '"',
    "'",
    '.',
    ',',
    ':',
    '-',
    '&',
    '—',
    '(',
    ')',
    '!',
    '?',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '\t',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    '\u2028',
    'İ',
    'ǅ',
    'ß',
    'Ω',
    'ж',
    'ⅷ',
    '42',
    '0',
    '9',
  ),
  fc.string({ maxLength: 3 }),
  fc.string({ maxLength: 3, unit: 'grapheme' }),
  fc.string({ maxLength: 3, unit: 'binary' }),
);
const mixedText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

test('tokens: the scanner gives what the regular-expression tokenizer gave, on any text', () => {
  fc.assert(
    fc.property(mixedText, (text) => assert.deepEqual(tokenize(text), referenceTokenize(text))),
    { numRuns: 20000 },
  );
});

test('tokens: the scanner agrees with the reference on any range, wherever its edges fall', () => {
  fc.assert(
    fc.property(mixedText, fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % (text.length + 2);
      const to = from + (b % (text.length - from + 2));
      assert.deepEqual(tokenize(text, from, to), referenceTokenize(text, from, to));
    }),
    { numRuns: 20000 },
  );
});

const basilFolder = new URL('../../../shared/corpus/basil/articles/', import.meta.url).pathname;
const evalFolder = new URL('../../eval/', import.meta.url).pathname;

/** Every BASIL body (paragraphs as the bench joins them) and every evaluation article. */
function realTexts(): string[] {
  const basil = readdirSync(basilFolder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const record = JSON.parse(readFileSync(join(basilFolder, name), 'utf8')) as {
        title?: string;
        'body-paragraphs'?: (string | string[])[];
      };
      const paragraphs = (record['body-paragraphs'] ?? []).map((p) => (Array.isArray(p) ? p.join(' ') : p));
      return [record.title ?? '', ...paragraphs].join('\n\n');
    });
  const evaluation = readdirSync(evalFolder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /(^|\/)articles\/[^/]+$/.test(name))
    .map((name) => readFileSync(join(evalFolder, name), 'utf8'));
  return [...basil, ...evaluation];
}

test('tokens: the scanner agrees with the reference on every BASIL and evaluation article', () => {
  const texts = realTexts();
  assert.ok(texts.length >= 340, `only ${texts.length} articles found`);
  for (const text of texts) assert.deepEqual(tokenize(text), referenceTokenize(text));
});
