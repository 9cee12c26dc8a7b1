import type { StorySummary } from '../store/index.ts';
import { type Html, html, sitePath } from './html.ts';
import { page } from './layout.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Stories newest first, each with its counts of sources, independent sources and conflicts. */
export function storyListPage(
  stories: readonly StorySummary[],
  paging: { readonly total: number; readonly offset: number; readonly limit: number },
): Html {
  const rows = stories.map(
    (s) => html`<li class="story-item">
      <a class="story-title" href="${sitePath(['stories', s.id])}">${s.title}</a>
      <div class="story-meta">
        ${s.newest ? html`<time>${s.newest}</time>` : html`<span class="muted">undated</span>`}
        <span class="count" data-count="sources">${plural(s.sources, 'source')}</span>
        <span class="count" data-count="independent">${s.independent} independent</span>
        <span class="count${s.conflicts > 0 ? ' has-conflicts' : ''}" data-count="conflicts">${plural(s.conflicts, 'conflict')}</span>
        ${s.facts > 0 ? html`<span class="count">${plural(s.facts, 'fact')} (${s.corroborated} corroborated, ${s.contested} contested)</span>` : ''}
      </div>
    </li>`,
  );
  const next = paging.offset + paging.limit < paging.total;
  const previous = paging.offset > 0;
  return page(
    'Stories',
    html`<h1>Stories</h1>
    ${
      stories.length === 0
        ? html`<p class="empty">No stories yet. <a href="/upload">Add articles</a> or run <code>corroborate ingest &lt;paths…&gt;</code>.</p>`
        : html`<p class="muted">${plural(paging.total, 'story', 'stories')}, newest first.</p><ol class="story-list">${rows}</ol>`
    }
    <nav class="paging">
      ${previous ? html`<a href="${sitePath([''], { offset: String(Math.max(0, paging.offset - paging.limit)) })}">Newer</a>` : ''}
      ${next ? html`<a href="${sitePath([''], { offset: String(paging.offset + paging.limit) })}">Older</a>` : ''}
    </nav>`,
  );
}
