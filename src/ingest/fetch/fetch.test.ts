import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { defaultLimits } from '../draft.ts';
import {
  createHttpClient,
  type FetchPolicy,
  type FetchState,
  parseSitemap,
  readLive,
  type SeenItem,
  type Validators,
} from './index.ts';
import { articleHtml, startTestSite, type TestSite } from './test-site.ts';

/** Times short enough for a test, the same rules as a real run. */
const quick: Partial<FetchPolicy> = {
  // Long enough for the first request of a loaded machine (undici loads on first use).
  timeoutMs: 1500,
  retries: 1,
  backoffMs: 20,
  hostIntervalMs: 0,
  maxBytes: 256 * 1024,
};

/** Enough reporting for the HTML reader to take a page for an article. */
const reporting =
  '<p>Officials from the port authority met residents in the town hall on Monday evening to explain the plan, which covers the breakwater, the ferry ramp and the old fish market.</p>';

const page = (site: TestSite, slug: string, paragraph: string) =>
  site.page(
    `/news/${slug}`,
    articleHtml(site.origin, {
      slug,
      title: `Harbour report ${slug}`,
      paragraphs: [paragraph, 'The harbour authority said the work would continue through the winter.'],
      published: '2025-12-03T09:00:00Z',
    }),
  );

describe('http client', () => {
  let site: TestSite;
  before(async () => {
    site = await startTestSite();
    site.page(
      '/robots.txt',
      'User-agent: *\nDisallow: /private/\n\nUser-agent: corroborate\nDisallow: /members/\n',
      'text/plain',
    );
  });
  after(() => site.close());

  test('robots.txt rules for our token are honoured and disallowed paths are never requested', async () => {
    const client = createHttpClient(quick);
    const outcome = await client.get(`${site.origin}/members/story`);
    assert.equal(outcome.kind, 'disallowed');
    site.set('/members/story', { kind: 'content', body: 'secret', type: 'text/plain' });
    assert.equal(site.requestsFor('/members/story').length, 0);
    // The group for our token replaces the * group: /private/ is allowed to us.
    site.page('/private/page', '<p>ok</p>');
    assert.equal((await client.get(`${site.origin}/private/page`)).kind, 'fetched');
    assert.equal(site.requestsFor('/robots.txt').length, 1, 'robots.txt read once per origin');
  });

  test('sends the User-Agent and reads gzip and br bodies', async () => {
    site.page('/plain', '<p>compressed text</p>');
    const outcome = await createHttpClient(quick).get(`${site.origin}/plain`);
    assert.equal(outcome.kind, 'fetched');
    if (outcome.kind !== 'fetched') return;
    assert.equal(new TextDecoder().decode(outcome.bytes), '<p>compressed text</p>');
    const seen = site.requestsFor('/plain').at(-1);
    assert.match(String(seen?.headers['user-agent']), /^corroborate\/\d/);
    assert.match(String(seen?.headers['accept-encoding']), /br/);
  });

  test('answers 304 to a conditional request for an unchanged page', async () => {
    site.page('/same', '<p>same</p>');
    const client = createHttpClient(quick);
    const first = await client.get(`${site.origin}/same`);
    assert.equal(first.kind, 'fetched');
    const validators: Validators = first.kind === 'fetched' ? first.validators : {};
    assert.ok(validators.etag && validators.lastModified);
    assert.equal((await client.get(`${site.origin}/same`, { validators })).kind, 'not-modified');
  });

  test('redirect loops and long chains end with a reason', async () => {
    site.set('/loop-a', { kind: 'redirect', location: '/loop-b' });
    site.set('/loop-b', { kind: 'redirect', location: '/loop-a' });
    const loop = await createHttpClient(quick).get(`${site.origin}/loop-a`);
    assert.equal(loop.kind, 'failed');
    assert.match(loop.kind === 'failed' ? loop.reason : '', /redirect loop/);
    for (let hop = 0; hop < 8; hop++)
      site.set(`/chain-${hop}`, { kind: 'redirect', location: `/chain-${hop + 1}` });
    const chain = await createHttpClient({ ...quick, maxRedirects: 3 }).get(`${site.origin}/chain-0`);
    assert.match(chain.kind === 'failed' ? chain.reason : '', /more than 3 redirects/);
    assert.equal(site.requestsFor('/chain-4').length, 0, 'stops at the bound');
  });

  test('a redirect is followed to the final page, which robots.txt must allow too', async () => {
    site.set('/moved', { kind: 'redirect', location: '/news/moved-here', status: 301 });
    site.page('/news/moved-here', '<p>here</p>');
    const outcome = await createHttpClient(quick).get(`${site.origin}/moved`);
    assert.equal(outcome.kind === 'fetched' ? outcome.finalUrl : '', `${site.origin}/news/moved-here`);
    site.set('/to-members', { kind: 'redirect', location: '/members/x' });
    assert.equal((await createHttpClient(quick).get(`${site.origin}/to-members`)).kind, 'disallowed');
    assert.equal(site.requestsFor('/members/x').length, 0);
  });

  test('a body over the size limit is abandoned', async () => {
    site.set('/huge', { kind: 'huge', bytes: 50 * 1024 * 1024 });
    const outcome = await createHttpClient(quick).get(`${site.origin}/huge`);
    assert.equal(outcome.kind, 'failed');
    assert.match(outcome.kind === 'failed' ? outcome.reason : '', /larger than 262144 bytes/);
  });

  test('500 answers are retried with backoff, then reported', async () => {
    site.set('/broken', { kind: 'status', status: 500 });
    const outcome = await createHttpClient({ ...quick, retries: 2 }).get(`${site.origin}/broken`);
    assert.equal(outcome.kind, 'failed');
    assert.equal(site.requestsFor('/broken').length, 3, 'one try and two retries');
    site.set('/gone', { kind: 'status', status: 404 });
    await createHttpClient({ ...quick, retries: 2 }).get(`${site.origin}/gone`);
    assert.equal(site.requestsFor('/gone').length, 1, 'a 404 is not retried');
  });

  test('the per-host rate limit and concurrency cap hold, measured on the server', async () => {
    const interval = 120;
    const client = createHttpClient({ ...quick, hostIntervalMs: interval, hostConcurrency: 1 });
    for (let n = 0; n < 6; n++) site.page(`/rate/${n}`, `<p>${n}</p>`);
    const started = site.requests.length;
    await Promise.all([0, 1, 2, 3, 4, 5].map((n) => client.get(`${site.origin}/rate/${n}`)));
    const arrivals = site.requests.slice(started).filter((r) => r.path.startsWith('/rate/'));
    assert.equal(arrivals.length, 6);
    const gaps = arrivals.slice(1).map((r, i) => r.at - arrivals[i]!.at);
    // Arrivals carry network jitter (a new connection takes longer than a reused one) on a shared
    // machine, so a gap may fall well short of the spacing when the one before it arrived late
    // (43 ms seen under load); over the run the rate holds. Without the limit, the gaps are about 1 ms.
    const span = arrivals.at(-1)!.at - arrivals[0]!.at;
    assert.ok(span >= 5 * interval * 0.95, `6 requests over ${Math.round(span)} ms`);
    assert.ok(Math.min(...gaps) >= interval / 4, `gaps ${gaps.map(Math.round).join(', ')} ms`);
  });
});

