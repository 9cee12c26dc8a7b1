import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ClusterStory, StoryClusterer, type StoryDocument } from './clusterer.ts';
import { dayNumber } from './days.ts';
import { resolveClusterOptions } from './options.ts';
import { contentTerms } from './terms.ts';

/** A hand-made report: words as a reporter would write them, names, days as ISO dates. */
function report(
  id: string,
  text: string,
  people: readonly string[],
  published: string,
  eventDays: readonly string[] = [],
  title?: string,
): StoryDocument {
  return {
    id,
    terms: contentTerms(text),
    entities: people.map((name) => `person:${name}`),
    eventDays: eventDays.map((day) => dayNumber(day)!),
    publishedDay: dayNumber(published)!,
    ...(title ? { title } : {}),
  };
}

// Three events: a Kremlin meeting (two reports), the same kind of meeting a year later, and an
// unrelated storm on the same days as the first.
const kremlin1 = report(
  'kremlin-1',
  'Envoy Witkoff and adviser Kushner met President Putin at the Kremlin for five hours on a peace plan for Ukraine.',
  ['steve witkoff', 'jared kushner', 'vladimir putin'],
  '2025-12-03',
  ['2025-12-02'],
  'Witkoff and Kushner meet Putin in Kremlin',
);
const kremlin2 = report(
  'kremlin-2',
  'Putin received Witkoff and Kushner in the Kremlin; the five-hour talks on the Ukraine peace plan were useful, the Kremlin said.',
  ['vladimir putin', 'steve witkoff', 'jared kushner', 'yuri ushakov'],
  '2025-12-04',
  ['2025-12-02'],
  'Kremlin calls five-hour talks with Witkoff useful',
);
const kremlinNextYear = report(
  'kremlin-next-year',
  'Witkoff met President Putin at the Kremlin again to discuss a peace plan for Ukraine.',
  ['steve witkoff', 'vladimir putin'],
  '2026-12-10',
  ['2026-12-09'],
  'Witkoff meets Putin in Kremlin again',
);
const storm1 = report(
  'storm-1',
  'A winter storm brought heavy snow and freezing rain to Ohio, closing schools and cutting power to thousands of homes.',
  [],
  '2025-12-03',
  ['2025-12-02'],
  'Winter storm closes schools in Ohio',
);
const storm2 = report(
  'storm-2',
  'Freezing rain and heavy snow from the winter storm left thousands of Ohio homes without power as schools closed.',
  [],
  '2025-12-03',
  [],
  'Thousands without power after Ohio storm',
);

