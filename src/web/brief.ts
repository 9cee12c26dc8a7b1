import type { Conflict, Fact, Story, TimelineEntry } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { anchorId, type Html, html, sitePath } from './html.ts';
import { groupLetters, sourceLabels } from './sources.ts';

/**
 * The brief of a story in every format, behind one switch (`renderStoryBrief`). INTERIM: this
 * builds the brief from the Story alone; when src/brief's `renderBrief` lands, the switch calls it
 * and the summary below goes.
 */

export const briefFormats = ['html', 'text', 'markdown', 'json', 'claimreview'] as const;
export type BriefFormat = (typeof briefFormats)[number];

const mediaTypes: Readonly<Record<BriefFormat, string>> = {
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
};

export interface RenderedBrief {
  readonly mediaType: string;
  readonly body: string;
}

interface SourceNote {
  readonly article: string;
  readonly label: string;
  readonly published?: string;
  readonly group?: string;
  readonly notes: readonly string[];
}

export interface BriefSummary {
  readonly id: string;
  readonly title: string;
  readonly dateRange?: readonly [string, string];
  readonly sources: number;
  readonly independentSources: number;
  readonly established: readonly Fact[];
  readonly disputed: readonly Fact[];
  readonly conflicts: readonly Conflict[];
  readonly singleSource: readonly Fact[];
  readonly timeline: readonly TimelineEntry[];
  readonly sourceNotes: readonly SourceNote[];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summarise(story: Story, articles: readonly AnalysedArticle[]): BriefSummary {
  const labels = sourceLabels(articles);
  const letters = groupLetters(story);
  const label = (id: string) => labels.get(id) ?? id;
  const sourceNotes = articles.map((article): SourceNote => {
    const notes: string[] = [];
    for (const reuse of story.reuse)
      if (reuse.to === article.id)
        notes.push(
          reuse.kind === 'shared-source'
            ? `shares a source with ${label(reuse.from)}`
            : `${reuse.kind === 'copy' ? 'copies' : 'paraphrases'} ${label(reuse.from)} (${percent(reuse.coverage)} of its text)`,
        );
    const minority = story.conflicts.filter((c) => c.minority.articles.includes(article.id)).length;
    if (minority > 0) notes.push(`in the minority on ${plural(minority, 'disputed point')}`);
    if (article.publishedSource === 'dateline' || article.publishedSource === 'text')
      notes.push('publication date inferred from the text');
    const group = letters.get(article.id);
    return {
      article: article.id,
      label: label(article.id),
      ...(article.published !== undefined ? { published: article.published } : {}),
      ...(group !== undefined ? { group } : {}),
      notes,
    };
  });
  return {
    id: story.id,
    title: story.title,
    ...(story.dateRange ? { dateRange: story.dateRange } : {}),
    sources: story.articles.length,
    independentSources: story.independentGroups.length,
    established: story.facts.filter((f) => f.status === 'corroborated'),
    disputed: story.facts.filter((f) => f.status === 'contested'),
    conflicts: story.conflicts,
    singleSource: story.facts.filter((f) => f.status === 'single-source'),
    timeline: story.timeline,
    sourceNotes,
  };
}

const support = (fact: Fact) =>
  `${plural(fact.support.articles, 'source')}, ${fact.support.independent} independent`;

const sides = (conflict: Conflict) =>
  conflict.majority
    ? `“${conflict.majority.value}” (${conflict.majority.articles.length}) vs “${conflict.minority.value}” (${conflict.minority.articles.length})`
    : `“${conflict.minority.value}”`;

function headline(brief: BriefSummary): string {
  const when = brief.dateRange ? ` · ${brief.dateRange[0]} – ${brief.dateRange[1]}` : '';
  return `${plural(brief.sources, 'source')}, ${brief.independentSources} independent${when}`;
}

function renderText(brief: BriefSummary, markdown: boolean): string {
  const lines: string[] = [markdown ? `# ${brief.title}` : brief.title, '', headline(brief)];
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push('', markdown ? `## ${title}` : `${title}:`);
    for (const item of items) lines.push(markdown ? `- ${item}` : `  - ${item}`);
  };
  section(
    'Established',
    brief.established.map((f) => `${f.statement} (${support(f)})`),
  );
  section('Disputed', [
    ...brief.conflicts.map((c) => `${c.summary}: ${sides(c)}`),
    ...brief.disputed.map((f) => `${f.statement} (contested)`),
  ]);
  section(
    'Single-source',
    brief.singleSource.map((f) => f.statement),
  );
  section(
    'Timeline',
    brief.timeline.map((t) => `${t.when}: ${t.what}`),
  );
  section(
    'Sources',
    brief.sourceNotes.map((s) =>
      [s.label, s.published, s.group ? `group ${s.group}` : undefined, ...s.notes]
        .filter(Boolean)
        .join(' · '),
    ),
  );
  if (
    brief.established.length + brief.conflicts.length + brief.disputed.length + brief.singleSource.length ===
    0
  )
    lines.push('', 'No facts have been cross-checked for this story yet.');
  return `${lines.join('\n')}\n`;
}

