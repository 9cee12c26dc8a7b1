import type { Story } from '../model/index.ts';
import { type Html, html, sitePath } from './html.ts';
import type { Column } from './matrix.ts';

/**
 * Who copied whom: the story's articles on a ring, an arrow from source to derived article for each
 * reuse relation (thicker for more coverage), and the same relations as a table for reading.
 */
const width = 720;
const height = 380;
const radius = 16;

const round = (n: number) => Math.round(n * 10) / 10;

export function reuseGraph(story: Story, columns: readonly Column[]): Html {
  const n = columns.length;
  const place = new Map(
    columns.map((column, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
      const spread = n === 1 ? 0 : 1;
      return [
        column.id,
        { x: width / 2 + spread * 200 * Math.cos(angle), y: height / 2 + spread * 140 * Math.sin(angle) },
      ];
    }),
  );
  const labels = new Map(columns.map((c) => [c.id, c.label]));
  const groups = [...new Set(columns.map((c) => c.group ?? ''))];
  const edges = story.reuse.flatMap((reuse) => {
    const from = place.get(reuse.from);
    const to = place.get(reuse.to);
    if (!from || !to || reuse.from === reuse.to) return [];
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    const ux = (to.x - from.x) / length;
    const uy = (to.y - from.y) / length;
    const title = `${labels.get(reuse.to)} ${reuse.kind === 'copy' ? 'copies' : reuse.kind === 'paraphrase' ? 'paraphrases' : 'shares a source with'} ${labels.get(reuse.from)} (${Math.round(reuse.coverage * 100)}%)`;
    return [
      html`<line class="edge edge-${reuse.kind}" x1="${round(from.x + ux * radius)}" y1="${round(from.y + uy * radius)}" x2="${round(to.x - ux * (radius + 6))}" y2="${round(to.y - uy * (radius + 6))}" stroke-width="${round(1.5 + 5 * reuse.coverage)}" marker-end="url(#arrow-${reuse.kind})"><title>${title}</title></line>`,
    ];
  });
  // Labels sit outside the ring, away from the centre, so they do not cover nodes or arrows.
  const labelAt = (p: { x: number; y: number }) => {
    const dx = p.x - width / 2;
    if (Math.abs(dx) < 40) {
      const below = p.y >= height / 2;
      return { x: p.x, y: p.y + (below ? radius + 16 : -radius - 8), anchor: 'middle' };
    }
    return { x: p.x + Math.sign(dx) * (radius + 6), y: p.y + 4, anchor: dx > 0 ? 'start' : 'end' };
  };
  const nodes = columns.map((column) => {
    const p = place.get(column.id)!;
    const label = labelAt(p);
    return html`<a href="${sitePath(['articles', column.id], { story: story.id })}">
      <circle class="node group-${groups.indexOf(column.group ?? '') % 6}" cx="${round(p.x)}" cy="${round(p.y)}" r="${radius}"><title>${column.label}</title></circle>
      <text class="node-label" x="${round(label.x)}" y="${round(label.y)}" text-anchor="${label.anchor}">${column.label.length > 24 ? `${column.label.slice(0, 23)}…` : column.label}</text>
      ${column.group ? html`<text class="node-group" x="${round(p.x)}" y="${round(p.y + 4)}" text-anchor="middle">${column.group}</text>` : ''}
    </a>`;
  });
  const kinds = ['copy', 'paraphrase', 'shared-source'] as const;
  const table =
    story.reuse.length === 0
      ? html`<p class="empty">No reuse found between these articles yet (or reuse tracing has not run on this story).</p>`
      : html`<table class="reuse-table"><thead><tr><th>Source</th><th>Derived article</th><th>Kind</th><th>Coverage</th><th>Passages</th><th>Why</th></tr></thead><tbody>
        ${story.reuse.map(
          (
            r,
          ) => html`<tr><td>${labels.get(r.from) ?? r.from}</td><td>${labels.get(r.to) ?? r.to}</td><td>${r.kind}</td>
            <td>${Math.round(r.coverage * 100)}%</td><td>${r.passages.length}</td><td>${r.reasons.join('; ')}</td></tr>`,
        )}
      </tbody></table>`;
  return html`<figure class="reuse-graph">
    <svg viewBox="0 0 ${width} ${height}" role="img" aria-label="Reuse graph: arrows point from the source to the article that reuses it">
      <defs>${kinds.map(
        (kind) =>
          html`<marker id="arrow-${kind}" class="arrow arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>`,
      )}</defs>
      ${edges}
      ${nodes}
    </svg>
    <figcaption>Arrows point from the source to the article that reuses it: <span class="key key-copy">copy</span> <span class="key key-paraphrase">paraphrase</span> <span class="key key-shared-source">shared source</span>. Letters are independence groups.</figcaption>
  </figure>
  ${table}`;
}