/** Stories as sets of document ids, sorted, so two runs compare by grouping alone. */
function partition(stories: readonly ClusterStory[]): string[][] {
  return stories.map((story) => [...story.documents].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

function cluster(documents: readonly StoryDocument[], repair = true) {
  const clusterer = new StoryClusterer();
  for (const document of documents) clusterer.add(document);
  if (repair) clusterer.repair();
  return clusterer;
}

const cases: { name: string; stream: StoryDocument[]; expected: string[][] }[] = [
  {
    name: 'two reports of one meeting join',
    stream: [kremlin1, kremlin2],
    expected: [['kremlin-1', 'kremlin-2']],
  },
  {
    name: 'the same kind of meeting a year later is another story',
    stream: [kremlin1, kremlin2, kremlinNextYear],
    expected: [['kremlin-1', 'kremlin-2'], ['kremlin-next-year']],
  },
  {
    name: 'an unrelated event on the same days stays apart',
    stream: [kremlin1, storm1, kremlin2, storm2],
    expected: [
      ['kremlin-1', 'kremlin-2'],
      ['storm-1', 'storm-2'],
    ],
  },
];

for (const { name, stream, expected } of cases) {
  test(`stories: ${name}`, () => {
    assert.deepEqual(partition(cluster(stream).stories()), expected);
  });
}

const everything = [kremlin1, storm1, kremlin2, kremlinNextYear, storm2];
const expectedGroups = [['kremlin-1', 'kremlin-2'], ['kremlin-next-year'], ['storm-1', 'storm-2']];

test('stories: arrival out of date order gives the same stories', () => {
  const orders = [
    everything,
    [...everything].reverse(),
    [storm2, kremlinNextYear, kremlin2, storm1, kremlin1],
  ];
  for (const order of orders) assert.deepEqual(partition(cluster(order).stories()), expectedGroups);
});

test('stories: the same stream gives the same result, ids and titles included', () => {
  assert.deepEqual(cluster(everything).stories(), cluster(everything).stories());
});

test('stories: adding a document again changes nothing', () => {
  const clusterer = cluster([kremlin1, kremlin2], false);
  const story = clusterer.storyOf('kremlin-1');
  assert.equal(clusterer.add(kremlin1), story);
  assert.equal(clusterer.size, 2);
});

test('stories: a joining document keeps the similarity that placed it, with its signals', () => {
  const clusterer = cluster([kremlin1, kremlin2], false);
  assert.equal(clusterer.assignment('kremlin-1')?.similarity, undefined);
  const placed = clusterer.assignment('kremlin-2')?.similarity;
  assert.ok(placed && placed.score >= clusterer.options.joinThreshold);
  assert.deepEqual(Object.keys(placed.signals).sort(), [
    'content',
    'entities',
    'eventDays',
    'published',
    'title',
  ]);
});

test('stories: a story has a member title and a date range from its event and publication days', () => {
  const [story] = cluster([kremlin1, kremlin2]).stories();
  assert.ok(story);
  assert.ok([kremlin1.title, kremlin2.title].includes(story.title));
  assert.deepEqual(story.dateRange, [dayNumber('2025-12-02'), dayNumber('2025-12-04')]);
});

test('stories: repair merges stories that turn out to be one', () => {
  // Nothing joins online (threshold above any score), so only repair can bring reports together.
  const clusterer = new StoryClusterer({ joinThreshold: 1, splitThreshold: 0 });
  for (const document of [kremlin1, storm1, kremlin2, storm2]) clusterer.add(document);
  assert.equal(clusterer.storyCount, 4);
  const report = clusterer.repair();
  assert.equal(report.merged, 2);
  assert.deepEqual(partition(clusterer.stories()), [
    ['kremlin-1', 'kremlin-2'],
    ['storm-1', 'storm-2'],
  ]);
});

test('stories: repair splits off documents that drifted away from their story', () => {
  // Online everything joins: one shared word (a newsletter's name), every term indexed and looked
  // up, a zero threshold. Repair takes the storm reports out of the meeting's story.
  const shared = (document: StoryDocument): StoryDocument => ({
    ...document,
    terms: [...document.terms, 'briefing'],
  });
  const clusterer = new StoryClusterer({
    joinThreshold: 0,
    splitThreshold: 0.2,
    indexTerms: 100,
    queryTerms: 100,
  });
  for (const document of [kremlin1, storm1, kremlin2, storm2].map(shared)) clusterer.add(document);
  assert.equal(clusterer.storyCount, 1);
  clusterer.repair();
  assert.deepEqual(partition(clusterer.stories()), [
    ['kremlin-1', 'kremlin-2'],
    ['storm-1', 'storm-2'],
  ]);
});

test('stories: documents with nothing but terms still cluster', () => {
  const bare = (id: string, text: string): StoryDocument => ({ id, terms: contentTerms(text) });
  const clusterer = cluster([
    bare('a', 'xbox one launch sells million consoles'),
    bare('b', 'microsoft xbox one launch sells a million consoles in a day'),
    bare('c', 'typhoon haiyan hits philippines'),
  ]);
  assert.deepEqual(partition(clusterer.stories()), [['a', 'b'], ['c']]);
});

test('options: a bad setting fails with a sentence naming it', () => {
  assert.throws(() => resolveClusterOptions({ joinThreshold: 2 }), /joinThreshold must lie in \[0, 1\]/);
  assert.throws(
    () => resolveClusterOptions({ postingLimit: 0 }),
    /postingLimit must be a whole number above 0/,
  );
  assert.throws(() => resolveClusterOptions({ weights: { entities: -1 } }), /weights\.entities/);
  assert.equal(resolveClusterOptions({ weights: { title: 0 } }).weights.content, 0.45);
});

/**
 * A stream in publication order over 120 days: each day two new events and a second report of
 * each, every event sharing some words with others ("council", "vote" ...) and naming its own
 * made-up person, and every tenth event returning 10 days later.
 */
function dailyStream(): StoryDocument[] {
  const shared = ['council vote budget', 'storm power schools', 'court ruling appeal', 'trade talks tariff'];
  const documents: StoryDocument[] = [];
  for (let day = 0; day < 120; day++) {
    for (let event = 2 * day; event < 2 * day + 2; event++) {
      const text = `${shared[event % shared.length]} person${event} town${event} case${event}`;
      const person = [`person:jane doe${event}`];
      for (const copy of [0, 1])
        documents.push({
          id: `${event}.${copy}`,
          terms: contentTerms(text),
          entities: person,
          publishedDay: 20_000 + day,
        });
      if (event % 10 === 0 && day + 10 < 120)
        documents.push({
          id: `${event}.later`,
          terms: contentTerms(text),
          entities: person,
          publishedDay: 20_000 + day + 10,
        });
    }
  }
  return documents.sort((a, b) => a.publishedDay! - b.publishedDay! || a.id.localeCompare(b.id));
}

test('clusterer: stories older than the retention are let go, and a stream in order is placed as without it', () => {
  const documents = dailyStream();
  const keeping = new StoryClusterer();
  const retaining = new StoryClusterer({ retentionDays: 30 });
  let mostKept = 0;
  for (const document of documents) {
    assert.equal(retaining.add(document), keeping.add(document), document.id);
    mostKept = Math.max(mostKept, retaining.storyCount);
  }
  assert.equal(keeping.retiredStoryCount, 0);
  assert.ok(retaining.retiredStoryCount > 150, `retired ${retaining.retiredStoryCount}`);
  // From the stream's design: two new stories a day over the 31 days retention keeps and the day
  // the newest day may trail the latest document (it is the fifth latest's: a day holds four or
  // five), and one in ten of them kept alive ten days longer by its returning report.
  const days = 30 + 1 + 1;
  assert.ok(mostKept <= 2 * days + Math.ceil((2 * days) / 10), `kept at most ${mostKept}`);
  assert.equal(retaining.storyCount + retaining.retiredStoryCount, keeping.storyCount);
  // The words and names of retired events go with them (each event's own are never seen again):
  // of 120 days, about the 32 kept and 10 more of returning reports keep theirs.
  const vocabularyShare = retaining.vocabularySize / keeping.vocabularySize;
  assert.ok(vocabularyShare < (32 + 10) / 120, `vocabulary kept ${vocabularyShare}`);
  // A retired document keeps its story: adding it again changes nothing.
  const first = documents[0]!;
  const stories = retaining.storyCount;
  assert.equal(retaining.storyOf(first.id), keeping.storyOf(first.id));
  assert.equal(retaining.add(first), keeping.storyOf(first.id));
  assert.equal(retaining.storyCount, stories);
  // A late report of a retired event starts a story of its own.
  const late = { ...first, id: 'late' };
  assert.equal(keeping.add(late), keeping.storyOf(first.id));
  assert.notEqual(retaining.add(late), retaining.storyOf(first.id));
});

test('clusterer: without rememberRetired, retired documents are forgotten and the rest is placed the same', () => {
  const documents = dailyStream();
  const remembering = new StoryClusterer({ retentionDays: 30 });
  const forgetting = new StoryClusterer({ retentionDays: 30, rememberRetired: false });
  for (const document of documents) assert.equal(forgetting.add(document), remembering.add(document));
  assert.equal(forgetting.retiredStoryCount, remembering.retiredStoryCount);
  const first = documents[0]!.id;
  assert.ok(remembering.storyOf(first));
  assert.equal(forgetting.storyOf(first), undefined);
  assert.equal(forgetting.toSnapshot().retired.length, 0);
  assert.ok(remembering.toSnapshot().retired.length > 300);
});

test('clusterer: a retention shorter than the time window is refused', () => {
  assert.throws(() => resolveClusterOptions({ windowDays: 21, retentionDays: 7 }), /retentionDays/);
});

test('clusterer: one article dated years ahead does not retire the stories of the present', () => {
  const retaining = new StoryClusterer({ retentionDays: 30 });
  const documents = dailyStream().slice(0, 200);
  for (const document of documents) retaining.add(document);
  // Five more reports on the last day, so that day is the newest whatever comes next.
  const today = documents.at(-1)!.publishedDay!;
  for (let copy = 0; copy < 5; copy++)
    retaining.add({ id: `today.${copy}`, terms: contentTerms('a fire at the docks'), publishedDay: today });
  const [kept, retired] = [retaining.storyCount, retaining.retiredStoryCount];
  retaining.add({ id: 'misdated', terms: contentTerms('a report with a wrong date'), publishedDay: 30_000 });
  assert.equal(retaining.retiredStoryCount, retired);
  assert.equal(retaining.storyCount, kept + 1);
});
