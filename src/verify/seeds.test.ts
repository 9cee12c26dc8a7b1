/**
 * Acceptance on the five seed reports (examples/ = shared/corpus/seeds), with the real ingest and
 * extraction. Expectations come from reading the articles: 001 calls Zelenskiy the Russian
 * president; 004 puts Trump's Oval Office remarks on Thursday (they were on Wednesday,
 * 2025-12-03); 001 runs a photo captioned August 6, 2025; the meeting lasted five hours. 001 is a
 * rewrite of 000 (same order, same facts, reworded): the groups are given by hand until reuse
 * tracing finds them.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { before, test } from 'node:test';
import { createExtractionPipeline } from '../extract/index.ts';
import { ingestPaths } from '../ingest/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { type CrossCheck, crossCheck } from './index.ts';

let articles: AnalysedArticle[] = [];
let result: CrossCheck;
const idOf = (prefix: string) => {
  const found = articles.find((a) => a.path?.split(/[\\/]/).pop()?.startsWith(prefix));
  assert.ok(found, `article ${prefix} was read`);
  return found.id;
};

before(async () => {
  const ingested = await ingestPaths([resolve(import.meta.dirname, '..', '..', 'examples')]);
  const pipeline = createExtractionPipeline();
  articles = ingested.articles.map((article) => pipeline.run(article));
  result = crossCheck(articles, [[idOf('000'), idOf('001')]]);
});

const textOf = (id: string, span: readonly [number, number]) =>
  articles.find((a) => a.id === id)!.text.slice(span[0], span[1]);

test('seeds: a role conflict over who is Russian president, 001 naming Zelenskiy', () => {
  const conflict = result.conflicts.find((c) => c.kind === 'role' && /Russian President/.test(c.topic));
  assert.ok(conflict);
  assert.equal(conflict.majority?.value, 'Vladimir Putin');
  assert.equal(conflict.minority.value, 'Vladimir Zelenskiy');
  assert.deepEqual(conflict.minority.articles, [idOf('001')]);
  const evidence = conflict.evidence.find((e) => e.article === idOf('001'));
  assert.ok(evidence && /Russian President Vladimir Zelenskiy/.test(textOf(evidence.article, evidence.span)));
});

test('seeds: a date conflict over the day of the Oval Office remarks: Thursday against Wednesday', () => {
  const conflict = result.conflicts.find(
    (c) => c.kind === 'date' && c.minority.articles.includes(idOf('004')),
  );
  assert.ok(conflict);
  assert.match(conflict.minority.value, /Thursday/);
  assert.match(conflict.majority?.value ?? '', /Wednesday/);
  const evidence = conflict.evidence.find((e) => e.article === idOf('004'));
  assert.ok(evidence && /stated on Thursday/.test(evidence.text));
  assert.ok(conflict.evidence.some((e) => e.article === idOf('000') && /said Wednesday/.test(e.text)));
});

test('seeds: a stale-media conflict for the caption dated August 2025', () => {
  const conflict = result.conflicts.find((c) => c.kind === 'stale-media');
  assert.ok(conflict);
  assert.deepEqual(conflict.minority.articles, [idOf('001')]);
  assert.ok(conflict.evidence.some((e) => /AUGUST 06/.test(e.text) && /August 06, 2025/.test(e.text)));
});

test('seeds: 004 contradicts itself: "a day after" Tuesday’s meeting is not Thursday', () => {
  const conflict = result.conflicts.find((c) => c.kind === 'self-contradiction');
  assert.ok(conflict);
  assert.deepEqual(conflict.minority.articles, [idOf('004')]);
});

test('seeds: the five-hour meeting is a fact of at least two independent groups', () => {
  const fact = result.facts.find((f) => f.kind === 'quantity' && /five-hour/.test(f.statement));
  assert.ok(fact);
  assert.ok(fact.support.independent >= 2);
  assert.equal(fact.status, 'corroborated');
  assert.ok(fact.mentions.some((m) => m.article === idOf('004')));
});

test('seeds: nothing carried only by 000 and its rewrite 001 is corroborated', () => {
  const rewrite = new Set([idOf('000'), idOf('001')]);
  for (const fact of result.facts.filter((f) => f.mentions.every((m) => rewrite.has(m.article))))
    assert.notEqual(fact.status, 'corroborated', fact.statement);
});

test('seeds: no conflict between the faithful reports of the remarks', () => {
  // 000, 002 and 003 agree that Trump spoke on Wednesday; none of them is on a losing side over it.
  for (const conflict of result.conflicts.filter((c) => c.kind === 'date' && c.majority))
    for (const id of [idOf('002'), idOf('003')]) assert.ok(!conflict.minority.articles.includes(id));
});
