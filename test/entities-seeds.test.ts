/**
 * Issue 3's check on the example reports: the people and organisations named in them, listed by
 * reading the five articles (captions and credits included), against what the recogniser finds.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createExtractionPipeline } from '../src/extract/index.ts';
import { ingestPaths } from '../src/ingest/index.ts';
import type { AnalysedArticle } from '../src/pipeline/index.ts';

const people = [
  'Donald Trump',
  'Steve Witkoff',
  'Jared Kushner',
  'Vladimir Putin',
  'Rustem Umerov',
  'Vladimir Zelenskiy',
  'Yuri Ushakov',
  'Marco Rubio',
  'Michael Froman',
  'Kirill Dmitriev',
  'Volodymyr Zelenskyy',
  'Andrii Hnatov',
  'John Hardie',
  'Hannah Demissie',
  'Will Oliver',
  'Alexander Kazakov',
  'Terry Renna',
];
const organisations = [
  'Reuters',
  'Council on Foreign Relations',
  'Foundation for Defense of Democracies',
  'U.S. Embassy',
  'National Security and Defense Council',
  'NATO',
  'ABC News',
  'Fox News',
  'White House',
  'Kremlin Press Office',
  'Getty Images',
  'EPA',
  'Shutterstock',
  'Sputnik',
  'AFP',
];

let articles: AnalysedArticle[] = [];
before(async () => {
  const pipeline = createExtractionPipeline();
  articles = (await ingestPaths(['examples'])).articles.map((article) => pipeline.run(article));
});

/** A name counts as found when an entity of that kind has it as a variant (or contains it: "Ukrainian National Security and Defense Council"). */
function found(names: readonly string[], kind: 'people' | 'organizations'): string[] {
  const variants = articles.flatMap((a) => a.extraction[kind].flatMap((e) => e.variants));
  return names.filter((name) => variants.some((v) => v === name || v.includes(name)));
}

test('entities on the seeds: at least 15 of the 17 people named are found as people', () => {
  const hits = found(people, 'people');
  assert.ok(
    hits.length >= 15,
    `found ${hits.length}: missing ${people.filter((p) => !hits.includes(p)).join(', ')}`,
  );
});

test('entities on the seeds: at least 12 of the 15 organisations are found as organisations', () => {
  const hits = found(organisations, 'organizations');
  assert.ok(
    hits.length >= 12,
    `found ${hits.length}: missing ${organisations.filter((o) => !hits.includes(o)).join(', ')}`,
  );
});
