import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Collection } from '../store/index.ts';
import { type AppOptions, createApp } from './app.ts';

export { type AppOptions, createApp, defaultMaxBodyBytes } from './app.ts';
export { errorCodes } from './errors.ts';
export { operations } from './openapi.ts';
export { contentSecurityPolicy } from './security.ts';

export interface RunningServer {
  /** http://host:port, with the port actually bound (useful with port 0). */
  readonly url: string;
  close(): Promise<void>;
}

export interface ServeOptions extends AppOptions {
  readonly port?: number;
  /** Default 127.0.0.1: the collection is not shared beyond this machine unless asked. */
  readonly host?: string;
}

export function startServer(collection: Collection, options: ServeOptions = {}): Promise<RunningServer> {
  const app = createApp(collection, options);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 3000, hostname: host },
      (info: AddressInfo) => {
        const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${shown}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              // Keep-alive connections would hold close() open until they time out.
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
