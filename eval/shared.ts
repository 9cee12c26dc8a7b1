import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared corpus folder: `CORROBORATE_SHARED`, else `../shared` beside the project root. */
export function sharedCorpus(): string {
  const root = process.env.CORROBORATE_SHARED ?? resolve(import.meta.dirname, '..', '..', 'shared');
  const corpus = resolve(root, 'corpus');
  if (!existsSync(corpus)) {
    throw new Error(
      `The shared corpus is not at ${corpus}. Put shared/ beside the project or set CORROBORATE_SHARED.`,
    );
  }
  return corpus;
}
