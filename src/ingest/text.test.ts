import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureText, onlyDraft, textsOfKind } from './test-support.ts';
import { looksLikeHeadline, readText } from './text.ts';

test('text: a date header glued to the first paragraph (seed 000) gives the date and keeps the paragraph', () => {
  const draft = onlyDraft(readText(fixtureText('header-glued.txt'), 'header-glued.txt'));
  assert.equal(draft.published, '2025-12-03');
  assert.equal(draft.publishedFrom, 'header');
  assert.equal(draft.title, undefined, 'a paragraph ending in a full stop is not a headline');
  assert.ok(draft.blocks[0]?.text.startsWith('President Donald Trump said Wednesday that his envoy'));
  assert.equal(draft.blocks.length, 15, 'fifteen paragraphs, one block each');
  assert.ok(draft.blocks.every((block) => !/^\s*date\b/.test(block.text)));
});

test('text: a headline line becomes the title; caption and credit lines stay separate blocks (seed 001)', () => {
  const draft = onlyDraft(readText(fixtureText('headline-and-caption.txt'), 'headline-and-caption.txt'));
  const headline =
    'US Envoy and Adviser Reportedly Have ‘Very Good’ Meeting With Putin In Kremlin On Ukraine Peace Plan';
  assert.equal(draft.title, headline);
  assert.deepEqual(textsOfKind(draft, 'title'), [headline]);
  assert.equal(draft.blocks[1]?.text, 'Vladimir Putin - Steve Witkoff meeting in Moscow');
  assert.ok(draft.blocks[2]?.text.startsWith('MOSCOW, RUSSIA - AUGUST 06:'));
});

const headerCases: {
  name: string;
  input: string;
  expect: {
    title?: string;
    url?: string;
    outlet?: string;
    published?: string;
    first?: string;
    byline?: string;
  };
}[] = [
  {
    name: 'colon headers, any case',
    input:
      'Title: Talks in Moscow\nURL: https://example.com/a\nOutlet: Example News\nDate: 2025-12-03\n\nThe envoys met for five hours.',
    expect: {
      title: 'Talks in Moscow',
      url: 'https://example.com/a',
      outlet: 'Example News',
      published: '2025-12-03',
      first: 'Talks in Moscow',
    },
  },
  {
    name: 'url glued to text',
    input: 'url https://example.com/b The talks went on all night.\nMore text.',
    expect: { url: 'https://example.com/b', first: 'The talks went on all night.' },
  },
  {
    name: 'source means outlet; author becomes a byline block',
    input: 'source Wire Service\nauthor Jane Roe\ndate 2025-12-04\nThe meeting ended without a deal.',
    expect: { outlet: 'Wire Service', published: '2025-12-04', byline: 'Jane Roe' },
  },
  {
    name: 'a date with words after a colon',
    input: 'Date: December 3, 2025\nThe meeting ended without a deal.',
    expect: { published: 'December 3, 2025', first: 'The meeting ended without a deal.' },
  },
  {
    name: '"Title IX" on its own is a first line, not a header',
    input: 'Title IX rules change\nThe department announced new rules on Monday.',
    expect: { title: 'Title IX rules change', first: 'Title IX rules change' },
  },
  {
    name: 'a "date" line whose value is no date is text',
    input: 'Date night plans were cancelled across the city.\nOfficials said so.',
    expect: { first: 'Date night plans were cancelled across the city.' },
  },
];

for (const { name, input, expect } of headerCases) {
  test(`text headers: ${name}`, () => {
    const draft = onlyDraft(readText(input, 'case.txt'));
    assert.equal(draft.title, expect.title);
    assert.equal(draft.url, expect.url);
    assert.equal(draft.outlet, expect.outlet);
    assert.equal(draft.published, expect.published);
    if (expect.first) assert.equal(draft.blocks[0]?.text, expect.first);
    if (expect.byline) assert.deepEqual(textsOfKind(draft, 'byline'), [expect.byline]);
  });
}

const headlineCases: [line: string, hasMoreText: boolean, expected: boolean][] = [
  ['Trump Confirms “Good Meeting” Between Putin, Kushner, Witkoff', true, true],
  ['Is a deal near?', true, true],
  ['Trump Confirms “Good Meeting” Between Putin, Kushner, Witkoff', false, false],
  ['President Donald Trump said Wednesday that the meeting went well.', true, false],
  ['He said it was “very good.”', true, false],
  ['Moscow', true, false],
  ['The envoys, the president and the advisers met,', true, false],
];

for (const [line, hasMoreText, expected] of headlineCases) {
  test(`text headline: ${JSON.stringify(line.slice(0, 40))} → ${expected}`, () => {
    assert.equal(looksLikeHeadline(line, hasMoreText), expected);
  });
}

test('text: Windows line endings, a byte-order mark and blank runs give the same blocks', () => {
  const unix = readText('Talks end\n\nFirst paragraph here.\n\n\nSecond paragraph here.\n', 'a.txt');
  const windows = readText(
    '\uFEFFTalks end\r\n\r\nFirst paragraph here.\r\n\r\n\r\nSecond paragraph here.\r\n',
    'b.txt',
  );
  assert.deepEqual(onlyDraft(windows).blocks, onlyDraft(unix).blocks);
  assert.equal(onlyDraft(unix).blocks.length, 3);
});

test('text: Markdown heading marks are dropped in .md files', () => {
  const draft = onlyDraft(readText('# Talks end without a deal\n\nThe envoys left Moscow.', 'story.md'));
  assert.equal(draft.title, 'Talks end without a deal');
});

test('text: only white space, or headers without text, are rejected with a reason', () => {
  const blank = readText('  \n\t\n', 'blank.txt');
  assert.equal(blank.rejections[0]?.code, 'input/empty');
  const headersOnly = readText('date 2025-12-03\nurl https://example.com/x\n', 'headers.txt');
  assert.equal(headersOnly.rejections[0]?.code, 'input/no-article');
  assert.match(headersOnly.rejections[0]?.message ?? '', /Add the text/);
});
