/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core, against a real server
 * on loopback over a real store holding the five example reports (analysed by the real pipeline;
 * the story over them is the hand-written truth of fixtures.ts). Screenshots go to test-artifacts/.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type Highlight, storyBrief } from '../../src/web/index.ts';
import { seedAnalysis } from './fixtures.ts';
import { startTestService, type TestService } from './service.ts';

const executablePath = '/usr/bin/chromium';
const artifacts = 'test-artifacts/service';
// Outside CI a machine without Chromium skips out loud (scripts/ci-services.sh installs it); in CI it fails.
const missing = existsSync(executablePath)
  ? undefined
  : `${executablePath} is missing: run scripts/ci-services.sh as root to install Debian's chromium`;
if (missing && process.env.CI === 'true') throw new Error(missing);

let service: TestService;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

before(async () => {
  if (missing) return;
  await mkdir(artifacts, { recursive: true });
  [service, browser] = await Promise.all([
    startTestService({ analyse: seedAnalysis, seeds: true }),
    chromium.launch({
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }),
  ]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Any CSP violation or script error on our pages shows up here.
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

after(async () => {
  await browser?.close();
  await service?.close();
});

const shot = (name: string) => page.screenshot({ path: `${artifacts}/${name}.png`, fullPage: true });
const options = { skip: missing ?? false };

test(
  'story list: the seed story with its counts of sources, independent sources and conflicts',
  options,
  async () => {
    await page.goto(`${service.url}/`);
    const item = page.locator('.story-item', { hasText: 'Witkoff and Kushner meet Putin' });
    await item.waitFor();
    assert.equal(await item.locator('[data-count="sources"]').textContent(), '5 sources');
    assert.equal(await item.locator('[data-count="independent"]').textContent(), '3 independent');
    assert.equal(await item.locator('[data-count="conflicts"]').textContent(), '2 conflicts');
    await shot('story-list');
  },
);

test('story page: brief, five articles, matrix, reuse graph, timeline and conflicts', options, async () => {
  await page.goto(`${service.url}/`);
  await page.getByRole('link', { name: /Witkoff and Kushner meet Putin/ }).click();
  await page.waitForURL(/\/stories\/story-seeds$/);

  assert.equal(await page.locator('#sources li').count(), 5);
  const matrix = page.locator('table.matrix');

  // The brief is src/brief's, made from the stored articles over the story's independence groups.
  const story = await service.collection.store.getStory('story-seeds');
  assert.ok(story);
  const brief = storyBrief(story, await service.collection.store.getArticles(story.articles));
  assert.match(
    (await page.locator('#brief .brief-headline').textContent()) ?? '',
    /^5 articles, 3 independent sources; /,
  );
  assert.equal(await page.locator('#brief .timeline li').count(), brief.timeline.length);
  assert.ok(brief.timeline.length > 0);
  assert.equal(await page.locator('#brief .contested > ol > li').count(), brief.disputed.length);
  assert.equal(
    await page.locator('#brief .contested blockquote').count(),
    brief.disputed.flatMap((d) => d.evidence).length,
  );
  assert.equal(await page.locator('#brief .corroborated li').count(), brief.established.length);
  // Sources go by the names of the matrix columns, each linked to its article in this story.
  const sources = page.locator('#brief .brief-sources tbody td:first-child a');
  assert.deepEqual(await sources.allTextContents(), await matrix.locator('thead th a').allTextContents());
  for (const href of await sources.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    assert.match(href ?? '', /^\/articles\/[^/?#]+\?story=story-seeds$/);

  assert.equal(await matrix.locator('thead th').count(), 1 + 5);
  assert.equal(await matrix.locator('tbody tr').count(), 4 + 2);
  assert.equal(await matrix.locator('tr[data-status="corroborated"]').count(), 2);
  assert.equal(await matrix.locator('tr[data-status="single-source"]').count(), 1);
  assert.equal(await matrix.locator('tr[data-status="contested"]').count(), 1);
  assert.equal(await matrix.locator('td.cell-minority').count(), 2);

  // The script's filter hides rows by status.
  await page.locator('input[data-filter="corroborated"]').uncheck();
  assert.equal(await matrix.locator('tr[data-status="corroborated"]:visible').count(), 0);
  await page.locator('input[data-filter="corroborated"]').check();
  assert.equal(await matrix.locator('tr[data-status="corroborated"]:visible').count(), 2);

  assert.equal(await page.locator('.reuse-graph line.edge').count(), 2);
  assert.equal(await page.locator('.reuse-graph circle.node').count(), 5);
  assert.equal(await page.locator('#conflicts article.conflict').count(), 2);
  await shot('story');
});

test('clicking a conflict opens the source article with its evidence highlighted', options, async () => {
  await page.goto(`${service.url}/stories/story-seeds`);
  const conflict = page.locator('article.conflict', { hasText: 'Who is called Russian President' });
  await conflict.locator('a.evidence-link').first().click();
  await page.waitForURL(/\/articles\/.+conflict=conflict-russian-president/);
  const focus = page.locator('mark#focus');
  assert.equal(await focus.textContent(), 'Russian President Vladimir Zelenskiy');
  assert.match((await focus.getAttribute('class')) ?? '', /hl-conflict/);
  assert.ok(await focus.isVisible());
  const box = await focus.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 900, 'the highlight is scrolled into view');
  // The API returns the same span, in focus.
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const response = await fetch(
    `${service.url}/api/articles/${id}?story=story-seeds&conflict=conflict-russian-president`,
  );
  const api = (await response.json()) as { text: string; highlights: Highlight[] };
  const focused = api.highlights.filter((h) => h.focus);
  assert.equal(focused.length, 1);
  const [start, end] = focused[0]!.span;
  assert.equal(api.text.slice(start, end), 'Russian President Vladimir Zelenskiy');
  await shot('article-conflict');
});

test('clicking a matrix cell opens the article with that fact highlighted', options, async () => {
  await page.goto(`${service.url}/stories/story-seeds`);
  await page.locator('tr[data-status="corroborated"] td.cell a').first().click();
  await page.waitForURL(/fact=fact-reasonably-good/);
  assert.equal(await page.locator('mark#focus').textContent(), 'reasonably good');
  assert.match((await page.locator('mark#focus').getAttribute('class')) ?? '', /hl-corroborated/);
  await shot('article-fact');
});

test('a hostile article is shown as text: no script, no image, no javascript: link', options, async () => {
  const hostile = {
    title: '<img src=x onerror="window.__pwned=1">Hostile <script>window.__pwned=1</script>',
    url: 'javascript:window.__pwned=1',
    text: [
      'Breaking: <script>window.__pwned = 1</script> officials said on Monday.',
      'A photo: <img src=x onerror="window.__pwned=1"> was attached.',
      'Read more <a href="javascript:window.__pwned=1">here</a> and "quotes" & ampersands.',
    ].join('\n\n'),
  };
  await page.goto(`${service.url}/upload`);
  await page.locator('input[name="title"]').fill(hostile.title);
  await page.locator('input[name="url"]').fill(hostile.url);
  await page.locator('textarea[name="text"]').fill(hostile.text);
  await page.getByRole('button', { name: /Add to the collection/ }).click();
  await page.waitForURL(/\/upload$/);
  assert.match((await page.locator('h1').textContent()) ?? '', /1 article added/);
  await page.locator('ul.added a').first().click();
  await page.waitForURL(/\/articles\//);

  const text = (await page.locator('.article-text').textContent()) ?? '';
  assert.ok(text.includes('<script>window.__pwned = 1</script>'), 'the script tag is shown as text');
  assert.ok(text.includes('<img src=x onerror="window.__pwned=1">'), 'the img tag is shown as text');
  assert.ok(text.includes('<a href="javascript:window.__pwned=1">here</a>'), 'the link is shown as text');
  assert.ok(((await page.locator('h1').textContent()) ?? '').includes('<img src=x onerror='));
  assert.equal(await page.locator('.unsafe-url').textContent(), hostile.url);

  assert.equal(await page.locator('main script, main img, main iframe, main object').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0);
  assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
  await shot('hostile-article');

  // Its story page: the title, the brief's source names and quoted sentences are text too.
  await page.locator('.highlight-list a[href^="/stories/"]').first().click();
  await page.waitForURL(/\/stories\//);
  assert.ok(((await page.locator('h1').textContent()) ?? '').includes('<img src=x onerror='));
  const brief = (await page.locator('#brief').textContent()) ?? '';
  assert.match(brief, /1 article, 1 independent source;/);
  assert.ok(brief.includes('<script>window.__pwned = 1</script>'), 'the brief quotes the script tag as text');
  assert.equal(await page.locator('main script, main img, main iframe, main object, main style').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0);
  assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
  await shot('hostile-story');

  // The story list shows the hostile title as text too.
  await page.goto(`${service.url}/`);
  assert.ok(((await page.locator('.story-list').textContent()) ?? '').includes('<img src=x onerror='));
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
});

test('no page logged a script error or a Content-Security-Policy violation', options, () => {
  assert.deepEqual(consoleErrors, []);
});
