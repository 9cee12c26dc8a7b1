/**
 * Truth on the five example reports (examples/ = shared/corpus/seeds): every expectation below
 * was written by reading the articles, not copied from the program's output.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createExtractionPipeline } from '../src/extract/index.ts';
import { ingestPaths } from '../src/ingest/index.ts';
import { publishedInferred, spanText } from '../src/model/index.ts';
import type { AnalysedArticle } from '../src/pipeline/index.ts';

let articles: AnalysedArticle[] = [];
const byFile = (prefix: string): AnalysedArticle => {
  const found = articles.find((a) => a.path?.split('/').pop()?.startsWith(prefix));
  assert.ok(found, `article ${prefix} was read`);
  return found;
};

before(async () => {
  const ingested = await ingestPaths(['examples']);
  const pipeline = createExtractionPipeline();
  articles = ingested.articles.map((article) => pipeline.run(article));
});

test('seeds: five articles, none rejected, all English', () => {
  assert.equal(articles.length, 5);
  for (const article of articles) assert.equal(article.language, 'en');
});

test('seeds: publication dates from the header, else inferred and marked', () => {
  const header = byFile('000');
  assert.equal(header.published, '2025-12-03');
  assert.equal(publishedInferred(header), false);
  // 001 has a dateline "WASHINGTON (December 3) –"; the year comes from a full date in its text.
  assert.equal(byFile('001').published, '2025-12-03');
  assert.equal(publishedInferred(byFile('001')), true);
  // 002 says Trump spoke "on December 3"; 003's photo of that briefing is dated December 3, 2025.
  for (const prefix of ['002', '003']) {
    assert.equal(byFile(prefix).published, '2025-12-03', prefix);
    assert.equal(publishedInferred(byFile(prefix)), true, prefix);
  }
});

test('seeds: "Tuesday" in an article published on a Wednesday is the day before', () => {
  const article = byFile('000');
  const tuesdays = article.extraction.dates.filter((d) => d.text === 'Tuesday');
  assert.ok(tuesdays.length >= 2);
  for (const tuesday of tuesdays) assert.equal(tuesday.value, '2025-12-02');
  const wednesday = article.extraction.dates.find((d) => d.text === 'Wednesday');
  assert.equal(wednesday?.value, '2025-12-03');
});

const speakerOf = (article: AnalysedArticle, words: string) =>
  article.extraction.quotes.find((q) => q.text.includes(words))?.speaker;

test('seeds: quotes carry their speakers', () => {
  assert.equal(speakerOf(byFile('003'), 'it takes two to tango'), 'Donald Trump');
  assert.equal(speakerOf(byFile('003'), 'No compromise option has been found so far'), 'Yuri Ushakov');
  assert.equal(speakerOf(byFile('003'), 'What they are literally fighting for'), 'Marco Rubio');
  assert.equal(speakerOf(byFile('003'), 'keep the process going'), 'Michael Froman');
  assert.equal(speakerOf(byFile('002'), 'So far no compromise option has been found'), 'Yuri Ushakov');
  assert.equal(speakerOf(byFile('002'), 'still not close enough'), 'Marco Rubio');
  assert.equal(speakerOf(byFile('004'), 'We could agree on some things'), 'Yuri Ushakov');
  // The next quote in the same paragraph goes on with the same speaker.
  assert.equal(speakerOf(byFile('004'), 'Other things provoked criticism'), 'Yuri Ushakov');
  assert.equal(speakerOf(byFile('000'), 'reasonably good'), 'Donald Trump');
});

const titlesOf = (article: AnalysedArticle, name: string) =>
  article.extraction.people.find((p) => p.name === name)?.titles.map((t) => t.text) ?? [];

test('seeds: titles are bound to the right person', () => {
  assert.ok(titlesOf(byFile('000'), 'Vladimir Putin').includes('Russian President'));
  assert.ok(titlesOf(byFile('000'), 'Rustem Umerov').includes('Ukrainian national security adviser'));
  assert.ok(titlesOf(byFile('003'), 'Yuri Ushakov').includes('top foreign policy adviser'));
  assert.deepEqual(titlesOf(byFile('003'), 'Putin'), []);
  // A source's own error is extracted faithfully: 001 calls Zelenskiy the Russian president.
  assert.ok(titlesOf(byFile('001'), 'Vladimir Zelenskiy').includes('Russian President'));
});

test('seeds: name variants are one person', () => {
  const witkoff = byFile('000').extraction.people.find((p) => p.name === 'Steve Witkoff');
  assert.ok(witkoff?.variants.includes('Witkoff'));
});

test('seeds: photo captions, credits and calls to action are kept apart from reporting', () => {
  const kindOf = (article: AnalysedArticle, words: string) =>
    article.blocks.find((b) => spanText(article.text, b.span).includes(words))?.kind;
  assert.equal(kindOf(byFile('003'), 'speaks to the media in the Oval Office'), 'caption');
  assert.equal(kindOf(byFile('003'), 'Will Oliver/EPA/Shutterstock'), 'credit');
  assert.equal(kindOf(byFile('003'), 'accompanied by Kremlin Economic Envoy'), 'caption');
  assert.equal(kindOf(byFile('001'), 'MOSCOW, RUSSIA - AUGUST 06'), 'caption');
  assert.equal(kindOf(byFile('002'), 'Stay tuned for more updates'), 'cta');
  assert.equal(kindOf(byFile('003'), 'It is unclear what peace plan'), 'body');
  // Captions never yield claims.
  const captionClaims = byFile('003').extraction.claims.filter((c) => c.text.includes('speaks to the media'));
  assert.deepEqual(captionClaims, []);
});

test('seeds: numbers with units', () => {
  const numbers = byFile('003').extraction.numbers.map((n) => [n.text, n.value, n.upTo, n.unit]);
  assert.deepEqual(
    numbers.find(([text]) => text === '30 to 50 kilometers'),
    ['30 to 50 kilometers', 30, 50, 'kilometers'],
  );
  assert.deepEqual(
    numbers.find(([text]) => text === '20%'),
    ['20%', 20, undefined, 'percent'],
  );
  assert.ok(
    byFile('000').extraction.numbers.some(
      (n) => n.text === 'five-hour' && n.value === 5 && n.unit === 'hour',
    ),
  );
});
