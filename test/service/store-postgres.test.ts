import { after, test } from 'node:test';
import { createTestDatabase, serverUrl, type TestDatabase } from './postgres.ts';
import { storeSuite } from './store-suite.ts';

// Outside CI with no way to start PostgreSQL, the suite is skipped out loud; in CI serverUrl() throws.
const server = serverUrl();

if ('skip' in server) {
  test('postgresql store suite', { skip: server.skip }, () => {});
} else {
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const database of databases) await database.drop();
  });
  storeSuite('postgresql', {
    exclusive: false,
    async location() {
      const database = await createTestDatabase(server.url);
      databases.push(database);
      return { kind: 'postgresql', url: database.url };
    },
  });
}
