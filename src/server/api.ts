import { Hono } from 'hono';
import { articleJson, contractVersion } from '../report/json.ts';
import type { Collection } from '../store/index.ts';
import { highlightsOf, renderStoryBrief } from '../web/index.ts';
import { HttpError, parseOr } from './errors.ts';
import { articleOr404, storyOr404 } from './lookups.ts';
import { briefQuery, focusQuery, pageQuery } from './schemas.ts';
import { documentSecurityPolicy } from './security.ts';
import { readUpload } from './uploads.ts';

/** The JSON API under /api. Handlers validate, call the store or the collection, and answer. */
export function apiRoutes(collection: Collection): Hono {
  const { store } = collection;
  const api = new Hono();

  api.get('/health', async (c) => {
    const stats = await store.stats();
    return c.json({
      status: 'ok' as const,
      version: contractVersion,
      store: {
        engine: stats.engine,
        schemaVersion: stats.schemaVersion,
        articles: stats.articles,
        stories: stats.stories,
      },
    });
  });

  api.get('/stories', async (c) =>
    c.json(await store.listStories(parseOr(pageQuery, c.req.query(), 'request/invalid-query', 'The query'))),
  );

  api.get('/stories/:id', async (c) => c.json(await storyOr404(store, c.req.param('id'))));

  api.get('/stories/:id/brief', async (c) => {
    const { format } = parseOr(briefQuery, c.req.query(), 'request/invalid-query', 'The query');
    const story = await storyOr404(store, c.req.param('id'));
    const brief = renderStoryBrief(
      story,
      await store.getArticles(story.articles),
      format,
      await store.versions.editsOf(story.articles),
    );
    const headers: Record<string, string> = { 'content-type': brief.mediaType };
    if (format === 'html') headers['content-security-policy'] = documentSecurityPolicy(brief.body);
    return c.body(brief.body, 200, headers);
  });

  api.get('/articles', async (c) =>
    c.json(await store.listArticles(parseOr(pageQuery, c.req.query(), 'request/invalid-query', 'The query'))),
  );

  api.get('/articles/:id', async (c) => {
    const focus = parseOr(focusQuery, c.req.query(), 'request/invalid-query', 'The query');
    const article = await articleOr404(store, c.req.param('id'));
    const stories = await store.storiesOfArticle(article.id);
    return c.json({
      ...articleJson(article),
      stories: stories.map((s) => s.id),
      highlights: highlightsOf(article, stories, focus),
    });
  });

  api.get('/articles/:id/versions', async (c) => {
    const article = await articleOr404(store, c.req.param('id'));
    return c.json((await store.versions.historyOf(article.id)) ?? { versions: [] });
  });

  api.post('/articles', async (c) => {
    const upload = readUpload(c.req.header('content-type'), new Uint8Array(await c.req.arrayBuffer()));
    const result = await collection.addInputs([upload]);
    if (result.added.length === 0 && result.existing.length === 0)
      throw new HttpError(
        'input/rejected',
        'No article could be read from the request.',
        result.rejected.map((r) => ({ code: r.code, path: r.path, message: r.message })),
      );
    return c.json(result, result.added.length > 0 ? 201 : 200);
  });

  return api;
}
