import type { Conflict, ConflictKind, ConflictSide, Evidence, Fact, TimelineEntry } from '../model/index.ts';
import type { StoryContext } from './story.ts';
import type { EventWindow } from './window.ts';

/**
 * One article stating one value for a disputed question ("who is the French president?" →
 * "John Doe"), with the sentence that shows it.
 */
export interface Observation {
  readonly article: string;
  /** Canonical value: observations with the same key agree. */
  readonly key: string;
  /** The value as a reader should see it. */
  readonly display: string;
  readonly evidence: Evidence;
  /** How sure the reading behind it is, 0..1 (a named speaker 1, a speaker found through "he" less). */
  readonly confidence?: number;
}

/** A question the articles answer differently, as a detector found it, with its reasons. */
export interface Finding {
  readonly kind: ConflictKind;
  /** The question, in words: "who holds the office of Russian President". */
  readonly topic: string;
  readonly observations: readonly Observation[];
  readonly reasons: readonly string[];
  /**
   * For findings inside one article (a stale photo, a self-contradiction) the wrong side is known
   * without a vote: the key of the value shown wrong. Absent: sources vote.
   */
  readonly wrongKey?: string;
  /** With `wrongKey`: what the rest of the story says instead, shown as the majority. */
  readonly reference?: { readonly display: string; readonly articles: readonly string[] };
}

export interface Detector {
  readonly kind: ConflictKind;
  readonly name: string;
  detect(story: StoryContext): readonly Finding[];
}

/** One value of a conflict with everything that supports it. */
export interface SideDetail extends ConflictSide {
  readonly key: string;
  /** Distinct independence groups behind the value. */
  readonly independent: number;
  /** Probability of the value from truth discovery, 0..1. */
  readonly confidence: number;
}

export interface CheckedConflict extends Conflict {
  readonly topic: string;
  /** Every value, best supported first (majority and minority are the first and a later one). */
  readonly sides: readonly SideDetail[];
  readonly reasons: readonly string[];
}

export type FactKind = 'statement' | 'quantity';

export interface CheckedFact extends Fact {
  readonly kind: FactKind;
  /** Ids of conflicts whose evidence touches the fact's mentions. */
  readonly conflicts: readonly string[];
  readonly reasons: readonly string[];
}

/** Per-source reliability from truth discovery, with the counts that explain it. */
export interface SourceReliability {
  readonly article: string;
  readonly label: string;
  readonly group: number;
  /** Estimated share of its values that are true, 0..1. */
  readonly score: number;
  /** Values it shares with another independent source. */
  readonly agreements: number;
  /** Disputed values where it is on the losing side. */
  readonly disagreements: number;
  /** Values no other independent source gives. */
  readonly alone: number;
  readonly reasons: readonly string[];
}

export interface CrossCheck {
  readonly facts: readonly CheckedFact[];
  readonly conflicts: readonly CheckedConflict[];
  readonly timeline: readonly TimelineEntry[];
  readonly reliability: readonly SourceReliability[];
  /** The independence groups used, every article in exactly one. */
  readonly groups: readonly (readonly string[])[];
  /** The story's days as read from the articles (for `Story.dateRange`), with reasons. */
  readonly window?: EventWindow;
}
