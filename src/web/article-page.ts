import type { Story } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import type { VersionHistory } from '../versions/index.ts';
import { type Highlight, markedText } from './highlights.ts';
import { type Html, html, sitePath, webUrl } from './html.ts';
import { badge, page } from './layout.ts';
import { sourceName } from './sources.ts';
import { versionsPanel } from './versions.ts';

/** One article, its text with the evidence spans marked; the clicked fact or conflict in focus. */
export function articlePage(
  article: AnalysedArticle,
  stories: readonly Story[],
  highlights: readonly Highlight[],
  focusStory?: Story,
  history?: VersionHistory,
): Html {
  const link = webUrl(article.url);
  const inferred = article.publishedSource === 'dateline' || article.publishedSource === 'text';
  const focused = highlights.filter((h) => h.focus);
  return page(
    article.title ?? sourceName(article),
    html`<article class="source-article" data-article="${article.id}">
      ${focusStory ? html`<p><a href="${sitePath(['stories', focusStory.id])}">← ${focusStory.title}</a></p>` : ''}
      <h1>${article.title ?? sourceName(article)}</h1>
      <dl class="article-meta">
        <dt>Source</dt><dd>${sourceName(article)}</dd>
        ${article.published ? html`<dt>Published</dt><dd><time>${article.published}</time>${inferred ? ' (inferred from the text)' : ''}</dd>` : ''}
        ${
          article.url
            ? html`<dt>URL</dt><dd>${link ? html`<a href="${link}" rel="noopener noreferrer nofollow">${article.url}</a>` : html`<span class="unsafe-url">${article.url}</span> (not a web address; not linked)`}</dd>`
            : ''
        }
        <dt>Language</dt><dd>${article.language}</dd>
        <dt>Id</dt><dd><code>${article.id}</code></dd>
      </dl>
      ${
        article.diagnostics.length > 0
          ? html`<details class="diagnostics"><summary>${article.diagnostics.length === 1 ? 'A note' : `${article.diagnostics.length} notes`} on reading this article</summary><ul>${article.diagnostics.map(
              (d) => html`<li>${badge(d.severity, d.severity)} <code>${d.code}</code> ${d.message}</li>`,
            )}</ul></details>`
          : ''
      }
      ${history ? versionsPanel(history, article.id) : ''}
      ${focused.length > 0 ? html`<p class="focus-note">Highlighted: ${focused[0]?.label}</p>` : ''}
      <div class="article-layout">
        <div class="article-text" lang="${article.language}">${markedText(article, highlights)}</div>
        <aside class="highlight-list">
          <h2>Evidence in this article</h2>
          ${
            highlights.length === 0
              ? html`<p class="empty">Nothing in this article is used as evidence yet.</p>`
              : html`<ol>${highlights.map(
                  (h, i) =>
                    html`<li class="${h.focus ? 'focus' : ''}">${badge(h.kind === 'conflict' ? 'contested' : (h.status ?? 'fact'), h.kind === 'conflict' ? (h.conflictKind ?? 'conflict') : (h.status ?? 'fact'))}
                  <a href="#hl-${i}">${h.label}</a></li>`,
                )}</ol>`
          }
          ${
            stories.length > 0
              ? html`<h2>Stories</h2><ul>${stories.map((s) => html`<li><a href="${sitePath(['stories', s.id])}">${s.title}</a></li>`)}</ul>`
              : ''
          }
        </aside>
      </div>
    </article>`,
    { wide: true },
  );
}
