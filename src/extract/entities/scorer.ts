import {
  contextFeatureCount,
  contextTemplateIds,
  featuresPerToken,
  sentenceContext,
  sentenceStyleCount,
} from './features.ts';
import { labelCount } from './labels.ts';
import type { Lexicon } from './lexicon.ts';
import { type QuantisedWeights, quantiseWeights, type TaggerModel } from './model.ts';
import { Casing, mix, padding, Raw, rawSize, WordProfiles, wordTemplates } from './word-profile.ts';

/** Label scores (tokens × labels) of every token of a sentence, valid until the scorer's next call. */
export type EmissionScorer = (words: readonly string[]) => Float32Array;

/** Offsets a word template can read, -padding … +padding. */
const offsetCount = 2 * padding + 1;

/**
 * A token's sums of steps are integers below 2^21 in size (45 features of at most 2^15 steps), so a
 * double holds two of them exactly, as `first × 2^26 + second`: adding such doubles adds both at
 * once. A row of nine label steps packs into five doubles, the last holding one label.
 */
const laneScale = 2 ** 26;
if (featuresPerToken * 2 ** 15 >= laneScale / 2)
  throw new Error('too many features to pack two sums a double');
const packedSize = 5;
const partialSize = offsetCount * packedSize;

/** Packs `count` rows of nine integers from `rows` into five doubles each. */
function packRows(rows: ArrayLike<number>, count: number): Float64Array {
  const packed = new Float64Array(count * packedSize);
  for (let row = 0; row < count; row++) packRow(rows, row * labelCount, packed, row * packedSize);
  return packed;
}

function packRow(row: ArrayLike<number>, from: number, into: Float64Array, at: number): void {
  for (let pair = 0; pair < 4; pair++) {
    into[at + pair] = row[from + 2 * pair]! * laneScale + row[from + 2 * pair + 1]!;
  }
  into[at + 4] = row[from + 8]!;
}

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
 * matches) take few distinct rows: each table holds, per code, the summed step rows of the
 * templates that read it (packed as `packRows` does), so a token adds one table row instead of
 * hashing and adding each.
 */
