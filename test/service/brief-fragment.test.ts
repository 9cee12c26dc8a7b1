/**
 * The brief as the story page embeds it: src/brief's HTML fragment, linked by src/web. Article text
 * is hostile and the page runs under a strict CSP, so the fragment holds no script, no style and
 * no id, escapes every piece of text, and links only inside the site.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildBrief } from '../../src/brief/index.ts';
import { renderHtmlFragment } from '../../src/brief/render/html.ts';
import type { Story } from '../../src/model/index.ts';
import { crossCheck } from '../../src/verify/index.ts';
import { handArticle } from '../../src/verify/testing.ts';
import { storyPage } from '../../src/web/index.ts';

const hostile = '<script>alert(1)</script> <img src=x onerror="alert(1)"> "quotes" & \u001b[31mred';
const people = [{ name: 'Steve Witkoff', written: ['Steve Witkoff', 'Witkoff'] }];

const report = (id: string, outlet: string, hours: string, extra = '') =>
  handArticle({
    id,
    outlet,
    published: '2025-12-03',
    blocks: [
      { kind: 'title', text: `Envoy in Moscow ${extra}` },
      `Steve Witkoff held a ${hours} meeting at the Kremlin on Tuesday. ${extra}`,
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
const check = crossCheck(articles);
const story: Story = {
  id: 'story/1',
  title: `Talks ${hostile}`,
  articles: articles.map((a) => a.id),
  independentGroups: check.groups,
  reuse: [],
  facts: check.facts,
  conflicts: check.conflicts,
  timeline: check.timeline,
};

/** The tags of some HTML with their attribute values emptied (text is escaped, so every "<" left starts a tag). */
const tags = (html: string) =>
  (html.match(/<[a-z][^>]*>/gi) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
/** Tags that could run something, style the page inline, or clash with the page's anchors. */
const unsafeTags = (html: string) =>
  tags(html).filter((tag) => /^<(?:script|style|img|iframe|object)\b|\s(?:style|id|on[a-z]+)=/i.test(tag));

/** The fragment inside the page's <div class="brief">…</div>. */
const briefOf = (page: string) => {
  const start = page.indexOf('<div class="brief">');
  assert.ok(start >= 0, 'the page embeds the brief');
  return page.slice(start, page.indexOf('</div>', start) + 6);
};

test('fragment: escaped, no script, style, event handler or id, headings at the level asked', () => {
  const fragment = renderHtmlFragment(buildBrief({ articles, check }), { level: 3 });
  assert.ok(fragment.startsWith('<div class="brief">'));
  assert.deepEqual(unsafeTags(fragment), []);
  assert.doesNotMatch(fragment, /<h[12456]/);
  assert.match(fragment, /<h3>Disputed<\/h3>/);
  assert.ok(fragment.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!fragment.includes('\u001b'), 'no terminal escapes');
});

test('fragment: only addresses inside the site become links', () => {
  const offered = [
    'javascript:alert(1)',
    '//evil.example/x',
    'https://evil.example/',
    '/\t/evil.example',
    ' /x',
  ];
  let next = 0;
  const fragment = renderHtmlFragment(buildBrief({ articles, check }), {
    links: {
      source: () => offered[next++ % offered.length],
      fact: () => '/fine?a=1&b=2',
      dispute: () => 'JAVASCRIPT:alert(1)',
    },
  });
  const hrefs = [...fragment.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(hrefs.length > 0);
  assert.deepEqual([...new Set(hrefs)], ['/fine?a=1&amp;b=2']);
});

test('story page: the brief links rows, panels and highlighted sentences of this story', () => {
  const page = storyPage(story, articles).value;
  const brief = briefOf(page);
  const conflict = story.conflicts[0];
  assert.ok(conflict, 'the hand-made story has a dispute');
  assert.ok(brief.includes(`href="#conflict-${conflict.id}"`));
  assert.ok(page.includes(`id="conflict-${conflict.id}"`), 'the link has its target');
  const evidence = conflict.evidence[0]!;
  assert.ok(
    brief.includes(`href="/articles/${evidence.article}?story=story%2F1&amp;conflict=${conflict.id}#focus"`),
  );
  // Sources go by the page's names (the matrix columns), not by letters that clash with the groups.
  assert.match(brief, /<a class="key" href="\/articles\/a\?story=story%2F1[^"]*">Daily One<\/a>/);
  assert.deepEqual(unsafeTags(brief), []);
});

test('story page: a story stored without these facts and disputes gets no dangling or wrong links', () => {
  const older: Story[] = [
    { ...story, facts: [], conflicts: [], timeline: [] },
    // The same ids for other facts and disputes, as an older analysis may have stored them.
    {
      ...story,
      facts: story.facts.map((f) => ({ ...f, statement: `Older: ${f.statement}` })),
      conflicts: story.conflicts.map((c) => ({ ...c, summary: `Older: ${c.summary}` })),
    },
  ];
  for (const stale of older) {
    const brief = briefOf(storyPage(stale, articles).value);
    assert.match(brief, /<h3>Disputed<\/h3>\n<ol>/, 'the brief still reports the disputes');
    assert.doesNotMatch(brief, /href="#|conflict=|fact=/);
    assert.match(brief, /href="\/articles\/c\?story=story%2F1"/);
  }
});
