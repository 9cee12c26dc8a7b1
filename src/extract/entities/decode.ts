import { allowedTransition, labelCount as importedLabelCount } from './labels.ts';

/**
 * Scoring and Viterbi decoding shared by training and tagging. Scores are linear: a token's score
 * for a label is the sum of its features' weights for that label; a sequence adds transition
 * weights between neighbouring labels (row 0 of the transition table is the sentence start).
 */

// A local copy: module bindings read in hot loops cost a getter call each under tsx.
const labelCount = importedLabelCount;

/** 0 where IOB2 allows a transition, -Infinity where it does not (I-X after anything but X). */
const transitionConstraints: Float32Array = (() => {
  const table = new Float32Array((labelCount + 1) * labelCount);
  for (let previous = -1; previous < labelCount; previous++) {
    for (let next = 0; next < labelCount; next++) {
      if (!allowedTransition(previous, next)) table[(previous + 1) * labelCount + next] = -Infinity;
    }
  }
  return table;
})();

/** Transition weights with the IOB2 constraints applied (-Infinity where not allowed), as `viterbi` wants them. */
export function constrain(
  transitions: Float32Array,
  out: Float32Array = new Float32Array(transitions.length),
): Float32Array {
  for (let index = 0; index < transitions.length; index++) {
    out[index] = transitions[index]! + transitionConstraints[index]!;
  }
  return out;
}

if (labelCount !== 9) throw new Error('emissionScores is unrolled for the 9 IOB2 labels; update it');

/**
 * Fills `out` (tokens × labels) with each token's label scores. Unrolled for the nine labels:
 * V8 then keeps the nine sums in registers, about three times faster than a loop over labels.
 */
