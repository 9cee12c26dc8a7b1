import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { emptyExtraction, type Span } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { createLexicon } from '../text/similarity/index.ts';
import {
  alignSentences,
  analyseReuse,
  independenceGroups,
  type SentenceScorer,
  traceReuse,
} from './index.ts';
import { defaultAlignmentOptions } from './options.ts';

// Lemmas without WordNet keep these tests fast; WordNet is exercised in text/similarity.
const lexicon = createLexicon(null);

/** An analysed article made by hand: one body block, one sentence per entry, optional quotes. */
function article(id: string, sentences: readonly string[], quotes: readonly Span[] = []): AnalysedArticle {
  let text = '';
  const spans: Span[] = [];
  for (const sentence of sentences) {
    if (text.length > 0) text += ' ';
    spans.push([text.length, text.length + sentence.length]);
    text += sentence;
  }
  return {
    id,
    language: 'en',
    text,
    blocks: [{ kind: 'body', span: [0, text.length] }],
    diagnostics: [],
    extraction: {
      ...emptyExtraction,
      sentences: spans.map((span) => ({ span, block: 0 })),
      quotes: quotes.map((span) => ({ text: text.slice(span[0], span[1]), speaker: null, span })),
    },
  };
}

const story = [
  'Envoy Witkoff met President Putin in Moscow for five hours on Tuesday.',
  'The talks covered a revised peace plan with twenty eight points.',
  'Umerov is expected to travel to Miami for further negotiations this week.',
  'Critics say the proposal makes heavy concessions over territory in the east.',
  'European partners voiced skepticism about guarantees for long term sovereignty.',
  'No concrete deal has been reached and key elements remain unacceptable.',
];
const unrelated = [
  'Heavy rain flooded vineyards across Bordeaux during harvest season.',
  'Growers expect smaller yields and higher prices for claret.',
  'Insurers are assessing damage to cellars and machinery.',
  'Forecasters predict drier weather returning next month.',
];

/** A scorer over a given matrix: the alignment itself, apart from any similarity. */
function matrixScorer(matrix: readonly (readonly number[])[]): SentenceScorer {
  return {
    rows: matrix.length,
    columns: matrix[0]?.length ?? 0,
    similarities: () => Float64Array.from(matrix.flat()),
    joinedRows: () => 0,
    joinedColumns: () => 0,
  };
}

test('alignSentences: table of small matrices', () => {
  const cases: { name: string; matrix: number[][]; pairs: [number, number][] }[] = [
    {
      name: 'diagonal',
      matrix: [
        [0.9, 0, 0],
        [0, 0.8, 0],
        [0, 0, 0.9],
      ],
      pairs: [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
    },
    {
      name: 'skipped sentence',
      matrix: [
        [0.9, 0, 0],
        [0, 0, 0.9],
      ],
      pairs: [
        [0, 0],
        [1, 2],
      ],
    },
    {
      name: 'nothing similar',
      matrix: [
        [0.1, 0.2],
        [0.2, 0.1],
      ],
      pairs: [],
    },
    {
      name: 'reordered blocks found separately',
      matrix: [
        [0, 0.9],
        [0.9, 0],
      ],
      pairs: [
        [0, 1],
        [1, 0],
      ],
    },
  ];
  for (const { name, matrix, pairs } of cases) {
    const found = alignSentences(matrixScorer(matrix), defaultAlignmentOptions)
      .flatMap((alignment) => alignment.pairs)
      .map((pair) => [pair.rows[0], pair.columns[0]] as [number, number])
      .sort((x, y) => x[0] - y[0]);
    assert.deepEqual(found, pairs, name);
  }
});

test('traceReuse: identical texts align fully, as a copy', () => {
  const { reuse, independentGroups } = traceReuse([article('a', story), article('b', story)], { lexicon });
  assert.equal(reuse.length, 1);
  assert.equal(reuse[0]!.kind, 'copy');
  assert.equal(reuse[0]!.coverage, 1);
  assert.ok(reuse[0]!.reasons.length > 0 && reuse[0]!.score > 0.9);
  assert.deepEqual(independentGroups, [['a', 'b']]);
});

test('traceReuse: unrelated texts do not align', () => {
  const result = analyseReuse([article('a', story), article('b', unrelated)], { lexicon, allPairs: true });
  assert.equal(result.reuse.length, 0);
  assert.equal(result.pairs[0]!.measures.pairs.length, 0);
  assert.deepEqual(result.independentGroups, [['a'], ['b']]);
});

test('traceReuse: shared direct quotes alone are not copying', () => {
  const quote = '"We had a very useful discussion about the future of the region," the aide said.';
  const first = [quote, ...story.slice(0, 2)];
  const second = [quote, ...unrelated.slice(0, 2)];
  const spanOf = (sentences: readonly string[]): Span => [1, sentences[0]!.indexOf('," ')];
  const { reuse } = traceReuse(
    [article('a', first, [spanOf(first)]), article('b', second, [spanOf(second)])],
    { lexicon, allPairs: true },
  );
  assert.equal(reuse.length, 0);
});

test('traceReuse: the derived article is the one that condenses', () => {
  const derived = [story[0]!, story[2]!, story[4]!];
  const { reuse } = traceReuse([article('short', derived), article('long', story)], { lexicon });
  assert.equal(reuse.length, 1);
  assert.deepEqual([reuse[0]!.from, reuse[0]!.to], ['long', 'short']);
});

const sentencePool = [...story, ...unrelated];
const articlesArbitrary = fc.array(
  fc.array(fc.constantFrom(...sentencePool), { minLength: 1, maxLength: 6 }),
  { minLength: 2, maxLength: 4 },
);

test('property: passages lie within both texts and coverage within 0..1', () => {
  fc.assert(
    fc.property(articlesArbitrary, (bodies) => {
      const articles = bodies.map((sentences, i) => article(`x${i}`, sentences));
      const byId = new Map(articles.map((a) => [a.id, a]));
      const { reuse, independentGroups } = traceReuse(articles, { lexicon });
      for (const link of reuse) {
        assert.ok(link.coverage >= 0 && link.coverage <= 1);
        for (const passage of link.passages) {
          for (const [span, id] of [
            [passage.from, link.from],
            [passage.to, link.to],
          ] as const) {
            const length = byId.get(id)!.text.length;
            assert.ok(0 <= span[0] && span[0] < span[1] && span[1] <= length);
          }
        }
      }
      assert.equal(independentGroups.flat().length, articles.length);
    }),
    { numRuns: 40 },
  );
});

test('property: results do not depend on input order', () => {
  fc.assert(
    fc.property(articlesArbitrary, fc.integer({ min: 0, max: 1000 }), (bodies, seed) => {
      const articles = bodies.map((sentences, i) => article(`x${i}`, sentences));
      const shuffled = [...articles].sort(
        (a, b) => ((a.id.charCodeAt(1) * 7919 + seed) % 13) - ((b.id.charCodeAt(1) * 7919 + seed) % 13),
      );
      assert.deepEqual(traceReuse(shuffled, { lexicon }), traceReuse(articles, { lexicon }));
    }),
    { numRuns: 30 },
  );
});

test('independenceGroups: connected components, sorted, each article once', () => {
  const link = (from: string, to: string) =>
    ({ from, to, kind: 'copy', coverage: 1, score: 1, passages: [], reasons: [] }) as const;
  assert.deepEqual(independenceGroups(['d', 'c', 'b', 'a'], [link('d', 'b'), link('b', 'a')]), [
    ['a', 'b', 'd'],
    ['c'],
  ]);
});
