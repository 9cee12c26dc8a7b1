/**
 * Inverse document frequency from the collection at hand: a word most documents use says little
 * about whether two sentences share a source; a rare one says a lot. `log(1 + N / df)` keeps
 * weights positive and gentle for small collections (five articles still weigh a rare surname above
 * "said"); a word never seen counts as seen once.
 */
export interface IdfTable {
  readonly documents: number;
  weight(lemma: string): number;
}

export function buildIdf(documents: Iterable<Iterable<string>>): IdfTable {
  const frequency = new Map<string, number>();
  let count = 0;
  for (const document of documents) {
    count++;
    for (const lemma of new Set(document)) frequency.set(lemma, (frequency.get(lemma) ?? 0) + 1);
  }
  return idfFromFrequencies(frequency, count);
}

export function idfFromFrequencies(frequency: ReadonlyMap<string, number>, documents: number): IdfTable {
  const unseen = Math.log(1 + Math.max(documents, 1));
  return {
    documents,
    weight: (lemma) => {
      const df = frequency.get(lemma);
      return df === undefined ? unseen : Math.log(1 + documents / df);
    },
  };
}

/** Every word weighs the same: for a single pair with no collection around it. */
export const uniformIdf: IdfTable = { documents: 0, weight: () => 1 };
