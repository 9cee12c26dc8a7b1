import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { EntityTagger } from '../extract/entities/index.ts';
import { evaluateEntitiesFile, formatEntityScores, scoreEntities } from './entities.ts';

interface ScoreCase {
  readonly why: string;
  readonly gold: string[][];
  readonly predicted: string[][];
  readonly precision: number;
  readonly recall: number;
  readonly perType?: Readonly<Record<string, readonly [precision: number, recall: number]>>;
}

/** Worked out by hand from conlleval's rules: a chunk counts only with the same type, start and end. */
const scoreCases: readonly ScoreCase[] = [
  {
    why: 'IOB2 against IOB2, all right',
    gold: [['B-PER', 'I-PER', 'O', 'B-LOC']],
    predicted: [['B-PER', 'I-PER', 'O', 'B-LOC']],
    precision: 1,
    recall: 1,
  },
  {
    why: 'IOB1 gold against the same chunks in IOB2',
    gold: [['I-PER', 'I-PER', 'O', 'I-LOC']],
    predicted: [['B-PER', 'I-PER', 'O', 'B-LOC']],
    precision: 1,
    recall: 1,
  },
  {
    why: 'IOB1 B- marks two adjacent names; one long prediction matches neither',
    gold: [['I-PER', 'B-PER']],
    predicted: [['B-PER', 'I-PER']],
    precision: 0,
    recall: 0,
  },
  {
    why: 'a span one word short is wrong',
    gold: [['B-ORG', 'I-ORG', 'I-ORG']],
    predicted: [['B-ORG', 'I-ORG', 'O']],
    precision: 0,
    recall: 0,
  },
  {
    why: 'the right span with the wrong type is wrong for both types',
    gold: [['B-PER', 'O']],
    predicted: [['B-ORG', 'O']],
    precision: 0,
    recall: 0,
    perType: { PER: [0, 0], ORG: [0, 0] },
  },
  {
    why: 'one of two found',
    gold: [['B-PER', 'O', 'B-LOC']],
    predicted: [['B-PER', 'O', 'O']],
    precision: 1,
    recall: 0.5,
    perType: { PER: [1, 1], LOC: [0, 0], ORG: [0, 0] },
  },
  {
    why: 'a sentence break ends a chunk, even in IOB1',
    gold: [['I-PER'], ['I-PER']],
    predicted: [['B-PER'], ['O']],
    precision: 1,
    recall: 0.5,
  },
  {
    why: 'an I- after O opens a chunk in a prediction too',
    gold: [['O', 'B-MISC', 'I-MISC']],
    predicted: [['O', 'I-MISC', 'I-MISC']],
    precision: 1,
    recall: 1,
  },
  {
    why: 'three predictions, two right, of four gold names',
    gold: [
      ['B-PER', 'I-PER', 'O', 'B-ORG'],
      ['B-LOC', 'O', 'B-MISC'],
    ],
    predicted: [
      ['B-PER', 'I-PER', 'O', 'B-LOC'],
      ['B-LOC', 'O', 'O'],
    ],
    precision: 2 / 3,
    recall: 2 / 4,
    perType: { PER: [1, 1], ORG: [0, 0], LOC: [0.5, 1], MISC: [0, 0] },
  },
  {
    why: 'types outside the four are scored too',
    gold: [['B-GPE']],
    predicted: [['B-GPE']],
    precision: 1,
    recall: 1,
    perType: { GPE: [1, 1], PER: [0, 0] },
  },
  {
    why: 'nothing to find and nothing found scores zero, as conlleval does',
    gold: [['O', 'O']],
    predicted: [['O', 'O']],
    precision: 0,
    recall: 0,
  },
];

const f1Of = (precision: number, recall: number): number =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

for (const { why, gold, predicted, precision, recall, perType = {} } of scoreCases) {
  test(`scoreEntities: ${why}`, () => {
    const scores = scoreEntities(gold, predicted);
    assert.ok(Math.abs(scores.precision - precision) < 1e-9, `precision ${scores.precision}`);
    assert.ok(Math.abs(scores.recall - recall) < 1e-9, `recall ${scores.recall}`);
    assert.ok(Math.abs(scores.f1 - f1Of(precision, recall)) < 1e-9, `f1 ${scores.f1}`);
    for (const [type, [typePrecision, typeRecall]] of Object.entries(perType)) {
      const typeScores = scores.perType[type];
      assert.ok(typeScores, `no scores for ${type}`);
      assert.ok(
        Math.abs(typeScores.precision - typePrecision) < 1e-9,
        `${type} precision ${typeScores.precision}`,
      );
      assert.ok(Math.abs(typeScores.recall - typeRecall) < 1e-9, `${type} recall ${typeScores.recall}`);
    }
  });
}

test('scoreEntities always reports the four CoNLL types', () => {
  assert.deepEqual(Object.keys(scoreEntities([], []).perType), ['PER', 'ORG', 'LOC', 'MISC']);
});

test('scoreEntities refuses tag lists that do not line up', () => {
  assert.throws(() => scoreEntities([['O']], []), RangeError);
  assert.throws(() => scoreEntities([['O']], [['O', 'O']]), RangeError);
});

const folder = mkdtempSync(join(tmpdir(), 'corroborate-entities-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** Sentences written for this test, in the four-column CoNLL-2003 layout with IOB1 tags. */
const conllFile = [
  '-DOCSTART- -X- O O',
  '',
  'Steve NNP I-NP I-PER',
  'Witkoff NNP I-NP I-PER',
  'met VBD I-VP O',
  'Vladimir NNP I-NP I-PER',
  'Putin NNP I-NP I-PER',
  'in IN I-PP O',
  'Moscow NNP I-NP I-LOC',
  '. . O O',
  '',
  'NATO NNP I-NP I-ORG',
  'said VBD I-VP O',
  'nothing NN I-NP O',
  '. . O O',
  '',
].join('\n');

test('evaluateEntitiesFile scores a file with the tagger given, counting tokens', () => {
  const path = join(folder, 'four-columns.txt');
  writeFileSync(path, conllFile);
  // Finds both people, misses Moscow, calls NATO a place.
  const stub: EntityTagger = {
    recognise: () => [],
    tagTokens: (words) =>
      words.map(
        (word) =>
          ({ Steve: 'B-PER', Witkoff: 'I-PER', Vladimir: 'B-PER', Putin: 'I-PER', NATO: 'B-LOC' })[word] ??
          'O',
      ) as string[],
  };
  const scores = evaluateEntitiesFile(path, stub);
  assert.equal(scores.tokens, 12);
  assert.ok(scores.tokensPerSecond > 0);
  assert.ok(Math.abs(scores.precision - 2 / 3) < 1e-9);
  assert.ok(Math.abs(scores.recall - 2 / 4) < 1e-9);
  assert.deepEqual(scores.perType.PER, { f1: 1, precision: 1, recall: 1 });
  assert.match(formatEntityScores(scores), /overall\s+F1\s+57\.14/);
});

test('evaluateEntitiesFile reads two-column IOB2 files and uses the committed model by default', () => {
  const path = join(folder, 'two-columns.txt');
  const lines = [
    'Steve B-PER',
    'Witkoff I-PER',
    'met O',
    'Vladimir B-PER',
    'Putin I-PER',
    'in O',
    'Moscow B-LOC',
    '. O',
  ];
  writeFileSync(path, `${lines.join('\n')}\n\nNATO B-ORG\nsaid O\nnothing O\n. O\n`);
  const scores = evaluateEntitiesFile(path);
  assert.equal(scores.tokens, 12);
  assert.equal(scores.f1, 1, formatEntityScores(scores));
});
