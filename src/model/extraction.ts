import type { Span } from './span.ts';

/** The layers `extract` adds to an article. All text is referenced by spans into `Article.text`. */

export interface Sentence {
  readonly span: Span;
  /** Index of the block the sentence lies in. */
  readonly block: number;
}

/** A word or punctuation mark with its place in the text (made by `tokenize` in src/text/tokens.ts). */
export interface Token {
  readonly text: string;
  readonly span: Span;
}

export type EntityType = 'person' | 'organization' | 'place' | 'misc';

/** One occurrence of a name in the text, as found by the entity recogniser. */
export interface EntityMention {
  readonly type: EntityType;
  readonly span: Span;
}

/** A title or role bound to a person ("Russian President", "top foreign policy adviser"). */
export interface Title {
  readonly text: string;
  readonly span: Span;
}

/** One person (or organisation, place) with every variant of the name used in the article. */
export interface Entity {
  /** Canonical name: the longest full form used in the article. */
  readonly name: string;
  readonly variants: readonly string[];
  readonly spans: readonly Span[];
}

export interface Person extends Entity {
  readonly titles: readonly Title[];
}

export interface DateMention {
  readonly text: string;
  /** ISO date (YYYY-MM-DD) the expression resolves to, or null when it cannot be resolved. */
  readonly value: string | null;
  /** For vague expressions ("late last month") the range it covers, as ISO dates. */
  readonly range?: readonly [start: string, end: string];
  /** How precise the expression is. */
  readonly grain: 'day' | 'month' | 'year';
  readonly span: Span;
}

export interface NumberMention {
  readonly text: string;
  readonly value: number;
  /** Upper end for ranges ("30 to 50 kilometers"). */
  readonly upTo?: number;
  readonly unit?: string;
  readonly span: Span;
}

export interface Quote {
  /** The quoted words, without the quotation marks. */
  readonly text: string;
  /** Canonical name of the speaker, or null when none could be found. */
  readonly speaker: string | null;
  /** The span of the quoted words (inside the marks). */
  readonly span: Span;
  /** Where the speaker is named or referred to, when found. */
  readonly speakerSpan?: Span;
}

export interface Claim {
  readonly id: string;
  /** The sentence (or clause) that makes the assertion, as written. */
  readonly text: string;
  readonly subject?: string;
  readonly predicate?: string;
  readonly object?: string;
  /** ISO date the claim is about, when the sentence dates it. */
  readonly when?: string;
  readonly where?: string;
  /** For reported speech: who said it. */
  readonly attributedTo?: string;
  readonly span: Span;
}

export interface Extraction {
  readonly sentences: readonly Sentence[];
  readonly entityMentions: readonly EntityMention[];
  readonly people: readonly Person[];
  readonly organizations: readonly Entity[];
  readonly places: readonly Entity[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
}

/**
 * Layers the stages share while an article is analysed but the result does not keep: cheap to
 * re-make from the text, and far larger than it (kept, tokens alone would double an article's memory).
 */
export interface WorkingLayers {
  /** Every token of the text, made once and read by the stages that work on words. */
  readonly tokens: readonly Token[];
}

export const workingLayerNames: readonly (keyof WorkingLayers)[] = ['tokens'];

/** An extraction with every layer empty: the base for hand-built articles in tests and benchmarks. */
export const emptyExtraction: Extraction = {
  sentences: [],
  entityMentions: [],
  people: [],
  organizations: [],
  places: [],
  dates: [],
  numbers: [],
  quotes: [],
  claims: [],
};
