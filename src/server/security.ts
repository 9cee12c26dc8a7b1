import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.ts';

/**
 * Article text is hostile, so pages run nothing but /static/app.js: no inline script or style, no
 * plugins, no framing, forms only to this site. Set on every response, errors included.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy for a self-contained document (the brief's `html` format): the same, except that its
 * own inline stylesheets may apply, each allowed by its hash. Still no script of any kind.
 */
export function documentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
  );
  return contentSecurityPolicy.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`.trim());
}

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.res.headers;
  // A route may narrow the policy for its own document (see documentSecurityPolicy); never loosen scripts.
  if (!headers.get('Content-Security-Policy')?.includes("script-src 'self'")) {
    headers.set('Content-Security-Policy', contentSecurityPolicy);
  }
  headers.set('X-Content-Type-Options', 'nosniff');
  // same-origin, not no-referrer: with no-referrer, browsers send `Origin: null` on our own forms.
  headers.set('Referrer-Policy', 'same-origin');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
};

/**
 * Refuses writes that a browser says come from another site (a page elsewhere posting a form to a
 * collection on localhost). Browsers send Sec-Fetch-Site; without it, a foreign Origin decides.
 * Scripts and curl send neither and pass.
 */
export const refuseCrossSite: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const crossSite =
      site !== undefined
        ? site !== 'same-origin' && site !== 'none'
        : origin !== undefined && origin !== new URL(c.req.url).origin;
    if (crossSite)
      throw new HttpError('request/cross-site', 'Requests from other sites may not change the collection.');
  }
  await next();
};
