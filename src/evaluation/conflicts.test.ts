/**
 * The injected-error generator and the conflict evaluation, fast enough for CI: on the BASIL
 * fixtures in test/fixtures/verify (always there), and on two events of the shared corpus when it
 * is beside the project. Figures on a handful of articles swing; the bars below only guard against
 * a generator or detector that stopped working. The full run is `npm run eval`.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { createExtractionPipeline } from '../extract/index.ts';
import { seededRandom } from '../text/seeded-random.ts';
import {
  applyEdit,
  captionFor,
  editSpan,
  evaluateConflicts,
  injectionKinds,
  proposeEdit,
  readEvalCorpus,
  toArticle,
} from './conflicts.ts';
import { parseCsv } from './csv.ts';

const fixtures = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'verify');
const shared = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const pipeline = createExtractionPipeline();
const analyse = (article: Parameters<typeof pipeline.run>[0]) => pipeline.run(article);

test('conflict eval: the fixtures are two BASIL events of three outlets each', () => {
  const corpus = readEvalCorpus(fixtures, 0);
  assert.equal(corpus.basil.length, 6);
  assert.equal(new Set(corpus.basil.map((d) => d.event)).size, 2);
  assert.deepEqual([...new Set(corpus.basil.map((d) => d.outlet))].sort(), ['fox', 'hpo', 'nyt']);
});

test('conflict eval: every kind of error can be injected, and only where it says', () => {
  const corpus = readEvalCorpus(fixtures, 0);
  const random = seededRandom(7);
  const seen = new Set<string>();
  for (const document of corpus.basil) {
    const withCaption = { ...document, caption: captionFor(document.outlet, document.published!) };
    for (const kind of injectionKinds) {
      const edit = proposeEdit(withCaption, kind, random);
      if (!edit) continue;
      seen.add(kind);
      const changed = toArticle(applyEdit(withCaption, edit));
      const original = toArticle(withCaption);
      const [start, end] = editSpan(changed, edit);
      if (edit.replacement.length > 0)
        assert.equal(changed.text.slice(start, end), edit.replacement, edit.description);
      // Outside the edit the text is the same.
      assert.equal(changed.text.slice(0, start), original.text.slice(0, start));
      assert.notEqual(changed.text, original.text);
    }
  }
  assert.deepEqual([...seen].sort(), [...injectionKinds].sort());
});

test('conflict eval: the same seed gives the same injections', () => {
  const [document] = readEvalCorpus(fixtures, 0).basil;
  const a = proposeEdit(document!, 'number', seededRandom(3));
  const b = proposeEdit(document!, 'number', seededRandom(3));
  assert.deepEqual(a, b);
});

test('conflict eval: CSV with quoted fields, doubled quotes and newlines', () => {
  assert.deepEqual(parseCsv('id,body\n1,"a ""quoted"", word\nand a line"\n2,plain\n'), [
    ['id', 'body'],
    ['1', 'a "quoted", word\nand a line'],
    ['2', 'plain'],
  ]);
});

test('conflict eval: runs on the fixtures and finds most injected errors', () => {
  const report = evaluateConflicts(readEvalCorpus(fixtures, 0), { analyse, perArticle: 7 });
  assert.ok(report.injected >= 20, `injected ${report.injected}`);
  for (const kind of injectionKinds) assert.ok(report.perKind[kind]!.injected > 0, kind);
  assert.ok(report.recall >= 0.7, `recall ${report.recall}`);
  assert.ok(report.falseConflictsPer100 <= 20, `false conflicts ${report.falseConflictsPer100}`);
  assert.equal(report.cleanArticles, 6);
});

test('conflict eval: a small sample of the shared corpus (the fixtures when it is absent)', () => {
  // Without ../shared this repeats the fixture run rather than skipping: the test never passes empty.
  const source = existsSync(shared) ? shared : fixtures;
  const report = evaluateConflicts(readEvalCorpus(source, 2), { analyse, sample: 2, fnc1: 1 });
  assert.ok(report.injected > 0);
  assert.ok(report.recall >= 0.6, `recall ${report.recall} on ${source}`);
});
