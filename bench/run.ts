/**
 * `npm run bench`: every speed and memory figure, measured here and printed; nothing is compared
 * to a stored baseline. `npm run bench -- extract entities` runs only the named parts.
 * Parts: extract (ingest + extract, 10 MB of 4 KB articles), entities (tagger load and tokens/s),
 * cluster (100k streamed documents), reuse (10k articles, against all-pairs; takes minutes),
 * scale (reuse candidate search at equal recall on 10k, then per article at 10k/100k/1M stored
 * signatures, in memory and in PostgreSQL), workers (worker mode with 1, 2 and 4 processes),
 * end-to-end (adding a fresh real article to 10k, 100k and 1M stored articles: ingest+extract,
 * story placement, candidate search and alignment, per article; takes minutes), story (one story
 * of 10 to 100 rewrites of a report: its reuse tracing and cross-check).
 * scale and workers use PostgreSQL when DATABASE_URL is set (bash scripts/ci-services.sh).
 */

import { runParts } from '../eval/parts.ts';
import { runClusterBench } from './cluster.ts';
import { runEndToEndBench } from './end-to-end.ts';
import { runEntityBench } from './entities.ts';
import { runExtractBench } from './extract.ts';
import { runReuseBench } from './reuse.ts';
import { runScaleBench } from './scale.ts';
import { runStoryBench } from './story.ts';
import { runWorkersBench } from './workers.ts';

const parts: Record<string, () => Promise<object>> = {
  extract: runExtractBench,
  entities: runEntityBench,
  cluster: runClusterBench,
  reuse: runReuseBench,
  scale: runScaleBench,
  story: runStoryBench,
  workers: runWorkersBench,
  'end-to-end': runEndToEndBench,
};

await runParts('bench', parts, process.argv.slice(2));
