import type { Diagnostic } from './diagnostics.ts';
import type { Span } from './span.ts';

/**
 * What a block of the article is. Only `title` and `body` are reporting; captions, credits,
 * bylines and calls to action are kept and shown but never used as evidence of what happened.
 */
export type BlockKind = 'title' | 'body' | 'caption' | 'credit' | 'byline' | 'cta' | 'other';

export const reportingKinds: ReadonlySet<BlockKind> = new Set(['title', 'body']);

export interface Block {
  readonly kind: BlockKind;
  readonly span: Span;
}

/** Where the publication date came from, so users can tell a read date from a guess. */
export type PublishedSource = 'metadata' | 'header' | 'dateline' | 'text';

/** An ingested article. Its `text` is fixed here; every later layer indexes into it. */
export interface Article {
  /** Stable hash of the normalised content: the same article read twice has the same id. */
  readonly id: string;
  /** The input path as given (file, folder member, `-` for stdin, or `file#record`). */
  readonly path?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly title?: string;
  /** ISO date (YYYY-MM-DD) of publication, when known. */
  readonly published?: string;
  readonly publishedSource?: PublishedSource;
  readonly language: string;
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly diagnostics: readonly Diagnostic[];
}

export const publishedInferred = (article: Article): boolean =>
  article.published !== undefined &&
  (article.publishedSource === 'dateline' || article.publishedSource === 'text');

/** Blocks laid out one after another, a blank line apart: the text and each block's span in it. */
export function layOutBlocks(parts: readonly { kind: BlockKind; text: string }[]): {
  text: string;
  blocks: Block[];
} {
  let text = '';
  const blocks: Block[] = [];
  for (const part of parts) {
    if (text.length > 0) text += '\n\n';
    blocks.push({ kind: part.kind, span: [text.length, text.length + part.text.length] });
    text += part.text;
  }
  return { text, blocks };
}
