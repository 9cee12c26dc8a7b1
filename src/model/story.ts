import type { Span } from './span.ts';

/**
 * Cross-document layers: stories (articles about the same event), reuse between their articles,
 * facts aligned across articles and conflicts between them. Everything refers back to text by
 * `(article id, span)`; every score keeps its reasons beside it.
 */

export type ReuseKind = 'copy' | 'paraphrase' | 'shared-source';

/** Aligned passages: `from` in the source article, `to` in the derived one. */
export interface Passage {
  readonly from: Span;
  readonly to: Span;
  /** Sentence similarity of the pair, 0..1. */
  readonly similarity: number;
}

export interface Reuse {
  readonly from: string;
  readonly to: string;
  readonly kind: ReuseKind;
  /** Share of `to`'s reporting text derived from `from`, 0..1. */
  readonly coverage: number;
  /** Confidence in the decision, 0..1. */
  readonly score: number;
  readonly passages: readonly Passage[];
  /** Why: verbatim share, order preservation, direction evidence, in words. */
  readonly reasons: readonly string[];
}

export interface Evidence {
  readonly article: string;
  readonly span: Span;
  readonly text: string;
}

export type FactStatus = 'corroborated' | 'single-source' | 'contested';

export interface Fact {
  readonly id: string;
  readonly statement: string;
  readonly subject?: string;
  readonly predicate?: string;
  readonly object?: string;
  readonly when?: string;
  readonly where?: string;
  readonly mentions: readonly Evidence[];
  readonly support: { readonly articles: number; readonly independent: number };
  readonly status: FactStatus;
}

export type ConflictKind =
  | 'role'
  | 'title'
  | 'date'
  | 'number'
  | 'quote'
  | 'attribution'
  | 'stale-media'
  | 'self-contradiction'
  | 'polarity'
  | 'other';

export interface ConflictSide {
  readonly value: string;
  readonly articles: readonly string[];
}

export interface Conflict {
  readonly id: string;
  readonly kind: ConflictKind;
  readonly summary: string;
  readonly majority?: ConflictSide;
  readonly minority: ConflictSide;
  readonly evidence: readonly Evidence[];
}

export interface TimelineEntry {
  readonly when: string;
  readonly what: string;
  readonly facts: readonly string[];
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly articles: readonly string[];
  /** First and last event or publication day of the story, ISO dates. */
  readonly dateRange?: readonly [start: string, end: string];
  readonly independentGroups: readonly (readonly string[])[];
  readonly reuse: readonly Reuse[];
  readonly facts: readonly Fact[];
  readonly conflicts: readonly Conflict[];
  readonly timeline: readonly TimelineEntry[];
}
