/**
 * Truth discovery in the spirit of Dong, Berti-Equille and Srivastava (2009): a value is likelier
 * true the more, and the more accurate, the independent sources that give it; a source is the
 * more accurate the likelier its values are. The two estimates are iterated to a fixed point.
 * Copying is not guessed here: it comes in as independence groups, and a group votes once for a
 * value, with its best member's weight.
 */

export interface Claimed {
  readonly source: string;
  readonly value: string;
}

/** One question with the values sources give for it (one value: they all agree). */
export interface Question {
  readonly id: string;
  readonly claims: readonly Claimed[];
}

export interface TruthOptions {
  /** False values each question is assumed to have besides the true one (n in the paper). */
  readonly falseValues: number;
  /** Accuracy every source starts with. */
  readonly initialAccuracy: number;
  readonly maxIterations: number;
  /** Stop when no accuracy moves more than this. */
  readonly tolerance: number;
}

export const defaultTruthOptions: TruthOptions = {
  falseValues: 10,
  initialAccuracy: 0.8,
  maxIterations: 50,
  tolerance: 1e-4,
};

export interface TruthResult {
  /** Estimated accuracy of each source, 0..1. */
  readonly accuracy: ReadonlyMap<string, number>;
  /** Probability of each value of each question: `probability.get(questionId)?.get(value)`. */
  readonly probability: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly iterations: number;
}

const clamp = (value: number) => Math.min(0.99, Math.max(0.01, value));

export function discoverTruth(
  questions: readonly Question[],
  groupOf: (source: string) => number,
  options: Partial<TruthOptions> = {},
): TruthResult {
  const { falseValues, initialAccuracy, maxIterations, tolerance } = { ...defaultTruthOptions, ...options };
  const sources = new Set(questions.flatMap((q) => q.claims.map((c) => c.source)));
  let accuracy = new Map([...sources].map((s) => [s, initialAccuracy] as const));
  let probability = new Map<string, Map<string, number>>();
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    probability = new Map();
    for (const question of questions) {
      // Vote of a value: per independence group, the best member's log-odds weight.
      const byValue = new Map<string, Map<number, number>>();
      for (const claim of question.claims) {
        const a = accuracy.get(claim.source)!;
        const weight = Math.log((falseValues * a) / (1 - a));
        const groups = byValue.get(claim.value) ?? new Map<number, number>();
        const group = groupOf(claim.source);
        groups.set(group, Math.max(groups.get(group) ?? Number.NEGATIVE_INFINITY, weight));
        byValue.set(claim.value, groups);
      }
      const votes = new Map(
        [...byValue].map(([value, groups]) => [value, [...groups.values()].reduce((x, y) => x + y, 0)]),
      );
      const highest = Math.max(0, ...votes.values());
      const unobserved = Math.max(0, falseValues + 1 - votes.size);
      let total = unobserved * Math.exp(-highest);
      for (const vote of votes.values()) total += Math.exp(vote - highest);
      probability.set(
        question.id,
        new Map([...votes].map(([value, vote]) => [value, Math.exp(vote - highest) / total])),
      );
    }
    const sums = new Map<string, { total: number; count: number }>();
    for (const question of questions) {
      const p = probability.get(question.id)!;
      for (const claim of question.claims) {
        const entry = sums.get(claim.source) ?? { total: 0, count: 0 };
        entry.total += p.get(claim.value)!;
        entry.count += 1;
        sums.set(claim.source, entry);
      }
    }
    const next = new Map(
      [...sources].map((s) => [s, clamp(sums.get(s)!.total / sums.get(s)!.count)] as const),
    );
    const moved = Math.max(0, ...[...sources].map((s) => Math.abs(next.get(s)! - accuracy.get(s)!)));
    accuracy = next;
    if (moved < tolerance) {
      iterations++;
      break;
    }
  }
  return { accuracy, probability, iterations };
}
