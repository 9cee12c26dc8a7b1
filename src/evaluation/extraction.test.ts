import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Span } from '../model/index.ts';
import {
  type AnalyzeOutput,
  type ExtractionLabels,
  extractionMisses,
  formatExtractionScores,
  loadExtractionLabels,
  locateLabels,
  type OutputArticle,
  type OutputEntity,
  poolExtractionScores,
  sameSpeaker,
  scoreExtraction,
} from './extraction.ts';

const text =
  'MOSCOW — Russian President Vladimir Putin met envoy Steve Witkoff at the Kremlin on Tuesday. ' +
  '“It was a very good meeting,” Witkoff said.';

const at = (needle: string, last = false): Span => {
  const start = last ? text.lastIndexOf(needle) : text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return [start, start + needle.length];
};

const labels: ExtractionLabels = {
  articles: [
    {
      file: 'small.txt',
      outlet: 'Test Wire',
      published: '2025-12-03',
      sentences: [
        {
          text: 'Russian President Vladimir Putin met envoy Steve Witkoff at the Kremlin on Tuesday.',
          entities: [
            { text: 'Vladimir Putin', type: 'person' },
            { text: 'Steve Witkoff', type: 'person' },
            { text: 'Kremlin', type: 'place' },
          ],
          titles: [
            { person: 'Vladimir Putin', title: 'Russian President' },
            { person: 'Steve Witkoff', title: 'envoy' },
          ],
          dates: [{ text: 'Tuesday', value: '2025-12-02' }],
          quotes: [],
        },
        {
          text: '“It was a very good meeting,” Witkoff said.',
          entities: [{ text: 'Witkoff', type: 'person' }],
          titles: [],
          dates: [],
          quotes: [{ text: 'It was a very good', speaker: 'Steve Witkoff' }],
        },
      ],
    },
  ],
};

interface Overrides {
  people?: OutputEntity[];
  places?: OutputEntity[];
  dates?: { value: string | null; span: Span }[];
  quotes?: { speaker: string | null; span: Span }[];
}

/** A hand-made analyze output for `text`; each test changes one part of it. */
const outputWith = (overrides: Overrides = {}): AnalyzeOutput => ({
  articles: [
    {
      path: 'some/dir/small.txt',
      text,
      extraction: {
        people: overrides.people ?? [
          {
            name: 'Vladimir Putin',
            variants: [],
            titles: ['Russian President'],
            spans: [at('Vladimir Putin')],
          },
          {
            name: 'Steve Witkoff',
            variants: ['Witkoff'],
            titles: [{ text: 'envoy' }],
            spans: [at('Steve Witkoff'), at('Witkoff', true)],
          },
        ],
        organizations: [],
        // MOSCOW lies outside every labelled sentence, so it must not count against precision.
        places: overrides.places ?? [
          { name: 'Kremlin', spans: [at('Kremlin')] },
          { name: 'MOSCOW', spans: [at('MOSCOW')] },
        ],
        dates: overrides.dates ?? [{ value: '2025-12-02', span: at('Tuesday') }],
        quotes: overrides.quotes ?? [{ speaker: 'Steve Witkoff', span: at('It was a very good meeting,') }],
      },
    },
  ],
});

test('a perfect output scores 1 everywhere', () => {
  const scores = scoreExtraction(labels, outputWith());
  assert.deepEqual(scores.errors, []);
  assert.deepEqual(scores.entities, { precision: 1, recall: 1, f1: 1, partialF1: 1, gold: 4, predicted: 4 });
  assert.deepEqual(scores.titles, { accuracy: 1, lenient: 1, pairs: 2 });
  assert.deepEqual(scores.dates, { accuracy: 1, count: 1 });
  assert.deepEqual(scores.quotes, { accuracy: 1, count: 1 });
  assert.equal(scores.sentences, 2);
  assert.equal(scores.outlets, 1);
  assert.match(formatExtractionScores(scores), /F1 1\.000/);
});

