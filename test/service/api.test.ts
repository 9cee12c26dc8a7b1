/**
 * The HTTP API against a real server on loopback, over the real pipeline and a real store.
 * Bad requests must get 4xx JSON errors with a code and a message, and never lose stored data.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Story } from '../../src/model/index.ts';
import type { ArticleJson } from '../../src/report/json.ts';
import { contentSecurityPolicy, operations } from '../../src/server/index.ts';
import { type AddResult, type StoreStats, type StorySummary, schemaVersion } from '../../src/store/index.ts';
import type { Highlight } from '../../src/web/index.ts';
import { startTestService, type TestService } from './service.ts';

let service: TestService;
before(async () => {
  service = await startTestService();
});
after(async () => {
  await service?.close();
});

const call = (path: string, init: RequestInit = {}) => fetch(`${service.url}${path}`, init);
const post = (body: string | Uint8Array, contentType: string, headers: Record<string, string> = {}) =>
  call('/api/articles', { method: 'POST', body, headers: { 'content-type': contentType, ...headers } });

interface ErrorBody {
  readonly error: {
    code: string;
    message: string;
    issues?: { code: string; path: string; message: string }[];
  };
}
interface OpenApi {
  readonly openapi: string;
  readonly paths: Record<
    string,
    Record<
      string,
      { parameters: { name: string }[]; requestBody?: { content: Record<string, { schema?: unknown }> } }
    >
  >;
}
type ArticleBody = ArticleJson & { stories: string[]; highlights: Highlight[] };
type StoryList = { stories: StorySummary[]; total: number };

/** The body as JSON, after checking that it is JSON; `T` is what the API promises for it. */
async function json<T>(response: Response): Promise<T> {
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  return (await response.json()) as T;
}

/** Asserts a JSON error with this status and code, and returns its body. */
async function expectError(response: Response, status: number, code: string): Promise<ErrorBody> {
  const body = await json<ErrorBody>(response);
  assert.equal(response.status, status, JSON.stringify(body));
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 0);
  return body;
}

const stats = async (): Promise<StoreStats> => service.collection.store.stats();

const plainArticle = `title Ceasefire talks resume in Geneva
date 2025-11-20
outlet Example Wire

Negotiators from both sides returned to Geneva on Thursday for a third round of ceasefire talks, officials said.
The talks are expected to last two days.
`;

test('health: status, contract version and the store', async () => {
  const response = await call('/api/health');
  const body = await json<{ status: string; store: StoreStats }>(response);
  assert.equal(response.status, 200);
  assert.equal(body.status, 'ok');
  assert.equal(body.store.engine, 'pglite');
  assert.equal(body.store.schemaVersion, schemaVersion);
  assert.equal(response.headers.get('content-security-policy'), contentSecurityPolicy);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
});

