import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handArticle } from '../verify/testing.ts';
import { type ArticleEdits, diffArticles } from '../versions/index.ts';
import { buildBrief, renderBrief } from './index.ts';

/** One outlet's report of a road closure; `days` and `extra` paragraphs vary between versions. */
const report = (id: string, outlet: string, days: string, extra: readonly string[] = []) =>
  handArticle({
    id,
    outlet,
    published: '2025-12-03',
    blocks: [
      { kind: 'title', text: 'Coast road to close for repairs' },
      `The coast road between the two villages will close for ${days} days from Monday, the county said.`,
      `Engineers from ${outlet} reported cracks in the sea wall after last week's storm.`,
      ...extra,
    ],
  });

const editsOf = (before: ReturnType<typeof report>, after: ReturnType<typeof report>): ArticleEdits => ({
  article: after.id,
  url: 'https://a.example/coast-road',
  version: 2,
  versions: 2,
  edits: [{ version: 2, diff: diffArticles(before, after) }],
});

test('a number changed to what another independent source reports is a stealth edit when unannounced', () => {
  const first = report('a1', 'Coast Courier', '12');
  const edited = report('a2', 'Coast Courier', '14');
  const other = report('b', 'Valley Post', '14');
  const brief = buildBrief({ articles: [edited, other], edits: [editsOf(first, edited)] });
  assert.deepEqual(
    brief.edits.map((e) => [e.source, e.kind, e.what, e.before, e.after, e.reportsAfter, e.reportsBefore]),
    [['A', 'stealth-edit', 'number', '12', '14', ['B'], []]],
  );
  assert.deepEqual(brief.sources[0]?.edited, { version: 2, versions: 2 });
  const text = renderBrief(brief, 'text');
  assert.match(text, /EDITED AFTER PUBLICATION/);
  assert.match(
    text,
    /\[A\] stealth edit \(no correction notice\) in version 2 of 2: number 12 → 14 .*now agrees with \[B\]/s,
  );
  assert.match(text, /edited: version 2 of 2/);
  for (const format of ['markdown', 'html'] as const)
    assert.match(renderBrief(brief, format), /stealth edit .*version 2 of 2/, format);
  assert.equal(JSON.parse(renderBrief(brief, 'json')).brief.edits[0].after, '14');
});

test('an edit that says so in its text is a correction; the old value is matched with its unit', () => {
  const first = report('a1', 'Coast Courier', '12');
  const edited = report('a2', 'Coast Courier', '14', [
    'Correction: an earlier version of this article gave the wrong length of the closure.',
  ]);
  const other = report('b', 'Valley Post', '12');
  const brief = buildBrief({ articles: [edited, other], edits: [editsOf(first, edited)] });
  assert.deepEqual(
    brief.edits.map((e) => [e.kind, e.reportsAfter, e.reportsBefore]),
    [['correction', [], ['B']]],
  );
});

test('an edit to a fact no other source reports is not listed, and a brief without edits has no section', () => {
  const first = report('a1', 'Coast Courier', '12');
  const edited = report('a2', 'Coast Courier', '14');
  const other = handArticle({
    id: 'b',
    outlet: 'Valley Post',
    blocks: [{ kind: 'title', text: 'Coast road' }, 'The county said 12 people attended the meeting.'],
  });
  const brief = buildBrief({ articles: [edited, other], edits: [editsOf(first, edited)] });
  assert.deepEqual(brief.edits, [], '"12 people" is not "12 days"');
  assert.doesNotMatch(renderBrief(buildBrief({ articles: [edited, other] }), 'text'), /EDITED/);
});
