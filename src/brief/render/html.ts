import type { Brief, BriefSource } from '../build.ts';
import { editSentence } from '../edits.ts';
import { claimReviews } from './claimreview.ts';
import { editedLabel, excerpt, kindLabel, plain } from './shared.ts';

/**
 * The brief in HTML, two ways: a self-contained page (inline style, the ClaimReview JSON-LD, no
 * scripts that run, no external resources) and a fragment for a page of the site to embed (no
 * script, no style, classes only). Article text is hostile: every piece of it goes through
 * `escapeHtml`, and the embedded JSON-LD has `<`, `>` and `&` escaped so no article can close the
 * script element.
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
const style = `
body{font:16px/1.5 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}
.key{font:bold .8rem sans-serif;background:#eee;border-radius:3px;padding:0 .3rem;margin-right:.2rem}
.kind{font:bold .75rem sans-serif;color:#fff;background:#a33;border-radius:3px;padding:.1rem .4rem}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #ccc;color:#444}
.why{font-size:.9rem;color:#555}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:left}
`;

/** What a line cites a source for: a fact or a dispute, so a link can show that sentence in the article. */
export type BriefLinkTopic = { readonly fact: string } | { readonly dispute: string };

/**
 * Where the lines of a fragment link, supplied by the page that embeds it. Each returns an address
 * inside the site ("/…" or "#…") or undefined for no link; anything else (another site,
 * `javascript:`) is dropped, never linked.
 */
export interface BriefLinks {
  /** A source, cited in a line about a fact or a dispute (`topic`), or in the list of sources. */
  readonly source?: (source: BriefSource, topic?: BriefLinkTopic) => string | undefined;
  /** A fact, by id: an established or single-source claim, or a timeline entry. */
  readonly fact?: (id: string) => string | undefined;
  /** A dispute, by id. */
  readonly dispute?: (id: string) => string | undefined;
}

export interface HtmlFragmentOptions {
  /** Heading level of the sections: 2 under the document's h1 (default), 3 under a page's own h2. */
  readonly level?: 2 | 3 | 4 | 5 | 6;
  /**
   * The name lines call a source by, when the page has its own names for sources (matrix
   * columns). Default: the source's key ("A"), with a key column in the list of sources.
   */
  readonly sourceName?: (source: BriefSource) => string;
  readonly links?: BriefLinks;
}

/**
 * An address inside the site, or undefined: absolute and protocol-relative ("//…") URLs are
 * refused, and so is any whitespace or control character (browsers drop tabs and newlines, which
 * would turn "/\t/host" into "//host").
 */
