import { contextFeatureCount, contextTemplateIds, sentenceContext, sentenceStyleCount } from './features.ts';
import { labelCount } from './labels.ts';
import type { Lexicon } from './lexicon.ts';
import type { TaggerModel } from './model.ts';
import { Casing, mix, padding, Raw, rawSize, WordProfiles, wordTemplates } from './word-profile.ts';

/** Label scores (tokens × labels) of every token of a sentence, valid until the scorer's next call. */
export type EmissionScorer = (words: readonly string[]) => Float32Array;

/** Offsets a word template can read, -padding … +padding. */
const offsetCount = 2 * padding + 1;
const partialSize = offsetCount * labelCount;

if (labelCount !== 9) throw new Error('createEmissionScorer is unrolled for the 9 IOB2 labels; update it');
if (contextFeatureCount !== 20)
  throw new Error('createEmissionScorer computes the 20 context templates; update it');

const T = contextTemplateIds;
const casingCount = Object.keys(Casing).length;
/** Positions putContextFeatures tells apart: first word, second, any later. */
const positionCount = 3;
const styleCount = sentenceStyleCount;

/**
 * Per slot, the first mix of each template that pairs this word with a neighbour: the hash of the
 * template and this word's value, which the neighbour's value then completes.
 */
const Pair = {
  lowerBigramBefore: 0,
  lowerBigramAfter: 1,
  lowerAround: 2,
  shapeBigramBefore: 3,
  shapeBigramAfter: 4,
  shapeTrigram: 5,
  lowerBeforeShape: 6,
  shapeLowerAfter: 7,
} as const;
const pairSize = 8;

/** Every type mask the lexicon can give a word or a name (bits of `typeBit`). */
function maskBitsOf(lexicon: Lexicon): number {
  let bits = 0;
  for (const mask of lexicon.nameWords.values()) bits |= mask;
  for (const mask of lexicon.phrases.values()) bits |= mask;
  return bits;
}

/**
 * Context templates whose value is a small code (casings, positions, the sentence style, name
 * matches) take few distinct rows: each table holds, per code, the summed weight rows of the
 * templates that read it, so a token adds one table row instead of hashing and adding each.
 */
