/**
 * Test data for the service suites.
 *
 * `seedStory` is truth, written by reading the five example reports (examples/), not taken from
 * the program: the analysis is being rebuilt, and the UI must be tested on a story that has every
 * panel filled. What the articles say:
 * - all five report the Witkoff–Kushner meeting with Putin at the Kremlin on Tuesday 2 December 2025;
 * - 001 reworks 000 (same paragraphs in the same order, "reasonably good … later upgraded to very
 *   good") and 002 reworks 003 (Umerov invited to Miami, Froman of the Council on Foreign
 *   Relations): three independent groups;
 * - 001 calls the man they met "Russian President Vladimir Zelenskiy"; the others say Putin;
 * - 004 says Trump spoke on Thursday; 000 and 003 say Wednesday.
 */
import assert from 'node:assert/strict';
import type { Evidence, Span, Story } from '../../src/model/index.ts';
import type { AnalysedArticle } from '../../src/pipeline/index.ts';

/** The span of the n-th occurrence of `phrase` in the article's text; fails the test if absent. */
export function spanOf(article: AnalysedArticle, phrase: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = article.text.indexOf(phrase, at + 1);
    assert.notEqual(at, -1, `"${phrase}" occurs in ${article.path ?? article.id}`);
  }
  return [at, at + phrase.length];
}

const evidence = (article: AnalysedArticle, phrase: string, occurrence = 0): Evidence => ({
  article: article.id,
  span: spanOf(article, phrase, occurrence),
  text: phrase,
});

/** The example articles by file number ('000' … '004'). */
export function seedsByFile(articles: readonly AnalysedArticle[]): Map<string, AnalysedArticle> {
  const seeds = new Map<string, AnalysedArticle>();
  for (const article of articles) {
    const file = article.path?.split(/[\\/]/).pop() ?? '';
    if (/^00[0-4]_/.test(file)) seeds.set(file.slice(0, 3), article);
  }
  return seeds;
}

export function seedStory(seeds: Map<string, AnalysedArticle>): Story {
  const s = (file: string) => {
    const article = seeds.get(file);
    assert.ok(article, `example ${file} is stored`);
    return article;
  };
  const [a0, a1, a2, a3, a4] = ['000', '001', '002', '003', '004'].map(s) as [
    AnalysedArticle,
    AnalysedArticle,
    AnalysedArticle,
    AnalysedArticle,
    AnalysedArticle,
  ];
  return {
    id: 'story-seeds',
    title: 'Witkoff and Kushner meet Putin at the Kremlin on the Ukraine peace plan',
    articles: [a0.id, a1.id, a2.id, a3.id, a4.id],
    dateRange: ['2025-12-02', '2025-12-03'],
    independentGroups: [[a0.id, a1.id], [a3.id, a2.id], [a4.id]],
    reuse: [
      {
        from: a0.id,
        to: a1.id,
        kind: 'paraphrase',
        coverage: 0.7,
        score: 0.9,
        passages: [
          { from: spanOf(a0, 'reasonably good'), to: spanOf(a1, 'reasonably good'), similarity: 0.8 },
        ],
        reasons: ['same paragraphs in the same order, reworded'],
      },
      {
        from: a3.id,
        to: a2.id,
        kind: 'paraphrase',
        coverage: 0.5,
        score: 0.8,
        passages: [],
        reasons: ['Umerov and Froman passages follow 003'],
      },
    ],
    facts: [
      {
        id: 'fact-reasonably-good',
        statement: 'Trump called the meeting “reasonably good”',
        mentions: [
          evidence(a0, 'reasonably good'),
          evidence(a1, 'reasonably good'),
          evidence(a2, 'reasonably good meeting'),
          evidence(a3, 'reasonably good meeting'),
        ],
        support: { articles: 4, independent: 2 },
        status: 'corroborated',
      },
      {
        id: 'fact-umerov-miami',
        statement: 'Umerov is to travel to Miami for further talks',
        mentions: [
          evidence(a0, 'Umerov reportedly is expected to travel to Miami'),
          evidence(a1, 'Umerov is expected to travel to Miami'),
          evidence(
            a3,
            'Witkoff and Kushner invited Ukrainian National Security and Defense Council Secretary Rustem Umerov to Miami',
          ),
        ],
        support: { articles: 3, independent: 2 },
        status: 'corroborated',
      },
      {
        id: 'fact-six-sessions',
        statement: 'It was the sixth meeting between Witkoff and Putin this year',
        mentions: [evidence(a4, "Tuesday's meeting was the sixth and longest session")],
        support: { articles: 1, independent: 1 },
        status: 'single-source',
      },
      {
        id: 'fact-spoke-when',
        statement: 'Trump spoke about the meeting in the Oval Office',
        mentions: [evidence(a0, 'In the Oval Office on Wednesday'), evidence(a4, 'stated on Thursday')],
        support: { articles: 2, independent: 2 },
        status: 'contested',
      },
    ],
    conflicts: [
      {
        id: 'conflict-russian-president',
        kind: 'title',
        summary: 'Who is called Russian President',
        majority: { value: 'Vladimir Putin', articles: [a0.id, a2.id, a3.id, a4.id] },
        minority: { value: 'Vladimir Zelenskiy', articles: [a1.id] },
        evidence: [
          evidence(a1, 'Russian President Vladimir Zelenskiy'),
          evidence(a0, 'Russian President Vladimir Putin'),
        ],
      },
      {
        id: 'conflict-spoke-day',
        kind: 'date',
        summary: 'The day Trump spoke about the meeting',
        majority: { value: 'Wednesday', articles: [a0.id, a3.id] },
        minority: { value: 'Thursday', articles: [a4.id] },
        evidence: [evidence(a4, 'stated on Thursday'), evidence(a0, 'said Wednesday')],
      },
    ],
    timeline: [
      { when: '2025-12-02', what: 'Witkoff and Kushner meet Putin at the Kremlin', facts: [] },
      {
        when: '2025-12-03',
        what: 'Trump calls the meeting “reasonably good”',
        facts: ['fact-reasonably-good'],
      },
    ],
  };
}

/** An analysis for tests: the seed story when all five examples are stored, one story per other article. */
export function seedAnalysis(collection: readonly AnalysedArticle[]): Story[] {
  const seeds = seedsByFile(collection);
  const seeded = seeds.size === 5 ? [seedStory(seeds)] : [];
  const inSeedStory = new Set(seeded.flatMap((story) => story.articles));
  return [
    ...seeded,
    ...collection
      .filter((article) => !inSeedStory.has(article.id))
      .map((article) => ({
        id: `story-${article.id}`,
        title: article.title ?? article.id,
        articles: [article.id],
        independentGroups: [[article.id]],
        reuse: [],
        facts: [],
        conflicts: [],
        timeline: [],
      })),
  ];
}
