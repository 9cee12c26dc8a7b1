/**
 * The unlabelled corpus articles that may be read while improving the extractor: BASIL reports of
 * events no held-out set used, and FNC-1 bodies on other stories than the held-out bodies' (see
 * src/evaluation/review-sample.ts). Shared by the review sampler and the common-word counter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { sharedCorpus } from '../eval/shared.ts';
import { parseCsv } from '../src/evaluation/csv.ts';
import { heldOutFncBodies, heldOutSources, isHeldOutBasilFile } from '../src/evaluation/review-sample.ts';

export interface BasilReport {
  /** The BASIL file name, without its folder. */
  readonly file: string;
  readonly date: string;
  readonly outlet: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
}

export interface FreeCorpus {
  readonly basil: readonly BasilReport[];
  /** BASIL files left out because their event is held out. */
  readonly basilHeldOut: number;
  /** FNC-1 bodies by id, in id order. */
  readonly fncBodies: ReadonlyMap<string, string>;
  /** FNC-1 bodies left out: held out, or on a held-out body's story. */
  readonly fncHeldOut: number;
  readonly heldOutBasilEvents: number;
}

export function readFreeCorpus(): FreeCorpus {
  const evalRoot = new URL('../eval/', import.meta.url).pathname;
  const readmes = readdirSync(evalRoot)
    .filter((name) => name.startsWith('extraction-heldout'))
    .map((name) => readFileSync(join(evalRoot, name, 'README.md'), 'utf8'));
  const sources = heldOutSources(readmes);
  const corpus = sharedCorpus();

  const basilRoot = join(corpus, 'basil', 'articles');
  const basilFiles = readdirSync(basilRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .sort();
  const basil = basilFiles
    .filter((file) => !isHeldOutBasilFile(basename(file), sources))
    .map((file): BasilReport => {
      const json = JSON.parse(readFileSync(join(basilRoot, file), 'utf8')) as {
        date?: string;
        source?: string;
        title?: string;
        'body-paragraphs'?: (string | string[])[];
      };
      // BASIL keeps each paragraph as a list of sentences.
      const paragraphs = (json['body-paragraphs'] ?? [])
        .map((p) => (Array.isArray(p) ? p.join(' ') : p))
        .filter((p) => p.trim());
      return {
        file: basename(file),
        date: json.date ?? '',
        outlet: json.source ?? '',
        title: json.title ?? '',
        paragraphs,
      };
    });

  const [, ...rows] = parseCsv(readFileSync(join(corpus, 'fnc1', 'train_bodies.csv'), 'utf8'));
  const bodies = new Map(rows.map(([id, body]) => [id!, body!] as const));
  const excluded = heldOutFncBodies(bodies, sources);
  const fncBodies = new Map(
    [...bodies.keys()]
      .filter((id) => !excluded.has(id))
      .sort()
      .map((id) => [id, bodies.get(id)!] as const),
  );
  return {
    basil,
    basilHeldOut: basilFiles.length - basil.length,
    fncBodies,
    fncHeldOut: excluded.size,
    heldOutBasilEvents: sources.basilEvents.size,
  };
}

/** Stops a script given a folder in or under a held-out set: those sets are scored, never read. */
export function refuseHeldOut(folders: readonly string[]): void {
  const heldOut = folders.filter((folder) => /heldout/i.test(resolve(folder)));
  if (heldOut.length > 0) throw new Error(`${heldOut.join(', ')}: held-out sets are scored, never read`);
}