test('at most hostConcurrency requests are in flight to a slow host, and a fast host is not queued behind it', async () => {
  const [slow, fast] = await Promise.all([startTestSite(), startTestSite()]);
  try {
    for (let n = 0; n < 6; n++) slow.set(`/slow/${n}`, { kind: 'slow', delayMs: 150, body: '<p>late</p>' });
    fast.page('/quick', '<p>quick</p>');
    const client = createHttpClient({ ...quick, hostConcurrency: 2 });
    await Promise.all([
      ...[0, 1, 2, 3, 4, 5].map((n) => client.get(`${slow.origin}/slow/${n}`)),
      client.get(`${fast.origin}/quick`),
    ]);
    assert.equal(slow.maxInFlight(), 2, 'measured on the server');
    // Order, not time: the fast host was asked before the slow host's third request could start
    // (which waits for one of the first two to be answered).
    const slowArrivals = slow.requests.filter((r) => r.path.startsWith('/slow/')).map((r) => r.at);
    assert.ok(fast.requestsFor('/quick')[0]!.at < slowArrivals[2]!);
  } finally {
    await Promise.all([slow.close(), fast.close()]);
  }
});

describe('hosts that hang or fail do not hold up the others', () => {
  let good: TestSite;
  let hanging: TestSite;
  let failing: TestSite;
  before(async () => {
    [good, hanging, failing] = await Promise.all([startTestSite(), startTestSite(), startTestSite()]);
    for (const n of [1, 2, 3])
      page(good, `good-${n}`, `Crews repaired pier ${n} on Tuesday after the storm.`);
    hanging.set('/robots.txt', { kind: 'status', status: 404 });
    hanging.set('/news/slow', { kind: 'hang' });
    failing.set('/news/down', { kind: 'status', status: 503 });
  });
  after(() => Promise.all([good.close(), hanging.close(), failing.close()]));

  test('the good host is read in full while the others time out or fail', async () => {
    const client = createHttpClient({ ...quick, hostIntervalMs: 50 });
    const read = await readLive(
      [
        `${hanging.origin}/news/slow`,
        `${failing.origin}/news/down`,
        ...[1, 2, 3].map((n) => `${good.origin}/news/good-${n}`),
      ],
      { client, limits: defaultLimits },
    );
    assert.equal(read.drafts.length, 3);
    assert.deepEqual(
      read.rejections.map((r) => [r.path, r.code]).sort(),
      [
        [`${failing.origin}/news/down`, 'fetch/failed'],
        [`${hanging.origin}/news/slow`, 'fetch/failed'],
      ].sort(),
    );
    assert.match(
      read.rejections.find((r) => r.path.includes('slow'))?.message ?? '',
      /no answer within 1500 ms/,
    );
    // Order, not time: every good page was asked for before the hanging page's first try timed out
    // (its retry is the second request for it), so the good host was never queued behind it.
    const goodDone = Math.max(...good.requests.map((r) => r.at));
    const hangingTries = hanging.requests.filter((r) => r.path === '/news/slow').map((r) => r.at);
    assert.equal(hangingTries.length, 2, 'one try and one retry');
    assert.ok(goodDone < hangingTries[1]!, 'good pages fetched while the hanging host held on');
  });

  test('an unreachable robots.txt (5xx) means nothing on that host is fetched', async () => {
    const site = await startTestSite();
    try {
      site.set('/robots.txt', { kind: 'status', status: 500 });
      site.page('/news/a', '<p>a</p>');
      const outcome = await createHttpClient(quick).get(`${site.origin}/news/a`);
      assert.equal(outcome.kind, 'disallowed');
      assert.equal(site.requestsFor('/news/a').length, 0);
    } finally {
      await site.close();
    }
  });
});

