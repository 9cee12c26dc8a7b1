import type { BlockKind, Diagnostic } from '../model/index.ts';

/**
 * What a format reader hands on: metadata it could read and the article's blocks of text in
 * reading order. `assembleArticle` turns drafts into `Article`s in one place, so every format gets
 * the same block classification, date inference, language detection and content id.
 */
export interface DraftBlock {
  /** Set when the format says what the block is (an HTML <figcaption>, a feed title); else classified later. */
  readonly kind?: BlockKind;
  readonly text: string;
}

export interface ArticleDraft {
  /** The input path as given, with `#n` for the n-th record of a multi-article file. */
  readonly path?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly title?: string;
  /** Publication date or date-time as found in metadata (any format `Date` or chrono can read). */
  readonly published?: string;
  /** Where `published` came from: `metadata` for formats' own fields, `header` for text header lines. */
  readonly publishedFrom?: 'metadata' | 'header';
  /** When the source says the article last changed (a feed's `updated`); tells a watcher what to re-read. */
  readonly modified?: string;
  readonly language?: string;
  readonly blocks: readonly DraftBlock[];
  readonly diagnostics?: readonly Diagnostic[];
}

/** An input that could not be read at all: named with its path and the reason, never silently dropped. */
export interface Rejection {
  readonly path: string;
  readonly code: Diagnostic['code'];
  readonly message: string;
}

/** What reading one input gives: zero or more drafts (feeds and WARC files hold many) and rejections. */
export interface ReadResult {
  readonly drafts: readonly ArticleDraft[];
  readonly rejections: readonly Rejection[];
}

/** Limits that bound the work one hostile input can cause. */
export interface IngestLimits {
  /** Inputs larger than this are rejected, not read (bytes). */
  readonly maxBytes: number;
  /** Articles whose text is longer than this are cut, with a diagnostic (characters). */
  readonly maxTextChars: number;
  /** HTML nested deeper than this is flattened before extraction. */
  readonly maxHtmlDepth: number;
}

export const defaultLimits: IngestLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxTextChars: 1_000_000,
  maxHtmlDepth: 256,
};
