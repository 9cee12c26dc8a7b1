import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { StoryClusterer, type StoryDocument } from './clusterer.ts';
import { type ClusterOptionsInput, headlineOptions } from './options.ts';

/**
 * Invariants on arbitrary streams: a small vocabulary so documents collide, days that may be
 * missing, huge or not numbers at all, entities and titles sometimes.
 */
const vocabulary = ['putin', 'kremlin', 'storm', 'snow', 'vote', 'senate', 'xbox', 'launch', 'a b', ''];
const day = fc.oneof(
  fc.integer({ min: 20_000, max: 20_060 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e12, 1e12),
);

const documentFields = fc.record(
  {
    terms: fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }),
    entities: fc.array(
      fc.constantFrom('person:vladimir putin', 'place:ohio', 'organization:senate', 'nameless'),
      {
        maxLength: 3,
      },
    ),
    eventDays: fc.array(day, { maxLength: 3 }),
    publishedDay: day,
    title: fc.string({ maxLength: 30 }),
  },
  { requiredKeys: ['terms'] },
);

const stream = fc
  .array(documentFields, { maxLength: 40 })
  .map((documents): StoryDocument[] => documents.map((fields, index) => ({ id: `d${index}`, ...fields })));

const settings = fc.constantFrom<ClusterOptionsInput>({}, headlineOptions, {
  joinThreshold: 0,
  splitThreshold: 1,
});

function run(documents: readonly StoryDocument[], options: ClusterOptionsInput) {
  const clusterer = new StoryClusterer(options);
  const online = documents.map((document) => clusterer.add(document));
  clusterer.repair();
  return { clusterer, online, stories: clusterer.stories() };
}

test('properties: every document is in exactly one story, online and after repair', () => {
  fc.assert(
    fc.property(stream, settings, (documents, options) => {
      const { clusterer, online, stories } = run(documents, options);
      assert.equal(online.length, documents.length);
      const placed = stories.flatMap((story) => story.documents);
      assert.deepEqual([...placed].sort(), documents.map((document) => document.id).sort());
      for (const story of stories) {
        assert.ok(story.documents.length > 0);
        for (const id of story.documents) assert.equal(clusterer.storyOf(id), story.id);
      }
    }),
    { numRuns: 150 },
  );
});

test('properties: never throws, and the same stream gives the same stories', () => {
  fc.assert(
    fc.property(stream, settings, (documents, options) => {
      assert.deepEqual(run(documents, options).stories, run(documents, options).stories);
    }),
    { numRuns: 100 },
  );
});

test('properties: date ranges are ordered and similarities lie in [0, 1]', () => {
  fc.assert(
    fc.property(stream, (documents) => {
      const { clusterer, stories } = run(documents, {});
      for (const story of stories) if (story.dateRange) assert.ok(story.dateRange[0] <= story.dateRange[1]);
      for (const document of documents) {
        const score = clusterer.assignment(document.id)?.similarity?.score;
        if (score !== undefined) assert.ok(score >= 0 && score <= 1, `score ${score}`);
      }
    }),
    { numRuns: 100 },
  );
});