describe('pages, charsets and canonical addresses', () => {
  let site: TestSite;
  before(async () => {
    site = await startTestSite();
  });
  after(() => site.close());

  const readOne = async (path: string) => {
    const read = await readLive([`${site.origin}${path}`], {
      client: createHttpClient(quick),
      limits: defaultLimits,
    });
    assert.equal(read.rejections.length, 0, JSON.stringify(read.rejections));
    assert.equal(read.drafts.length, 1);
    return read.drafts[0]!;
  };
  const textOf = (draft: { blocks: readonly { text: string }[] }) =>
    draft.blocks.map((b) => b.text).join('\n');

  test('a Latin-1 page whose header names its charset, and whose meta tag is wrong, reads right', async () => {
    const html = `<html><head><meta charset="utf-8"><title>Caf\u00e9 reopens</title></head><body><p>The caf\u00e9 on the quay reopened \u2013 with na\u00efve optimism.</p>${reporting}</body></html>`;
    site.set('/latin1', {
      kind: 'content',
      body: Buffer.from(html.replace('\u2013', '-'), 'latin1'),
      type: 'text/html; charset=ISO-8859-1',
    });
    assert.match(textOf(await readOne('/latin1')), /The café on the quay reopened - with naïve optimism\./);
  });

  test('a Windows-1252 page served as UTF-8 falls back to the charset it declares', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>The mayor said '),
      Buffer.from([0x93]),
      Buffer.from('we will rebuild'),
      Buffer.from([0x94]),
      Buffer.from(` on Monday.</p>${reporting}</body></html>`),
    ]);
    site.set('/cp1252', { kind: 'content', body: bytes, type: 'text/html; charset=utf-8' });
    assert.match(textOf(await readOne('/cp1252')), /The mayor said “we will rebuild” on Monday\./);
  });

  test('the canonical link on the same host is the address; one on another host is not trusted', async () => {
    page(site, 'own', 'Ferries resumed on Wednesday.');
    assert.equal((await readOne('/news/own')).url, `${site.origin}/news/own`);
    site.page(
      '/news/claims-other',
      `<html><head><link rel="canonical" href="https://elsewhere.example/a"></head><body><p>Ferries resumed on Thursday after repairs.</p>${reporting}</body></html>`,
    );
    assert.equal((await readOne('/news/claims-other')).url, `${site.origin}/news/claims-other`);
  });

  test('links inside the article text are never fetched', async () => {
    page(site, 'linked', 'Ferries resumed on Friday.');
    await readOne('/news/linked');
    assert.equal(site.requestsFor('/elsewhere/never-fetch-me').length, 0);
  });
});

