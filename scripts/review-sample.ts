/**
 * Draws unlabelled articles to read while improving the extractor, never from the held-out sets'
 * sources (src/evaluation/review-sample.ts says why): BASIL reports of events no held-out set used,
 * and FNC-1 bodies on other stories than the held-out bodies'. Written as text files that
 * `corroborate analyze` reads (BASIL with its date and outlet header, FNC-1 bodies as they are).
 *
 *   node --import tsx scripts/review-sample.ts --out DIR [--basil 240] [--fnc 200] [--seed 1]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/text/seeded-random.ts';
import { readFreeCorpus } from './free-corpus.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    basil: { type: 'string', default: '240' },
    fnc: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
  },
});
if (!values.out) throw new Error('--out DIR is required: the folder the sample is written to');

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

const free = readFreeCorpus();
mkdirSync(join(values.out, 'basil'), { recursive: true });
for (const report of draw(free.basil, Number(values.basil))) {
  const header = `date ${report.date}\noutlet ${report.outlet}\n\n${report.title}\n\n`;
  writeFileSync(
    join(values.out, 'basil', report.file.replace(/\.json$/, '.txt')),
    `${header}${report.paragraphs.join('\n\n')}\n`,
  );
}

mkdirSync(join(values.out, 'fnc'), { recursive: true });
for (const id of draw([...free.fncBodies.keys()], Number(values.fnc))) {
  writeFileSync(join(values.out, 'fnc', `${id}.txt`), `${free.fncBodies.get(id)!.trim()}\n`);
}

console.log(
  `wrote ${values.out}: BASIL ${Math.min(Number(values.basil), free.basil.length)} of ${free.basil.length} files ` +
    `(${free.basilHeldOut} of ${free.heldOutBasilEvents} held-out events left out), ` +
    `FNC-1 ${values.fnc} of ${free.fncBodies.size} bodies (${free.fncHeldOut} held out or on their stories left out)`,
);
