import { wordShape } from '../../text/tokens.ts';
import { type Lexicon, NameMatcher } from './lexicon.ts';

/**
 * What the features read about a single word, whatever its neighbours. Computed once per distinct
 * word and cached by the extractor and the scorer.
 *
 * Features are never stored by name: a template id and the hashes of the values it reads are mixed
 * into one number, which picks a row of the weight table (feature hashing).
 */

const fnvOffset = 0x811c9dc5 | 0;
const fnvPrime = 0x01000193;

/*
 * Hashes stay signed 32-bit integers throughout: V8 keeps those in registers, where unsigned values
 * above 2^31 would become boxed doubles.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let hash = fnvOffset;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), fnvPrime);
  return hash;
}

/** Combines a running hash with one more value (MurmurHash3 finaliser, so nearby inputs scatter). */
export function mix(hash: number, value: number): number {
  let mixed = Math.imul(hash ^ 0x9e3779b9, 0xcc9e2d51) ^ value;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return mixed ^ (mixed >>> 16);
}

/** How a word is capitalised. */
export const Casing = { none: 0, lower: 1, title: 2, upper: 3, mixed: 4 } as const;

/** Casing from counts of upper- and lower-case letters and whether the word starts with a capital. */
function casingFrom(upper: number, lower: number, capitalFirst: boolean): number {
  if (upper === 0) return lower === 0 ? Casing.none : Casing.lower;
  if (lower === 0) return upper === 1 ? Casing.title : Casing.upper;
  return capitalFirst && upper === 1 ? Casing.title : Casing.mixed;
}

function casingOf(word: string): number {
  let upper = 0;
  let lower = 0;
  // ASCII by character code; anything else by what case mapping does to it.
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x80) return unicodeCasingOf(word);
    if (code >= 0x41 && code <= 0x5a) upper++;
    else if (code >= 0x61 && code <= 0x7a) lower++;
  }
  const first = word.charCodeAt(0);
  return casingFrom(upper, lower, first >= 0x41 && first <= 0x5a);
}

function unicodeCasingOf(word: string): number {
  let upper = 0;
  let lower = 0;
  for (const char of word) {
    if (char.toLowerCase() !== char) upper++;
    else if (char.toUpperCase() !== char) lower++;
  }
  const first = word.charAt(0);
  return casingFrom(upper, lower, first.toLowerCase() !== first);
}

const affixLengths = 4;

/** What a word template can read about a word. */
type WordValue =
  | 'word'
  | 'lower'
  | 'shape'
  | 'prefix1'
  | 'prefix2'
  | 'prefix3'
  | 'prefix4'
  | 'suffix1'
  | 'suffix2'
  | 'suffix3'
  | 'suffix4';

/**
 * Templates that read one value of the word `offset` places away (±2 at most). Their feature ids
 * depend on that word alone, so they are part of the word's cached profile.
 */
export const wordTemplates: ReadonlyArray<{ readonly offset: number; readonly value: WordValue }> = [
  { offset: 0, value: 'word' },
  { offset: 0, value: 'lower' },
  { offset: 0, value: 'shape' },
  { offset: 0, value: 'prefix1' },
  { offset: 0, value: 'prefix2' },
  { offset: 0, value: 'prefix3' },
  { offset: 0, value: 'prefix4' },
  { offset: 0, value: 'suffix1' },
  { offset: 0, value: 'suffix2' },
  { offset: 0, value: 'suffix3' },
  { offset: 0, value: 'suffix4' },
  { offset: -2, value: 'lower' },
  { offset: -1, value: 'lower' },
  { offset: 1, value: 'lower' },
  { offset: 2, value: 'lower' },
  { offset: -1, value: 'word' },
  { offset: 1, value: 'word' },
  { offset: -2, value: 'shape' },
  { offset: -1, value: 'shape' },
  { offset: 1, value: 'shape' },
  { offset: 2, value: 'shape' },
  { offset: -1, value: 'suffix3' },
  { offset: 1, value: 'suffix3' },
  { offset: -1, value: 'prefix3' },
  { offset: 1, value: 'prefix3' },
];

/** Neighbours up to this many words away are read, so sentences are padded by as many profiles. */
export const padding = 2;

/**
 * Raw values a word offers the context templates, in this order; `nameId` is the word's id for
 * matching known names (`NameMatcher.match`), 0 unless `nameWord` (the type mask of the names it is
 * part of) is set.
 */
export const Raw = { lower: 0, shape: 1, casing: 2, common: 3, nameWord: 4, nameId: 5 } as const;
export const rawSize = 6;

interface WordValues {
  readonly hashes: Readonly<Record<WordValue, number>>;
  readonly casing: number;
  readonly common: number;
  readonly nameWord: number;
  readonly nameId: number;
}

