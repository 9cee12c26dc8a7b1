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

const withRetention = fc.constantFrom<ClusterOptionsInput>({}, headlineOptions, { retentionDays: 21 });

/** Adds documents to a clusterer and to its restored snapshot side by side; both must agree throughout. */
function assertSnapshotGoesOn(
  documents: readonly StoryDocument[],
  cut: number,
  options: ClusterOptionsInput,
): void {
  const original = new StoryClusterer(options);
  for (const document of documents.slice(0, cut)) original.add(document);
  // Through JSON, as a worker stores it.
  const restored = StoryClusterer.fromSnapshot(JSON.parse(JSON.stringify(original.toSnapshot())), options);
  assert.equal(JSON.stringify(restored.toSnapshot()), JSON.stringify(original.toSnapshot()));
  for (const document of documents.slice(cut)) assert.equal(restored.add(document), original.add(document));
  assert.equal(JSON.stringify(restored.toSnapshot()), JSON.stringify(original.toSnapshot()));
  for (const document of documents)
    assert.deepEqual(restored.assignment(document.id), original.assignment(document.id));
  assert.deepEqual(restored.stories(), original.stories());
  assert.deepEqual(restored.repair(), original.repair());
  assert.deepEqual(restored.stories(), original.stories());
}

test('properties: a clusterer restored from its snapshot goes on exactly as the one it was taken from', () => {
  fc.assert(
    fc.property(stream, fc.nat(), withRetention, (documents, at, options) => {
      assertSnapshotGoesOn(documents, at % (documents.length + 1), options);
    }),
    { numRuns: 200 },
  );
});

test('properties: a snapshot of a long stream keeps the caches that decide later placements', () => {
  // Long enough for cached weights and norms to be reused (they last until the stream grows by
  // 1 %) and for stories to be retired; words drawn with a skew, so stories form.
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const word = () => `w${Math.floor(300 * random() ** 3)}`;
  const documents: StoryDocument[] = Array.from({ length: 3000 }, (_, index) => ({
    id: `d${index}`,
    terms: Array.from({ length: 8 + Math.floor(20 * random()) }, word),
    entities: random() < 0.7 ? [`person:p${Math.floor(60 * random() ** 2)}`] : [],
    publishedDay: 20_000 + Math.floor(index / 15) + (random() < 0.05 ? -40 : 0),
    ...(random() < 0.8 ? { title: Array.from({ length: 6 }, word).join(' ') } : {}),
  }));
  assertSnapshotGoesOn(documents, 1800, { retentionDays: 30 });
  assertSnapshotGoesOn(documents, 2500, {});
});

test('properties: a snapshot restores only under the options it was taken with', () => {
  const snapshot = new StoryClusterer({ retentionDays: 30 }).toSnapshot();
  assert.throws(() => StoryClusterer.fromSnapshot(snapshot, {}), /other options/);
  assert.throws(
    () => StoryClusterer.fromSnapshot({ ...snapshot, version: 0 }, { retentionDays: 30 }),
    /version/,
  );
});