function smallCodeTables(model: TaggerModel) {
  const { weights } = model;
  const mask = 2 ** model.bits - 1;
  const maskBits = maskBitsOf(model.lexicon);
  const nameWordCount = maskBits + 1;
  // Name-match codes are `position << 4 | type mask`, positions 1 to 4 (lexicon.ts).
  const nameMatchCount = ((7 << 4) | maskBits) + 1;
  /** A table of `size` rows; row `code` sums the weight rows of the feature hashes `hashesOf(code)`. */
  const table = (size: number, hashesOf: (code: number) => number[]): Float64Array => {
    const rows = new Float64Array(size * labelCount);
    for (let code = 0; code < size; code++) {
      for (const hash of hashesOf(code)) {
        const row = (hash & mask) * labelCount;
        for (let label = 0; label < labelCount; label++)
          rows[code * labelCount + label]! += weights[row + label]!;
      }
    }
    return rows;
  };
  // Codes are split back into the values putContextFeatures reads, in the order of the index expressions below.
  return {
    nameWordCount,
    /** bias, positionCasing, styleCasing by ((position × styles + style) × casings + casing) × 2 + common. */
    self: table(positionCount * styleCount * casingCount * 2, (code) => {
      const common = code & 1;
      const casing = (code >> 1) % casingCount;
      const style = Math.floor((code >> 1) / casingCount) % styleCount;
      const position = Math.floor((code >> 1) / casingCount / styleCount);
      return [
        mix(T.bias, 0),
        mix(T.positionCasing, (position << 8) | (casing << 4) | common),
        mix(T.styleCasing, (style << 8) | (casing << 4) | common),
      ];
    }),
    /** nameWordCasing by (nameWord × casings + casing) × 2 + common. */
    nameWordCasing: table(nameWordCount * casingCount * 2, (code) => {
      const common = code & 1;
      const casing = (code >> 1) % casingCount;
      const nameWord = Math.floor((code >> 1) / casingCount);
      return [mix(T.nameWordCasing, (nameWord << 8) | (casing << 4) | common)];
    }),
    /** casingTrigram by (before × casings + self) × casings + after. */
    casingTrigram: table(casingCount ** 3, (code) => {
      const after = code % casingCount;
      const self = Math.floor(code / casingCount) % casingCount;
      const before = Math.floor(code / casingCount / casingCount);
      return [mix(T.casingTrigram, (before << 8) | (self << 4) | after)];
    }),
    /** nameWordsAround by before × nameWords + after. */
    nameWordsAround: table(nameWordCount * nameWordCount, (code) => [
      mix(T.nameWordsAround, (Math.floor(code / nameWordCount) << 8) | (code % nameWordCount)),
    ]),
    /** nameMatch and nameMatchCasing by match × casings + casing. */
    nameMatchSelf: table(nameMatchCount * casingCount, (code) => {
      const match = Math.floor(code / casingCount);
      return [mix(T.nameMatch, match), mix(T.nameMatchCasing, (match << 8) | (code % casingCount))];
    }),
    nameMatchBefore: table(nameMatchCount, (match) => [mix(T.nameMatchBefore, match)]),
    nameMatchAfter: table(nameMatchCount, (match) => [mix(T.nameMatchAfter, match)]),
    /** The first mix of styleShape, by style. */
    styleShape: Int32Array.from({ length: styleCount }, (_, style) => mix(T.styleShape, style)),
    /** The first mix of shortSentence, by (lengthBucket << 4) | position. */
    shortSentence: Int32Array.from({ length: (6 << 4) + positionCount }, (_, code) =>
      mix(T.shortSentence, code),
    ),
  };
}

/**
 * One bit per weight-table row, set when any of its weights is not zero. Most pairs of words were
 * never seen in training, so their rows are zero: adding nothing is the same sum, and skipping the
 * read keeps the table's unused rows out of the cache.
 */
function nonzeroRows(weights: Float32Array): Uint32Array {
  const rows = weights.length / labelCount;
  const bits = new Uint32Array(Math.ceil(rows / 32));
  for (let row = 0; row < rows; row++) {
    for (let label = 0; label < labelCount; label++) {
      if (weights[row * labelCount + label] !== 0) {
        bits[row >>> 5]! |= 1 << (row & 31);
        break;
      }
    }
  }
  return bits;
}

/**
 * Scores sentences under a fixed model. Same sums as `emissionScores` over the extractor's
 * features, computed faster: a word's word-template weights are summed once, per offset from the
 * token they score, when the word is first seen; context templates of small codes come from
 * pre-summed tables; those pairing a word with a neighbour start from a hash kept per word.
 *
 * The scores are the same to the bit: weights are 16-bit steps of one float32 scale (model.ts), so
 * every sum of them, in any order, is exact in a double before the one rounding to float32.
 */