function valuesOf(word: string, lexicon: Lexicon, names: NameMatcher): WordValues {
  const lower = word.toLowerCase();
  // Prefix hashes are the running FNV hash of the first 1-4 units; suffixes hash the last 1-4 units
  // read backwards. A word shorter than the affix repeats its whole self.
  const prefixes: number[] = [];
  const suffixes: number[] = [];
  let prefix = fnvOffset;
  let suffix = fnvOffset;
  for (let length = 1; length <= affixLengths; length++) {
    if (length <= lower.length) {
      prefix = Math.imul(prefix ^ lower.charCodeAt(length - 1), fnvPrime);
      suffix = Math.imul(suffix ^ lower.charCodeAt(lower.length - length), fnvPrime);
    }
    prefixes.push(prefix);
    suffixes.push(suffix);
  }
  const [prefix1, prefix2, prefix3, prefix4] = prefixes as [number, number, number, number];
  const [suffix1, suffix2, suffix3, suffix4] = suffixes as [number, number, number, number];
  const nameWord = lexicon.nameWords.get(lower) ?? 0;
  return {
    hashes: {
      word: hashString(word),
      lower: hashString(lower),
      shape: hashString(wordShape(word)),
      ...{ prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4 },
    },
    casing: casingOf(word),
    common: lexicon.commonWords.has(lower) ? 1 : 0,
    nameWord,
    nameId: nameWord !== 0 ? names.idOf(lower) : 0,
  };
}

/** The padding beyond either end of a sentence: every value is one marker hash. */
function paddingValues(marker: string): WordValues {
  const hash = hashString(marker);
  const hashes = Object.fromEntries(wordTemplates.map(({ value }) => [value, hash])) as Record<
    WordValue,
    number
  >;
  return { hashes, casing: Casing.none, common: 0, nameWord: 0, nameId: 0 };
}

/** Slots 0 and 1 always hold the sentence-start and sentence-end padding. */
export const startSlot = 0;
export const endSlot = 1;

/**
 * Words kept before the cache starts over, so memory stays bounded on endless input (about 22 MB
 * with the scorer's per-slot sums). 2^16 holds the vocabulary of a few thousand news articles:
 * with 2^15 the extract bench started over so often that refilling took a sixth of tagging time.
 */
const slotLimit = 1 << 16;

/**
 * Each distinct word's raw values and word-template feature ids (reduced to a table of
 * `mask + 1` rows), interned into slots of pooled typed arrays: one look-up per token instead of
 * hashing a dozen strings.
 */
export class WordProfiles {
  private rawValues = new Int32Array(0);
  private featureIds = new Uint32Array(0);
  private readonly slots = new Map<string, number>();
  private used = 0;
  /** Reused by `slotsOf`: one array per sentence would cost an allocation and a collection each. */
  private slotBuffer = new Int32Array(64);

  /**
   * @param onNewSlot called with a slot's feature ids and raw values each time it is (re)filled, for caches kept
   * beside this one; slot numbers are reused after the cache starts over.
   */
  /** The lexicon's known names, matched by the words' `Raw.nameId`. */
  readonly names: NameMatcher;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly mask: number,
    private readonly onNewSlot: (slot: number, featureIds: Uint32Array, raw: Int32Array) => void = () => {},
  ) {
    this.names = new NameMatcher(lexicon);
    this.reset();
  }

  /** `rawSize` raw values per slot; a new array after the pool grows, so read it after `slotsOf`. */
  get raw(): Int32Array {
    return this.rawValues;
  }

  /** One feature id per word template per slot; a new array after the pool grows. */
  get ids(): Uint32Array {
    return this.featureIds;
  }

  private reset(): void {
    this.slots.clear();
    this.used = 0;
    this.fill(paddingValues('<s>'));
    this.fill(paddingValues('</s>'));
  }

  private fill({ hashes, casing, common, nameWord, nameId }: WordValues): number {
    const slot = this.used++;
    if (slot * rawSize >= this.rawValues.length) this.grow();
    const raw = slot * rawSize;
    this.rawValues[raw + Raw.lower] = hashes.lower;
    this.rawValues[raw + Raw.shape] = hashes.shape;
    this.rawValues[raw + Raw.casing] = casing;
    this.rawValues[raw + Raw.common] = common;
    this.rawValues[raw + Raw.nameWord] = nameWord;
    this.rawValues[raw + Raw.nameId] = nameId;
    const ids = slot * wordTemplates.length;
    wordTemplates.forEach(({ value }, index) => {
      // Word templates take ids 1, 2, …; context templates number on from there.
      this.featureIds[ids + index] = mix(index + 1, hashes[value]) & this.mask;
    });
    this.onNewSlot(
      slot,
      this.featureIds.subarray(ids, ids + wordTemplates.length),
      this.rawValues.subarray(raw, raw + rawSize),
    );
    return slot;
  }

  private grow(): void {
    const slots = Math.max(1024, (2 * this.rawValues.length) / rawSize);
    const raw = new Int32Array(slots * rawSize);
    raw.set(this.rawValues);
    const ids = new Uint32Array(slots * wordTemplates.length);
    ids.set(this.featureIds);
    this.rawValues = raw;
    this.featureIds = ids;
  }

  /** Slot of every word, with `padding` padding slots on each side; valid until the next call. */
  slotsOf(words: readonly string[]): Int32Array {
    if (this.used + words.length > slotLimit) this.reset();
    const size = words.length + 2 * padding;
    if (this.slotBuffer.length < size) this.slotBuffer = new Int32Array(2 * size);
    const slots = this.slotBuffer.subarray(0, size);
    slots.fill(startSlot, 0, padding);
    slots.fill(endSlot, words.length + padding);
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      let slot = this.slots.get(word);
      if (slot === undefined) {
        slot = this.fill(valuesOf(word, this.lexicon, this.names));
        this.slots.set(word, slot);
      }
      slots[index + padding] = slot;
    }
    return slots;
  }
}
