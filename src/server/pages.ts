import { Hono } from 'hono';
import type { AddResult, Collection, Input } from '../store/index.ts';
import {
  articlePage,
  highlightsOf,
  storyListPage,
  storyPage,
  uploadPage,
  uploadResultPage,
} from '../web/index.ts';
import { HttpError, parseOr } from './errors.ts';
import { articleOr404, storyOr404 } from './lookups.ts';
import { articleInput, focusQuery, pageQuery } from './schemas.ts';
import { jsonUpload } from './uploads.ts';

/** A file name from a browser, reduced to a plain base name (it becomes the article's path). */
const safeFileName = (name: string): string =>
  [...(name.split(/[\\/]/).pop() ?? '')]
    .filter((c) => c >= ' ')
    .join('')
    .slice(0, 200) || 'upload';

const filled = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** What the form holds as inputs for the collection: each file, and the pasted text as a JSON article. */
async function formInputs(form: Record<string, unknown>): Promise<Input[]> {
  const files = [form.files].flat().filter((f): f is File => f instanceof File && f.size > 0);
  const inputs: Input[] = [];
  for (const file of files)
    inputs.push({ bytes: new Uint8Array(await file.arrayBuffer()), name: safeFileName(file.name) });
  const pasted = Object.fromEntries(
    ['text', 'title', 'url', 'outlet', 'published'].flatMap((key) => {
      const value = filled(form[key]);
      return value === undefined ? [] : [[key, value]];
    }),
  );
  if (pasted.text !== undefined)
    inputs.push(jsonUpload([parseOr(articleInput, pasted, 'request/invalid-body', 'The pasted article')]));
  return inputs;
}

/** The pages people read. Like the API, each handler validates, asks the store, renders a view. */
export function pageRoutes(collection: Collection): Hono {
  const { store } = collection;
  const pages = new Hono();

  pages.get('/', async (c) => {
    const paging = parseOr(pageQuery, c.req.query(), 'request/invalid-query', 'The query');
    const { stories, total } = await store.listStories(paging);
    return c.html(storyListPage(stories, { ...paging, total }).value);
  });

  pages.get('/stories/:id', async (c) => {
    const story = await storyOr404(store, c.req.param('id'));
    const edits = await store.versions.editsOf(story.articles);
    return c.html(storyPage(story, await store.getArticles(story.articles), edits).value);
  });

  pages.get('/articles/:id', async (c) => {
    const focus = parseOr(focusQuery, c.req.query(), 'request/invalid-query', 'The query');
    const article = await articleOr404(store, c.req.param('id'));
    const stories = await store.storiesOfArticle(article.id);
    const focusStory = stories.find((s) => s.id === focus.story);
    const history = await store.versions.historyOf(article.id);
    return c.html(
      articlePage(article, stories, highlightsOf(article, stories, focus), focusStory, history).value,
    );
  });

  pages.get('/upload', (c) => c.html(uploadPage().value));

  pages.post('/upload', async (c) => {
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody({ all: true });
    } catch {
      throw new HttpError('request/invalid-body', 'The form could not be read.');
    }
    const inputs = await formInputs(form);
    if (inputs.length === 0)
      return c.html(
        uploadPage([{ path: 'form', message: 'Choose a file or paste an article’s text.' }]).value,
        400,
      );
    const result: AddResult = await collection.addInputs(inputs);
    const status = result.added.length > 0 ? 201 : result.existing.length > 0 ? 200 : 422;
    return c.html(uploadResultPage(result).value, status);
  });

  // Browsers ask for it on every site; an empty answer keeps their consoles quiet.
  pages.get('/favicon.ico', (c) => c.body(null, 204));

  return pages;
}
