/**
 * Lists the quote speakers and titles the extractor gets wrong on development sets, with the
 * labelled sentence and what it gave instead: what to read when improving it. Refuses the held-out
 * sets, whose misses must never be read (their figures alone are reported).
 *
 *   node --import tsx scripts/extraction-misses.ts [--kind quote|title] eval/extraction-dev41 ...
 */
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractionMisses, loadExtractionLabels } from '../src/evaluation/extraction.ts';
import { createExtractionPipeline } from '../src/extract/index.ts';
import { ingestPaths } from '../src/ingest/index.ts';
import { analysisJson } from '../src/report/json.ts';
import { refuseHeldOut } from './free-corpus.ts';

const { values, positionals } = parseArgs({
  options: { kind: { type: 'string' } },
  allowPositionals: true,
});
if (positionals.length === 0)
  throw new Error('give one or more development set folders (eval/extraction-devN)');
refuseHeldOut(positionals);

const pipeline = createExtractionPipeline();
let count = 0;
for (const folder of positionals) {
  const directory = resolve(folder);
  const labels = await loadExtractionLabels(directory);
  const ingested = await ingestPaths([join(directory, 'articles')]);
  const output = analysisJson(ingested.articles.map((article) => pipeline.run(article)));
  for (const miss of extractionMisses(labels, output)) {
    if (values.kind && miss.kind !== values.kind) continue;
    count++;
    const given = miss.given.length === 0 ? '(none)' : miss.given.map((g) => g ?? 'nobody').join(' | ');
    console.log(`${basename(directory)}/${miss.file} ${miss.kind} "${miss.item}"`);
    console.log(`  wanted: ${miss.wanted ?? 'nobody'}   given: ${given}`);
    console.log(`  ${miss.sentence.replace(/\s+/g, ' ')}`);
  }
}
console.log(`${count} misses`);
