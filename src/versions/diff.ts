import { diffArrays, diffWords } from 'diff';
import type { Article } from '../model/index.ts';

/**
 * What changed between two versions of one article, for a reader: the title, paragraphs added or
 * removed, and within a reworded paragraph the words, with each replaced run named as a number, a
 * name or other wording. Paragraphs are matched with jsdiff's array diff and reworded ones are
 * diffed word by word; a removed and an added paragraph count as one reworded paragraph only when
 * they share most of their words.
 */

export interface WordPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** A run of words replaced by another: the unit a correction is made of. */
export interface Replacement {
  readonly kind: 'number' | 'name' | 'wording';
  readonly before: string;
  readonly after: string;
  /** The new wording around it, a few words either side, so a reader sees what the number counts. */
  readonly context: string;
}

export interface Change {
  readonly kind: 'title' | 'paragraph-added' | 'paragraph-removed' | 'paragraph-changed';
  readonly before?: string;
  readonly after?: string;
  /** Word by word, for a changed title or paragraph. */
  readonly words?: readonly WordPart[];
  readonly replacements: readonly Replacement[];
}

export interface ArticleDiff {
  readonly changes: readonly Change[];
  /** One line per change, in words ("number changed: 20 → 25"). */
  readonly summary: readonly string[];
}

/** The parts of an article a diff looks at. */
export type VersionText = Pick<Article, 'title' | 'text' | 'blocks'>;

const paragraphsOf = (article: VersionText): string[] =>
  article.blocks.filter((b) => b.kind !== 'title').map((b) => article.text.slice(b.span[0], b.span[1]));

const titleOf = (article: VersionText): string | undefined => {
  const block = article.blocks.find((b) => b.kind === 'title');
  return article.title ?? (block ? article.text.slice(block.span[0], block.span[1]) : undefined);
};

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words of `a` found in `b`, over the larger of the two counts: high for a reworded paragraph. */
function overlap(a: string, b: string): number {
  const left = wordsOf(a);
  const right = new Set(wordsOf(b));
  const larger = Math.max(left.length, right.size);
  if (larger === 0) return 0;
  return left.filter((word) => right.has(word)).length / larger;
}

const rewordedAt = 0.5;

/** Every word capitalised ("Jane Roe", "Kyiv"): a name, as far as a diff can tell. */
const looksLikeName = (text: string): boolean =>
  text.split(/\s+/).every((word) => /^[\p{Lu}][\p{L}'’.-]*[,.;:]?$/u.test(word));

const numberWords =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half)\b/i;

function replacementKind(before: string, after: string): Replacement['kind'] {
  if (numberWords.test(before) && numberWords.test(after)) return 'number';
  if (looksLikeName(before) && looksLikeName(after)) return 'name';
  return 'wording';
}

const contextWords = 3;

/** Word parts, and each removed run followed by an added run as one replacement. */
function wordChanges(before: string, after: string): Pick<Change, 'words' | 'replacements'> {
  const words: WordPart[] = diffWords(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
  const replacements: Replacement[] = [];
  words.forEach((part, index) => {
    const next = words[index + 1];
    if (part.kind !== 'removed' || next?.kind !== 'added') return;
    const [old, fresh] = [part.text.trim(), next.text.trim()];
    if (!old || !fresh) return;
    const previous = words[index - 1]?.kind === 'same' ? (words[index - 1]?.text ?? '') : '';
    const following = words[index + 2]?.kind === 'same' ? (words[index + 2]?.text ?? '') : '';
    const context = [
      ...previous.trim().split(/\s+/).slice(-contextWords),
      fresh,
      ...following.trim().split(/\s+/).slice(0, contextWords),
    ]
      .filter(Boolean)
      .join(' ');
    replacements.push({ kind: replacementKind(old, fresh), before: old, after: fresh, context });
  });
  return { words, replacements };
}

/** Removed and added paragraphs at one place, paired as rewordings where they share most words. */
function pairParagraphs(removed: readonly string[], added: readonly string[]): Change[] {
  const changes: Change[] = [];
  for (let index = 0; index < Math.max(removed.length, added.length); index++) {
    const before = removed[index];
    const after = added[index];
    if (before !== undefined && after !== undefined && overlap(before, after) >= rewordedAt)
      changes.push({ kind: 'paragraph-changed', before, after, ...wordChanges(before, after) });
    else {
      if (before !== undefined) changes.push({ kind: 'paragraph-removed', before, replacements: [] });
      if (after !== undefined) changes.push({ kind: 'paragraph-added', after, replacements: [] });
    }
  }
  return changes;
}

function paragraphChanges(before: readonly string[], after: readonly string[]): Change[] {
  const parts = diffArrays([...before], [...after]);
  const changes: Change[] = [];
  let removed: string[] = [];
  for (const part of parts) {
    if (part.removed) removed = [...removed, ...part.value];
    else if (part.added) {
      changes.push(...pairParagraphs(removed, part.value));
      removed = [];
    } else {
      changes.push(...pairParagraphs(removed, []));
      removed = [];
    }
  }
  changes.push(...pairParagraphs(removed, []));
  return changes;
}

const clip = (text: string, length = 80): string =>
  text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;

function summaryLines(change: Change): string[] {
  switch (change.kind) {
    case 'title':
      return [`title changed: “${change.before ?? ''}” → “${change.after ?? ''}”`];
    case 'paragraph-added':
      return [`paragraph added: “${clip(change.after ?? '')}”`];
    case 'paragraph-removed':
      return [`paragraph removed: “${clip(change.before ?? '')}”`];
    case 'paragraph-changed':
      return change.replacements.length > 0
        ? change.replacements.map((r) => `${r.kind} changed: ${r.before} → ${r.after} (“…${r.context}…”)`)
        : [`paragraph reworded: “${clip(change.after ?? '')}”`];
  }
}

export function diffArticles(before: VersionText, after: VersionText): ArticleDiff {
  const changes: Change[] = [];
  const [oldTitle, newTitle] = [titleOf(before), titleOf(after)];
  if (oldTitle !== newTitle)
    changes.push({
      kind: 'title',
      ...(oldTitle !== undefined ? { before: oldTitle } : {}),
      ...(newTitle !== undefined ? { after: newTitle } : {}),
      ...wordChanges(oldTitle ?? '', newTitle ?? ''),
    });
  changes.push(...paragraphChanges(paragraphsOf(before), paragraphsOf(after)));
  return { changes, summary: changes.flatMap(summaryLines) };
}