function smallCodeTables(model: TaggerModel, steps: Int16Array) {
  const mask = 2 ** model.bits - 1;
  const maskBits = maskBitsOf(model.lexicon);
  const nameWordCount = maskBits + 1;
  // Name-match codes are `position << 4 | type mask`, positions 1 to 4 (lexicon.ts).
  const nameMatchCount = ((7 << 4) | maskBits) + 1;
  /** A table of `size` rows; row `code` sums the step rows of the feature hashes `hashesOf(code)`. */
  const table = (size: number, hashesOf: (code: number) => number[]): Float64Array => {
    const rows = new Int32Array(size * labelCount);
    for (let code = 0; code < size; code++) {
      for (const hash of hashesOf(code)) {
        const row = (hash & mask) * labelCount;
        for (let label = 0; label < labelCount; label++)
          rows[code * labelCount + label]! += steps[row + label]!;
      }
    }
    return packRows(rows, size);
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
function nonzeroRows(steps: Int16Array): Uint32Array {
  const rows = steps.length / labelCount;
  const bits = new Uint32Array(Math.ceil(rows / 32));
  for (let row = 0; row < rows; row++) {
    for (let label = 0; label < labelCount; label++) {
      if (steps[row * labelCount + label] !== 0) {
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
 * Sums are of the model's integer steps (model.ts `QuantisedWeights`), two labels to a double, and
 * exact: each score is the exact sum of the token's weights, rounded once to float32, whatever the
 * order of the sums. (The training path rounds float weights as it goes: the two may differ in the
 * last bits.)
 */
export function createEmissionScorer(model: TaggerModel): EmissionScorer {
  const { lexicon } = model;
  // A model straight from training has float weights: quantised as encodeModel would store them,
  // it scores as it will once written and read back.
  const { scale, steps }: QuantisedWeights = model.quantised ?? quantiseWeights(model.weights);
  const mask = 2 ** model.bits - 1;
  const tables = smallCodeTables(model, steps);
  const usedRows = nonzeroRows(steps);
  const packedSteps = packRows(steps, steps.length / labelCount);
  let partials = new Float64Array(1024 * partialSize);
  const partialSteps = new Int32Array(offsetCount * labelCount);
  let pairs = new Int32Array(1024 * pairSize);

  const onNewSlot = (slot: number, featureIds: Uint32Array, raw: Int32Array): void => {
    if ((slot + 1) * partialSize > partials.length) {
      const grown = new Float64Array(2 * partials.length);
      grown.set(partials);
      partials = grown;
      const grownPairs = new Int32Array(2 * pairs.length);
      grownPairs.set(pairs);
      pairs = grownPairs;
    }
    partialSteps.fill(0);
    wordTemplates.forEach(({ offset }, template) => {
      const row = featureIds[template]! * labelCount;
      const into = (offset + padding) * labelCount;
      for (let label = 0; label < labelCount; label++) partialSteps[into + label]! += steps[row + label]!;
    });
    for (let offset = 0; offset < offsetCount; offset++) {
      packRow(partialSteps, offset * labelCount, partials, slot * partialSize + offset * packedSize);
    }
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
      smallRows[0] = ((((position * styleCount + style) * casingCount + casing) << 1) | common) * packedSize;
      smallRows[1] = (((raw[selfBase + Raw.nameWord]! * casingCount + casing) << 1) | common) * packedSize;
      smallRows[2] = ((casingBefore * casingCount + casing) * casingCount + casingAfter) * packedSize;
      smallRows[3] =
        (raw[beforeBase + Raw.nameWord]! * nameWordCount + raw[afterBase + Raw.nameWord]!) * packedSize;
      smallRows[4] = (match * casingCount + casing) * packedSize;
      smallRows[5] = nameMatch[selfAt - 1]! * packedSize;
      smallRows[6] = nameMatch[selfAt + 1]! * packedSize;

      // Padded slots index + 0 … index + 4 hold the words two before to two after the token; each
      // contributes its partial sum for its distance from the token.
      let oAndBPer = 0;
      let iPerAndBOrg = 0;
      let iOrgAndBLoc = 0;
      let iLocAndBMisc = 0;
      let iMisc = 0;
      for (let offset = 0; offset < offsetCount; offset++) {
        const at = slots[index + offset]! * partialSize + offset * packedSize;
        oAndBPer += partials[at]!;
        iPerAndBOrg += partials[at + 1]!;
        iOrgAndBLoc += partials[at + 2]!;
        iLocAndBMisc += partials[at + 3]!;
        iMisc += partials[at + 4]!;
      }
      for (let feature = 0; feature < 10; feature++) {
        const id = contextIds[feature]!;
        if (((usedRows[id >>> 5]! >>> (id & 31)) & 1) === 0) continue;
        const row = id * packedSize;
        oAndBPer += packedSteps[row]!;
        iPerAndBOrg += packedSteps[row + 1]!;
        iOrgAndBLoc += packedSteps[row + 2]!;
        iLocAndBMisc += packedSteps[row + 3]!;
        iMisc += packedSteps[row + 4]!;
      }
      for (let table = 0; table < 7; table++) {
        const rows = smallTables[table]!;
        const row = smallRows[table]!;
        oAndBPer += rows[row]!;
        iPerAndBOrg += rows[row + 1]!;
        iOrgAndBLoc += rows[row + 2]!;
        iLocAndBMisc += rows[row + 3]!;
        iMisc += rows[row + 4]!;
      }
      // The first sum of a pair is the rounded quotient (the second is under 2^21 of 2^26).
      const o = Math.round(oAndBPer / laneScale);
      const iPer = Math.round(iPerAndBOrg / laneScale);
      const iOrg = Math.round(iOrgAndBLoc / laneScale);
      const iLoc = Math.round(iLocAndBMisc / laneScale);
      const at = index * 9;
      scores[at] = o * scale;
      scores[at + 1] = (oAndBPer - o * laneScale) * scale;
      scores[at + 2] = iPer * scale;
      scores[at + 3] = (iPerAndBOrg - iPer * laneScale) * scale;
      scores[at + 4] = iOrg * scale;
      scores[at + 5] = (iOrgAndBLoc - iOrg * laneScale) * scale;
      scores[at + 6] = iLoc * scale;
      scores[at + 7] = (iLocAndBMisc - iLoc * laneScale) * scale;
      scores[at + 8] = iMisc * scale;
    }
    return scores;
  };
}
