import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Block, type Extraction, emptyExtraction, layOutBlocks } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { dayNumber } from './days.ts';
import { storyDocumentOf } from './document.ts';
import { groupIntoStories } from './group.ts';

const none: Extraction = emptyExtraction;

/** Builds an analysed article from blocks of text, with spans worked out here. */
function article(
  id: string,
  parts: readonly (readonly [Block['kind'], string])[],
  extraction: Partial<Extraction>,
  extra: Partial<AnalysedArticle> = {},
): AnalysedArticle {
  const { text, blocks } = layOutBlocks(parts.map(([kind, part]) => ({ kind, text: part })));
  return {
    id,
    language: 'en',
    text,
    blocks,
    diagnostics: [],
    extraction: { ...none, ...extraction },
    ...extra,
  };
}

const meeting = article(
  'meeting',
  [
    ['title', 'Witkoff meets Putin'],
    ['body', 'Envoy Steve Witkoff met Vladimir Putin in Moscow on Tuesday.'],
    ['caption', 'Snowfall over Red Square. Photo: Getty Images'],
  ],
  {
    people: [
      { name: 'Steve Witkoff', variants: ['Witkoff'], spans: [], titles: [] },
      { name: 'Putin', variants: [], spans: [], titles: [] },
    ],
    places: [{ name: 'Moscow', variants: [], spans: [] }],
    organizations: [{ name: 'U.N.', variants: [], spans: [] }],
    dates: [
      { text: 'Tuesday', value: '2025-12-02', grain: 'day', span: [0, 0] },
      { text: 'in 2024', value: '2024-01-01', grain: 'year', span: [0, 0] },
      { text: 'then', value: null, grain: 'day', span: [0, 0] },
    ],
  },
  { title: 'Witkoff meets Putin', published: '2025-12-03', publishedSource: 'metadata' },
);

test('storyDocumentOf: terms of reporting blocks only, typed entities, day-grain event days', () => {
  const document = storyDocumentOf(meeting);
  assert.equal(document.id, 'meeting');
  assert.ok(document.terms.includes('putin') && document.terms.includes('envoy'));
  assert.ok(!document.terms.includes('snowfall'), 'caption words are not content');
  assert.deepEqual(document.entities, [
    'person:steve witkoff',
    'surname:witkoff',
    'person:putin',
    'surname:putin',
    'organization:un',
    'place:moscow',
  ]);
  assert.deepEqual(document.eventDays, [dayNumber('2025-12-02')]);
  assert.equal(document.publishedDay, dayNumber('2025-12-03'));
  assert.equal(document.title, 'Witkoff meets Putin');
});

test('storyDocumentOf: a publication day guessed from the text is an event day, not a time window', () => {
  const guessed = storyDocumentOf({ ...meeting, publishedSource: 'text' });
  assert.equal(guessed.publishedDay, undefined);
  assert.deepEqual(guessed.eventDays, [dayNumber('2025-12-02'), dayNumber('2025-12-03')]);
});

test('storyDocumentOf: an untitled article takes its first reporting sentence as its title', () => {
  const untitled = article(
    'untitled',
    [
      ['credit', 'Photo: Reuters'],
      ['body', 'Putin met the envoy. They talked for five hours.'],
    ],
    {
      sentences: [
        { span: [0, 14], block: 0 },
        { span: [16, 36], block: 1 },
        { span: [37, 64], block: 1 },
      ],
    },
  );
  assert.equal(storyDocumentOf(untitled).title, 'Putin met the envoy.');
});

test('groupIntoStories: publication order, ISO date ranges, article ids', () => {
  const follow = article(
    'follow-up',
    [
      ['title', 'Putin and Witkoff talk for five hours'],
      ['body', 'Vladimir Putin received envoy Steve Witkoff in Moscow on Tuesday for five hours of talks.'],
    ],
    {
      people: [
        { name: 'Vladimir Putin', variants: [], spans: [], titles: [] },
        { name: 'Steve Witkoff', variants: [], spans: [], titles: [] },
      ],
      places: [{ name: 'Moscow', variants: [], spans: [] }],
      dates: [{ text: 'Tuesday', value: '2025-12-02', grain: 'day', span: [0, 0] }],
    },
    { title: 'Putin and Witkoff talk for five hours', published: '2025-12-04', publishedSource: 'metadata' },
  );
  const stories = groupIntoStories([follow, meeting]);
  assert.equal(stories.length, 1);
  assert.deepEqual(stories[0]?.articles, ['meeting', 'follow-up']);
  assert.deepEqual(stories[0]?.dateRange, ['2025-12-02', '2025-12-04']);
});