test('a wrong speaker lowers quote accuracy; a last name alone or a missing speaker is judged by name', () => {
  const span = at('It was a very good meeting,');
  assert.equal(
    scoreExtraction(labels, outputWith({ quotes: [{ speaker: 'Vladimir Putin', span }] })).quotes.accuracy,
    0,
  );
  assert.equal(scoreExtraction(labels, outputWith({ quotes: [{ speaker: null, span }] })).quotes.accuracy, 0);
  assert.equal(
    scoreExtraction(labels, outputWith({ quotes: [{ speaker: 'witkoff', span }] })).quotes.accuracy,
    1,
  );
  assert.equal(scoreExtraction(labels, outputWith({ quotes: [] })).quotes.accuracy, 0);
});

test('an acronym and the name it spells are the same speaker, in either direction', () => {
  const none = new Set<string>();
  assert.equal(sameSpeaker('NRA', 'National Rifle Association', none), true);
  assert.equal(sameSpeaker('American Civil Liberties Union', 'ACLU', none), true);
  assert.equal(sameSpeaker('NBA', 'National Rifle Association', none), false);
  assert.equal(sameSpeaker('NR', 'National Rifle Association', none), false);
});

test('a missing entity lowers recall, not precision; a boundary error counts only as an overlap', () => {
  const missing = scoreExtraction(labels, outputWith({ places: [] })).entities;
  assert.equal(missing.recall, 0.75);
  assert.equal(missing.precision, 1);

  const short = scoreExtraction(
    labels,
    outputWith({ places: [{ name: 'the Kremlin', spans: [at('the Kremlin')] }] }),
  );
  assert.equal(short.entities.recall, 0.75);
  assert.equal(short.entities.partialF1, 1);
});

test('titles compare case-, space- and article-insensitively; containment counts only as lenient', () => {
  const people = (title: string) => [
    { name: 'Putin', variants: [], titles: [title], spans: [] },
    { name: 'Steve Witkoff', variants: [], titles: ['envoy'], spans: [] },
  ];
  assert.equal(
    scoreExtraction(labels, outputWith({ people: people('the  russian president') })).titles.accuracy,
    1,
  );
  const partial = scoreExtraction(labels, outputWith({ people: people('President') })).titles;
  assert.deepEqual(partial, { accuracy: 0.5, lenient: 1, pairs: 2 });
});

test('a date with the wrong day does not count', () => {
  const scores = scoreExtraction(
    labels,
    outputWith({ dates: [{ value: '2025-12-09', span: at('Tuesday') }] }),
  );
  assert.equal(scores.dates.accuracy, 0);
  assert.match(formatExtractionScores(scores), /dates {5}accuracy 0\.000 {2}\(1 dates\)/);
});

test('a kind with nothing to score prints n/a, not an accuracy of 0', () => {
  const withoutDates: ExtractionLabels = {
    articles: labels.articles.map((article) => ({
      ...article,
      sentences: article.sentences.map((sentence) => ({ ...sentence, dates: [] })),
    })),
  };
  const printed = formatExtractionScores(scoreExtraction(withoutDates, outputWith({})));
  assert.match(printed, /dates {5}accuracy n\/a {2}\(0 dates\)/);
});

test('labels that cannot be found and articles missing from the output are reported', () => {
  const broken: ExtractionLabels = {
    articles: [
      {
        ...labels.articles[0]!,
        sentences: [{ text: 'Nobody wrote this.', entities: [], titles: [], dates: [], quotes: [] }],
      },
    ],
  };
  assert.match(scoreExtraction(broken, outputWith()).errors.join('\n'), /sentence not found/);

  const absent = scoreExtraction(labels, { articles: [] });
  assert.match(absent.errors.join('\n'), /small\.txt: not in the output/);
  assert.equal(absent.entities.recall, 0);
  assert.equal(absent.quotes.count, 1);
});

const truthDir = fileURLToPath(new URL('../../eval/extraction', import.meta.url));

