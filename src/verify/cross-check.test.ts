import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { crossCheck } from './index.ts';
import { handArticle } from './testing.ts';

/**
 * Support and status: a fact needs two independence groups to be corroborated, whatever the
 * number of copies; a conflict touching it makes it contested. Hand-built articles.
 */

const people = [
  { name: 'Steve Witkoff', written: ['Steve Witkoff', 'Witkoff'] },
  { name: 'Jared Kushner', written: ['Jared Kushner', 'Kushner'] },
  { name: 'Vladimir Putin', written: ['Vladimir Putin', 'Putin'] },
];

const report = (id: string, sentence: string, hours = 'five-hour') =>
  handArticle({
    id,
    published: '2025-12-03',
    blocks: [
      sentence,
      `Officials in ${id === 'a' ? 'Moscow' : 'Washington'} gave no further details on ${id}.`,
    ],
    people,
    numbers: [{ text: hours, value: hours === 'five-hour' ? 5 : 4, unit: 'hour' }],
  });

const a = report(
  'a',
  'Steve Witkoff and Jared Kushner held a five-hour meeting with Vladimir Putin at the Kremlin.',
);
const copy = report(
  'a-copy',
  'Steve Witkoff and Jared Kushner held a five-hour meeting with Vladimir Putin at the Kremlin.',
);
const b = report(
  'b',
  'Witkoff and Kushner engaged in an extensive five-hour discussion with President Putin at the Kremlin.',
);
const c = report('c', 'Witkoff and Kushner held a four-hour meeting with Putin at the Kremlin.', 'four-hour');

const meetingFacts = (facts: ReturnType<typeof crossCheck>['facts']) =>
  facts.filter((f) => f.mentions.some((m) => /hour/.test(m.text)));

test('cross-check: a report and its copy are one source: single-source', () => {
  const result = crossCheck([a, copy], [[a.id, copy.id]]);
  const facts = meetingFacts(result.facts);
  assert.ok(facts.length > 0);
  for (const fact of facts) {
    assert.equal(fact.support.independent, 1);
    assert.equal(fact.status, 'single-source');
  }
});

test('cross-check: a paraphrase from another source corroborates', () => {
  const result = crossCheck([a, copy, b], [[a.id, copy.id], [b.id]]);
  const statement = result.facts.find(
    (f) => f.kind === 'statement' && f.mentions.some((m) => m.article === b.id),
  );
  assert.ok(statement, 'the paraphrase is aligned with the original');
  assert.equal(statement.support.articles, 3);
  assert.equal(statement.support.independent, 2);
  assert.equal(statement.status, 'corroborated');
  const quantity = result.facts.find((f) => f.kind === 'quantity');
  assert.equal(quantity?.status, 'corroborated');
});

test('cross-check: a conflicting figure makes the facts it touches contested', () => {
  const result = crossCheck([a, b, c]);
  const conflict = result.conflicts.find((x) => x.kind === 'number');
  assert.ok(conflict);
  assert.deepEqual(conflict.minority.articles, [c.id]);
  assert.deepEqual([...(conflict.majority?.articles ?? [])].sort(), [a.id, b.id]);
  assert.ok(result.facts.some((f) => f.status === 'contested' && f.conflicts.includes(conflict.id)));
});

test('cross-check: majority is weighed by independent sources, not by copies', () => {
  // Three copies say four hours; two independent reports say five.
  const fours = ['c1', 'c2', 'c3'].map((id) =>
    report(id, 'Witkoff and Kushner held a four-hour meeting with Putin at the Kremlin.', 'four-hour'),
  );
  const result = crossCheck([...fours, a, b], [fours.map((x) => x.id), [a.id], [b.id]]);
  const conflict = result.conflicts.find((x) => x.kind === 'number');
  assert.ok(conflict);
  assert.deepEqual([...conflict.minority.articles].sort(), ['c1', 'c2', 'c3']);
});

test('cross-check: evidence spans are sentences of their articles', () => {
  const articles = [a, b, c];
  const result = crossCheck(articles);
  for (const item of [
    ...result.conflicts.flatMap((x) => x.evidence),
    ...result.facts.flatMap((f) => f.mentions),
  ]) {
    const article = articles.find((x) => x.id === item.article)!;
    assert.equal(article.text.slice(item.span[0], item.span[1]), item.text);
    assert.ok(
      article.extraction.sentences.some((s) => s.span[0] === item.span[0] && s.span[1] === item.span[1]),
    );
  }
});

test('cross-check: never corroborated with one independence group, however many copies (property)', () => {
  const pool = [a, copy, b, c];
  fc.assert(
    fc.property(fc.subarray(pool, { minLength: 1 }), (articles) => {
      const result = crossCheck(articles, [articles.map((x) => x.id)]);
      for (const fact of result.facts) {
        assert.equal(fact.support.independent, 1);
        assert.notEqual(fact.status, 'corroborated');
      }
    }),
    { numRuns: 20 },
  );
});

test('cross-check: deterministic and total on empty input', () => {
  assert.deepEqual(crossCheck([]).facts, []);
  assert.deepEqual(crossCheck([a, b, c]), crossCheck([a, b, c]));
});

test('cross-check: never throws on any text, evidence always inside it (property)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 }),
      fc.string({ minLength: 1 }),
      (blocks, other) => {
        const first = handArticle({ id: 'x', blocks });
        const second = handArticle({ id: 'y', blocks: [other, ...blocks] });
        const result = crossCheck([first, second]);
        for (const e of [
          ...result.facts.flatMap((f) => f.mentions),
          ...result.conflicts.flatMap((c) => c.evidence),
        ]) {
          const text = (e.article === 'x' ? first : second).text;
          assert.ok(e.span[0] >= 0 && e.span[1] <= text.length && e.span[0] <= e.span[1]);
        }
      },
    ),
    { numRuns: 50 },
  );
});
