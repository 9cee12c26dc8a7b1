import type { Rejection } from '../ingest/index.ts';
import type { Block, BlockKind } from '../model/index.ts';
import { publishedInferred, spanText } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';

/**
 * Readable per-article summaries for a terminal (plain) or a document (Markdown). One layout,
 * two markups: the `Markup` decides how headings, items and emphasis look.
 */
interface Markup {
  heading(text: string, level: 1 | 2): string;
  item(text: string): string;
  quote(text: string): string;
  strong(text: string): string;
}

const plain: Markup = {
  heading: (text, level) => (level === 1 ? `${text}\n${'='.repeat(Math.min(text.length, 78))}` : `\n${text}`),
  item: (text) => `  - ${text}`,
  quote: (text) => `"${text}"`,
  strong: (text) => text,
};

/** Markdown special characters in article text are escaped: the text is data, never markup. */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');

const markdown: Markup = {
  heading: (text, level) => `${'#'.repeat(level + 1)} ${escapeMarkdown(text)}`,
  item: (text) => `- ${text}`,
  quote: (text) => `“${escapeMarkdown(text)}”`,
  strong: (text) => `**${text}**`,
};

const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function blockCounts(blocks: readonly Block[]): string {
  const counts = new Map<BlockKind, number>();
  for (const block of blocks) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}

function renderArticle(article: AnalysedArticle, m: Markup, escapeText: (t: string) => string): string {
  const x = article.extraction;
  const lines: string[] = [];
  lines.push(m.heading(article.title ?? article.path ?? article.id, 1));
  const published = article.published
    ? `${article.published}${publishedInferred(article) ? ` (inferred from the ${article.publishedSource})` : ''}`
    : 'unknown';
  lines.push(
    `${m.strong('Source')}: ${escapeText(article.outlet ?? article.url ?? article.path ?? 'unknown')} · ${m.strong('Published')}: ${published} · ${m.strong('Language')}: ${article.language} · id ${article.id}`,
  );
  lines.push(
    `${m.strong('Blocks')}: ${blockCounts(article.blocks)} · ${x.sentences.length} sentences · ${x.claims.length} claims`,
  );
  const set = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(m.heading(title, 2));
    for (const item of items) lines.push(m.item(item));
  };
  set(
    'People',
    x.people.map((p) => {
      const titles = p.titles.map((t) => escapeText(t.text)).join('; ');
      const variants = p.variants.filter((v) => v !== p.name);
      return `${m.strong(escapeText(p.name))}${titles ? ` — ${titles}` : ''}${variants.length ? ` (also ${variants.map(escapeText).join(', ')})` : ''}`;
    }),
  );
  set(
    'Organisations',
    x.organizations.map((o) => escapeText(o.name)),
  );
  set(
    'Places',
    x.places.map((p) => escapeText(p.name)),
  );
  set(
    'Dates',
    x.dates.map(
      (d) =>
        `${escapeText(d.text)} → ${d.value ?? 'unresolved'}${d.range ? ` (${d.range[0]} to ${d.range[1]})` : ''}`,
    ),
  );
  set(
    'Numbers',
    x.numbers.map(
      (n) =>
        `${escapeText(n.text)} = ${n.value}${n.upTo !== undefined ? `–${n.upTo}` : ''}${n.unit ? ` ${n.unit}` : ''}`,
    ),
  );
  set(
    'Quotes',
    x.quotes.map(
      (q) => `${m.quote(shorten(q.text))} — ${q.speaker ? escapeText(q.speaker) : 'speaker unknown'}`,
    ),
  );
  const asides = article.blocks.filter((b) => b.kind !== 'body' && b.kind !== 'title');
  set(
    'Not reporting (kept apart)',
    asides.map((b) => `${b.kind}: ${escapeText(shorten(spanText(article.text, b.span)))}`),
  );
  set(
    'Warnings',
    article.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code}: ${d.message}`),
  );
  return lines.join('\n');
}

function renderRejections(
  rejections: readonly Rejection[],
  m: Markup,
  escapeText: (t: string) => string,
): string {
  if (rejections.length === 0) return '';
  return [
    m.heading(`Rejected inputs (${rejections.length})`, 1),
    ...rejections.map((r) => m.item(`${escapeText(r.path)}: ${r.code}: ${escapeText(r.message)}`)),
  ].join('\n');
}

export function renderText(
  articles: readonly AnalysedArticle[],
  rejections: readonly Rejection[] = [],
): string {
  const parts = articles.map((a) => renderArticle(a, plain, (t) => t));
  parts.push(renderRejections(rejections, plain, (t) => t));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

export function renderMarkdown(
  articles: readonly AnalysedArticle[],
  rejections: readonly Rejection[] = [],
): string {
  const parts = articles.map((a) => renderArticle(a, markdown, escapeMarkdown));
  parts.push(renderRejections(rejections, markdown, escapeMarkdown));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
