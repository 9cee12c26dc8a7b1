import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  bestThreshold,
  buildIdf,
  createLexicon,
  createSentenceSimilarity,
  lemmatize,
  numberValue,
  parseWordNet,
} from './index.ts';

// A WordNet of four synsets in the real file format, so tests need not read the 34 MB database.
const tinyWordNet = parseWordNet({
  index: [
    'meeting n 1 0 1 0 00000100  \ntalk n 1 0 1 0 00000100  \nwar n 1 0 1 0 00000200  \n',
    'say v 1 0 1 0 00000300  \nstate v 1 0 1 0 00000300  \nmeet v 1 0 1 0 00000400  \n',
    '',
    '',
  ],
});
const lexicon = createLexicon(tinyWordNet);
const similarity = createSentenceSimilarity({ lexicon });
const profile = (text: string) => similarity.profile({ text });

test('lemmatize: irregular forms, suffix rules checked against the dictionary', () => {
  const known = (word: string) => ['meet', 'meeting', 'talk', 'stop', 'country'].includes(word);
  const cases: [string, string][] = [
    ['said', 'say'],
    ['talks', 'talk'],
    ['meetings', 'meeting'],
    ['stopped', 'stop'],
    ['countries', 'country'],
    ['children', 'child'],
    ['xyzzies', 'xyzzies'],
  ];
  for (const [word, lemma] of cases) assert.equal(lemmatize(word, known).lemma, lemma, word);
  assert.ok(lemmatize('meeting', known).forms.includes('meet'));
});

test('numbers: digits, separators and words meet as values', () => {
  assert.equal(numberValue('1,200'), 1200);
  assert.equal(numberValue('28-point'), 28);
  assert.equal(numberValue('five'), 5);
  assert.equal(numberValue('kremlin'), undefined);
});

test('similarity: identical sentences score 1, unrelated ones 0', () => {
  const a = profile('Witkoff met Putin at the Kremlin on Tuesday.');
  assert.equal(similarity.compare(a, a).score, 1);
  assert.equal(similarity.compare(a, profile('Bananas grow quickly in warm climates.')).score, 0);
});

test('similarity: synonyms and inflections count, names weigh more than common words', () => {
  const a = profile('Officials said the meeting ended.');
  const b = profile('Officials state the talk ended.');
  const result = similarity.compare(a, b);
  assert.ok(result.coverageOfA.synonym > 0, 'say ~ state and meeting ~ talk through WordNet');
  assert.ok(result.score > 0.8);
  const names = similarity.compare(profile('Umerov flew home.'), profile('Umerov stayed.'));
  const common = similarity.compare(profile('He flew home.'), profile('He stayed home.'));
  assert.ok(names.sharedAnchors === 1 && common.sharedAnchors === 0);
});

test('similarity: different numbers lower the score and are flagged', () => {
  const a = profile('The plan has 28 points.');
  const b = profile('The plan has 19 points.');
  const result = similarity.compare(a, b);
  assert.equal(result.numberConflict, true);
  assert.ok(result.score < similarity.compare(a, a).score);
  assert.ok(similarity.explain(a, b).some((reason) => reason.includes('number')));
});

test('similarity: masked quotes are not compared', () => {
  const text = 'Trump said "we will end the war" today.';
  const masked = similarity.profile({ text, masked: [[12, 31]] });
  assert.deepEqual(masked.words, ['trump', 'said', 'today']);
});

test('similarity: symmetric and bounded on any strings', () => {
  const idf = buildIdf([['war'], ['meeting', 'war']]);
  const weighted = createSentenceSimilarity({ lexicon, idf });
  fc.assert(
    fc.property(fc.string(), fc.string(), (x, y) => {
      const a = weighted.profile({ text: x });
      const b = weighted.profile({ text: y });
      const ab = weighted.compare(a, b).score;
      const ba = weighted.compare(b, a).score;
      return Math.abs(ab - ba) < 1e-12 && ab >= 0 && ab <= 1;
    }),
    { numRuns: 200 },
  );
});

/** Sentences made of a few words that share lemmas, synonyms and numbers, under IDF weights. */
const weighted = createSentenceSimilarity({ lexicon, idf: buildIdf([['war'], ['meeting', 'war'], ['say']]) });
const vocabulary = [
  'Doe',
  'met',
  'meeting',
  'talks',
  'said',
  'stated',
  'war',
  'wars',
  '28',
  'five',
  'the',
  'Acme',
];
const sentence = fc
  .array(fc.constantFrom(...vocabulary), { maxLength: 12 })
  .map((words) => weighted.profile({ text: words.join(' ') }));

test("similarity: score is compare's score to the bit", () => {
  fc.assert(
    fc.property(sentence, sentence, (a, b) => Object.is(weighted.score(a, b), weighted.compare(a, b).score)),
    { numRuns: 500 },
  );
});

test('similarity: scoreMatrix gives score of every pair to the bit', () => {
  // Up to 40 sentences a side, so the masks of sentences holding a word take more than one 32-bit word.
  const sentences = fc.array(sentence, { maxLength: 40 });
  fc.assert(
    fc.property(sentences, sentences, (rows, columns) => {
      const matrix = weighted.scoreMatrix(rows, columns);
      return (
        matrix.length === rows.length * columns.length &&
        rows.every((row, i) =>
          columns.every((column, j) =>
            Object.is(matrix[i * columns.length + j], weighted.score(row, column)),
          ),
        )
      );
    }),
    { numRuns: 200 },
  );
});

test('bestThreshold: the cut maximising accuracy on the training pairs', () => {
  assert.equal(bestThreshold([0.1, 0.2, 0.8, 0.9], [false, false, true, true]), 0.5);
  assert.equal(bestThreshold([0.1, 0.9], [true, true]), 0);
});
