import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { storeSuite } from './store-suite.ts';

const folders: string[] = [];
after(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

storeSuite('pglite', {
  exclusive: true,
  async location() {
    const folder = await mkdtemp(join(tmpdir(), 'corroborate-store-'));
    folders.push(folder);
    return { kind: 'pglite', dataDir: join(folder, 'db') };
  },
});
