/**
 * Draws unlabelled articles to read while improving the extractor, never from the held-out sets'
 * sources (src/evaluation/review-sample.ts says why): BASIL reports of events no held-out set used,
 * and FNC-1 bodies on other stories than the held-out bodies'. Written as text files that
 * `corroborate analyze` reads (BASIL with its date and outlet header, FNC-1 bodies as they are).
 *
 *   node --import tsx scripts/review-sample.ts --out DIR [--basil 240] [--fnc 200] [--seed 1]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { sharedCorpus } from '../eval/shared.ts';
import { parseCsv } from '../src/evaluation/csv.ts';
import { heldOutFncBodies, heldOutSources, isHeldOutBasilFile } from '../src/evaluation/review-sample.ts';
import { seededRandom } from '../src/text/seeded-random.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    basil: { type: 'string', default: '240' },
    fnc: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
  },
});
if (!values.out) throw new Error('--out DIR is required: the folder the sample is written to');

const evalRoot = new URL('../eval/', import.meta.url).pathname;
const readmes = readdirSync(evalRoot)
  .filter((name) => name.startsWith('extraction-heldout'))
  .map((name) => readFileSync(join(evalRoot, name, 'README.md'), 'utf8'));
const sources = heldOutSources(readmes);
const random = seededRandom(Number(values.seed));

/** `count` items of `items` drawn without replacement, in a seeded order. */
function draw<T>(items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

const corpus = sharedCorpus();
const basilRoot = join(corpus, 'basil', 'articles');
const basilFiles = readdirSync(basilRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.json'))
  .sort();
const allowedBasil = basilFiles.filter((file) => !isHeldOutBasilFile(basename(file), sources));
mkdirSync(join(values.out, 'basil'), { recursive: true });
for (const file of draw(allowedBasil, Number(values.basil))) {
  const json = JSON.parse(readFileSync(join(basilRoot, file), 'utf8')) as {
    date?: string;
    source?: string;
    title?: string;
    'body-paragraphs'?: (string | string[])[];
  };
  const paragraphs = (json['body-paragraphs'] ?? [])
    .map((p) => (Array.isArray(p) ? p.join(' ') : p))
    .filter((p) => p.trim());
  const header = `date ${json.date ?? ''}\noutlet ${json.source ?? ''}\n\n${json.title ?? ''}\n\n`;
  writeFileSync(
    join(values.out, 'basil', basename(file).replace(/\.json$/, '.txt')),
    `${header}${paragraphs.join('\n\n')}\n`,
  );
}

const [, ...rows] = parseCsv(readFileSync(join(corpus, 'fnc1', 'train_bodies.csv'), 'utf8'));
const bodies = new Map(rows.map(([id, body]) => [id!, body!] as const));
const excludedFnc = heldOutFncBodies(bodies, sources);
mkdirSync(join(values.out, 'fnc'), { recursive: true });
for (const id of draw([...bodies.keys()].filter((id) => !excludedFnc.has(id)).sort(), Number(values.fnc))) {
  writeFileSync(join(values.out, 'fnc', `${id}.txt`), `${bodies.get(id)!.trim()}\n`);
}

console.log(
  `wrote ${values.out}: BASIL ${Math.min(Number(values.basil), allowedBasil.length)} of ${allowedBasil.length} files ` +
    `(${basilFiles.length - allowedBasil.length} of ${sources.basilEvents.size} held-out events left out), ` +
    `FNC-1 ${values.fnc} of ${bodies.size - excludedFnc.size} bodies (${excludedFnc.size} held out or on their stories left out)`,
);