export function createEmissionScorer(model: TaggerModel): EmissionScorer {
  const { weights, lexicon } = model;
  const mask = 2 ** model.bits - 1;
  const tables = smallCodeTables(model);
  const usedRows = nonzeroRows(weights);
  let partials = new Float32Array(1024 * partialSize);
  let pairs = new Int32Array(1024 * pairSize);

  const onNewSlot = (slot: number, featureIds: Uint32Array, raw: Int32Array): void => {
    if ((slot + 1) * partialSize > partials.length) {
      const grown = new Float32Array(2 * partials.length);
      grown.set(partials);
      partials = grown;
      const grownPairs = new Int32Array(2 * pairs.length);
      grownPairs.set(pairs);
      pairs = grownPairs;
    }
    const base = slot * partialSize;
    partials.fill(0, base, base + partialSize);
    wordTemplates.forEach(({ offset }, template) => {
      const row = featureIds[template]! * labelCount;
      const into = base + (offset + padding) * labelCount;
      for (let label = 0; label < labelCount; label++) partials[into + label]! += weights[row + label]!;
    });
    const lower = raw[Raw.lower]!;
    const shape = raw[Raw.shape]!;
    const at = slot * pairSize;
    pairs[at + Pair.lowerBigramBefore] = mix(T.lowerBigramBefore, lower);
    pairs[at + Pair.lowerBigramAfter] = mix(T.lowerBigramAfter, lower);
    pairs[at + Pair.lowerAround] = mix(T.lowerAround, lower);
    pairs[at + Pair.shapeBigramBefore] = mix(T.shapeBigramBefore, shape);
    pairs[at + Pair.shapeBigramAfter] = mix(T.shapeBigramAfter, shape);
    pairs[at + Pair.shapeTrigram] = mix(T.shapeTrigram, shape);
    pairs[at + Pair.lowerBeforeShape] = mix(T.lowerBeforeShape, lower);
    pairs[at + Pair.shapeLowerAfter] = mix(T.shapeLowerAfter, shape);
  };
  const profiles = new WordProfiles(lexicon, mask, onNewSlot);
  const { nameWordCount } = tables;
  const smallTables = [
    tables.self,
    tables.nameWordCasing,
    tables.casingTrigram,
    tables.nameWordsAround,
    tables.nameMatchSelf,
    tables.nameMatchBefore,
    tables.nameMatchAfter,
  ];
  const contextIds = new Uint32Array(10);
  const smallRows = new Int32Array(7);
  // Reused across sentences: a fresh array per sentence costs an allocation and collection each time.
  let scoreBuffer = new Float32Array(64 * 9);
  let nameMatchBuffer = new Uint32Array(64);

  return (words) => {
    const slots = profiles.slotsOf(words);
    if (nameMatchBuffer.length < slots.length) nameMatchBuffer = new Uint32Array(2 * slots.length);
    const nameMatch = nameMatchBuffer.subarray(0, slots.length);
    const { raw, style, lengthBucket } = sentenceContext(words, slots, profiles, nameMatch);
    if (scoreBuffer.length < words.length * 9) scoreBuffer = new Float32Array(2 * words.length * 9);
    const scores = scoreBuffer.subarray(0, words.length * 9);
    const styleShapeHash = tables.styleShape[style]!;
    for (let index = 0; index < words.length; index++) {
      const selfAt = index + padding;
      const selfSlot = slots[selfAt]!;
      const beforeSlot = slots[selfAt - 1]!;
      const afterSlot = slots[selfAt + 1]!;
      const selfBase = selfSlot * rawSize;
      const beforeBase = beforeSlot * rawSize;
      const afterBase = afterSlot * rawSize;
      const shape = raw[selfBase + Raw.shape]!;
      const lower = raw[selfBase + Raw.lower]!;
      const lowerAfter = raw[afterBase + Raw.lower]!;
      const shapeAfter = raw[afterBase + Raw.shape]!;
      const casing = raw[selfBase + Raw.casing]!;
      const common = raw[selfBase + Raw.common]!;
      const position = index < 2 ? index : 2;
      const selfPairs = selfSlot * pairSize;
      const beforePairs = beforeSlot * pairSize;

      // The context templates that pair words, as putContextFeatures computes them.
      contextIds[0] = mix(pairs[beforePairs + Pair.lowerBigramBefore]!, lower) & mask;
      contextIds[1] = mix(pairs[selfPairs + Pair.lowerBigramAfter]!, lowerAfter) & mask;
      contextIds[2] = mix(pairs[beforePairs + Pair.lowerAround]!, lowerAfter) & mask;
      contextIds[3] = mix(pairs[beforePairs + Pair.shapeBigramBefore]!, shape) & mask;
      contextIds[4] = mix(pairs[selfPairs + Pair.shapeBigramAfter]!, shapeAfter) & mask;
      contextIds[5] = mix(mix(pairs[beforePairs + Pair.shapeTrigram]!, shape), shapeAfter) & mask;
      contextIds[6] = mix(pairs[beforePairs + Pair.lowerBeforeShape]!, shape) & mask;
      contextIds[7] = mix(pairs[selfPairs + Pair.shapeLowerAfter]!, lowerAfter) & mask;
      contextIds[8] = mix(styleShapeHash, shape) & mask;
      contextIds[9] = mix(tables.shortSentence[(lengthBucket << 4) | position]!, shape) & mask;

      // The templates of small codes, as rows of their tables (indexes as in smallCodeTables).
      const casingBefore = raw[beforeBase + Raw.casing]!;
      const casingAfter = raw[afterBase + Raw.casing]!;
      const match = nameMatch[selfAt]!;
      smallRows[0] = ((((position * styleCount + style) * casingCount + casing) << 1) | common) * 9;
      smallRows[1] = (((raw[selfBase + Raw.nameWord]! * casingCount + casing) << 1) | common) * 9;
      smallRows[2] = ((casingBefore * casingCount + casing) * casingCount + casingAfter) * 9;
      smallRows[3] = (raw[beforeBase + Raw.nameWord]! * nameWordCount + raw[afterBase + Raw.nameWord]!) * 9;
      smallRows[4] = (match * casingCount + casing) * 9;
      smallRows[5] = nameMatch[selfAt - 1]! * 9;
      smallRows[6] = nameMatch[selfAt + 1]! * 9;

      // Padded slots index + 0 … index + 4 hold the words two before to two after the token; each
      // contributes its partial sum for its distance from the token.
      let o = 0;
      let bPer = 0;
      let iPer = 0;
      let bOrg = 0;
      let iOrg = 0;
      let bLoc = 0;
      let iLoc = 0;
      let bMisc = 0;
      let iMisc = 0;
      for (let offset = 0; offset < offsetCount; offset++) {
        const at = slots[index + offset]! * partialSize + offset * 9;
        o += partials[at]!;
        bPer += partials[at + 1]!;
        iPer += partials[at + 2]!;
        bOrg += partials[at + 3]!;
        iOrg += partials[at + 4]!;
        bLoc += partials[at + 5]!;
        iLoc += partials[at + 6]!;
        bMisc += partials[at + 7]!;
        iMisc += partials[at + 8]!;
      }
      for (let feature = 0; feature < 10; feature++) {
        const id = contextIds[feature]!;
        if (((usedRows[id >>> 5]! >>> (id & 31)) & 1) === 0) continue;
        const row = id * 9;
        o += weights[row]!;
        bPer += weights[row + 1]!;
        iPer += weights[row + 2]!;
        bOrg += weights[row + 3]!;
        iOrg += weights[row + 4]!;
        bLoc += weights[row + 5]!;
        iLoc += weights[row + 6]!;
        bMisc += weights[row + 7]!;
        iMisc += weights[row + 8]!;
      }
      for (let table = 0; table < 7; table++) {
        const rows = smallTables[table]!;
        const row = smallRows[table]!;
        o += rows[row]!;
        bPer += rows[row + 1]!;
        iPer += rows[row + 2]!;
        bOrg += rows[row + 3]!;
        iOrg += rows[row + 4]!;
        bLoc += rows[row + 5]!;
        iLoc += rows[row + 6]!;
        bMisc += rows[row + 7]!;
        iMisc += rows[row + 8]!;
      }
      const at = index * 9;
      scores[at] = o;
      scores[at + 1] = bPer;
      scores[at + 2] = iPer;
      scores[at + 3] = bOrg;
      scores[at + 4] = iOrg;
      scores[at + 5] = bLoc;
      scores[at + 6] = iLoc;
      scores[at + 7] = bMisc;
      scores[at + 8] = iMisc;
    }
    return scores;
  };
}
