import type { Conflict, Story } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import type { ArticleEdits } from '../versions/index.ts';
import { storyBriefFragment } from './brief.ts';
import { anchorId, type Html, html, sitePath } from './html.ts';
import { badge, page } from './layout.ts';
import { type Column, claimsMatrix } from './matrix.ts';
import { reuseGraph } from './reuse-graph.ts';
import { groupLetters, sourceLabels } from './sources.ts';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The story page: brief, claims-by-sources matrix, reuse graph, conflicts with evidence, sources. */
export function storyColumns(story: Story, articles: readonly AnalysedArticle[]): Column[] {
  const labels = sourceLabels(articles);
  const letters = groupLetters(story);
  return articles.map((article) => {
    const group = letters.get(article.id);
    return {
      id: article.id,
      label: labels.get(article.id) ?? article.id,
      ...(group !== undefined ? { group } : {}),
      ...(article.published !== undefined ? { published: article.published } : {}),
    };
  });
}

function conflictPanel(story: Story, conflict: Conflict, columns: readonly Column[]): Html {
  const label = (id: string) => columns.find((c) => c.id === id)?.label ?? id;
  const side = (name: string, value: string, ids: readonly string[]) =>
    html`<dt>${name}</dt><dd><q>${value}</q> <span class="muted">${ids.map(label).join(', ')}</span></dd>`;
  return html`<article class="conflict" id="${anchorId('conflict', conflict.id)}">
    <h3>${badge('contested', conflict.kind)} ${conflict.summary}</h3>
    <dl class="sides">
      ${conflict.majority ? side('Most sources', conflict.majority.value, conflict.majority.articles) : ''}
      ${side(conflict.majority ? 'Other sources' : 'Sources', conflict.minority.value, conflict.minority.articles)}
    </dl>
    <ul class="evidence">${conflict.evidence.map(
      (e) => html`<li><blockquote>${e.text}</blockquote>
        <a class="evidence-link" href="${sitePath(['articles', e.article], { story: story.id, conflict: conflict.id }, 'focus')}">${label(e.article)}: show in the article</a></li>`,
    )}</ul>
  </article>`;
}

export function storyPage(
  story: Story,
  articles: readonly AnalysedArticle[],
  edits: readonly ArticleEdits[] = [],
): Html {
  const columns = storyColumns(story, articles);
  // The same brief as the API's formats, as a fragment of this page (its own document is for ?format=html).
  const brief = storyBriefFragment(story, articles, edits);
  return page(
    story.title,
    html`<article class="story" data-story="${story.id}">
      <h1>${story.title}</h1>
      <p class="muted">${story.dateRange ? html`<time>${story.dateRange[0]}</time> – <time>${story.dateRange[1]}</time> · ` : ''}
        <span data-count="sources">${plural(story.articles.length, 'source')}</span> ·
        <span data-count="independent">${story.independentGroups.length} independent</span> ·
        <span data-count="conflicts">${plural(story.conflicts.length, 'conflict')}</span> ·
        <a href="${sitePath(['api', 'stories', story.id, 'brief'], { format: 'markdown' })}">brief as Markdown</a> ·
        <a href="${sitePath(['api', 'stories', story.id, 'brief'], { format: 'json' })}">JSON</a></p>
      <section class="panel" id="brief"><h2>Brief</h2>${brief}</section>
      <section class="panel" id="matrix"><h2>Claims by source</h2>${claimsMatrix(story, columns)}</section>
      <section class="panel" id="reuse"><h2>Who copied whom</h2>${reuseGraph(story, columns)}</section>
      <section class="panel" id="conflicts"><h2>Conflicts</h2>
        ${
          story.conflicts.length === 0
            ? html`<p class="empty">No conflicts found between these sources${story.facts.length === 0 ? ' (the cross-checker has not run on this story yet)' : ''}.</p>`
            : story.conflicts.map((c) => conflictPanel(story, c, columns))
        }
      </section>
      <section class="panel" id="sources"><h2>Sources</h2>
        <ol class="sources">${articles.map((a, i) => {
          const column = columns[i];
          return html`<li data-article="${a.id}"><a href="${sitePath(['articles', a.id], { story: story.id })}">${column?.label ?? a.id}</a>
            ${a.title ? html`<span class="article-title">${a.title}</span>` : ''}
            ${a.published ? html`<time>${a.published}</time>` : ''}
            ${column?.group ? html`<span class="group">${column.group}</span>` : ''}</li>`;
        })}</ol>
        ${story.articles.length > articles.length ? html`<p class="muted">${plural(story.articles.length - articles.length, 'article')} of this story missing from the store.</p>` : ''}
      </section>
    </article>`,
    { wide: true },
  );
}
