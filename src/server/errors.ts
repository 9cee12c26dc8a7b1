import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { StoreError } from '../store/index.ts';
import { errorPage } from '../web/index.ts';

/**
 * Every error the service answers with, by code, and the one function that turns any thrown value
 * into a response: JSON `{error: {code, message, issues}}` for the API, an HTML page for people.
 * Messages never echo the request body back.
 */
export const errorCodes = {
  'request/invalid-json': 400,
  'request/invalid-body': 400,
  'request/invalid-query': 400,
  'request/invalid-parameter': 400,
  'request/empty-body': 400,
  'request/cross-site': 403,
  'request/too-large': 413,
  'request/unsupported-media-type': 415,
  'input/rejected': 422,
  'route/not-found': 404,
  'story/not-found': 404,
  'article/not-found': 404,
  'store/unavailable': 503,
  'internal/error': 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof errorCodes;

export interface Issue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

export class HttpError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = errorCodes[code];
  }
}

export const zodIssues = (error: z.ZodError): Issue[] =>
  error.issues.map((issue) => ({
    code: issue.code,
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));

/** `schema.safeParse(value)`, or an HttpError with the issues; `what` names the thing for the message. */
export function parseOr<T>(schema: z.ZodType<T>, value: unknown, code: ErrorCode, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(code, `${what} is not valid.`, zodIssues(result.error));
  return result.data;
}

function asHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new HttpError('request/too-large', 'The request body is too large.');
    if (error.status === 404) return new HttpError('route/not-found', 'There is nothing at this address.');
    return new HttpError('internal/error', 'The request could not be handled.');
  }
  if (error instanceof StoreError) return new HttpError('store/unavailable', error.message);
  return new HttpError('internal/error', 'Something went wrong on the server; it has been logged.');
}

/** API and machine-readable paths answer in JSON; pages answer in HTML. */
const wantsJson = (path: string): boolean =>
  path.startsWith('/api/') || path === '/api' || path.endsWith('.json');

export function errorResponse(
  c: Context,
  error: unknown,
  log: (error: unknown) => void = (e) => console.error(e),
): Response {
  const http = asHttpError(error);
  if (http.status >= 500) log(error);
  if (!wantsJson(c.req.path))
    return c.html(errorPage(http.status, http.code, http.message).value, http.status);
  return c.json(
    {
      error: {
        code: http.code,
        message: http.message,
        ...(http.issues.length > 0 ? { issues: http.issues } : {}),
      },
    },
    http.status,
  );
}
