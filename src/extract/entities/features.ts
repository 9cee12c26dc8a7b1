import type { Lexicon } from './lexicon.ts';
import { Casing, mix, padding, Raw, rawSize, WordProfiles, wordTemplates } from './word-profile.ts';

/**
 * Feature templates. Every template fires exactly once per token (one that has nothing to look at
 * fires on a padding value), so a sentence's features are one flat array of
 * `tokens × featuresPerToken` weight-table rows. Word templates (word-profile.ts) read one word;
 * context templates, here, combine several words or the whole sentence.
 */

/** Bumped whenever templates change, so a model trained on other features is refused. */
export const featureSetVersion = 4;

/** How the whole sentence is capitalised: headlines and datelines make capitals weak evidence. */
const SentenceStyle = { normal: 0, title: 1, upper: 2, lower: 3 } as const;
export const sentenceStyleCount = Object.keys(SentenceStyle).length;

/** The style of a sentence from the casing (raw values `rawSize` per slot) of its padded word slots. */
function sentenceStyleOf(raw: Int32Array, slots: Int32Array, words: number): number {
  let lower = 0;
  let capitalised = 0;
  let upper = 0;
  for (let index = 0; index < words; index++) {
    const casing = raw[slots[index + padding]! * rawSize + Raw.casing]!;
    if (casing === Casing.lower) lower++;
    else if (casing === Casing.upper) upper++;
    if (casing === Casing.title || casing === Casing.mixed) capitalised++;
  }
  const lettered = lower + capitalised + upper;
  if (lettered < 2) return SentenceStyle.normal;
  if (lower === 0 && capitalised === 0) return SentenceStyle.upper;
  if (upper === 0 && capitalised === 0) return SentenceStyle.lower;
  // Headline case: nearly every word capitalised (short function words may stay lower).
  if (lettered >= 4 && capitalised + upper >= 3 * lower) return SentenceStyle.title;
  return SentenceStyle.normal;
}

const contextTemplateNames = [
  'bias',
  'lowerBigramBefore',
  'lowerBigramAfter',
  'lowerAround',
  'shapeBigramBefore',
  'shapeBigramAfter',
  'shapeTrigram',
  'lowerBeforeShape',
  'shapeLowerAfter',
  'positionCasing',
  'styleCasing',
  'styleShape',
  'casingTrigram',
  'nameWordCasing',
  'nameWordsAround',
  'nameMatch',
  'nameMatchCasing',
  'nameMatchBefore',
  'nameMatchAfter',
  'shortSentence',
] as const;

export const contextFeatureCount = contextTemplateNames.length;

/** Template ids, mixed into each feature hash so equal values under different templates differ. */
export const contextTemplateIds = Object.fromEntries(
  contextTemplateNames.map((name, index) => [name, wordTemplates.length + index + 1]),
) as Record<(typeof contextTemplateNames)[number], number>;

export const featuresPerToken = wordTemplates.length + contextFeatureCount;

/** What the context templates read about a sentence. */
export interface SentenceContext {
  /** The word profiles' raw values (see word-profile.ts), `rawSize` per slot. */
  readonly raw: Int32Array;
  /** Profile slot of each word, padded by `padding` on each side. */
  readonly slots: Int32Array;
  /** Known names matched in the sentence: `position << 4 | type mask` per padded word (see NameMatcher). */
  readonly nameMatch: Uint32Array;
  readonly style: number;
  readonly lengthBucket: number;
}

/** Each word's `Raw.nameId`, reused from sentence to sentence. */
let nameIds = new Int32Array(64);

/**
 * @param nameMatch where to put the name-match codes, one per padded slot (a caller scoring many
 * sentences passes a reused array; it is cleared here).
 */
export function sentenceContext(
  words: readonly string[],
  slots: Int32Array,
  profiles: WordProfiles,
  nameMatch: Uint32Array = new Uint32Array(slots.length),
): SentenceContext {
  const { raw } = profiles;
  if (nameIds.length < words.length) nameIds = new Int32Array(2 * words.length);
  for (let index = 0; index < words.length; index++) {
    nameIds[index] = raw[slots[index + padding]! * rawSize + Raw.nameId]!;
  }
  nameMatch.fill(0);
  profiles.names.match(nameIds, words.length, nameMatch.subarray(padding, padding + words.length));
  return {
    raw,
    slots,
    nameMatch,
    style: sentenceStyleOf(raw, slots, words.length),
    lengthBucket: Math.min(words.length, 6),
  };
}

