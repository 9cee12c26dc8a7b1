import { contextFeatureCount, putContextFeatures, sentenceContext } from './features.ts';
import { labelCount } from './labels.ts';
import type { TaggerModel } from './model.ts';
import { padding, WordProfiles, wordTemplates } from './word-profile.ts';

/** Label scores (tokens × labels) of every token of a sentence. */
export type EmissionScorer = (words: readonly string[]) => Float32Array;

/** Offsets a word template can read, -padding … +padding. */
const offsetCount = 2 * padding + 1;
const partialSize = offsetCount * labelCount;

if (labelCount !== 9) throw new Error('createEmissionScorer is unrolled for the 9 IOB2 labels; update it');

/**
 * Scores sentences under a fixed model. Same sums as `emissionScores` over the extractor's
 * features, computed faster: a word's word-template weights are summed once, per offset from the
 * token they score, when the word is first seen; each token then adds five such partial sums and
 * the weight rows of its context features, instead of one row per feature.
 */
export function createEmissionScorer(model: TaggerModel): EmissionScorer {
  const { weights, lexicon } = model;
  const mask = 2 ** model.bits - 1;
  let partials = new Float32Array(1024 * partialSize);

  const sumWordTemplates = (slot: number, featureIds: Uint32Array): void => {
    if ((slot + 1) * partialSize > partials.length) {
      const grown = new Float32Array(2 * partials.length);
      grown.set(partials);
      partials = grown;
    }
    const base = slot * partialSize;
    partials.fill(0, base, base + partialSize);
    wordTemplates.forEach(({ offset }, template) => {
      const row = featureIds[template]! * labelCount;
      const into = base + (offset + padding) * labelCount;
      for (let label = 0; label < labelCount; label++) partials[into + label]! += weights[row + label]!;
    });
  };
  const profiles = new WordProfiles(lexicon, mask, sumWordTemplates);
  const contextIds = new Uint32Array(contextFeatureCount);

  return (words) => {
    const slots = profiles.slotsOf(words);
    const context = sentenceContext(words, slots, profiles, lexicon);
    const scores = new Float32Array(words.length * 9);
    for (let index = 0; index < words.length; index++) {
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
      putContextFeatures(context, index, mask, contextIds, 0);
      for (let feature = 0; feature < contextFeatureCount; feature++) {
        const row = contextIds[feature]! * 9;
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
