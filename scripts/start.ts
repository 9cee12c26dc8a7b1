// `npm start`: reads the example corpus into the embedded store (.corroborate/db; a second start
// finds it stored and only looks it up) and serves it on loopback until Ctrl-C.
import { serveUntilStopped } from '../src/cli/service.ts';
import { createCollection, defaultDataDir, openStore } from '../src/store/index.ts';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);

const store = await openStore({ kind: 'pglite', dataDir: process.env.CORROBORATE_DB ?? defaultDataDir });
try {
  const collection = createCollection(store);
  const result = await collection.addPaths(['examples']);
  for (const rejection of result.rejected)
    process.stderr.write(`corroborate: rejected ${rejection.path}: ${rejection.message}\n`);
  await serveUntilStopped(collection, { port, host: '127.0.0.1' }, (server) =>
    process.stdout.write(
      `Corroborate: examples/ read (${result.added.length} new, ${result.existing.length} already stored), ` +
        `${result.stories} ${result.stories === 1 ? 'story' : 'stories'}.\nOpen ${server.url}/ (Ctrl-C stops)\n`,
    ),
  );
} finally {
  await store.close();
}
