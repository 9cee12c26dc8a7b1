/**
 * Settings of the story clusterer: one readonly object, resolved and checked once when a
 * clusterer is made, so a wrong setting fails at start-up with a precise sentence.
 */

/** How much each signal counts in the similarity between an article and a story. */
export interface SignalWeights {
  /** TF-IDF cosine of content terms. */
  readonly content: number;
  /** Cosine of named entities (people, places, organisations), weighted by type and rarity. */
  readonly entities: number;
  /** Closeness of the event days the texts write about. */
  readonly eventDays: number;
  /** Closeness of publication days. */
  readonly published: number;
  /** TF-IDF cosine of title terms. */
  readonly title: number;
}

export interface ClusterOptions {
  readonly weights: SignalWeights;
  /**
   * Publication and event days count only once content, entities and title together reach this:
   * time corroborates shared wording, and alone would join every two reports of the same day.
   */
  readonly textFloor: number;
  /** An article joins its best story when the mixed similarity reaches this; else it starts one. */
  readonly joinThreshold: number;
  /** Repair merges two stories whose similarity reaches this. */
  readonly mergeThreshold: number;
  /** Repair takes an article out of its story when its similarity to the rest falls below this. */
  readonly splitThreshold: number;
  /** Stories whose publication days lie further than this from an article's are never candidates. */
  readonly windowDays: number;
  /**
   * A story whose last publication day is more than this many days before the newest article seen
   * is retired: let go from memory, so a long-running stream keeps recent stories only (and the
   * document frequencies of the words and names still in use since). At least `windowDays`;
   * unlimited (never retire) by default.
   */
  readonly retentionDays: number;
  /**
   * Whether the documents of retired stories are remembered (id → story), so that adding one again
   * returns its old story. A caller that never adds a document twice (worker mode: its story log
   * holds each article once) turns this off, so memory stays flat however long it runs.
   */
  readonly rememberRetired: boolean;
  /** Publication-day proximity halves every this many days of gap. */
  readonly publishedHalfLifeDays: number;
  /** Event-day proximity halves every this many days of gap. */
  readonly eventHalfLifeDays: number;
  /** Terms kept per story centroid (the top ones by weight); more are pruned as it grows. */
  readonly centroidTerms: number;
  /** Terms kept per article, the top ones by TF-IDF when it arrives. */
  readonly documentTerms: number;
  /** Terms per story entered in the inverted index. */
  readonly indexTerms: number;
  /** Entities per story entered in the inverted index. */
  readonly indexEntities: number;
  /** Terms of an arriving article looked up in the index. */
  readonly queryTerms: number;
  /** Most recently updated stories kept per index key: bounds the work per article. */
  readonly postingLimit: number;
  /** Candidate stories scored in full per article. */
  readonly candidateLimit: number;
  /** Event days kept per story summary (the most often written). */
  readonly storyEventDays: number;
  /** Weight of an entity by its type prefix (`person:vladimir putin`); others weigh `otherEntity`. */
  readonly entityTypeWeights: Readonly<Record<string, number>>;
  readonly otherEntityWeight: number;
  /** Rounds of reassign-and-merge that `repair` runs at most. */
  readonly repairRounds: number;
  /**
   * IDF is raised to this power. Below 1 it damps rare words, so the words a whole story shares
   * still count beside the rare words of one report.
   */
  readonly idfExponent: number;
  /**
   * Documents imagined before the stream, holding none of its words: IDF stays flat while the
   * stream is short, where every report of the one event it holds shares the event's words.
   */
  readonly idfPriorDocuments: number;
  /** Repair moves a document to another story only when that story beats its own by this much. */
  readonly moveMargin: number;
  /** Adds each pair of neighbouring terms as a term of its own, so phrases count beside words. */
  readonly termPairs: boolean;
  /**
   * How a story's vectors meet a document's: `centroid` compares with the sum (cosine), `average`
   * takes the mean similarity to its members, which a tight story does not inflate.
   */
  readonly linkage: 'centroid' | 'average';
}

export type ClusterOptionsInput = {
  readonly [Key in keyof ClusterOptions]?: Key extends 'weights'
    ? Partial<SignalWeights>
    : ClusterOptions[Key];
};

/**
 * For news articles with extraction (entities, dates). Thresholds, linkage and the IDF exponent
 * were chosen on BASIL 2010–2014, the IDF prior with the founding seeds in view (see
 * eval/stories.ts); the weights were set by hand, and a pairwise check on BASIL 2010–2014 found
 * them as good as any tried.
 */
