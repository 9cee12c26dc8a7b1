/**
 * Logistic regression on standardised features, fitted by full-batch gradient descent with an L2
 * penalty. Small and deterministic (no random start), enough for a few dozen features and a few
 * thousand examples.
 */
export interface LogisticModel {
  readonly means: readonly number[];
  readonly scales: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

export interface LogisticOptions {
  readonly l2?: number;
  readonly iterations?: number;
  readonly learningRate?: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly boolean[],
  options: LogisticOptions = {},
): LogisticModel {
  const l2 = options.l2 ?? 1e-3;
  const iterations = options.iterations ?? 2000;
  const rate = options.learningRate ?? 0.5;
  const width = rows[0]?.length ?? 0;
  const n = rows.length;
  const means = Array.from(
    { length: width },
    (_, j) => rows.reduce((s, row) => s + row[j]!, 0) / Math.max(n, 1),
  );
  const scales = means.map((mean, j) => {
    const variance = rows.reduce((s, row) => s + (row[j]! - mean) ** 2, 0) / Math.max(n, 1);
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  const x = rows.map((row) => row.map((value, j) => (value - means[j]!) / scales[j]!));
  const weights = new Array<number>(width).fill(0);
  let bias = 0;
  const gradient = new Array<number>(width);
  for (let step = 0; step < iterations; step++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (let i = 0; i < n; i++) {
      const row = x[i]!;
      let z = bias;
      for (let j = 0; j < width; j++) z += weights[j]! * row[j]!;
      const error = sigmoid(z) - (labels[i] ? 1 : 0);
      biasGradient += error;
      for (let j = 0; j < width; j++) gradient[j]! += error * row[j]!;
    }
    bias -= (rate * biasGradient) / n;
    for (let j = 0; j < width; j++) weights[j]! -= rate * (gradient[j]! / n + l2 * weights[j]!);
  }
  return { means, scales, weights, bias };
}

export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++)
    z += (model.weights[j]! * (row[j]! - model.means[j]!)) / model.scales[j]!;
  return sigmoid(z);
}
