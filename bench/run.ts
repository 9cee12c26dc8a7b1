/**
 * `npm run bench`: every speed and memory figure, measured here and printed; nothing is compared
 * to a stored baseline. `npm run bench -- extract entities` runs only the named parts.
 * Parts: extract (ingest + extract, 10 MB of 4 KB articles), entities (tagger load and tokens/s),
 * cluster (100k streamed documents), reuse (10k articles, against all-pairs; takes minutes).
 */

import { runParts } from '../eval/parts.ts';
import { runClusterBench } from './cluster.ts';
import { runEntityBench } from './entities.ts';
import { runExtractBench } from './extract.ts';
import { runReuseBench } from './reuse.ts';

const parts: Record<string, () => Promise<object>> = {
  extract: runExtractBench,
  entities: runEntityBench,
  cluster: runClusterBench,
  reuse: runReuseBench,
};

await runParts('bench', parts, process.argv.slice(2));
