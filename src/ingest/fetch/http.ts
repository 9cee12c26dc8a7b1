import { setTimeout as sleep } from 'node:timers/promises';
import { createHostGate } from './host-gate.ts';
import { defaultFetchPolicy, type FetchPolicy } from './policy.ts';
import { createRobotsRules, type RobotsAnswer, type RobotsRules } from './robots.ts';

/**
 * The HTTP client: Node's fetch (undici, which also inflates gzip, deflate and br) under the fetch
 * policy. Every request passes the host gate (rate limit and concurrency caps) and, except
 * robots.txt itself, the origin's robots.txt; redirects are followed by hand so that each hop is
 * checked, counted and bounded; bodies are read up to the size limit and no further.
 */

/** What a server said about a version of a resource, sent back to ask "has it changed?". */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type FetchOutcome =
  | {
      readonly kind: 'fetched';
      readonly url: string;
      /** Where the redirects ended. */
      readonly finalUrl: string;
      readonly bytes: Uint8Array;
      readonly contentType?: string;
      readonly validators: Validators;
    }
  | { readonly kind: 'not-modified'; readonly url: string }
  | {
      readonly kind: 'disallowed';
      readonly url: string;
      readonly blockedUrl: string;
      /** True when robots.txt could not be read at all (RFC 9309: then nothing may be fetched). */
      readonly robotsUnreachable: boolean;
    }
  | {
      readonly kind: 'failed';
      readonly url: string;
      readonly reason: string;
      /** Trying again will not help (a 4xx answer, a redirect loop, a body over the limit). */
      readonly final?: boolean;
    };

export interface GetOptions {
  readonly validators?: Validators;
  readonly signal?: AbortSignal;
}

export interface HttpClient {
  readonly policy: FetchPolicy;
  /** GET under the policy; never throws for network or server trouble, only when `signal` aborts. */
  get(url: string, options?: GetOptions): Promise<FetchOutcome>;
}

type Attempt =
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'not-modified' }
  | {
      readonly kind: 'ok';
      readonly bytes: Uint8Array;
      readonly contentType?: string;
      readonly validators: Validators;
    }
  /** `retryAfterMs`: set when another attempt may help, with the wait the server asked for (or 0). */
  | { readonly kind: 'error'; readonly reason: string; readonly retryAfterMs?: number };

export const isWebUrl = (value: string): boolean => /^https?:\/\/[^\s/]/i.test(value);

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
function retryAfterMs(value: string | null): number {
  if (!value) return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now());
}

/** The body, or an error once it passes `maxBytes` (counted after decompression, so bombs stop too). */
async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes && response.headers.get('content-encoding') === null) {
    await response.body?.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

const validatorsOf = (headers: Headers): Validators => {
  const etag = headers.get('etag');
  const lastModified = headers.get('last-modified');
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
};

function describeError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause ? String(cause.code) : '';
  return `network error${code ? ` (${code})` : cause ? ` (${cause.message})` : ''}`;
}