describe('sitemaps', () => {
  let site: TestSite;
  before(async () => {
    site = await startTestSite();
  });
  after(() => site.close());

  test('a sitemap index leads to a news sitemap whose pages are read with its titles and dates as defaults', async () => {
    site.page(
      '/sitemap.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
       <sitemap><loc>${site.origin}/news-sitemap.xml</loc></sitemap></sitemapindex>`,
      'application/xml',
    );
    site.page(
      '/news-sitemap.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
       <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
       <url><loc>${site.origin}/bare/1</loc><n:news><n:publication><n:name>Quay Times</n:name><n:language>en</n:language></n:publication>
       <n:publication_date>2025-11-30T08:00:00Z</n:publication_date><n:title>Lighthouse keeper retires</n:title></n:news></url>
       <url><loc>${site.origin}/bare/2</loc><lastmod>2025-12-01</lastmod></url></urlset>`,
      'application/xml',
    );
    site.page(
      '/bare/1',
      `<html><body><p>The last keeper of the north light retired after forty years of service on the rock.</p>${reporting}</body></html>`,
    );
    site.page(
      '/bare/2',
      `<html><head><title>Tide tables</title></head><body><p>New tide tables for the estuary were published on Monday by the port office.</p>${reporting}</body></html>`,
    );
    const state = memoryState();
    const read = await readLive([`${site.origin}/sitemap.xml`], {
      client: createHttpClient(quick),
      limits: defaultLimits,
      state,
    });
    assert.equal(read.rejections.length, 0, JSON.stringify(read.rejections));
    const first = read.drafts.find((d) => d.url === `${site.origin}/bare/1`);
    assert.equal(first?.title, 'Lighthouse keeper retires');
    assert.equal(first?.published, '2025-11-30T08:00:00Z');
    assert.equal(first?.outlet, 'Quay Times');
    assert.equal(read.drafts.length, 2);
    assert.equal(read.update.items.length, 2);
    assert.ok(read.update.validators.some((v) => v.url === `${site.origin}/sitemap.xml`));
  });
});

/** The fetch state as a test keeps it between polls (the store keeps it in tables). */
export function memoryState(): FetchState & {
  remember(update: Awaited<ReturnType<typeof readLive>>['update']): void;
} {
  const validators = new Map<string, Validators>();
  const items = new Map<string, Map<string, SeenItem>>();
  return {
    validators: async (urls) =>
      new Map(urls.flatMap((url) => (validators.has(url) ? [[url, validators.get(url)!]] : []))),
    itemStamps: async (source) => items.get(source) ?? new Map(),
    remember(update) {
      for (const v of update.validators) validators.set(v.url, v.validators);
      for (const i of update.items) {
        const stamps = items.get(i.source) ?? new Map<string, SeenItem>();
        stamps.set(i.item, { stamp: i.stamp, checkedAt: Date.now() });
        items.set(i.source, stamps);
      }
    },
  };
}

test('the sitemap reader returns a sitemap or undefined for any text, never throws', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const sitemap = parseSitemap(`<urlset>${text}</urlset>`);
      return sitemap === undefined || sitemap.kind === 'pages';
    }),
  );
  fc.assert(
    fc.property(fc.string(), (text) => {
      const sitemap = parseSitemap(text);
      assert.ok(sitemap === undefined || sitemap.kind === 'pages' || sitemap.kind === 'index');
    }),
  );
});