/** Writes the context feature ids of token `index` into `out` from `at`. */
export function putContextFeatures(
  context: SentenceContext,
  index: number,
  mask: number,
  out: Uint32Array,
  at: number,
): void {
  const { raw, slots, nameMatch, style, lengthBucket } = context;
  const self = index + padding;
  const before = self - 1;
  const after = self + 1;
  const selfBase = slots[self]! * rawSize;
  const beforeBase = slots[before]! * rawSize;
  const afterBase = slots[after]! * rawSize;
  const lower = raw[selfBase + Raw.lower]!;
  const shape = raw[selfBase + Raw.shape]!;
  const casing = raw[selfBase + Raw.casing]!;
  const common = raw[selfBase + Raw.common]!;
  const nameWord = raw[selfBase + Raw.nameWord]!;
  const lowerBefore = raw[beforeBase + Raw.lower]!;
  const lowerAfter = raw[afterBase + Raw.lower]!;
  const shapeBefore = raw[beforeBase + Raw.shape]!;
  const shapeAfter = raw[afterBase + Raw.shape]!;
  const position = Math.min(index, 2);
  const T = contextTemplateIds;
  // Written out in full: a helper closure made per token costs more than the features here.
  let slot = at;
  out[slot++] = mix(T.bias, 0) & mask;
  out[slot++] = mix(mix(T.lowerBigramBefore, lowerBefore), lower) & mask;
  out[slot++] = mix(mix(T.lowerBigramAfter, lower), lowerAfter) & mask;
  out[slot++] = mix(mix(T.lowerAround, lowerBefore), lowerAfter) & mask;
  out[slot++] = mix(mix(T.shapeBigramBefore, shapeBefore), shape) & mask;
  out[slot++] = mix(mix(T.shapeBigramAfter, shape), shapeAfter) & mask;
  out[slot++] = mix(mix(mix(T.shapeTrigram, shapeBefore), shape), shapeAfter) & mask;
  out[slot++] = mix(mix(T.lowerBeforeShape, lowerBefore), shape) & mask;
  out[slot++] = mix(mix(T.shapeLowerAfter, shape), lowerAfter) & mask;
  // A capital on the first word, or on a word usually written in lower case, says little.
  out[slot++] = mix(T.positionCasing, (position << 8) | (casing << 4) | common) & mask;
  out[slot++] = mix(T.styleCasing, (style << 8) | (casing << 4) | common) & mask;
  out[slot++] = mix(mix(T.styleShape, style), shape) & mask;
  const casingAround = (raw[beforeBase + Raw.casing]! << 8) | (casing << 4) | raw[afterBase + Raw.casing]!;
  out[slot++] = mix(T.casingTrigram, casingAround) & mask;
  out[slot++] = mix(T.nameWordCasing, (nameWord << 8) | (casing << 4) | common) & mask;
  const nameWordsAround = (raw[beforeBase + Raw.nameWord]! << 8) | raw[afterBase + Raw.nameWord]!;
  out[slot++] = mix(T.nameWordsAround, nameWordsAround) & mask;
  out[slot++] = mix(T.nameMatch, nameMatch[self]!) & mask;
  out[slot++] = mix(T.nameMatchCasing, (nameMatch[self]! << 8) | casing) & mask;
  out[slot++] = mix(T.nameMatchBefore, nameMatch[before]!) & mask;
  out[slot++] = mix(T.nameMatchAfter, nameMatch[after]!) & mask;
  // Bylines and datelines ("Peter Blackburn", "BRUSSELS 1996-08-22") are short lines of their own.
  out[slot] = mix(mix(T.shortSentence, (lengthBucket << 4) | position), shape) & mask;
}

/** Turns a sentence's words into `featuresPerToken` weight-table rows per word. */
export type FeatureExtractor = (words: readonly string[]) => Uint32Array;

/** The feature extractor used in training: every feature id of every token, for a `2 ** bits` table. */
export function createFeatureExtractor(lexicon: Lexicon, bits: number): FeatureExtractor {
  const mask = (1 << bits) - 1;
  const profiles = new WordProfiles(lexicon, mask);
  const offsets = wordTemplates.map((template) => template.offset);
  const wordTemplateCount = wordTemplates.length;
  return (words) => {
    const slots = profiles.slotsOf(words);
    const context = sentenceContext(words, slots, profiles);
    const { ids } = profiles;
    const features = new Uint32Array(words.length * featuresPerToken);
    for (let index = 0; index < words.length; index++) {
      const first = index * featuresPerToken;
      for (let template = 0; template < wordTemplateCount; template++) {
        const slot = slots[index + padding + offsets[template]!]!;
        features[first + template] = ids[slot * wordTemplateCount + template]!;
      }
      putContextFeatures(context, index, mask, features, first + wordTemplateCount);
    }
    return features;
  };
}
