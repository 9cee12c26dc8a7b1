import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Collection } from '../store/index.ts';
import { apiRoutes } from './api.ts';
import { assetRoutes } from './assets.ts';
import { errorResponse, HttpError } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { pageRoutes } from './pages.ts';
import { refuseCrossSite, securityHeaders } from './security.ts';

export interface AppOptions {
  /** Largest request body accepted, in bytes (default 10 MiB); larger ones get 413 before they are read. */
  readonly maxBodyBytes?: number;
  /** Where unexpected errors are reported (default: stderr). */
  readonly logError?: (error: unknown) => void;
}

export const defaultMaxBodyBytes = 10 * 1024 * 1024;

/** The whole service as one Hono app: JSON API, OpenAPI document, pages and their static files. */
export function createApp(collection: Collection, options: AppOptions = {}): Hono {
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', refuseCrossSite);
  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new HttpError('request/too-large', `The request body is larger than ${maxBodyBytes} bytes.`);
      },
    }),
  );
  const openApi = openApiDocument(maxBodyBytes);
  app.get('/openapi.json', (c) => c.json(openApi));
  app.route('/api', apiRoutes(collection));
  app.route('/', assetRoutes());
  app.route('/', pageRoutes(collection));
  app.notFound((c) =>
    errorResponse(c, new HttpError('route/not-found', 'There is nothing at this address.')),
  );
  app.onError((error, c) => errorResponse(c, error, options.logError));
  return app;
}