const siteHref = (href: string | undefined): string | undefined =>
  href !== undefined && /^(?:\/(?![/\\])|#)/.test(href) && !/[\s\p{Cc}]/u.test(href) ? href : undefined;

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The brief as an HTML fragment (one `<div class="brief">`) for a page to embed: no script, no
 * style, no id, only classes, so it runs under a strict Content-Security-Policy and cannot clash
 * with the page's own anchors. Every piece of article text is escaped; links are the page's own.
 */
export function renderHtmlFragment(brief: Brief, options: HtmlFragmentOptions = {}): string {
  const level = options.level ?? 2;
  const links = options.links ?? {};
  const { sourceName } = options;
  const byKey = new Map(brief.sources.map((s) => [s.key, s] as const));
  const factArticles = new Map(
    brief.check.facts.map((f) => [f.id, new Set(f.mentions.map((m) => m.article))] as const),
  );

  /** `inner` (already HTML) as a link to `href`, or as it is when there is no safe address. */
  const anchor = (href: string | undefined, inner: string) => {
    const safe = siteHref(href);
    return safe ? `<a href="${h(safe)}">${inner}</a>` : inner;
  };
  const cite = (key: string, topic?: BriefLinkTopic) => {
    const source = byKey.get(key);
    if (!source) return `<span class="key">${h(key)}</span>`;
    const name = sourceName ? sourceName(source) : key;
    const href = siteHref(links.source?.(source, topic));
    const title = sourceName ? '' : ` title="${h(source.label)}"`;
    return href
      ? `<a class="key" href="${h(href)}"${title}>${h(name)}</a>`
      : `<span class="key"${title}>${h(name)}</span>`;
  };
  const cites = (keys: readonly string[], topic?: (key: string) => BriefLinkTopic | undefined) =>
    keys.map((key) => cite(key, topic?.(key))).join(' ');
  const factLine = (id: string, text: string) => anchor(links.fact?.(id), h(excerpt(text, 200)));
  const heading = (title: string) => `<h${level}>${h(title)}</h${level}>`;
  const empty = (text: string) => `<p class="empty">${h(text)}</p>`;

  const out: string[] = ['<div class="brief">'];
  out.push(
    `<p class="brief-headline">${count(brief.sources.length, 'article')}, ${count(brief.groups.length, 'independent source')}; ${count(brief.disputed.length, 'disputed point')}, ${count(brief.established.length, 'established fact')}.</p>`,
  );

  out.push('<section class="brief-part brief-sources">', heading('Sources'), '<table class="brief-table">');
  out.push(
    `<thead><tr>${sourceName ? '' : '<th>Key</th>'}<th>Source</th><th>Published</th><th>Reliability</th><th>Same source as</th></tr></thead>`,
    '<tbody>',
  );
  for (const source of brief.sources) {
    const copies = brief.sourceNotes.find((n) => n.source === source.key)?.copies ?? [];
    const label = h(sourceName ? sourceName(source) : source.label);
    const edited = source.edited ? ` <span class="edited">(${h(editedLabel(source.edited))})</span>` : '';
    const name = `${anchor(links.source?.(source), label)}${edited}`;
    const reasons = source.reliabilityReasons.join('; ');
    const why = reasons ? ` title="${h(reasons)}"` : '';
    out.push(
      `<tr>${sourceName ? '' : `<td><span class="key">${h(source.key)}</span></td>`}<td>${name}</td><td>${h(source.published ?? 'unknown')}</td><td${why}>${source.reliability.toFixed(2)}</td><td>${cites(copies)}</td></tr>`,
    );
  }
  out.push('</tbody></table>', '</section>');

  out.push('<section class="brief-part timeline">', heading('Timeline'));
  if (brief.timeline.length === 0) out.push(empty('No dated events.'));
  else {
    out.push('<ul>');
    for (const entry of brief.timeline) {
      const fact = entry.facts.find((id) => siteHref(links.fact?.(id)) !== undefined);
      const what = fact === undefined ? h(excerpt(entry.what, 200)) : factLine(fact, entry.what);
      const topic = (key: string): BriefLinkTopic | undefined => {
        const article = byKey.get(key)?.article;
        const id = entry.facts.find((f) => article !== undefined && factArticles.get(f)?.has(article));
        return id === undefined ? undefined : { fact: id };
      };
      out.push(
        `<li><strong><time>${h(entry.when)}</time></strong> ${what} ${cites(entry.sources, topic)}</li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');

  out.push('<section class="brief-part contested">', heading('Disputed'));
  if (brief.disputed.length === 0) out.push(empty('No disagreements found.'));
  else {
    out.push('<ol>');
    for (const dispute of brief.disputed) {
      const topic = { dispute: dispute.id };
      out.push(
        `<li><span class="kind badge badge-contested">${h(kindLabel(dispute.kind))}</span> ${anchor(links.dispute?.(dispute.id), h(dispute.summary))}`,
      );
      for (const evidence of dispute.evidence)
        out.push(`<blockquote>${cite(evidence.source, topic)} ${h(excerpt(evidence.text))}</blockquote>`);
      out.push(`<p class="why">Why: ${h(dispute.reasons.join('; '))}</p></li>`);
    }
    out.push('</ol>');
  }
  out.push('</section>');

  if (brief.edits.length > 0) {
    out.push('<section class="brief-part edits">', heading('Edited after publication'), '<ul>');
    for (const edit of brief.edits) out.push(`<li>${h(editSentence(edit))}</li>`);
    out.push('</ul>', '</section>');
  }

  out.push(
    '<section class="brief-part corroborated">',
    heading('Established (two or more independent sources)'),
  );
  if (brief.established.length === 0) out.push(empty('None.'));
  else {
    out.push('<ul>');
    for (const fact of brief.established)
      out.push(
        `<li>${factLine(fact.id, fact.statement)} ${cites(fact.sources, () => ({ fact: fact.id }))} <span class="why">${fact.support.independent} independent</span></li>`,
      );
    out.push('</ul>');
  }
  out.push('</section>');

  out.push('<section class="brief-part single-source">', heading('Single-source claims'));
  if (brief.singleSource.length === 0) out.push(empty('None.'));
  else {
    // Often the longest list: folded when long (<details> needs no script).
    const open = brief.singleSource.length <= 5 ? ' open' : '';
    out.push(
      `<details${open}><summary>${count(brief.singleSource.length, 'claim')} only one independent source makes</summary>`,
      '<ul>',
    );
    for (const fact of brief.singleSource)
      out.push(
        `<li>${cites(fact.sources, () => ({ fact: fact.id }))} ${factLine(fact.id, fact.statement)}</li>`,
      );
    out.push('</ul>', '</details>');
  }
  out.push('</section>');

  out.push('<section class="brief-part source-notes">', heading('Per-source notes'), '<ul>');
  for (const note of brief.sourceNotes) {
    const who = sourceName
      ? `<strong>${cite(note.source)}</strong>`
      : `${cite(note.source)} <strong>${h(note.label)}</strong>`;
    const parts = [
      `reliability ${note.reliability.toFixed(2)}.`,
      note.wrong.length > 0 ? `Weaker side of: ${h(note.wrong.join('; '))}.` : '',
      note.unresolved.length > 0 ? `Unresolved: ${h(note.unresolved.join('; '))}.` : '',
      note.copies.length > 0 ? `Same source as ${cites(note.copies)}.` : '',
      `${count(note.alone.length, 'claim')} no other independent source makes.`,
    ].filter(Boolean);
    out.push(`<li>${who} — ${parts.join(' ')}</li>`);
  }
  out.push('</ul>', '</section>');

  out.push('<section class="brief-part method">', heading('How this was checked'), '<ul>');
  for (const sentence of brief.method) out.push(`<li>${h(sentence)}</li>`);
  out.push('</ul>', '</section>', '</div>');
  return `${out.join('\n')}\n`;
}

/** The self-contained document: the fragment under a heading, with its style and the ClaimReview JSON-LD. */
export function renderHtml(brief: Brief): string {
  const out: string[] = [];
  out.push('<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push(`<title>${h(`Brief: ${brief.title}`)}</title>`, `<style>${style}</style>`);
  out.push(`<script type="application/ld+json">${scriptSafeJson(claimReviews(brief))}</script>`);
  out.push('</head>', '<body>', `<h1>Brief: ${h(brief.title)}</h1>`);
  out.push(renderHtmlFragment(brief).trimEnd(), '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