test('openapi.json documents exactly the API routes the app serves', async () => {
  const doc = await json<OpenApi>(await call('/openapi.json'));
  assert.equal(doc.openapi, '3.1.0');
  const documented = operations.map((op) => `${op.method.toUpperCase()} ${op.path}`).sort();
  const served = [
    ...new Set(
      service.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path}`),
    ),
  ].sort();
  assert.deepEqual(documented, served);
  assert.ok(doc.paths['/api/stories/{id}/brief']?.get?.parameters.some((p) => p.name === 'format'));
  assert.ok(doc.paths['/api/articles']?.post?.requestBody?.content['application/json']?.schema);
});

test('POST plain text: stored once, and the same text again is recognised', async () => {
  const first = await post(plainArticle, 'text/plain; charset=utf-8');
  const added = await json<AddResult>(first);
  assert.equal(first.status, 201, JSON.stringify(added));
  assert.equal(added.added.length, 1);
  assert.equal(added.added[0]?.title, 'Ceasefire talks resume in Geneva');
  const id = added.added[0]!.id;
  const count = (await stats()).articles;

  const again = await post(plainArticle, 'text/plain');
  const repeated = await json<AddResult>(again);
  assert.equal(again.status, 200);
  assert.deepEqual(repeated.added, []);
  assert.deepEqual(
    repeated.existing.map((a) => a.id),
    [id],
  );
  assert.equal((await stats()).articles, count);

  const article = await json<ArticleBody>(await call(`/api/articles/${id}`));
  assert.equal(article.id, id);
  assert.match(article.text, /third round of ceasefire talks/);
  assert.equal(article.published, '2025-11-20');
  assert.ok(Array.isArray(article.extraction.sentences));
  assert.ok(Array.isArray(article.highlights));
  assert.ok(article.stories.length >= 1, 'the analysis put the article in a story');
});

test('POST JSON: one article, an array, or {articles}', async () => {
  const one = {
    title: 'Storm closes port',
    text: 'A storm closed the port of Rotterdam on Monday.',
    published: '2025-11-03',
  };
  const r1 = await post(JSON.stringify(one), 'application/json');
  assert.equal(r1.status, 201, JSON.stringify(await r1.clone().json()));
  const many = [
    { text: 'The port reopened on Wednesday after the storm passed.', outlet: 'Harbour News' },
    {
      text: 'Shipping resumed at Rotterdam, port officials said on Wednesday.',
      url: 'https://example.org/port',
    },
  ];
  const r2 = await json<AddResult>(await post(JSON.stringify(many), 'application/json'));
  assert.equal(r2.added.length, 2);
  const r3 = await post(
    JSON.stringify({ articles: [{ text: 'A third report on the port of Rotterdam.' }] }),
    'application/json',
  );
  assert.equal(r3.status, 201);
});

test('POST HTML and an RSS feed', async () => {
  const page = await readFile('test/fixtures/ingest/news-article.html');
  const html = await post(page, 'text/html');
  const htmlBody = await json<AddResult>(html);
  assert.equal(html.status, 201, JSON.stringify(htmlBody));
  assert.equal(htmlBody.added.length, 1);

  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Bridge reopens</title><link>https://example.org/bridge</link><pubDate>Tue, 02 Dec 2025 10:00:00 GMT</pubDate>
      <description>The old bridge over the river reopened to traffic on Tuesday after two years of repairs, the city said.</description></item>
    <item><title>Library extends hours</title><link>https://example.org/library</link><pubDate>Tue, 02 Dec 2025 11:00:00 GMT</pubDate>
      <description>The central library will stay open until ten in the evening from January, the council announced.</description></item>
  </channel></rss>`;
  const rss = await post(feed, 'application/rss+xml');
  const rssBody = await json<AddResult>(rss);
  assert.equal(rss.status, 201, JSON.stringify(rssBody));
  assert.equal(rssBody.added.length, 2);
});

test('stories: listed newest first, each readable, with a brief in every format', async () => {
  const list = await json<StoryList>(await call('/api/stories?limit=200'));
  assert.ok(list.total >= 1);
  assert.equal(list.stories.length, list.total);
  const days = list.stories.map((s) => s.newest ?? '');
  assert.deepEqual(days, [...days].sort().reverse());
  const summary = list.stories[0]!;
  for (const key of ['sources', 'independent', 'conflicts', 'facts'] as const)
    assert.equal(typeof summary[key], 'number');

  const story = await json<Story>(await call(`/api/stories/${encodeURIComponent(summary.id)}`));
  assert.equal(story.id, summary.id);
  for (const key of ['articles', 'independentGroups', 'reuse', 'facts', 'conflicts', 'timeline'] as const)
    assert.ok(Array.isArray(story[key]), key);

  const brief = (format: string) =>
    call(`/api/stories/${encodeURIComponent(summary.id)}/brief?format=${format}`);
  const expected: Record<string, RegExp> = {
    json: /^application\/json/,
    text: /^text\/plain/,
    markdown: /^text\/markdown/,
    html: /^text\/html/,
    claimreview: /^application\/ld\+json/,
  };
  for (const [format, type] of Object.entries(expected)) {
    const response = await brief(format);
    assert.equal(response.status, 200, format);
    assert.match(response.headers.get('content-type') ?? '', type, format);
    const body = await response.text();
    assert.ok(body.length > 0, format);
    if (format === 'json') {
      const json = JSON.parse(body);
      assert.equal(json.title, story.title);
      assert.deepEqual(
        json.sources.map((s: { article: string }) => s.article),
        story.articles,
      );
      for (const key of ['facts', 'conflicts', 'timeline', 'independentGroups'])
        assert.ok(Array.isArray(json[key]), key);
    }
    if (format === 'claimreview') assert.ok(Array.isArray(JSON.parse(body)));
    if (format === 'markdown') assert.ok(body.startsWith('# Brief: '));
    if (format === 'text') assert.ok(body.startsWith('BRIEF: '));
    if (format === 'html') {
      assert.ok(body.startsWith('<!doctype html>'), 'a document of its own');
      // Its own stylesheet is allowed by hash; scripts stay limited to this site, no inline style at large.
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.match(policy, /style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
      assert.match(policy, /script-src 'self'/);
      assert.doesNotMatch(policy, /unsafe-inline/);
    }
  }
  await expectError(await brief('pdf'), 400, 'request/invalid-query');
});

test('bad requests get 4xx JSON errors with codes, and nothing stored is lost', async () => {
  const before = await stats();
  const storiesBefore = await json<StoryList>(await call('/api/stories?limit=200'));

  const invalid = await expectError(
    await post('{"text": "unterminated', 'application/json'),
    400,
    'request/invalid-json',
  );
  assert.doesNotMatch(JSON.stringify(invalid), /unterminated/, 'the body is not echoed back');

  const wrongTypes = await expectError(
    await post(JSON.stringify({ text: 42, title: ['not', 'a', 'string'] }), 'application/json'),
    400,
    'request/invalid-body',
  );
  const issues = wrongTypes.error.issues ?? [];
  assert.deepEqual(issues.map((i) => i.path).sort(), ['text', 'title']);
  for (const issue of issues) assert.equal(typeof issue.code, 'string');

  await expectError(
    await post(JSON.stringify({ text: 'x', publisehd: '2025-01-01' }), 'application/json'),
    400,
    'request/invalid-body',
  );
  await expectError(await post(JSON.stringify([]), 'application/json'), 400, 'request/invalid-body');
  await expectError(
    await post(JSON.stringify({ text: 'Fine', published: 'last Tuesday' }), 'application/json'),
    400,
    'request/invalid-body',
  );
  await expectError(await post('', 'text/plain'), 400, 'request/empty-body');
  await expectError(await post('%PDF-1.4', 'application/pdf'), 415, 'request/unsupported-media-type');

  // 20 MB: refused from its declared length, before it is read.
  const huge = new Uint8Array(20 * 1024 * 1024).fill(0x61);
  await expectError(await post(huge, 'text/plain'), 413, 'request/too-large');

  // A form posted from another site.
  await expectError(
    await post('A sneaky article.', 'text/plain', { origin: 'https://evil.example' }),
    403,
    'request/cross-site',
  );

  // Input that ingest cannot read at all: nothing added, 422 with the reason.
  const rejected = await expectError(
    await post('\u0000\u0001\u0002\u0003binary', 'text/plain'),
    422,
    'input/rejected',
  );
  assert.ok((rejected.error.issues ?? []).length >= 1);
  // A NUL escaped inside JSON reaches the text; the store cannot hold it, so the article is refused by name.
  const nul = JSON.stringify({
    text: 'The council met on Monday.\u0000 It approved the budget after a debate.',
  });
  const refused = await expectError(await post(nul, 'application/json'), 422, 'input/rejected');
  assert.equal(refused.error.issues?.[0]?.code, 'input/binary');

  await expectError(await call('/api/stories/no-such-story'), 404, 'story/not-found');
  await expectError(await call('/api/stories/no-such-story/brief?format=text'), 404, 'story/not-found');
  await expectError(await call('/api/articles/no-such-article'), 404, 'article/not-found');
  await expectError(await call('/api/nothing-here'), 404, 'route/not-found');
  await expectError(await call('/api/stories?limit=0'), 400, 'request/invalid-query');
  await expectError(await call('/api/stories?offset=-1'), 400, 'request/invalid-query');

  assert.deepEqual(await stats(), before);
  assert.deepEqual(await json<StoryList>(await call('/api/stories?limit=200')), storiesBefore);
  assert.deepEqual(service.errors, [], 'no request caused a server error');
});

test('pages answer errors in HTML with the same codes', async () => {
  const response = await call('/stories/no-such-story');
  assert.equal(response.status, 404);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await response.text(), /story\/not-found/);
});

/** Stores `paths` in a collection of their own and returns the ids of the examples and the stories. */
async function examplesAlone(
  paths: readonly string[],
  check: (examples: TestService, ids: string[]) => Promise<void>,
) {
  const alone = await startTestService();
  try {
    const added = await alone.collection.addPaths([...paths]);
    const ids = [...added.added, ...added.existing]
      .filter((a) => a.path?.startsWith('examples'))
      .map((a) => a.id)
      .sort();
    assert.equal(ids.length, 5);
    await check(alone, ids);
  } finally {
    await alone.close();
  }
}

/** The story holding the first example, with all of its articles. */
async function storyOfExamples(examples: TestService, ids: readonly string[]): Promise<Story> {
  const get = (path: string) => fetch(`${examples.url}${path}`);
  const article = await json<ArticleBody>(await get(`/api/articles/${ids[0]}`));
  assert.equal(article.stories.length, 1);
  return json<Story>(await get(`/api/stories/${encodeURIComponent(article.stories[0]!)}`));
}

test('the real analysis makes one story of the five example reports, and its page embeds the brief', async () => {
  await examplesAlone(['examples'], async (examples, ids) => {
    const get = (path: string) => fetch(`${examples.url}${path}`);
    const { stories } = await json<StoryList>(await get('/api/stories'));
    assert.deepEqual(
      stories.map((s) => s.sources),
      [5],
    );
    const story = await storyOfExamples(examples, ids);
    assert.deepEqual([...story.articles].sort(), ids);
    assert.ok(story.conflicts.length > 0 && story.facts.length > 0, 'the cross-check ran');

    // The page: the brief is a fragment of it, with nothing inline for the CSP to block.
    const response = await get(`/stories/${encodeURIComponent(story.id)}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), contentSecurityPolicy);
    const page = await response.text();
    assert.equal(page.match(/<!doctype/gi)?.length, 1);
    assert.equal(page.match(/<html/gi)?.length, 1);
    assert.deepEqual(page.match(/<script[^>]*>/gi), ['<script src="/static/app.js" defer>']);
    const inline = (page.match(/<[a-z][^>]*>/gi) ?? [])
      .map((tag) => tag.replace(/"[^"]*"/g, '""'))
      .filter((tag) => /^<style\b|\s(?:style|on[a-z]+)=/i.test(tag));
    assert.deepEqual(inline, [], 'no inline style or event handler');
    assert.match(page, /<div class="brief">/);
    assert.match(page, /5 articles, \d+ independent sources?; \d+ disputed points?/);

    // The brief's evidence links open the article with that sentence highlighted.
    const conflict = story.conflicts[0]!;
    const evidence = conflict.evidence[0]!;
    const link = `/articles/${evidence.article}?story=${encodeURIComponent(story.id)}&conflict=${encodeURIComponent(conflict.id)}`;
    assert.ok(page.includes(`href="${link.replace('&', '&amp;')}#focus"`), `the brief links ${link}`);
    const article = await json<ArticleBody>(await get(`/api${link}`));
    const focused = article.highlights.filter((h) => h.focus);
    assert.ok(focused.length > 0);
    assert.ok(focused.every((h) => h.kind === 'conflict' && h.id === conflict.id));
    assert.ok(page.includes(`href="#conflict-${conflict.id}"`), 'the dispute links its panel');
    assert.ok(page.includes(`id="conflict-${conflict.id}"`));
  });
});

test('the five example reports stay one story beside another report of the same meeting', {
  todo: 'the clustering splits 004 off once test/fixtures/ingest/news-article.html (ABC News on the same Kremlin meeting) is stored too',
}, async () => {
  await examplesAlone(['examples', 'test/fixtures/ingest/news-article.html'], async (examples, ids) => {
    const story = await storyOfExamples(examples, ids);
    assert.ok(
      ids.every((id) => story.articles.includes(id)),
      'all five examples in one story',
    );
  });
});