export function emissionScores(
  features: Uint32Array,
  featuresPerToken: number,
  weights: Float32Array,
  out: Float32Array,
): void {
  const tokens = features.length / featuresPerToken;
  for (let token = 0; token < tokens; token++) {
    let o = 0;
    let bPer = 0;
    let iPer = 0;
    let bOrg = 0;
    let iOrg = 0;
    let bLoc = 0;
    let iLoc = 0;
    let bMisc = 0;
    let iMisc = 0;
    for (let slot = token * featuresPerToken, last = slot + featuresPerToken; slot < last; slot++) {
      const row = features[slot]! * 9;
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
    const at = token * 9;
    out[at] = o;
    out[at + 1] = bPer;
    out[at + 2] = iPer;
    out[at + 3] = bOrg;
    out[at + 4] = iOrg;
    out[at + 5] = bLoc;
    out[at + 6] = iLoc;
    out[at + 7] = bMisc;
    out[at + 8] = iMisc;
  }
}

/** Scratch tables for `viterbi`, kept by a caller that decodes many sentences (grown as needed). */
export class ViterbiWorkspace {
  scores = new Float32Array(0);
  backPointers = new Uint8Array(0);

  reserve(cells: number): void {
    if (this.scores.length >= cells) return;
    const size = Math.max(cells, 2 * this.scores.length);
    this.scores = new Float32Array(size);
    this.backPointers = new Uint8Array(size);
  }
}

/**
 * IOB2 lets O and every B-X follow any label, and I-X follow only B-X (the label before it) or I-X
 * itself: `viterbi` is written for exactly that, so check it once here.
 */
const insideLabels: readonly number[] = (() => {
  const inside: number[] = [];
  for (let label = 0; label < labelCount; label++) {
    const before: number[] = [];
    for (let previous = 0; previous < labelCount; previous++) {
      if (allowedTransition(previous, label)) before.push(previous);
    }
    if (before.length === 2 && before[0] === label - 1 && before[1] === label) inside.push(label);
    else if (before.length !== labelCount) throw new Error('viterbi assumes IOB2 transitions; update it');
  }
  return inside;
})();
const openLabels = Array.from({ length: labelCount }, (_, label) => label).filter(
  (label) => !insideLabels.includes(label),
);

/**
 * Best label sequence under emissions (tokens × labels) and constrained transition weights (see
 * `constrain`). A workspace saves allocating the tables per sentence; every cell read is written first.
 *
 * A constrained transition is -Infinity, which can never beat the best score (it starts at
 * -Infinity), so I-X looks only at B-X and I-X before it, not at all nine labels: the same answer,
 * ties included, as trying every transition in label order.
 */
export function viterbi(
  emissions: Float32Array,
  tokens: number,
  transitions: Float32Array,
  workspace = new ViterbiWorkspace(),
): Uint8Array {
  const best = new Uint8Array(tokens);
  if (tokens === 0) return best;
  workspace.reserve(tokens * labelCount);
  const { scores, backPointers } = workspace;
  for (let label = 0; label < labelCount; label++) scores[label] = emissions[label]! + transitions[label]!;
  for (let token = 1; token < tokens; token++) {
    const row = token * labelCount;
    const previousRow = row - labelCount;
    // The previous token's scores, read once for the five labels that look at all nine. Unrolled over
    // them, as emissionScores is over the labels: twice as fast as a loop (viterbi alone, 2,000 sentences).
    const s0 = scores[previousRow]!;
    const s1 = scores[previousRow + 1]!;
    const s2 = scores[previousRow + 2]!;
    const s3 = scores[previousRow + 3]!;
    const s4 = scores[previousRow + 4]!;
    const s5 = scores[previousRow + 5]!;
    const s6 = scores[previousRow + 6]!;
    const s7 = scores[previousRow + 7]!;
    const s8 = scores[previousRow + 8]!;
    for (let at = 0; at < openLabels.length; at++) {
      const label = openLabels[at]!;
      // In label order with a strict comparison, so ties go to the lowest label as before.
      let bestScore = -Infinity;
      let bestPrevious = 0;
      let score = s0 + transitions[labelCount + label]!;
      if (score > bestScore) {
        bestScore = score;
        bestPrevious = 0;
      }
      score = s1 + transitions[2 * labelCount + label]!;
      if (score > bestScore) {
        bestScore = score;
        bestPrevious = 1;
      }
      score = s2 + transitions[3 * labelCount + label]!;
      if (score > bestScore) {
        bestScore = score;
        bestPrevious = 2;
      }
      score = s3 + transitions[4 * labelCount + label]!;
      if (score > bestScore) {
        bestScore = score;
        bestPrevious = 3;
      }
      score = s4 + transitions[5 * labelCount + label]!;
      if (score > bestScore) {
        bestScore = score;
        bestPrevious = 4;
      }
      score = s5 + transitions[6 * labelCount + label]!;
      if (score > bestScore) {
        bestScore = score;
        bestPrevious = 5;
      }
      score = s6 + transitions[7 * labelCount + label]!;
      if (score > bestScore) {
        bestScore = score;
        bestPrevious = 6;
      }
      score = s7 + transitions[8 * labelCount + label]!;
      if (score > bestScore) {
        bestScore = score;
        bestPrevious = 7;
      }
      score = s8 + transitions[9 * labelCount + label]!;
      if (score > bestScore) {
        bestScore = score;
        bestPrevious = 8;
      }
      scores[row + label] = bestScore + emissions[row + label]!;
      backPointers[row + label] = bestPrevious;
    }
    for (let at = 0; at < insideLabels.length; at++) {
      const label = insideLabels[at]!;
      // From B-X (label - 1), then from I-X: in label order, so ties go to B-X as before.
      const fromBegin = scores[previousRow + label - 1]! + transitions[label * labelCount + label]!;
      const fromInside = scores[previousRow + label]! + transitions[(label + 1) * labelCount + label]!;
      let bestScore = -Infinity;
      let bestPrevious = 0;
      if (fromBegin > bestScore) {
        bestScore = fromBegin;
        bestPrevious = label - 1;
      }
      if (fromInside > bestScore) {
        bestScore = fromInside;
        bestPrevious = label;
      }
      scores[row + label] = bestScore + emissions[row + label]!;
      backPointers[row + label] = bestPrevious;
    }
  }
  let last = 0;
  const lastRow = (tokens - 1) * labelCount;
  for (let label = 1; label < labelCount; label++) {
    if (scores[lastRow + label]! > scores[lastRow + last]!) last = label;
  }
  best[tokens - 1] = last;
  for (let token = tokens - 1; token > 0; token--) {
    best[token - 1] = backPointers[token * labelCount + best[token]!]!;
  }
  return best;
}
