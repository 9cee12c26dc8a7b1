import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultLimits } from './draft.ts';
import { entryBlocks, readFeed } from './feed.ts';
import { fixtureText, textsOfKind } from './test-support.ts';

// Truth for feed.rss and feed.atom, written from their source: seeds 000, 004, 002 and 001 as feed entries.

test('rss: each item is a draft with title, link, raw date, author, the channel as outlet and full content', () => {
  const result = readFeed(fixtureText('feed.rss'), 'feed.rss');
  assert.equal(result.rejections.length, 0);
  assert.deepEqual(
    result.drafts.map((draft) => draft.path),
    ['feed.rss#1', 'feed.rss#2'],
  );
  const [first, second] = result.drafts;
  assert.equal(first?.title, "Trump says Witkoff, Kushner had 'very good' meeting with Putin");
  assert.equal(
    first?.url,
    'https://worlddesk.example/2025/12/03/trump-putin-meeting',
    'tracking parameters dropped',
  );
  assert.equal(first?.published, 'Wed, 03 Dec 2025 23:30:00 -0500', 'the date as written: no shift to UTC');
  assert.equal(first?.publishedFrom, 'metadata');
  assert.equal(first?.outlet, 'World Desk & Wires');
  assert.equal(first?.language, 'en');
  assert.deepEqual(textsOfKind(first!, 'byline'), ['Jane Roe']);
  const body = textsOfKind(first!, undefined);
  assert.equal(body.length, 6, 'content:encoded, not the one-line description');
  assert.ok(body[0]?.startsWith('President Donald Trump said Wednesday that his envoy'));
  assert.deepEqual(textsOfKind(first!, 'caption'), ['Steve Witkoff in Moscow.']);
  assert.deepEqual(textsOfKind(first!, 'credit'), ['Kremlin Press Office/Handout']);

  assert.deepEqual(textsOfKind(second!, 'byline'), ['Omar Said'], 'name taken from "email (Name)"');
  assert.equal(
    textsOfKind(second!, undefined).length,
    4,
    'escaped HTML in <description> is split into paragraphs',
  );
  assert.equal(textsOfKind(second!, undefined)[1], 'Oval Office Remarks on Moscow Meeting');
});

test('atom: HTML titles are read as text, published beats updated, XHTML content keeps its paragraphs', () => {
  const result = readFeed(fixtureText('feed.atom'), 'feed.atom');
  const [first, second] = result.drafts;
  assert.equal(first?.title, 'Trump Confirms “Good Meeting” Between Putin, Kushner, Witkoff');
  assert.equal(first?.published, '2025-12-03T21:05:00Z');
  assert.equal(first?.url, 'https://capitolwire.example/news/trump-confirms-good-meeting');
  assert.equal(first?.outlet, 'Capitol Wire');
  assert.deepEqual(textsOfKind(first!, 'byline'), ['Capitol Wire Staff']);
  assert.equal(textsOfKind(first!, undefined).length, 4);
  assert.equal(second?.published, '2025-12-03T16:00:00Z', 'only <updated>: used');
  const body = textsOfKind(second!, undefined);
  assert.equal(body.length, 2);
  assert.ok(body[0]?.startsWith('WASHINGTON (December 3) – US President Donald Trump’s personal envoy'));
});

const markupCases: [name: string, markup: string, expected: string[]][] = [
  ['CDATA', '<![CDATA[<p>One &amp; two.</p><p>Three.</p>]]>', ['One & two.', 'Three.']],
  [
    'escaped HTML',
    '&lt;p&gt;Esc &amp;amp; aped.&lt;/p&gt;&lt;p&gt;Next.&lt;/p&gt;',
    ['Esc & aped.', 'Next.'],
  ],
  ['plain text', 'Just a summary &amp; no tags.', ['Just a summary & no tags.']],
  ['text that mentions a less-than sign', 'Growth &lt; 3% this year.', ['Growth < 3% this year.']],
  ['XHTML', '<div xmlns="http://www.w3.org/1999/xhtml"><p>A <b>bold</b> move.</p></div>', ['A bold move.']],
];

for (const [name, markup, expected] of markupCases) {
  test(`feed entry markup: ${name}`, () => {
    assert.deepEqual(
      entryBlocks(markup, defaultLimits).map((block) => block.text),
      expected,
    );
  });
}

const badFeeds: [name: string, xml: string, code: string, message: RegExp][] = [
  ['cut off', fixtureText('feed.rss').slice(0, 900), 'input/malformed', /cut off/],
  [
    'unescaped ampersand',
    '<rss><channel><title>a & b</title><item><title>t</title></item></channel></rss>',
    'input/malformed',
    /not well-formed/,
  ],
  [
    'not a feed',
    '<?xml version="1.0"?><html><body>x</body></html>',
    'input/malformed',
    /not an RSS, Atom or RDF feed/,
  ],
  ['no items', '<rss><channel><title>Empty</title></channel></rss>', 'input/no-article', /no items/],
  ['not XML at all', 'hello', 'input/malformed', /not well-formed/],
];

for (const [name, xml, code, message] of badFeeds) {
  test(`feed rejected: ${name}`, () => {
    const result = readFeed(xml, 'bad.xml');
    assert.equal(result.drafts.length, 0);
    assert.equal(result.rejections[0]?.code, code);
    assert.match(result.rejections[0]?.message ?? '', message);
  });
}

test('feed: an entry with neither title nor text is rejected; its siblings are read', () => {
  const xml =
    '<rss><channel><title>S</title><item><title>Kept</title><description>Text.</description></item><item><link>https://x.example/a</link></item></channel></rss>';
  const result = readFeed(xml, 'f.rss');
  assert.deepEqual(
    result.drafts.map((draft) => draft.title),
    ['Kept'],
  );
  assert.deepEqual(
    result.rejections.map((rejection) => [rejection.path, rejection.code]),
    [['f.rss#2', 'input/no-article']],
  );
});

test('atom: of several links, the alternate one is the article', () => {
  const xml =
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>S</title><entry><title>T</title>' +
    '<link rel="enclosure" href="https://x.example/photo.jpg"/><link rel="alternate" href="https://x.example/story"/>' +
    '<summary>Text.</summary></entry></feed>';
  assert.equal(readFeed(xml, 'a.atom').drafts[0]?.url, 'https://x.example/story');
});

test('feed: a headline made of digits stays text, and entity expansion is not performed', () => {
  const digits = readFeed(
    '<rss><channel><title>S</title><item><title>1984</title><description>x</description></item></channel></rss>',
    'd.rss',
  );
  assert.equal(digits.drafts[0]?.title, '1984');
  const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><title>&c;</title><item><title>&c;</title></item></channel></rss>`;
  const result = readFeed(bomb, 'bomb.rss');
  assert.ok(JSON.stringify(result).length < 2000);
});