test('the truth set: every label is found verbatim, at least 100 sentences from 4 outlets', async () => {
  const truth = await loadExtractionLabels(truthDir);
  const articles: OutputArticle[] = [];
  for (const article of truth.articles) {
    const path = join(truthDir, 'articles', article.file);
    const fileText = await readFile(path, 'utf8');
    for (const sentence of article.sentences) {
      assert.ok(fileText.includes(sentence.text), `${article.file}: not verbatim: ${sentence.text}`);
    }
    const located = locateLabels(article, fileText);
    assert.deepEqual(located.errors, []);
    // The labels turned into an output: it must score 1, which checks the scorer and the labels together.
    const sentences = located.sentences;
    articles.push({
      path,
      text: fileText,
      extraction: {
        people: [
          ...sentences
            .flatMap((s) => s.entities.filter((e) => e.type === 'person'))
            .map((e) => ({
              name: fileText.slice(e.span[0], e.span[1]),
              spans: [e.span],
            })),
          ...article.sentences
            .flatMap((s) => s.titles)
            .map((t) => ({ name: t.person, titles: [t.title], spans: [] })),
        ],
        organizations: sentences
          .flatMap((s) => s.entities.filter((e) => e.type === 'organization'))
          .map((e) => ({ name: 'org', spans: [e.span] })),
        places: sentences
          .flatMap((s) => s.entities.filter((e) => e.type === 'place'))
          .map((e) => ({ name: 'place', spans: [e.span] })),
        dates: sentences.flatMap((s) => s.dates),
        quotes: sentences.flatMap((s) => s.quotes),
      },
    });
  }
  const scores = scoreExtraction(truth, { articles });
  assert.deepEqual(scores.errors, []);
  assert.ok(scores.sentences >= 100, `only ${scores.sentences} sentences`);
  assert.ok(scores.outlets >= 4, `only ${scores.outlets} outlets`);
  assert.ok(truth.articles.length >= 6);
  assert.equal(scores.entities.f1, 1);
  assert.equal(scores.titles.accuracy, 1);
  assert.equal(scores.dates.accuracy, 1);
  assert.equal(scores.quotes.accuracy, 1);
});

test('pooled scores count every label once, whichever set it is in', () => {
  const set = (exact: number, gold: number, predicted: number, quotesRight: number, quotes: number) => ({
    entities: { precision: exact / predicted, recall: exact / gold, f1: 0, partialF1: 0, gold, predicted },
    titles: { accuracy: 0.5, lenient: 1, pairs: 2 },
    dates: { accuracy: 1, count: 1 },
    quotes: { accuracy: quotesRight / quotes, count: quotes },
    sentences: 10,
    outlets: 1,
    errors: [],
  });
  const pooled = poolExtractionScores([set(9, 10, 10, 1, 1), set(1, 10, 2, 1, 3)]);
  assert.equal(pooled.entities.f1, (2 * 10) / (20 + 12));
  assert.equal(pooled.quotes.accuracy, 2 / 4);
  assert.equal(pooled.titles.accuracy, 2 / 4);
  assert.equal(pooled.sentences, 20);
});

test('misses list each wrong quote speaker and title with what was given, and nothing when all is right', () => {
  assert.deepEqual(extractionMisses(labels, outputWith()), []);
  const span = at('It was a very good meeting,');
  const misses = extractionMisses(
    labels,
    outputWith({
      quotes: [{ speaker: 'Vladimir Putin', span }],
      people: [{ name: 'Steve Witkoff', titles: ['special envoy'], spans: [at('Steve Witkoff')] }],
    }),
  );
  assert.deepEqual(
    misses.map((miss) => [miss.kind, miss.item, miss.wanted, miss.given]),
    [
      ['quote', 'It was a very good', 'Steve Witkoff', ['Vladimir Putin']],
      ['title', 'Vladimir Putin', 'Russian President', []],
      ['title', 'Steve Witkoff', 'envoy', ['special envoy']],
    ],
  );
  assert.equal(misses[0]!.sentence, '“It was a very good meeting,” Witkoff said.');
});
