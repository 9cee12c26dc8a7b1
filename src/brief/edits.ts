import type { Article } from '../model/index.ts';
import type { ArticleEdits, Change, Replacement } from '../versions/index.ts';

/**
 * Edits after publication that touch what other sources report. A number or a name an outlet
 * changed in a later version is looked up in the story's other independent sources: if they
 * report the new value, the outlet came round to them; if the old one, it moved away. An edit that
 * says so in its own text ("Correction: ...") is a correction; one that does not is a stealth edit.
 */

export interface BriefEdit {
  /** Key of the edited source. */
  readonly source: string;
  readonly version: number;
  readonly versions: number;
  readonly kind: 'correction' | 'stealth-edit';
  readonly what: Replacement['kind'];
  readonly before: string;
  readonly after: string;
  /** The new wording around the change. */
  readonly context: string;
  /** Keys of other independent sources reporting the new value, and the old one. */
  readonly reportsAfter: readonly string[];
  readonly reportsBefore: readonly string[];
}

const correctionNotice =
  /\b(corrections?|corrected|clarification|an earlier version of this|this (article|story|report) (has been|was) (updated|amended|changed))\b/i;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value as written with the word that follows it in the new text ("18 days"), for a precise lookup. */
function phraseOf(value: string, replacement: Replacement): string {
  const context = replacement.context;
  const at = context.indexOf(replacement.after);
  const next =
    at < 0
      ? undefined
      : context
          .slice(at + replacement.after.length)
          .trim()
          .split(/\s+/)[0];
  const unit = next?.replace(/[^\p{L}\p{N}-]+$/u, '');
  return replacement.kind === 'number' && unit ? `${value} ${unit}` : value;
}

/** The phrase as a whole word or words, not inside a longer one. */
const mentionOf = (phrase: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u');

/** Text an edit added: new paragraphs and added words, where a correction notice would be. */
const addedText = (changes: readonly Change[]): string =>
  changes
    .flatMap((change) =>
      change.kind === 'paragraph-added'
        ? [change.after ?? '']
        : (change.words ?? []).filter((w) => w.kind === 'added').map((w) => w.text),
    )
    .join(' ');

export function briefEdits(
  edits: readonly ArticleEdits[],
  articles: readonly Pick<Article, 'id' | 'text'>[],
  key: (articleId: string) => string,
  groupOf: (articleId: string) => number | undefined,
): BriefEdit[] {
  return edits.flatMap((edited) => {
    const others = articles.filter(
      (a) => a.id !== edited.article && groupOf(a.id) !== groupOf(edited.article),
    );
    return edited.edits.flatMap(({ version, diff }) => {
      const kind = correctionNotice.test(addedText(diff.changes)) ? 'correction' : 'stealth-edit';
      return diff.changes
        .flatMap((change) => change.replacements)
        .filter((r) => r.kind !== 'wording')
        .flatMap((replacement): BriefEdit[] => {
          const reporting = (value: string) => {
            const mention = mentionOf(phraseOf(value, replacement));
            return others.filter((a) => mention.test(a.text)).map((a) => key(a.id));
          };
          const reportsAfter = reporting(replacement.after);
          const reportsBefore = reporting(replacement.before);
          if (reportsAfter.length === 0 && reportsBefore.length === 0) return [];
          return [
            {
              source: key(edited.article),
              version,
              versions: edited.versions,
              kind,
              what: replacement.kind,
              before: replacement.before,
              after: replacement.after,
              context: replacement.context,
              reportsAfter,
              reportsBefore,
            },
          ];
        });
    });
  });
}

/** One line for a reader: "[A] stealth edit in version 2 of 2: number 16 → 18 ("…"); [B] reports 18." */
export function editSentence(edit: BriefEdit): string {
  const label = edit.kind === 'correction' ? 'correction' : 'stealth edit (no correction notice)';
  const keys = (list: readonly string[]) => list.map((k) => `[${k}]`).join(', ');
  const sides = [
    edit.reportsAfter.length > 0 ? `now agrees with ${keys(edit.reportsAfter)}` : undefined,
    edit.reportsBefore.length > 0 ? `had agreed with ${keys(edit.reportsBefore)}` : undefined,
  ].filter(Boolean);
  return (
    `[${edit.source}] ${label} in version ${edit.version} of ${edit.versions}: ${edit.what} ` +
    `${edit.before} → ${edit.after} (“…${edit.context}…”); ${sides.join('; ')}.`
  );
}
