import { seededRandom } from '../../text/seeded-random.ts';
import type { LabelledDocument } from './conll.ts';
import { constrain, emissionScores, viterbi } from './decode.ts';
import { createFeatureExtractor, type FeatureExtractor, featuresPerToken } from './features.ts';
import { labelCount, labelId, toIob2 } from './labels.ts';
import { buildLexicon, commonWordsIn, lexiconFromLists, namesIn } from './lexicon.ts';
import type { TaggerModel } from './model.ts';
import { type CaseStyle, recase } from './recase.ts';

/** Averaged structured perceptron training (Collins 2002) over hashed features. */

export interface TrainingOptions {
  readonly epochs: number;
  /** The weight table gets `2 ** bits` rows. */
  readonly bits: number;
  /** Seeds the shuffling and the choice of sentences to re-case; same seed, same model. */
  readonly seed: number;
  /**
   * Name-list features are computed for each document from lists built on the other folds, so the
   * tagger learns how far to trust a list that does not know every name, as at run time.
   */
  readonly folds: number;
  /** Share of sentences also trained on in each case style (a sentence gets at most one copy). */
  readonly recased: Readonly<Record<CaseStyle, number>>;
  readonly onEpoch?: (report: EpochReport) => void;
}

export interface EpochReport {
  readonly epoch: number;
  readonly sentences: number;
  /** Tokens whose predicted label was wrong before the update, as a share of all tokens. */
  readonly tokenErrorRate: number;
  readonly seconds: number;
}

export const defaultTrainingOptions: TrainingOptions = {
  epochs: 12,
  bits: 18,
  seed: 2003,
  folds: 5,
  recased: { title: 0.15, upper: 0.08, lower: 0.04 },
};

interface Instance {
  readonly features: Uint32Array;
  readonly gold: Uint8Array;
}

function shuffle(items: number[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
}

function instancesOf(documents: readonly LabelledDocument[], options: TrainingOptions): Instance[] {
  const random = seededRandom(options.seed);
  const allSentences = documents.flatMap((document) => document.sentences);
  const common = commonWordsIn(allSentences);
  const foldExtractors: FeatureExtractor[] = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const others = documents.filter((_, index) => index % options.folds !== fold);
    const lexicon = lexiconFromLists(namesIn(others.flatMap((document) => document.sentences)), common);
    foldExtractors.push(createFeatureExtractor(lexicon, options.bits));
  }
  const { title, upper, lower } = options.recased;
  const instances: Instance[] = [];
  documents.forEach((document, index) => {
    const extract = foldExtractors[index % options.folds]!;
    for (const { words, tags } of document.sentences) {
      const gold = Uint8Array.from(toIob2(tags), labelId);
      const add = (sentence: readonly string[]): void => {
        instances.push({ features: extract(sentence), gold });
      };
      add(words);
      const draw = random();
      if (draw < title) add(recase(words, 'title'));
      else if (draw < title + upper) add(recase(words, 'upper'));
      else if (draw < title + upper + lower) add(recase(words, 'lower'));
    }
  });
  return instances;
}

function checkOptions({ epochs, bits, folds, recased }: TrainingOptions): void {
  if (!Number.isInteger(epochs) || epochs < 1)
    throw new RangeError(`epochs must be a whole number above 0, not ${epochs}`);
  if (!Number.isInteger(bits) || bits < 8 || bits > 26)
    throw new RangeError(`bits must be a whole number from 8 to 26, not ${bits}`);
  if (!Number.isInteger(folds) || folds < 2)
    throw new RangeError(`folds must be a whole number above 1, not ${folds}`);
  const shares = Object.values(recased);
  if (shares.some((share) => !(share >= 0)) || shares.reduce((sum, share) => sum + share, 0) > 1) {
    throw new RangeError('recased shares must be at least 0 and add up to at most 1');
  }
}

/** Trains a tagger on labelled documents (any IOB tagging; converted to IOB2 here). */
export function trainTagger(
  documents: readonly LabelledDocument[],
  overrides: Partial<TrainingOptions> = {},
): TaggerModel {
  const options: TrainingOptions = { ...defaultTrainingOptions, ...overrides };
  checkOptions(options);
  const instances = instancesOf(documents, options);
  const random = seededRandom(options.seed ^ 0x5eed);

  const weights = new Float32Array(2 ** options.bits * labelCount);
  const transitions = new Float32Array((labelCount + 1) * labelCount);
  // Running sums of (update time × change) give the averaged weights at the end without
  // touching every weight after every sentence.
  const weightSums = new Float64Array(weights.length);
  const transitionSums = new Float64Array(transitions.length);
  let time = 1;

  const longest = instances.reduce((most, instance) => Math.max(most, instance.gold.length), 0);
  const emissions = new Float32Array(longest * labelCount);
  const allowed = new Float32Array(transitions.length);
  const order = instances.map((_, index) => index);

  const updateToken = (features: Uint32Array, token: number, label: number, change: number): void => {
    const step = change * time;
    for (let slot = token * featuresPerToken, last = slot + featuresPerToken; slot < last; slot++) {
      const at = features[slot]! * labelCount + label;
      weights[at]! += change;
      weightSums[at]! += step;
    }
  };
  const updateTransition = (previous: number, label: number, change: number): void => {
    const at = (previous + 1) * labelCount + label;
    transitions[at]! += change;
    transitionSums[at]! += change * time;
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    shuffle(order, random);
    let errors = 0;
    let tokens = 0;
    for (const index of order) {
      const { features, gold } = instances[index]!;
      const count = gold.length;
      emissionScores(features, featuresPerToken, weights, emissions);
      const predicted = viterbi(emissions, count, constrain(transitions, allowed));
      tokens += count;
      for (let token = 0; token < count; token++) {
        const goldLabel = gold[token]!;
        const predictedLabel = predicted[token]!;
        const goldPrevious = token === 0 ? -1 : gold[token - 1]!;
        const predictedPrevious = token === 0 ? -1 : predicted[token - 1]!;
        if (goldLabel !== predictedLabel) {
          errors++;
          updateToken(features, token, goldLabel, 1);
          updateToken(features, token, predictedLabel, -1);
        }
        if (goldLabel !== predictedLabel || goldPrevious !== predictedPrevious) {
          updateTransition(goldPrevious, goldLabel, 1);
          updateTransition(predictedPrevious, predictedLabel, -1);
        }
      }
      time++;
    }
    options.onEpoch?.({
      epoch,
      sentences: instances.length,
      tokenErrorRate: errors / tokens,
      seconds: (performance.now() - started) / 1000,
    });
  }

  const averaged = (current: Float32Array, sums: Float64Array): Float32Array =>
    current.map((weight, index) => weight - sums[index]! / time);
  const allSentences = documents.flatMap((document) => document.sentences);
  return {
    bits: options.bits,
    weights: averaged(weights, weightSums),
    transitions: averaged(transitions, transitionSums),
    lexicon: buildLexicon(allSentences),
  };
}
