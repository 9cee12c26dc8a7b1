import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleDraft, DraftBlock, ReadResult } from './draft.ts';

/** Shared by the ingest tests: fixtures live in test/fixtures/ingest (see its README for why each exists). */

export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url));

export const fixtureBytes = (name: string): Uint8Array => readFileSync(fixturePath(name));

export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** The only draft of a result; fails the test when there is not exactly one. */
export function onlyDraft(result: ReadResult): ArticleDraft {
  if (result.drafts.length !== 1 || result.rejections.length !== 0) {
    throw new Error(
      `expected one draft, got ${result.drafts.length} drafts and ${JSON.stringify(result.rejections)}`,
    );
  }
  return result.drafts[0]!;
}

/** Texts of a draft's blocks of one kind (`undefined`: blocks the reader left for the classifier). */
export const textsOfKind = (draft: ArticleDraft, kind: string | undefined): string[] =>
  draft.blocks.filter((block) => block.kind === kind).map((block) => block.text);

/**
 * True when a value is a well-formed read result: drafts with blocks of non-empty text, rejections
 * with a path, a code and a message. What every reader must return, whatever it was given.
 */
export function isWellFormed(result: ReadResult): boolean {
  return (
    Array.isArray(result.drafts) &&
    Array.isArray(result.rejections) &&
    result.drafts.every(
      (draft: ArticleDraft) =>
        draft.blocks.length > 0 && draft.blocks.every((block: DraftBlock) => block.text.length > 0),
    ) &&
    result.rejections.every(
      (rejection) =>
        rejection.path.length > 0 && rejection.code.startsWith('input/') && rejection.message.length > 0,
    )
  );
}