export const defaultClusterOptions: ClusterOptions = {
  weights: { content: 0.45, entities: 0.25, eventDays: 0.1, published: 0.1, title: 0.1 },
  textFloor: 0.05,
  joinThreshold: 0.25,
  mergeThreshold: 0.25,
  splitThreshold: 0.08,
  windowDays: 21,
  retentionDays: Number.POSITIVE_INFINITY,
  rememberRetired: true,
  publishedHalfLifeDays: 3,
  eventHalfLifeDays: 1,
  centroidTerms: 120,
  documentTerms: 120,
  indexTerms: 24,
  indexEntities: 12,
  queryTerms: 12,
  postingLimit: 16,
  candidateLimit: 24,
  storyEventDays: 12,
  entityTypeWeights: { person: 1, place: 1, organization: 1, surname: 0.7, misc: 0.5 },
  otherEntityWeight: 0.5,
  repairRounds: 1,
  idfExponent: 0.75,
  idfPriorDocuments: 100,
  moveMargin: 0.1,
  termPairs: true,
  linkage: 'average',
};

const positiveIntegers = [
  'centroidTerms',
  'documentTerms',
  'indexTerms',
  'indexEntities',
  'queryTerms',
  'postingLimit',
  'candidateLimit',
  'storyEventDays',
] as const;

const unitNumbers = ['textFloor', 'joinThreshold', 'mergeThreshold', 'splitThreshold', 'moveMargin'] as const;

const positiveNumbers = ['windowDays', 'publishedHalfLifeDays', 'eventHalfLifeDays', 'idfExponent'] as const;

const nonNegativeNumbers = ['idfPriorDocuments'] as const;

/** Fills in defaults and checks every setting; throws a RangeError naming the first bad one. */
export function resolveClusterOptions(input: ClusterOptionsInput = {}): ClusterOptions {
  const { weights, ...rest } = input;
  const options: ClusterOptions = {
    ...defaultClusterOptions,
    ...(rest as Partial<ClusterOptions>),
    weights: { ...defaultClusterOptions.weights, ...weights },
    entityTypeWeights: { ...defaultClusterOptions.entityTypeWeights, ...input.entityTypeWeights },
  };
  for (const [name, weight] of Object.entries(options.weights)) {
    if (!(weight >= 0 && Number.isFinite(weight))) {
      throw new RangeError(`Cluster option weights.${name} must be a finite number ≥ 0, not ${weight}.`);
    }
  }
  if (options.weights.content <= 0) throw new RangeError('Cluster option weights.content must be above 0.');
  for (const name of positiveIntegers) {
    const value = options[name];
    if (!(Number.isInteger(value) && value > 0)) {
      throw new RangeError(`Cluster option ${name} must be a whole number above 0, not ${value}.`);
    }
  }
  for (const name of unitNumbers) {
    const value = options[name];
    if (!(value >= 0 && value <= 1))
      throw new RangeError(`Cluster option ${name} must lie in [0, 1], not ${value}.`);
  }
  for (const name of positiveNumbers) {
    const value = options[name];
    if (!(value > 0)) throw new RangeError(`Cluster option ${name} must be above 0, not ${value}.`);
  }
  for (const name of nonNegativeNumbers) {
    const value = options[name];
    if (!(value >= 0 && Number.isFinite(value)))
      throw new RangeError(`Cluster option ${name} must be ≥ 0, not ${value}.`);
  }
  if (!(options.retentionDays >= options.windowDays)) {
    throw new RangeError(
      `Cluster option retentionDays must be at least windowDays (${options.windowDays}), not ${options.retentionDays}.`,
    );
  }
  if (!(Number.isInteger(options.repairRounds) && options.repairRounds >= 0)) {
    throw new RangeError(
      `Cluster option repairRounds must be a whole number ≥ 0, not ${options.repairRounds}.`,
    );
  }
  return options;
}

/**
 * For streams of headlines or other short texts with no entities or dates. A few words share
 * little, so two headlines of one story are often far apart while each is close to the story's
 * centroid: centroid linkage with low thresholds. Tuned on the first 5,000 Google News titles
 * (see eval/stories.ts), whose stories are broad (a product launch, a storm and its aftermath).
 */
export const headlineOptions: ClusterOptionsInput = {
  linkage: 'centroid',
  joinThreshold: 0.1,
  mergeThreshold: 0.16,
  splitThreshold: 0.05,
};
