/**
 * Versions of one article: an address fetched again with other content. `diffArticles` says what
 * changed; `editsOf`-style records (kept by the store) feed the brief's corrections section.
 */
import type { ArticleDiff } from './diff.ts';

export {
  type ArticleDiff,
  type Change,
  diffArticles,
  type Replacement,
  type VersionText,
  type WordPart,
} from './diff.ts';

/** One version of an article's address, as the store keeps it. */
export interface ArticleVersion {
  readonly version: number;
  readonly articleId: string;
  readonly fetchedAt: string;
  readonly title?: string;
  /** What changed since the version before; absent for the first. */
  readonly diff?: ArticleDiff;
}

export interface VersionHistory {
  readonly url: string;
  /** Oldest first; the last is the current one, analysed in stories. */
  readonly versions: readonly ArticleVersion[];
}

/** A stored article that is a later version of its address: what a brief needs to report the edit. */
export interface ArticleEdits {
  readonly article: string;
  readonly url: string;
  readonly version: number;
  readonly versions: number;
  /** Each edit up to this version, oldest first. */
  readonly edits: readonly { readonly version: number; readonly diff: ArticleDiff }[];
}