export function createHttpClient(overrides: Partial<FetchPolicy> = {}): HttpClient {
  const policy: FetchPolicy = { ...defaultFetchPolicy, ...overrides };
  const gate = createHostGate(policy);
  const baseHeaders = {
    'user-agent': policy.userAgent,
    accept:
      'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5',
    'accept-encoding': 'gzip, br',
  };

  async function attempt(
    url: string,
    headers: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<Attempt> {
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const response = await fetch(url, { redirect: 'manual', headers, signal: combined });
      const { status } = response;
      if (status >= 300 && status < 400 && status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) return { kind: 'error', reason: `HTTP ${status} without a Location header` };
        return { kind: 'redirect', location: new URL(location, url).href };
      }
      if (status === 304) return { kind: 'not-modified' };
      if (status < 200 || status >= 300) {
        await response.body?.cancel();
        const retry = status === 429 || status >= 500;
        return {
          kind: 'error',
          reason: `HTTP ${status}`,
          ...(retry ? { retryAfterMs: retryAfterMs(response.headers.get('retry-after')) } : {}),
        };
      }
      const bytes = await readBounded(response, policy.maxBytes);
      if (!bytes) return { kind: 'error', reason: `the body is larger than ${policy.maxBytes} bytes` };
      const contentType = response.headers.get('content-type');
      return {
        kind: 'ok',
        bytes,
        ...(contentType ? { contentType } : {}),
        validators: validatorsOf(response.headers),
      };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      return { kind: 'error', reason: describeError(error, policy.timeoutMs), retryAfterMs: 0 };
    }
  }

  let robots: RobotsRules;

  /** One hop: through the gate, retried with backoff while retrying may help. */
  async function request(
    url: string,
    headers: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<Attempt> {
    const host = new URL(url).host;
    const interval = () =>
      Math.min(policy.maxWaitMs, Math.max(policy.hostIntervalMs, robots.crawlDelayMs(url)));
    let result: Attempt = { kind: 'error', reason: 'not tried' };
    for (let tries = 0; tries <= policy.retries; tries++) {
      if (tries > 0 && result.kind === 'error') {
        const backoff = policy.backoffMs * 2 ** (tries - 1);
        await sleep(Math.min(policy.maxWaitMs, Math.max(backoff, result.retryAfterMs ?? 0)), undefined, {
          ...(signal ? { signal } : {}),
        });
      }
      result = await gate.run(host, interval, () => attempt(url, headers, signal), signal);
      if (result.kind !== 'error' || result.retryAfterMs === undefined) return result;
    }
    return result;
  }

  /** Follows redirects by hand: each hop checked against robots.txt (unless reading it), counted, bounded. */
  async function follow(
    url: string,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
    checkRobots: boolean,
  ): Promise<FetchOutcome> {
    const visited = new Set<string>();
    let current = url;
    for (let hops = 0; hops <= policy.maxRedirects; hops++) {
      if (!isWebUrl(current))
        return { kind: 'failed', url, reason: `redirected to a non-web address ${current}`, final: true };
      if (visited.has(current))
        return { kind: 'failed', url, reason: `redirect loop at ${current}`, final: true };
      visited.add(current);
      const verdict = checkRobots ? await robots.verdict(current, signal) : 'allowed';
      if (verdict !== 'allowed')
        return { kind: 'disallowed', url, blockedUrl: current, robotsUnreachable: verdict === 'unreachable' };
      const result = await request(current, headers, signal);
      if (result.kind === 'redirect') {
        current = result.location;
        continue;
      }
      if (result.kind === 'not-modified') return { kind: 'not-modified', url };
      if (result.kind === 'error')
        return {
          kind: 'failed',
          url,
          reason: result.reason,
          ...(result.retryAfterMs === undefined ? { final: true } : {}),
        };
      return {
        kind: 'fetched',
        url,
        finalUrl: current,
        bytes: result.bytes,
        ...(result.contentType ? { contentType: result.contentType } : {}),
        validators: result.validators,
      };
    }
    return { kind: 'failed', url, reason: `more than ${policy.maxRedirects} redirects`, final: true };
  }

  robots = createRobotsRules(
    async (robotsUrl, signal): Promise<RobotsAnswer> => {
      const result = await follow(robotsUrl, baseHeaders, signal, false);
      if (result.kind === 'fetched') return { kind: 'text', text: new TextDecoder().decode(result.bytes) };
      // A missing robots.txt (a 4xx answer) allows all; 5xx, silence or a redirect loop allows none.
      if (result.kind === 'failed' && /^HTTP 4/.test(result.reason)) return { kind: 'missing' };
      return { kind: 'unreachable' };
    },
    { token: policy.robotsToken, ttlMs: policy.robotsTtlMs },
  );

  return {
    policy,
    get(url, options = {}) {
      const headers: Record<string, string> = { ...baseHeaders };
      if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
      if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
      return follow(url, headers, options.signal, true);
    },
  };
}
