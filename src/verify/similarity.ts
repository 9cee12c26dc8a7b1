import { conceptsOf } from './words.ts';

/**
 * Sentence similarity in [0, 1]. The cross-check takes any such function (the shared similarity
 * module or embeddings plug in here); this lexical one is the default: a cosine over concept
 * counts, each weighted by how rare the concept is in the story, so "Putin" outweighs "said".
 */
export type SentenceSimilarity = (a: string, b: string) => number;

export interface LexicalSimilarity {
  readonly similarity: SentenceSimilarity;
  /** The weighted concept vector of a text, cached. */
  readonly vectorOf: (text: string) => ReadonlyMap<string, number>;
}

/** Inverse document frequency over `corpus` (one entry a sentence); unknown concepts get the maximum. */
function idfTable(corpus: readonly string[]): (concept: string) => number {
  const documentFrequency = new Map<string, number>();
  for (const text of corpus) {
    for (const concept of new Set(conceptsOf(text)))
      documentFrequency.set(concept, (documentFrequency.get(concept) ?? 0) + 1);
  }
  const total = corpus.length;
  const maximum = Math.log(1 + total);
  return (concept) => {
    const frequency = documentFrequency.get(concept);
    return frequency === undefined ? Math.max(1, maximum) : Math.max(0.1, Math.log(1 + total / frequency));
  };
}

export function createLexicalSimilarity(corpus: readonly string[] = []): LexicalSimilarity {
  const idf = corpus.length > 0 ? idfTable(corpus) : () => 1;
  const cache = new Map<string, Map<string, number>>();
  const norms = new Map<string, number>();
  const vectorOf = (text: string): Map<string, number> => {
    let vector = cache.get(text);
    if (vector) return vector;
    vector = new Map();
    for (const concept of conceptsOf(text)) vector.set(concept, (vector.get(concept) ?? 0) + 1);
    for (const [concept, count] of vector) vector.set(concept, (1 + Math.log(count)) * idf(concept));
    cache.set(text, vector);
    let norm = 0;
    for (const weight of vector.values()) norm += weight * weight;
    norms.set(text, Math.sqrt(norm));
    return vector;
  };
  const similarity: SentenceSimilarity = (a, b) => {
    const va = vectorOf(a);
    const vb = vectorOf(b);
    const na = norms.get(a) ?? 0;
    const nb = norms.get(b) ?? 0;
    if (na === 0 || nb === 0) return 0;
    const [small, large] = va.size <= vb.size ? [va, vb] : [vb, va];
    let dot = 0;
    for (const [concept, weight] of small) dot += weight * (large.get(concept) ?? 0);
    return Math.min(1, dot / (na * nb));
  };
  return { similarity, vectorOf };
}
