import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, BlockKind, ConflictKind, Span } from '../model/index.ts';
import { layOutBlocks, overlaps } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { seededRandom } from '../text/seeded-random.ts';
import { crossCheck } from '../verify/index.ts';
import { parseCsv } from './csv.ts';

/**
 * Conflict evaluation on real news with injected errors (in the manner of FactCC, Kryscinski et
 * al. 2020): a real article is copied and one fact in the copy is changed — a person under a
 * title, a title, a weekday or date, a number, words of a quote, a quote's speaker, or the date
 * of a photo caption. The copy joins a story with its original and the other outlets' reports of
 * the same event (BASIL triplets), and the cross-check must find the change: recall per kind.
 * The same stories without changes measure false conflicts per 100 clean articles.
 */

export type InjectionKind = 'role' | 'title' | 'date' | 'number' | 'quote' | 'attribution' | 'stale-media';

export const injectionKinds: readonly InjectionKind[] = [
  'role',
  'title',
  'date',
  'number',
  'quote',
  'attribution',
  'stale-media',
];

/**
 * Conflict kinds that count as finding each injected error. Swapping the person under a title
 * breaks both "one office, one holder" and the swapped-in person's own titles, so either detector
 * finding it counts, and the same for changing a title; a changed date may surface as the article
 * contradicting itself.
 */
export const acceptedKinds: Readonly<Record<InjectionKind, readonly ConflictKind[]>> = {
  role: ['role', 'title'],
  title: ['title', 'role'],
  date: ['date', 'self-contradiction'],
  number: ['number'],
  quote: ['quote'],
  attribution: ['attribution'],
  'stale-media': ['stale-media'],
};

/** One real article as the corpus gives it: paragraphs of reporting, with metadata. */
export interface NewsDocument {
  readonly id: string;
  readonly outlet: string;
  readonly title?: string;
  readonly published?: string;
  readonly paragraphs: readonly string[];
  /** Articles with the same event were written independently about one happening (BASIL triplets). */
  readonly event?: string;
  /** A photo caption shown with the article (added by the evaluation, dated at publication). */
  readonly caption?: string;
}

// ---------------------------------------------------------------------------------------------
// Corpus readers

function jsonFilesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return jsonFilesUnder(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

interface BasilRecord {
  readonly title?: string;
  readonly date?: string;
  readonly source?: string;
  readonly uuid?: string;
  readonly 'triplet-uuid'?: string;
  readonly 'body-paragraphs'?: readonly (readonly string[])[];
}

/** BASIL articles (Fan et al. 2019) from a folder of its JSON files, searched recursively. */
export function readBasil(folder: string): NewsDocument[] {
  return jsonFilesUnder(folder).flatMap((path) => {
    const record = JSON.parse(readFileSync(path, 'utf8')) as BasilRecord;
    const paragraphs = (record['body-paragraphs'] ?? [])
      .map((sentences) => sentences.join(' ').replace(/\s+/g, ' ').trim())
      .filter((paragraph) => paragraph.length > 0);
    if (paragraphs.length === 0) return [];
    const name = path
      .split(/[\\/]/)
      .pop()!
      .replace(/\.json$/, '');
    return [
      {
        id: `basil:${name}`,
        outlet: (record.source ?? 'unknown').toLowerCase(),
        ...(record.title ? { title: record.title } : {}),
        ...(record.date ? { published: record.date } : {}),
        paragraphs,
        ...(record['triplet-uuid'] ? { event: record['triplet-uuid'] } : {}),
      },
    ];
  });
}

/** FNC-1 training bodies: stand-alone real articles without dates or partners. */
export function readFnc1(path: string, limit: number): NewsDocument[] {
  if (!existsSync(path) || limit <= 0) return [];
  const [, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const documents: NewsDocument[] = [];
  for (const [id, body] of rows) {
    if (!id || !body) continue;
    const paragraphs = body
      .split(/\n\s*\n|\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 40);
    const words = paragraphs.join(' ').split(/\s+/).length;
    if (paragraphs.length < 3 || words < 150 || words > 1500) continue;
    documents.push({ id: `fnc1:${id}`, outlet: `fnc1-${id}`, paragraphs });
    if (documents.length >= limit) break;
  }
  return documents;
}

// ---------------------------------------------------------------------------------------------
// Articles

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const dayMs = 86_400_000;

function shiftIso(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) + days * dayMs).toISOString().slice(0, 10);
}

