/** Sparse vectors as maps from key to weight, and the few operations the clusterer needs. */

export type SparseVector = ReadonlyMap<string, number>;

/** Gives each key its weight in the cosine (an IDF, a type weight); the map values are masses. */
export type KeyWeight = (key: string) => number;

/** Σ (mass · weight)² over a vector: the squared norm under a key weighting. */
export function weightedNormSquared(vector: SparseVector, weight: KeyWeight): number {
  let sum = 0;
  for (const [key, mass] of vector) {
    const value = mass * weight(key);
    sum += value * value;
  }
  return sum;
}

/** Σ a·b·weight² over shared keys, walking the smaller vector. */
export function weightedDot(a: SparseVector, b: SparseVector, weight: KeyWeight): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, mass] of small) {
    const other = large.get(key);
    if (other === undefined) continue;
    const w = weight(key);
    dot += mass * other * w * w;
  }
  return dot;
}

/**
 * Cosine of two mass vectors after each key is scaled by `weight(key)`. Squared norms may be
 * passed in when the caller keeps them. Zero when either vector is empty.
 */
export function weightedCosine(
  a: SparseVector,
  b: SparseVector,
  weight: KeyWeight,
  normSquaredA = -1,
  normSquaredB = -1,
): number {
  if (a.size === 0 || b.size === 0) return 0;
  const dot = weightedDot(a, b, weight);
  if (dot === 0) return 0;
  const squaredA = normSquaredA >= 0 ? normSquaredA : weightedNormSquared(a, weight);
  const squaredB = normSquaredB >= 0 ? normSquaredB : weightedNormSquared(b, weight);
  const norms = Math.sqrt(squaredA * squaredB);
  return norms === 0 ? 0 : Math.min(1, dot / norms);
}

/** Adds `scale · source` into `target`, dropping keys whose mass falls to (about) zero. */
export function addInto(target: Map<string, number>, source: SparseVector, scale = 1): void {
  for (const [key, mass] of source) {
    const sum = (target.get(key) ?? 0) + scale * mass;
    if (sum > 1e-9) target.set(key, sum);
    else target.delete(key);
  }
}

/** Orders entries by score, highest first, then by key, so equal scores never depend on insertion order. */
export function byScoreThenKey<K extends string | number>(
  a: readonly [K, number],
  b: readonly [K, number],
): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** The `limit` keys with the highest `mass · weight`, best first (ties by key). */
export function topKeys(vector: SparseVector, limit: number, weight: KeyWeight): string[] {
  const scored: [string, number][] = [];
  for (const [key, mass] of vector) scored.push([key, mass * weight(key)]);
  scored.sort(byScoreThenKey);
  return scored.slice(0, limit).map(([key]) => key);
}

/** Keeps only the `limit` strongest keys of a vector, in place; weaker ones are dropped. */
export function pruneTo(vector: Map<string, number>, limit: number, weight: KeyWeight): void {
  if (vector.size <= limit) return;
  const keep = new Set(topKeys(vector, limit, weight));
  for (const key of [...vector.keys()]) if (!keep.has(key)) vector.delete(key);
}
