/** `npm run golden`: rewrites the whole-pipeline snapshots in test/golden; review the diff before committing. */
import { writeFile } from 'node:fs/promises';
import { seedsSnapshot } from '../test/golden/snapshot.ts';

const path = new URL('../test/golden/seeds.json', import.meta.url);
await writeFile(path, `${JSON.stringify(await seedsSnapshot(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
