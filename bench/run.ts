/**
 * `npm run bench`: every speed and memory figure, measured here and printed; nothing is compared
 * to a stored baseline. `npm run bench -- extract entities` runs only the named parts.
 * Parts: extract (ingest + extract, 10 MB of 4 KB articles), entities (tagger load and tokens/s),
 * cluster (100k streamed documents), reuse (10k articles, against all-pairs; takes minutes).
 */
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

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in parts));
if (unknown.length > 0) {
  console.error(`bench: unknown part ${unknown.join(', ')}; parts are ${Object.keys(parts).join(', ')}`);
  process.exit(2);
}
const results: Record<string, object> = {};
for (const name of chosen.length > 0 ? chosen : Object.keys(parts)) {
  console.log(`\n# ${name}`);
  results[name] = await parts[name]!();
}
console.log(JSON.stringify(results));