function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${months[month - 1]} ${day}, ${year}`;
}

/** The photo caption every evaluated article carries: clean ones are dated at publication. */
export const captionFor = (outlet: string, iso: string): string =>
  `A photo distributed by ${outlet.toUpperCase()} on ${longDate(iso)}.`;

/** Builds the Article the pipeline reads: title, caption and paragraphs as blocks of one text. */
export function toArticle(document: NewsDocument): Article {
  const parts: { kind: BlockKind; text: string }[] = [
    ...(document.title ? [{ kind: 'title' as const, text: document.title }] : []),
    ...(document.caption ? [{ kind: 'caption' as const, text: document.caption }] : []),
    ...document.paragraphs.map((text) => ({ kind: 'body' as const, text })),
  ];
  const { text, blocks } = layOutBlocks(parts);
  return {
    id: createHash('sha256').update(text).digest('hex').slice(0, 16),
    path: document.id,
    outlet: document.outlet,
    ...(document.title ? { title: document.title } : {}),
    ...(document.published ? { published: document.published, publishedSource: 'metadata' as const } : {}),
    language: 'en',
    text,
    blocks,
    diagnostics: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Injected errors

type Random = () => number;
const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

/** One change to one block of a document. */
export interface Edit {
  readonly kind: InjectionKind;
  /** Paragraph index, or -1 for the caption. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly description: string;
}

interface Candidate {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly description: string;
}

function* matchesIn(document: NewsDocument, pattern: RegExp) {
  for (const [paragraph, text] of document.paragraphs.entries()) {
    for (const match of text.matchAll(pattern)) yield { paragraph, text, match, at: match.index! };
  }
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const monthPattern =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.';

function dateCandidates(document: NewsDocument, random: Random): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { paragraph, match, at } of matchesIn(
    document,
    new RegExp(`\\b(${weekdays.join('|')})\\b`, 'g'),
  )) {
    const index = weekdays.indexOf(match[1]!);
    const shift = pick([1, 2, 3, -1, -2], random);
    const other = weekdays[(index + shift + 7) % 7]!;
    candidates.push({
      paragraph,
      start: at,
      end: at + match[0].length,
      replacement: other,
      description: `${match[1]} → ${other}`,
    });
  }
  for (const { paragraph, match, at } of matchesIn(
    document,
    new RegExp(`\\b(?:${monthPattern}) (\\d{1,2})\\b(?!,? ?\\d{3})`, 'g'),
  )) {
    const day = Number(match[1]);
    if (day < 1 || day > 31) continue;
    const shifted = day > 20 ? day - pick([2, 3, 4, 5], random) : day + pick([2, 3, 4, 5], random);
    const start = at + match[0].length - match[1]!.length;
    candidates.push({
      paragraph,
      start,
      end: at + match[0].length,
      replacement: String(shifted),
      description: `day ${day} → ${shifted}`,
    });
  }
  return candidates;
}

const spelled = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function numberCandidates(document: NewsDocument, random: Random): Candidate[] {
  const all = document.paragraphs.join('\n');
  const candidates: Candidate[] = [];
  const digits = /(?<![\w$.,:/-])\$?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w:/]|[.,]\d)/g;
  for (const { paragraph, text, match, at } of matchesIn(document, digits)) {
    const written = match[1]!;
    const value = Number(written.replace(/,/g, ''));
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + match[0].length, at + match[0].length + 4);
    if (!Number.isFinite(value) || value < 2) continue;
    if (/^(1[89]|20)\d\d$/.test(written)) continue; // a year
    if (new RegExp(`(?:${monthPattern})\\s*$`).test(before) || /^(st|nd|rd|th)/.test(after)) continue; // a date
    if (/(No\.|#|Route|Highway|District|H\.R\.|S\.)\s*$/.test(before)) continue; // a name, not a quantity
    if (/^-\d/.test(text.slice(at + match[0].length))) continue; // a score or a vote "396-9"
    if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(text.slice(at + match[0].length))) continue; // a time of day
    let next = value;
    for (let tries = 0; tries < 10 && (next === value || all.includes(format(next, written))); tries++)
      next =
        value < 10
          ? value + pick([2, 3, 4, 5, 6], random)
          : Math.round(value * pick([1.5, 2, 0.5, 1.4, 0.6], random));
    if (next === value || all.includes(format(next, written))) continue;
    const start = at + match[0].length - written.length;
    candidates.push({
      paragraph,
      start,
      end: start + written.length,
      replacement: format(next, written),
      description: `${written} → ${format(next, written)}`,
    });
  }
  const words = new RegExp(`\\b(${spelled.join('|')})(?=-[a-z]|\\s+[a-z]{3,})`, 'gi');
  for (const { paragraph, match, at } of matchesIn(document, words)) {
    const index = spelled.indexOf(match[1]!.toLowerCase());
    const other = spelled[(index + pick([2, 3, 4], random)) % spelled.length]!;
    const replacement = /^[A-Z]/.test(match[1]!) ? other.charAt(0).toUpperCase() + other.slice(1) : other;
    candidates.push({
      paragraph,
      start: at,
      end: at + match[1]!.length,
      replacement,
      description: `${match[1]} → ${replacement}`,
    });
  }
  return candidates;
}

function format(value: number, like: string): string {
  if (like.includes('.')) return value.toFixed(like.split('.')[1]!.length);
  return like.includes(',') ? value.toLocaleString('en-US') : String(value);
}

/** Office titles written in full, and a different office each could wrongly become. */
const officeSwaps: Readonly<Record<string, string>> = {
  'Vice President': 'Secretary of State',
  President: 'Vice President',
  'Secretary of State': 'Defense Secretary',
  'Attorney General': 'Secretary of State',
  'House Speaker': 'Senate Majority Leader',
  Speaker: 'Senator',
  Governor: 'Senator',
  Senator: 'Governor',
  'Majority Leader': 'Speaker',
  'Minority Leader': 'Speaker',
  'Chief Justice': 'Attorney General',
  'Press Secretary': 'Chief of Staff',
  'Defense Secretary': 'Secretary of State',
  'Treasury Secretary': 'Secretary of State',
  'Prime Minister': 'President',
  Chancellor: 'President',
  Mayor: 'Governor',
};
const officePattern = Object.keys(officeSwaps)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A name word: "Obama", "McConnell", "LePage", "O'Rourke", "Ocasio-Cortez" (never a possessive). */
const nameWord = "[A-Z](?:[a-z]+|[a-z]*[A-Z][a-z]+)(?:[-'’][A-Z][a-z]+)?";
const titledName = new RegExp(
  `(?<!\\b(?:former|then|ex|late|Former)[- ]?)\\b(${officePattern}) ((?:${nameWord}|[A-Z]\\.)(?: (?:${nameWord}|[A-Z]\\.)){0,2})(?![\\w'’.-])`,
  'g',
);
/** Offices one person holds at a time: swapping their holder is a role error. */
const uniqueOffices = new Set([
  'President',
  'Vice President',
  'Secretary of State',
  'Attorney General',
  'House Speaker',
  'Speaker',
  'Majority Leader',
  'Minority Leader',
  'Chief Justice',
  'Press Secretary',
  'Defense Secretary',
  'Treasury Secretary',
  'Prime Minister',
  'Chancellor',
  'Governor',
  'Mayor',
]);
/** Words of organisations that a "First Last said" pattern also catches. */
const organisationWords =
  /\b(Service|Department|Committee|House|Party|Court|Office|Agency|Association|Council|Center|Institute|University|College|Foundation|Administration|Campaign|Commission|Company|Group|News|Times|Post|Network|Fund|Bank|Board|Senate|Congress|Union|Club|Church|Police|Army|Force|Guard|Press|Journal|Media|Street|State|States|County|City|Republicans|Democrats)\b/;
const notNames = new Set(
  (
    'The A An He She It They We I This That In On At But And Or If When While After Before As Republican Republicans ' +
    'Democrat Democrats Democratic House Senate White Congress Monday Tuesday Wednesday Thursday Friday Saturday ' +
    'Sunday January February March April May June July August September October November December Mr Mrs Ms Dr ' +
    'President Vice Senator Governor Secretary Speaker Leader Minister Chancellor Mayor Justice General Attorney ' +
    'Representative Rep Sen Gov Judge Chief Press Prime Majority Minority State National American Federal'
  ).split(' '),
);

/** People the article names in full next to a verb of saying or a title: safe targets for swaps. */
function peopleIn(document: NewsDocument): string[] {
  const text = document.paragraphs.join('\n');
  const names = new Set<string>();
  for (const match of text.matchAll(
    new RegExp(`\\b(${nameWord} ${nameWord})(?=,? (?:said|says|told|added)\\b)`, 'g'),
  ))
    names.add(match[1]!);
  for (const match of text.matchAll(titledName)) if (match[2]!.includes(' ')) names.add(match[2]!);
  // A person's name comes back as the surname alone ("Mr. Boehner", "Boehner said").
  return [...names].filter(
    (name) =>
      !name.split(' ').some((word) => notNames.has(word)) &&
      !organisationWords.test(name) &&
      text.split(surname(name)).length > 2,
  );
}

const surname = (name: string) => name.split(' ').at(-1)!;

function titleCandidates(document: NewsDocument, kind: 'role' | 'title', random: Random): Candidate[] {
  const people = peopleIn(document);
  const candidates: Candidate[] = [];
  for (const { paragraph, text, match, at } of matchesIn(document, titledName)) {
    const [whole, office, name] = [match[0], match[1]!, match[2]!];
    if (name.split(' ').some((word) => notNames.has(word)) || organisationWords.test(name)) continue;
    // The whole name only: not "Donald" of "Donald Trump's", not a name running on.
    if (/^(?:\s+[A-Z]|['’]s\b)/.test(text.slice(at + whole.length))) continue;
    if (kind === 'title') {
      const swapped = officeSwaps[office]!;
      candidates.push({
        paragraph,
        start: at,
        end: at + office.length,
        replacement: swapped,
        description: `${office} → ${swapped} (${name})`,
      });
      continue;
    }
    if (!uniqueOffices.has(office)) continue;
    const others = people.filter(
      (p) => surname(p) !== surname(name) && !p.includes(name) && !name.includes(p),
    );
    if (others.length === 0) continue;
    const other = pick(others, random);
    const replacement = name.includes(' ') ? other : surname(other);
    const start = at + whole.length - name.length;
    candidates.push({
      paragraph,
      start,
      end: at + whole.length,
      replacement,
      description: `${office} ${name} → ${office} ${replacement}`,
    });
  }
  return candidates;
}

/** Words an altered quote may take instead of the original (a meaning-changing edit); else a word of the article. */
const wordSwaps: Readonly<Record<string, string>> = {
  not: 'now',
  can: 'cannot',
  good: 'bad',
  bad: 'good',
  more: 'less',
  less: 'more',
  always: 'never',
  never: 'always',
  support: 'oppose',
  best: 'worst',
  right: 'wrong',
  important: 'unimportant',
  all: 'some',
  great: 'terrible',
  should: 'should not',
  must: 'may',
};

const quoted = /[“"]([^“”"]{40,500})[”"]/g;
const functionWords = new Set(
  'that this these those with from into about there their they them what when where which while would could should have been being were will your just than then also very much more most some such only over like because'.split(
    ' ',
  ),
);

function quoteCandidates(document: NewsDocument, random: Random): Candidate[] {
  // Replacement words come from the article itself, as FactCC swaps draw on the source document.
  const vocabulary = [
    ...new Set(
      document.paragraphs
        .join(' ')
        .match(/\b[a-z]{5,}\b/g)
        ?.filter((w) => !functionWords.has(w)) ?? [],
    ),
  ];
  const candidates: Candidate[] = [];
  for (const { paragraph, match, at } of matchesIn(document, quoted)) {
    const inner = match[1]!;
    const words = [...inner.matchAll(/[A-Za-z][a-z’']+/g)];
    if (words.length < 8) continue;
    // Words that carry meaning: a swap from the table, else a content word (not "the", "and").
    const middle = words
      .slice(2, -2)
      .filter(
        (w) =>
          /^[a-z]/.test(w[0]) &&
          (wordSwaps[w[0]] !== undefined || (w[0].length >= 4 && !functionWords.has(w[0]))),
      );
    if (middle.length === 0) continue;
    const word = pick(middle, random);
    const start = at + 1 + word.index!;
    const inQuote = new Set(inner.toLowerCase().match(/[a-z]+/g) ?? []);
    const others = vocabulary.filter((w) => !inQuote.has(w));
    const replacement =
      wordSwaps[word[0].toLowerCase()] ?? (others.length > 0 ? pick(others, random) : undefined);
    if (!replacement) continue;
    candidates.push({
      paragraph,
      start,
      end: start + word[0].length,
      replacement,
      description: `quote: ${word[0]} → ${replacement}`,
    });
  }
  return candidates;
}

const sayVerb = '(?:said|says|told|added|wrote|asked|explained|noted|argued|insisted)';

function attributionCandidates(document: NewsDocument, random: Random): Candidate[] {
  const people = peopleIn(document);
  const candidates: Candidate[] = [];
  // The quote must be long enough to be compared at all (six words or more).
  const longQuote = '[“"][^“”"]*(?:\\s+[^\\s“”"]+){5,}[^“”"]*';
  const patterns = [
    // '," Obama said' / '," Mr. Obama said' / '," John Boehner said'
    new RegExp(
      `${longQuote}[”"],? (?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\. )?(${nameWord}(?: ${nameWord})?) ${sayVerb}\\b`,
      'g',
    ),
    // '," said John Boehner'
    new RegExp(`${longQuote}[”"],? ${sayVerb} (${nameWord} ${nameWord})\\b`, 'g'),
    // 'Boehner said, "' / 'John Boehner told reporters: "'
    new RegExp(`\\b(${nameWord}(?: ${nameWord})?) ${sayVerb}[^“”".]{0,40}[,:] [“"]`, 'g'),
  ];
  for (const pattern of patterns) {
    for (const { paragraph, match, at } of matchesIn(document, pattern)) {
      const name = match[1]!;
      if (name.split(' ').some((word) => notNames.has(word)) || organisationWords.test(name)) continue;
      const others = people.filter((p) => surname(p) !== surname(name) && !p.includes(name));
      if (others.length === 0) continue;
      const other = pick(others, random);
      const replacement = name.includes(' ') ? other : surname(other);
      const start = at + match[0].indexOf(name);
      candidates.push({
        paragraph,
        start,
        end: start + name.length,
        replacement,
        description: `speaker ${name} → ${replacement}`,
      });
    }
  }
  return candidates;
}

/** Proposes one injection of the kind into the document, or undefined when it has no place for it. */
export function proposeEdit(document: NewsDocument, kind: InjectionKind, random: Random): Edit | undefined {
  if (kind === 'stale-media') {
    if (!document.published || !document.caption) return undefined;
    const days = pick([1, -1], random) * Math.round(60 + random() * 700);
    const redated = captionFor(document.outlet, shiftIso(document.published, days));
    return {
      kind,
      paragraph: -1,
      start: 0,
      end: document.caption.length,
      replacement: redated,
      description: `caption re-dated by ${days} days`,
    };
  }
  const candidates =
    kind === 'date'
      ? dateCandidates(document, random)
      : kind === 'number'
        ? numberCandidates(document, random)
        : kind === 'quote'
          ? quoteCandidates(document, random)
          : kind === 'attribution'
            ? attributionCandidates(document, random)
            : titleCandidates(document, kind, random);
  if (candidates.length === 0) return undefined;
  return { kind, ...pick(candidates, random) };
}

/** The document with the edit applied. */
export function applyEdit(document: NewsDocument, edit: Edit): NewsDocument {
  const change = (text: string) => text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
  if (edit.paragraph < 0)
    return { ...document, id: `${document.id}+${edit.kind}`, caption: change(document.caption ?? '') };
  return {
    ...document,
    id: `${document.id}+${edit.kind}`,
    paragraphs: document.paragraphs.map((p, i) => (i === edit.paragraph ? change(p) : p)),
  };
}

/** Where the edit lies in the built article's text (a zero-width edit widened to its neighbours). */
export function editSpan(article: Article, edit: Edit): Span {
  const kinds = article.blocks.filter((b) => (edit.paragraph < 0 ? b.kind === 'caption' : b.kind === 'body'));
  const block = kinds[Math.max(edit.paragraph, 0)]!;
  const start = block.span[0] + edit.start;
  const end = start + edit.replacement.length;
  return end > start ? [start, end] : [Math.max(0, start - 1), start + 1];
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export interface ConflictEvalOptions {
  /** BASIL events to use (each gives three articles); default all. */
  readonly sample?: number;
  /** FNC-1 bodies to add as stand-alone stories; default half the sample. */
  readonly fnc1?: number;
  /** Injections per article at most (kinds chosen to keep the counts balanced). */
  readonly perArticle?: number;
  readonly seed?: number;
  /** The analysis to run on every article: the project's extraction pipeline unless given. */
  readonly analyse: (article: Article) => AnalysedArticle;
  /** Sees every checked story, for diagnosis: the injected edit (none for clean stories) and the result. */
  readonly inspect?: (story: {
    readonly edit?: Edit;
    readonly changed?: AnalysedArticle;
    readonly found: boolean;
    readonly articles: readonly AnalysedArticle[];
    readonly result: ReturnType<typeof crossCheck>;
  }) => void;
}

export interface KindScore {
  readonly injected: number;
  readonly found: number;
  readonly recall: number;
  /** Of the found ones: the changed copy is on the minority side (or the sources split). */
  readonly blamedRight: number;
}

export interface ConflictEvalReport {
  readonly corpus: {
    readonly basilEvents: number;
    readonly basilArticles: number;
    readonly fnc1Articles: number;
  };
  readonly injected: number;
  readonly articlesInjected: number;
  readonly recall: number;
  readonly perKind: Readonly<Record<string, KindScore>>;
  readonly cleanArticles: number;
  readonly falseConflicts: number;
  readonly falseConflictsPer100: number;
  readonly falseByKind: Readonly<Record<string, number>>;
  readonly misses: readonly {
    readonly kind: InjectionKind;
    readonly document: string;
    readonly description: string;
  }[];
  readonly seconds: number;
}

export interface EvalCorpus {
  readonly basil: readonly NewsDocument[];
  readonly fnc1: readonly NewsDocument[];
}

/** BASIL and FNC-1 from the shared corpus folder (`corpus/`), or from a folder of BASIL-shaped fixtures. */
export function readEvalCorpus(corpus: string, fnc1Limit: number): EvalCorpus {
  const basilFolder = existsSync(join(corpus, 'basil')) ? join(corpus, 'basil') : corpus;
  return {
    basil: readBasil(basilFolder),
    fnc1: readFnc1(join(corpus, 'fnc1', 'train_bodies.csv'), fnc1Limit),
  };
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const withCaption = (document: NewsDocument): NewsDocument =>
  document.published ? { ...document, caption: captionFor(document.outlet, document.published) } : document;

export function evaluateConflicts(corpus: EvalCorpus, options: ConflictEvalOptions): ConflictEvalReport {
  const started = performance.now();
  const random = seededRandom(options.seed ?? 2020);
  const events = new Map<string, NewsDocument[]>();
  for (const document of corpus.basil) {
    const key = document.event ?? document.id;
    events.set(key, [...(events.get(key) ?? []), withCaption(document)]);
  }
  const chosenEvents = shuffled([...events.keys()].sort(), random).slice(0, options.sample ?? events.size);
  const fnc1 = corpus.fnc1.slice(0, options.fnc1 ?? Math.ceil(chosenEvents.length / 2));
  const perArticle = options.perArticle ?? 3;

  const analysed = new Map<string, AnalysedArticle>();
  const analyse = (document: NewsDocument): AnalysedArticle => {
    let article = analysed.get(document.id);
    if (!article) {
      article = options.analyse(toArticle(document));
      analysed.set(document.id, article);
    }
    return article;
  };

  const counts = new Map<InjectionKind, { injected: number; found: number; blamedRight: number }>(
    injectionKinds.map((kind) => [kind, { injected: 0, found: 0, blamedRight: 0 }]),
  );
  const misses: { kind: InjectionKind; document: string; description: string }[] = [];
  const injectedDocuments = new Set<string>();
  let cleanArticles = 0;
  let falseConflicts = 0;
  const falseByKind: Record<string, number> = {};

  const stories: { documents: NewsDocument[]; partners: NewsDocument[] }[] = [
    ...chosenEvents.map((key) => ({ documents: events.get(key)!, partners: events.get(key)! })),
    ...fnc1.map((document) => ({ documents: [document], partners: [document] })),
  ];
  for (const { documents, partners } of stories) {
    // Clean: the articles of the event as they are.
    const cleanArticlesHere = partners.map(analyse);
    const clean = crossCheck(cleanArticlesHere);
    options.inspect?.({ found: false, articles: cleanArticlesHere, result: clean });
    cleanArticles += partners.length;
    falseConflicts += clean.conflicts.length;
    for (const conflict of clean.conflicts)
      falseByKind[conflict.kind] = (falseByKind[conflict.kind] ?? 0) + 1;

    for (const original of documents) {
      const applicable = shuffled(injectionKinds, random)
        .sort((a, b) => counts.get(a)!.injected - counts.get(b)!.injected)
        .flatMap((kind) => {
          const edit = proposeEdit(original, kind, random);
          return edit ? [edit] : [];
        })
        .slice(0, perArticle);
      for (const edit of applicable) {
        const perturbed = applyEdit(original, edit);
        const changed = analyse(perturbed);
        const source = analyse(original);
        const others = partners.filter((p) => p !== original).map(analyse);
        const result = crossCheck(
          [source, changed, ...others],
          [[source.id, changed.id], ...others.map((o) => [o.id])],
        );
        const at = editSpan(changed, edit);
        const hit = result.conflicts.find(
          (c) =>
            acceptedKinds[edit.kind].includes(c.kind) &&
            c.evidence.some((e) => e.article === changed.id && overlaps(e.span, at)),
        );
        options.inspect?.({
          edit,
          changed,
          found: hit !== undefined,
          articles: [source, changed, ...others],
          result,
        });
        const score = counts.get(edit.kind)!;
        score.injected++;
        injectedDocuments.add(original.id);
        if (hit) {
          score.found++;
          if (!hit.majority || hit.minority.articles.includes(changed.id)) score.blamedRight++;
        } else misses.push({ kind: edit.kind, document: original.id, description: edit.description });
      }
    }
  }

  const perKind: Record<string, KindScore> = {};
  let injected = 0;
  let found = 0;
  for (const [kind, score] of counts) {
    perKind[kind] = { ...score, recall: score.injected > 0 ? score.found / score.injected : 0 };
    injected += score.injected;
    found += score.found;
  }
  return {
    corpus: {
      basilEvents: chosenEvents.length,
      basilArticles: chosenEvents.reduce((n, key) => n + events.get(key)!.length, 0),
      fnc1Articles: fnc1.length,
    },
    injected,
    articlesInjected: injectedDocuments.size,
    recall: injected > 0 ? found / injected : 0,
    perKind,
    cleanArticles,
    falseConflicts,
    falseConflictsPer100: cleanArticles > 0 ? (100 * falseConflicts) / cleanArticles : 0,
    falseByKind,
    misses,
    seconds: (performance.now() - started) / 1000,
  };
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

export function formatConflictScores(report: ConflictEvalReport): string {
  const lines = [
    `stories from ${report.corpus.basilEvents} BASIL events (${report.corpus.basilArticles} articles) and ${report.corpus.fnc1Articles} FNC-1 bodies`,
    `${report.injected} injected errors in ${report.articlesInjected} articles; overall recall ${percent(report.recall)}`,
    'kind           injected  found  recall   copy blamed',
    ...Object.entries(report.perKind).map(
      ([kind, s]) =>
        `${kind.padEnd(14)} ${String(s.injected).padStart(8)} ${String(s.found).padStart(6)} ${percent(s.recall).padStart(7)} ${String(s.blamedRight).padStart(8)}`,
    ),
    `false conflicts: ${report.falseConflicts} on ${report.cleanArticles} clean articles = ${report.falseConflictsPer100.toFixed(2)} per 100 (${
      Object.entries(report.falseByKind)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ') || 'none'
    })`,
    `${report.seconds.toFixed(1)} s`,
  ];
  return lines.join('\n');
}
