import type { Change, VersionHistory } from '../versions/index.ts';
import { type Html, html, sitePath } from './html.ts';

/**
 * The versions panel of an article page: which version this is ("edited: version 2 of 2"), a link
 * to each version, and what changed in this one, word by word, with removed words struck through
 * and added words marked.
 */

function changeDetail(change: Change): Html {
  if (change.words)
    return html`${change.words.map((part) =>
      part.kind === 'added'
        ? html`<ins>${part.text}</ins>`
        : part.kind === 'removed'
          ? html`<del>${part.text}</del>`
          : part.text,
    )}`;
  if (change.kind === 'paragraph-added') return html`<ins>${change.after ?? ''}</ins>`;
  return html`<del>${change.before ?? ''}</del>`;
}

const changeLabel: Readonly<Record<Change['kind'], string>> = {
  title: 'Title',
  'paragraph-added': 'Paragraph added',
  'paragraph-removed': 'Paragraph removed',
  'paragraph-changed': 'Paragraph changed',
};

export function versionsPanel(history: VersionHistory, articleId: string): Html | '' {
  const count = history.versions.length;
  const current = history.versions.find((v) => v.articleId === articleId);
  if (!current || count < 2) return '';
  const newest = history.versions.at(-1)!;
  const status =
    current === newest
      ? html`<strong>Edited:</strong> version ${current.version} of ${count}`
      : html`<strong>Older version:</strong> version ${current.version} of ${count}; the current text is <a href="${sitePath(['articles', newest.articleId])}">version ${newest.version}</a>`;
  return html`<section class="versions" aria-label="Versions">
    <p class="edited">${status}.</p>
    ${
      current.diff
        ? html`<details open><summary>What changed since version ${current.version - 1}</summary>
      <ul class="change-summary">${current.diff.summary.map((line) => html`<li>${line}</li>`)}</ul>
      <dl class="version-diff">${current.diff.changes.map((change) => html`<dt>${changeLabel[change.kind]}</dt><dd>${changeDetail(change)}</dd>`)}</dl>
    </details>`
        : ''
    }
    <ol class="version-list">${history.versions.map(
      (v) =>
        html`<li>${v.articleId === articleId ? html`<strong>version ${v.version}</strong>` : html`<a href="${sitePath(['articles', v.articleId])}">version ${v.version}</a>`}, fetched <time>${v.fetchedAt.slice(0, 16)}</time>${v.diff ? `: ${v.diff.summary.length} change${v.diff.summary.length === 1 ? '' : 's'}` : ''}</li>`,
    )}</ol>
  </section>`;
}
