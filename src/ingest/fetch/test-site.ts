import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * Test support: a news site on loopback, made with node:http. Each site is one "host" (its own
 * port), serves whatever pages a test puts in it, answers conditional requests with 304 when the
 * ETag or Last-Modified still holds, compresses when asked, and logs every request it receives
 * (path, arrival time, headers) so tests count requests on the server's side. A page may also
 * hang, fail, redirect or stream a huge body.
 */

export type PageBehaviour =
  | {
      readonly kind: 'content';
      readonly body: Uint8Array | string;
      readonly type: string;
      readonly modified?: Date;
    }
  /** Answers nothing and never closes. */
  | { readonly kind: 'hang' }
  /** Answers with `body` after `delayMs`. */
  | { readonly kind: 'slow'; readonly delayMs: number; readonly body: string }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'redirect'; readonly location: string; readonly status?: number }
  /** Streams `bytes` of filler without a Content-Length. */
  | { readonly kind: 'huge'; readonly bytes: number };

export interface LoggedRequest {
  readonly path: string;
  readonly at: number;
  readonly headers: IncomingMessage['headers'];
  /** The status the site answered with (0 when it never answered). */
  status: number;
}

export interface TestSite {
  /** `http://127.0.0.1:port`, no trailing slash. */
  readonly origin: string;
  readonly requests: LoggedRequest[];
  /** The most requests the site was answering at once. */
  readonly maxInFlight: () => number;
  set(path: string, behaviour: PageBehaviour): void;
  /** Shorthand for a content page. */
  page(path: string, body: string, type?: string, modified?: Date): void;
  requestsFor(path: string): LoggedRequest[];
  close(): Promise<void>;
}

const etagOf = (body: Uint8Array | string): string =>
  `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

function sendContent(
  request: IncomingMessage,
  response: ServerResponse,
  page: Extract<PageBehaviour, { kind: 'content' }>,
): number {
  const etag = etagOf(page.body);
  const modified = (page.modified ?? new Date(Date.UTC(2025, 11, 3, 10))).toUTCString();
  const matches =
    request.headers['if-none-match'] === etag ||
    (request.headers['if-none-match'] === undefined && request.headers['if-modified-since'] === modified);
  if (matches) {
    response.writeHead(304, { etag, 'last-modified': modified }).end();
    return 304;
  }
  const raw = typeof page.body === 'string' ? Buffer.from(page.body, 'utf8') : Buffer.from(page.body);
  const accepts = String(request.headers['accept-encoding'] ?? '');
  const [encoding, body] = accepts.includes('br')
    ? ['br', brotliCompressSync(raw)]
    : accepts.includes('gzip')
      ? ['gzip', gzipSync(raw)]
      : [undefined, raw];
  response.writeHead(200, {
    'content-type': page.type,
    etag,
    'last-modified': modified,
    'content-length': body.length,
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  response.end(body);
  return 200;
}

function streamHuge(response: ServerResponse, bytes: number): void {
  response.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const more = () => {
    while (sent < bytes) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', more);
    }
    response.end();
  };
  response.on('close', () => {
    sent = bytes;
  });
  more();
}

export async function startTestSite(): Promise<TestSite> {
  const pages = new Map<string, PageBehaviour>();
  const requests: LoggedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  let inFlight = 0;
  let maxInFlight = 0;

  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const logged: LoggedRequest = { path, at: performance.now(), headers: request.headers, status: 0 };
    requests.push(logged);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => inFlight--);
    const page = pages.get(path);
    if (!page) {
      logged.status = 404;
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    switch (page.kind) {
      case 'content':
        logged.status = sendContent(request, response, page);
        return;
      case 'hang':
        hanging.add(response);
        return;
      case 'slow':
        logged.status = 200;
        setTimeout(() => response.end(page.body), page.delayMs);
        return;
      case 'status':
        logged.status = page.status;
        response.writeHead(page.status, { 'content-type': 'text/plain' }).end(`status ${page.status}`);
        return;
      case 'redirect':
        logged.status = page.status ?? 302;
        response.writeHead(logged.status, { location: page.location }).end();
        return;
      case 'huge':
        logged.status = 200;
        streamHuge(response, page.bytes);
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    set: (path, behaviour) => pages.set(path, behaviour),
    page: (path, body, type = 'text/html; charset=utf-8', modified) =>
      pages.set(path, { kind: 'content', body, type, ...(modified ? { modified } : {}) }),
    requestsFor: (path) => requests.filter((r) => r.path === path),
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface FixtureArticle {
  readonly slug: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly published: string;
}

/** An article page with its canonical link, as outlets publish them. */
export function articleHtml(site: string, article: FixtureArticle): string {
  const paragraphs = article.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.title}</title>
<link rel="canonical" href="${site}/news/${article.slug}">
<meta property="article:published_time" content="${article.published}">
<meta property="og:site_name" content="Loopback Herald"></head>
<body><article><h1>${article.title}</h1>${paragraphs}
<p>Read more at <a href="${site}/elsewhere/never-fetch-me">this link</a>.</p></article></body></html>`;
}

/** An RSS feed listing the articles, each entry linking to its page; `updated` changes with an edit. */
export function rssFeed(
  site: string,
  articles: readonly (FixtureArticle & { readonly updated?: string })[],
): string {
  const items = articles
    .map(
      (
        a,
      ) => `<item><title>${a.title}</title><link>${site}/news/${a.slug}</link><guid>${site}/news/${a.slug}</guid>
<pubDate>${new Date(a.published).toUTCString()}</pubDate>${a.updated ? `<atom:updated>${a.updated}</atom:updated>` : ''}
<description>${a.paragraphs[0] ?? ''}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Loopback Herald</title>
<link>${site}/</link><description>Test feed</description>${items}</channel></rss>`;
}

const places = [
  'Northport',
  'Eastbrook',
  'Millbay',
  'Stonehaven',
  'Westerly',
  'Ashford Quay',
  'Redcliff',
  'Fairhollow',
  'Kingsmere',
  'Lowtide',
  'Brackenford',
  'Greywater',
  'Oakharbour',
  'Saltmarsh',
  'Highcombe',
  'Rushmoor',
  'Elmstead',
  'Coldwell',
  'Pennick',
  'Sandholm',
];
const works = [
  'sea wall',
  'ferry ramp',
  'library roof',
  'tram depot',
  'footbridge',
  'water main',
  'school annex',
  'fish market',
  'lighthouse',
  'bus station',
  'swimming pool',
  'harbour crane',
  'town hall clock',
  'cycle path',
  'fire station',
  'museum wing',
  'sports hall',
  'market square',
  'pier',
  'sluice gate',
];

/** `count` distinct local-news articles (invented towns and works), for feeds of any length. */
export function localNews(count: number): FixtureArticle[] {
  return Array.from({ length: count }, (_, n) => {
    const place = places[n % places.length]!;
    const work = works[(n * 7) % works.length]!;
    const days = 10 + n;
    return {
      slug: `story-${n + 1}`,
      title: `${place} council approves repairs to the ${work}`,
      published: new Date(Date.UTC(2025, 10, 1 + n, 8)).toISOString(),
      paragraphs: [
        `The ${place} council voted on Tuesday to repair the ${work}, which has been closed since the autumn storms.`,
        `Work will take ${days} days and cost ${n + 2} million pounds, the council's finance officer told the meeting.`,
        `Residents of ${place} said they had waited long enough for the ${work} to reopen and welcomed the vote.`,
      ],
    };
  });
}
