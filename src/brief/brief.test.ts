import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { handArticle } from '../verify/testing.ts';
import {
  briefFormats,
  buildBrief,
  escapeHtml,
  escapeMarkdown,
  renderBrief,
  scriptSafeJson,
} from './index.ts';

const people = [
  { name: 'Steve Witkoff', written: ['Steve Witkoff', 'Witkoff'] },
  { name: 'Vladimir Putin', written: ['Vladimir Putin', 'Putin'] },
];
const terminalEscape = String.fromCharCode(27);
const hostile = `<script>alert(1)</script> [click](javascript:alert(1)) ${terminalEscape}[31mred${terminalEscape}[0m </script>`;
/** A control character other than tab and newline (a terminal escape, a NUL). */
const hasControl = (text: string) =>
  [...text].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 32 && char !== '\n' && char !== '\t') || (code >= 127 && code < 160);
  });

const report = (id: string, outlet: string, hours: string, extra = '') =>
  handArticle({
    id,
    outlet,
    published: '2025-12-03',
    blocks: [
      { kind: 'title', text: `Envoy meets Putin ${extra}` },
      `Steve Witkoff held a ${hours} meeting with Vladimir Putin at the Kremlin on Tuesday.`,
      `Officials gave no details of the talks to reporters from ${outlet}.`,
    ],
    people,
    numbers: [{ text: hours, value: hours === 'five-hour' ? 5 : 4, unit: 'hour' }],
    dates: [{ text: 'Tuesday', value: '2025-12-02' }],
  });

const articles = [
  report('a', 'Daily One', 'five-hour'),
  report('b', 'Daily Two', 'five-hour'),
  report('c', `Evil ${hostile}`, 'four-hour', hostile),
];
const brief = buildBrief({ articles, title: `Talks ${hostile}` });

test('brief: sections from the cross-check, every line with its sources', () => {
  assert.deepEqual(
    brief.sources.map((s) => s.key),
    ['A', 'B', 'C'],
  );
  const dispute = brief.disputed.find((d) => d.kind === 'number');
  assert.ok(dispute);
  assert.deepEqual(dispute.minority.sources, ['C']);
  assert.deepEqual(dispute.majority?.sources, ['A', 'B']);
  assert.ok(dispute.evidence.every((e) => ['A', 'B', 'C'].includes(e.source)));
  assert.ok(brief.timeline.some((t) => t.when === '2025-12-02'));
  const note = brief.sourceNotes.find((n) => n.source === 'C');
  assert.ok(note && note.wrong.length > 0);
  assert.ok(brief.method.length > 0);
});

test('brief: a source and its copy are listed as one source', () => {
  const grouped = buildBrief({ articles, independentGroups: [['a', 'b']] });
  assert.deepEqual(grouped.groups, [['A', 'B'], ['C']]);
  assert.deepEqual(grouped.sourceNotes.find((n) => n.source === 'A')?.copies, ['B']);
});

test('brief: every format renders', () => {
  for (const format of briefFormats) assert.ok(renderBrief(brief, format).length > 100, format);
});

test('brief: HTML escapes hostile article text and stays self-contained', () => {
  const html = renderBrief(brief, 'html');
  assert.ok(!html.includes('<script>alert'));
  assert.ok(!html.includes('javascript:alert(1))</'));
  assert.equal(html.match(/<script/g)?.length, 1, 'only the JSON-LD element');
  assert.equal(html.match(/<\/script>/g)?.length, 1);
  assert.ok(!hasControl(html));
  assert.ok(!/(?:src|href)=["']?https?:/.test(html), 'no external resources');
});

test('brief: Markdown cannot turn article text into links or HTML', () => {
  const markdown = renderBrief(brief, 'markdown');
  assert.ok(!markdown.includes('<script>'));
  assert.ok(!markdown.includes('[click](javascript'));
  assert.ok(!hasControl(markdown));
});

test('brief: terminal text drops control characters', () => {
  assert.ok(!hasControl(renderBrief(brief, 'text')));
});

test('brief: ClaimReview JSON-LD, one review per dispute', () => {
  const reviews = JSON.parse(renderBrief(brief, 'claimreview')) as Record<string, unknown>[];
  assert.equal(reviews.length, brief.disputed.length);
  for (const review of reviews) {
    assert.equal(review['@context'], 'https://schema.org');
    assert.equal(review['@type'], 'ClaimReview');
    assert.ok(typeof review.claimReviewed === 'string');
    assert.equal((review.reviewRating as Record<string, unknown>)['@type'], 'Rating');
  }
});

test('brief: JSON carries the contract’s facts, conflicts and timeline', () => {
  const json = JSON.parse(renderBrief(brief, 'json')) as Record<string, unknown[]>;
  for (const key of ['facts', 'conflicts', 'timeline', 'sources']) assert.ok(Array.isArray(json[key]), key);
  const conflict = json.conflicts![0] as Record<string, unknown>;
  for (const key of ['id', 'kind', 'summary', 'minority', 'evidence']) assert.ok(key in conflict, key);
});

test('brief: escaping never leaves markup in any string (property)', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      assert.ok(!/[<>"']/.test(escapeHtml(text)));
      assert.ok(!/<\/?script/i.test(scriptSafeJson({ text })));
      assert.ok(!/(?<!\\)[[\]<]/.test(escapeMarkdown(text)));
    }),
  );
});
