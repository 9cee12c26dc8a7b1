import { pairFeatureNames } from './features.ts';
import { fitLogistic, type LogisticModel, type LogisticOptions, predictLogistic } from './logistic.ts';

/**
 * A paraphrase judge learned from labelled sentence pairs: logistic regression over
 * `pairFeatures`, with the decision threshold chosen on the same training pairs (never on the
 * pairs it is scored on: evaluation fits one judge per cross-validation fold).
 */
export interface ParaphraseJudge {
  readonly model: LogisticModel;
  readonly threshold: number;
}

export interface ParaphraseVerdict {
  readonly paraphrase: boolean;
  readonly probability: number;
  /** The features that pushed the decision most, with their direction. */
  readonly reasons: readonly string[];
}

export function fitParaphraseJudge(
  features: readonly (readonly number[])[],
  labels: readonly boolean[],
  options: LogisticOptions = {},
): ParaphraseJudge {
  const model = fitLogistic(features, labels, options);
  const probabilities = features.map((row) => predictLogistic(model, row));
  return { model, threshold: bestThreshold(probabilities, labels) };
}

/** The cut that maximises accuracy on the given (training) pairs. */
export function bestThreshold(probabilities: readonly number[], labels: readonly boolean[]): number {
  const order = probabilities.map((p, i) => [p, labels[i] ? 1 : 0] as const).sort((x, y) => x[0] - y[0]);
  let correct = order.reduce((sum, [, label]) => sum + label, 0); // threshold below everything: all "yes"
  let best = correct;
  let threshold = 0;
  for (let i = 0; i < order.length; i++) {
    correct += order[i]![1] === 0 ? 1 : -1;
    const next = order[i + 1]?.[0] ?? 1;
    if (correct > best && next > order[i]![0]) {
      best = correct;
      threshold = (order[i]![0] + next) / 2;
    }
  }
  return threshold;
}

export function judgeParaphrase(judge: ParaphraseJudge, features: readonly number[]): ParaphraseVerdict {
  const probability = predictLogistic(judge.model, features);
  const contributions = judge.model.weights
    .map((weight, j) => ({
      name: pairFeatureNames[j] ?? `feature ${j}`,
      value: (weight * (features[j]! - judge.model.means[j]!)) / judge.model.scales[j]!,
    }))
    .sort((x, y) => Math.abs(y.value) - Math.abs(x.value))
    .slice(0, 3);
  return {
    paraphrase: probability >= judge.threshold,
    probability,
    reasons: [
      `probability ${probability.toFixed(2)} against threshold ${judge.threshold.toFixed(2)}`,
      ...contributions.map((c) => `${c.name} ${c.value >= 0 ? 'for' : 'against'} (${c.value.toFixed(2)})`),
    ],
  };
}