const factLink = (storyId: string, fact: Fact) =>
  html`<a href="${sitePath(['stories', storyId], {}, anchorId('fact', fact.id))}">${fact.statement}</a>`;

/** The brief as an HTML fragment (the story page shows it as is, so the page and `?format=html` agree). */
function briefHtml(brief: BriefSummary): Html {
  const list = (title: string, kind: string, items: readonly Html[]) =>
    items.length === 0
      ? ''
      : html`<section class="brief-part ${kind}"><h3>${title}</h3><ul>${items.map((i) => html`<li>${i}</li>`)}</ul></section>`;
  const empty =
    brief.established.length + brief.conflicts.length + brief.disputed.length + brief.singleSource.length ===
    0;
  return html`<section class="brief" aria-label="Brief">
    <p class="brief-headline">${headline(brief)}</p>
    ${empty ? html`<p class="empty">No facts have been cross-checked for this story yet.</p>` : ''}
    ${list(
      'Established',
      'corroborated',
      brief.established.map((f) => html`${factLink(brief.id, f)} <span class="support">${support(f)}</span>`),
    )}
    ${list('Disputed', 'contested', [
      ...brief.conflicts.map(
        (c) =>
          html`<a href="${sitePath(['stories', brief.id], {}, anchorId('conflict', c.id))}">${c.summary}</a> <span class="support">${sides(c)}</span>`,
      ),
      ...brief.disputed.map((f) => factLink(brief.id, f)),
    ])}
    ${list(
      'Single-source',
      'single-source',
      brief.singleSource.map((f) => factLink(brief.id, f)),
    )}
    ${list(
      'Timeline',
      'timeline',
      brief.timeline.map(
        (t) =>
          html`<time>${t.when}</time> ${t.what}${t.facts.map((id) => html` <a class="fact-ref" href="${sitePath(['stories', brief.id], {}, anchorId('fact', id))}">[fact]</a>`)}`,
      ),
    )}
    ${list(
      'Sources',
      'sources',
      brief.sourceNotes.map(
        (s) =>
          html`<a href="${sitePath(['articles', s.article], { story: brief.id })}">${s.label}</a>${s.published ? html` · <time>${s.published}</time>` : ''}${s.group ? html` · group ${s.group}` : ''}${s.notes.map((n) => html` · ${n}`)}`,
      ),
    )}
  </section>`;
}

function claimReviews(story: Story, articles: readonly AnalysedArticle[], brief: BriefSummary) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const appearances = (ids: readonly string[]) =>
    [...new Set(ids)].flatMap((id) => {
      const article = byId.get(id);
      if (!article) return [];
      return [
        {
          '@type': 'CreativeWork',
          ...(article.url ? { url: article.url } : {}),
          ...(article.title ? { headline: article.title } : {}),
          ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
          ...(article.published ? { datePublished: article.published } : {}),
        },
      ];
    });
  const verdict: Record<Fact['status'], string> = {
    corroborated: 'Corroborated by independent sources',
    'single-source': 'Single source',
    contested: 'Contested',
  };
  const review = (claim: string, rating: string, explanation: string, ids: readonly string[]) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim,
    ...(brief.dateRange ? { datePublished: brief.dateRange[1] } : {}),
    author: { '@type': 'Organization', name: 'Corroborate' },
    reviewRating: { '@type': 'Rating', alternateName: rating, ratingExplanation: explanation },
    itemReviewed: { '@type': 'Claim', appearance: appearances(ids) },
  });
  return [
    ...story.facts.map((f) =>
      review(
        f.statement,
        verdict[f.status],
        support(f),
        f.mentions.map((m) => m.article),
      ),
    ),
    ...story.conflicts.map((c) =>
      review(c.minority.value, 'Disputed', `${c.summary}: ${sides(c)}`, c.minority.articles),
    ),
  ];
}

/** The one switch over brief formats; `articles` are the story's articles in the store. */
export function renderStoryBrief(
  story: Story,
  articles: readonly AnalysedArticle[],
  format: BriefFormat,
): RenderedBrief {
  const brief = summarise(story, articles);
  const body = (() => {
    switch (format) {
      case 'html':
        return briefHtml(brief).value;
      case 'text':
        return renderText(brief, false);
      case 'markdown':
        return renderText(brief, true);
      case 'json':
        return `${JSON.stringify({ story, brief }, null, 2)}\n`;
      case 'claimreview':
        return `${JSON.stringify(claimReviews(story, articles, brief), null, 2)}\n`;
    }
  })();
  return { mediaType: mediaTypes[format], body };
}
