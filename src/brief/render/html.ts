import type { Brief } from '../build.ts';
import { claimReviews } from './claimreview.ts';
import { excerpt, kindLabel, plain } from './shared.ts';

/**
 * A self-contained HTML page (inline style, no scripts, no external resources). Article text is
 * hostile: every piece of it goes through `escapeHtml`, and the embedded JSON-LD has `<`, `>` and
 * `&` escaped so no article can close the script element.
 */

export function escapeHtml(text: string): string {
  return plain(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON safe inside a <script> element: no "<", ">", "&" or line separators left literal. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const h = escapeHtml;
const keys = (sources: readonly string[]) => sources.map((k) => `<span class="key">${h(k)}</span>`).join(' ');

const style = `
body{font:16px/1.5 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}
.key{font:bold .8rem sans-serif;background:#eee;border-radius:3px;padding:0 .3rem;margin-right:.2rem}
.kind{font:bold .75rem sans-serif;color:#fff;background:#a33;border-radius:3px;padding:.1rem .4rem}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #ccc;color:#444}
.why{font-size:.9rem;color:#555}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:left}
`;

export function renderHtml(brief: Brief): string {
  const out: string[] = [];
  out.push('<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push(`<title>${h(`Brief: ${brief.title}`)}</title>`, `<style>${style}</style>`);
  out.push(`<script type="application/ld+json">${scriptSafeJson(claimReviews(brief))}</script>`);
  out.push('</head>', '<body>', `<h1>Brief: ${h(brief.title)}</h1>`);
  out.push(
    `<p>${brief.sources.length} articles, ${brief.groups.length} independent sources; ${brief.disputed.length} disputed points, ${brief.established.length} established facts.</p>`,
  );
  out.push(
    '<h2>Sources</h2>',
    '<table><tr><th>Key</th><th>Source</th><th>Published</th><th>Reliability</th><th>Same source as</th></tr>',
  );
  for (const source of brief.sources) {
    const copies = brief.sourceNotes.find((n) => n.source === source.key)?.copies ?? [];
    out.push(
      `<tr><td>${keys([source.key])}</td><td>${h(source.label)}</td><td>${h(source.published ?? 'unknown')}</td><td>${source.reliability.toFixed(2)}</td><td>${keys(copies)}</td></tr>`,
    );
  }
  out.push('</table>', '<h2>Timeline</h2>', '<ul>');
  for (const entry of brief.timeline)
    out.push(
      `<li><strong>${h(entry.when)}</strong> ${h(excerpt(entry.what, 200))} ${keys(entry.sources)}</li>`,
    );
  out.push('</ul>', '<h2>Disputed</h2>', '<ol>');
  for (const dispute of brief.disputed) {
    out.push(`<li><span class="kind">${h(kindLabel(dispute.kind))}</span> ${h(dispute.summary)}`);
    for (const evidence of dispute.evidence)
      out.push(`<blockquote>${keys([evidence.source])} ${h(excerpt(evidence.text))}</blockquote>`);
    out.push(`<p class="why">Why: ${h(dispute.reasons.join('; '))}</p></li>`);
  }
  out.push('</ol>', '<h2>Established (two or more independent sources)</h2>', '<ul>');
  for (const fact of brief.established)
    out.push(
      `<li>${h(excerpt(fact.statement, 200))} ${keys(fact.sources)} <span class="why">${fact.support.independent} independent</span></li>`,
    );
  out.push('</ul>', '<h2>Single-source claims</h2>', '<ul>');
  for (const fact of brief.singleSource)
    out.push(`<li>${keys(fact.sources)} ${h(excerpt(fact.statement, 200))}</li>`);
  out.push('</ul>', '<h2>Per-source notes</h2>', '<ul>');
  for (const note of brief.sourceNotes) {
    const wrong = note.wrong.length > 0 ? ` Weaker side of: ${h(note.wrong.join('; '))}.` : '';
    out.push(
      `<li>${keys([note.source])} <strong>${h(note.label)}</strong> — reliability ${note.reliability.toFixed(2)}.${wrong} ${note.alone.length} claims no other independent source makes.</li>`,
    );
  }
  out.push('</ul>', '<h2>How this was checked</h2>', '<ul>');
  for (const sentence of brief.method) out.push(`<li>${h(sentence)}</li>`);
  out.push('</ul>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
