import type { Conflict, Fact, Story } from '../model/index.ts';
import { anchorId, type Html, html, sitePath } from './html.ts';
import { badge } from './layout.ts';

/**
 * Claims by sources: one row per fact or conflict, one column per article, so it shows at a glance
 * which outlet says what and whether it is corroborated, single-source or contested. Each mark
 * links to the article with the evidence highlighted.
 */
export interface Column {
  readonly id: string;
  readonly label: string;
  readonly group?: string;
  readonly published?: string;
}

const articleLink = (article: string, story: string, focus: { fact?: string; conflict?: string }) =>
  sitePath(['articles', article], { story, ...focus }, 'focus');

function factRow(story: Story, fact: Fact, columns: readonly Column[]): Html {
  const cells = columns.map((column) => {
    const mention = fact.mentions.find((m) => m.article === column.id);
    return mention
      ? html`<td class="cell cell-${fact.status}"><a href="${articleLink(column.id, story.id, { fact: fact.id })}" title="${mention.text}" aria-label="${column.label} says this">●</a></td>`
      : html`<td class="cell cell-none"></td>`;
  });
  return html`<tr id="${anchorId('fact', fact.id)}" data-status="${fact.status}">
    <th scope="row">${badge(fact.status, fact.status)} ${fact.statement}
      <span class="support">${fact.support.articles} sources, ${fact.support.independent} independent</span></th>
    ${cells}
  </tr>`;
}

function conflictRow(story: Story, conflict: Conflict, columns: readonly Column[]): Html {
  const cells = columns.map((column) => {
    const side = conflict.minority.articles.includes(column.id)
      ? ({ name: 'minority', value: conflict.minority.value } as const)
      : conflict.majority?.articles.includes(column.id)
        ? ({ name: 'majority', value: conflict.majority.value } as const)
        : undefined;
    if (!side) return html`<td class="cell cell-none"></td>`;
    const hasEvidence = conflict.evidence.some((e) => e.article === column.id);
    const value = hasEvidence
      ? html`<a href="${articleLink(column.id, story.id, { conflict: conflict.id })}">${side.value}</a>`
      : html`${side.value}`;
    return html`<td class="cell cell-${side.name}">${value}</td>`;
  });
  return html`<tr data-status="conflict">
    <th scope="row">${badge('contested', conflict.kind)} <a href="#${anchorId('conflict', conflict.id)}">${conflict.summary}</a></th>
    ${cells}
  </tr>`;
}

export function claimsMatrix(story: Story, columns: readonly Column[]): Html {
  if (story.facts.length === 0 && story.conflicts.length === 0)
    return html`<p class="empty">No claims have been aligned across these sources yet; this matrix fills in once the cross-checker has run on the story.</p>`;
  const statuses = ['corroborated', 'single-source', 'contested', 'conflict'] as const;
  return html`<div class="matrix-filter" hidden>
      Show: ${statuses.map((s) => html`<label><input type="checkbox" data-filter="${s}" checked> ${s === 'conflict' ? 'conflicts' : s}</label> `)}
    </div>
    <div class="matrix-scroll"><table class="matrix">
    <thead><tr><th scope="col">Claim</th>${columns.map(
      (c) =>
        html`<th scope="col"><a href="${sitePath(['articles', c.id], { story: story.id })}">${c.label}</a>${c.group ? html`<span class="group" title="independence group">${c.group}</span>` : ''}${c.published ? html`<time>${c.published}</time>` : ''}</th>`,
    )}</tr></thead>
    <tbody>
      ${story.conflicts.map((c) => conflictRow(story, c, columns))}
      ${story.facts.map((f) => factRow(story, f, columns))}
    </tbody>
  </table></div>`;
}
