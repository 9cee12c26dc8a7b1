import type { AddResult, ArticleRef } from '../store/index.ts';
import { type Html, html, sitePath } from './html.ts';
import { page } from './layout.ts';

export interface UploadProblem {
  readonly path: string;
  readonly message: string;
}

/** The form to add articles: files in any readable format, or one pasted text with its details. */
export function uploadPage(problems: readonly UploadProblem[] = []): Html {
  return page(
    'Add articles',
    html`<h1>Add articles</h1>
    ${problems.length > 0 ? html`<ul class="problems" role="alert">${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>` : ''}
    <form class="upload" method="post" action="/upload" enctype="multipart/form-data">
      <fieldset>
        <legend>Upload files</legend>
        <p class="muted">Text, HTML, JSON or JSONL, RSS or Atom feeds, WARC archives.</p>
        <input type="file" name="files" multiple>
      </fieldset>
      <fieldset>
        <legend>Or paste an article</legend>
        <label>Title <input name="title" maxlength="1000" autocomplete="off"></label>
        <label>Outlet <input name="outlet" maxlength="200" autocomplete="off"></label>
        <label>URL <input name="url" maxlength="2048" inputmode="url" autocomplete="off"></label>
        <label>Published <input name="published" type="date"></label>
        <label>Text <textarea name="text" rows="14"></textarea></label>
      </fieldset>
      <button type="submit">Add to the collection</button>
    </form>`,
  );
}

const articleItem = (a: ArticleRef) =>
  html`<li><a href="${sitePath(['articles', a.id])}">${a.title ?? a.path ?? a.id}</a>${a.outlet ? html` <span class="muted">${a.outlet}</span>` : ''}</li>`;

/** What an upload did: added, already stored (same content) and rejected inputs with their reasons. */
export function uploadResultPage(result: AddResult): Html {
  return page(
    'Articles added',
    html`<h1>${result.added.length} ${result.added.length === 1 ? 'article' : 'articles'} added</h1>
    ${result.added.length > 0 ? html`<ul class="added">${result.added.map(articleItem)}</ul>` : ''}
    ${result.existing.length > 0 ? html`<h2>Already in the collection</h2><ul class="existing">${result.existing.map(articleItem)}</ul>` : ''}
    ${
      result.rejected.length > 0
        ? html`<h2>Not added</h2><ul class="problems">${result.rejected.map((r) => html`<li><code>${r.path}</code>: ${r.message}</li>`)}</ul>`
        : ''
    }
    <p>The collection now holds ${result.stories} ${result.stories === 1 ? 'story' : 'stories'}. <a href="/">See the stories</a> · <a href="/upload">Add more</a></p>`,
  );
}
