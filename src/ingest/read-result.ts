import type { Diagnostic } from '../model/index.ts';
import type { ArticleDraft, ReadResult, Rejection } from './draft.ts';

/** A result holding one rejection and no drafts: the input is named, never silently dropped. */
export function rejected(path: string, code: Rejection['code'], message: string): ReadResult {
  return { drafts: [], rejections: [{ path, code, message }] };
}

/** A result holding one draft. */
export const drafted = (draft: ArticleDraft): ReadResult => ({ drafts: [draft], rejections: [] });

/** Joins the results of several inputs (files of a folder, records of a file) in order. */
export function mergeResults(results: readonly ReadResult[]): ReadResult {
  return {
    drafts: results.flatMap((result) => result.drafts),
    rejections: results.flatMap((result) => result.rejections),
  };
}

/** Adds a diagnostic to every draft of a result (a problem of the whole input, such as its encoding). */
export function withDiagnostic(result: ReadResult, added: Diagnostic): ReadResult {
  return {
    drafts: result.drafts.map((draft) => ({ ...draft, diagnostics: [...(draft.diagnostics ?? []), added] })),
    rejections: result.rejections,
  };
}

/** "record 3" style counting for messages and `path#n` names: one-based, as people count. */
export const recordPath = (path: string, index: number): string => `${path}#${index + 1}`;
