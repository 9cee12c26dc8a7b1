/** A real server on loopback over a real (in-memory PGlite) store, for the API and browser suites. */
import { createApp, type RunningServer, startServer } from '../../src/server/index.ts';
import { type Analyse, type Collection, createCollection, openStore } from '../../src/store/index.ts';

export interface TestService {
  readonly url: string;
  readonly collection: Collection;
  /** The app's routes, as Hono lists them. */
  readonly routes: readonly { readonly method: string; readonly path: string }[];
  readonly errors: unknown[];
  close(): Promise<void>;
}

export async function startTestService(
  options: { readonly analyse?: Analyse; readonly seeds?: boolean } = {},
): Promise<TestService> {
  const store = await openStore({ kind: 'pglite' });
  const collection = createCollection(store, options.analyse ? { analyse: options.analyse } : {});
  if (options.seeds) await collection.addPaths(['examples']);
  const errors: unknown[] = [];
  const logError = (error: unknown) => errors.push(error);
  let server: RunningServer;
  try {
    server = await startServer(collection, { port: 0, logError });
  } catch (error) {
    await store.close();
    throw error;
  }
  return {
    url: server.url,
    collection,
    routes: createApp(collection).routes,
    errors,
    async close() {
      await server.close();
      await store.close();
    },
  };
}
