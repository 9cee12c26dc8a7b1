import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConllFormatError, parseConll } from './conll.ts';

test('parseConll splits documents at -DOCSTART- and sentences at blank lines; the tag is the last column', () => {
  const text = [
    '-DOCSTART- -X- O O',
    '',
    'Witkoff NNP I-NP I-PER',
    'flew VBD I-VP O',
    '',
    'Moscow NNP I-NP I-LOC',
    '-DOCSTART- -X- O O',
    '',
    'Reuters NNP I-NP I-ORG',
  ].join('\r\n');
  assert.deepEqual(parseConll(text), [
    {
      sentences: [
        { words: ['Witkoff', 'flew'], tags: ['I-PER', 'O'] },
        { words: ['Moscow'], tags: ['I-LOC'] },
      ],
    },
    { sentences: [{ words: ['Reuters'], tags: ['I-ORG'] }] },
  ]);
});

test('parseConll reads two-column files with no -DOCSTART- as one document', () => {
  assert.deepEqual(parseConll('Kyiv B-LOC\nsaid O\n\n\n'), [
    { sentences: [{ words: ['Kyiv', 'said'], tags: ['B-LOC', 'O'] }] },
  ]);
  assert.deepEqual(parseConll(''), []);
});

test('parseConll refuses a line with a word but no tag, naming the line', () => {
  assert.throws(
    () => parseConll('Kyiv B-LOC\nsaid\n'),
    (error: unknown) => {
      assert.ok(error instanceof ConllFormatError);
      assert.equal(error.line, 2);
      return true;
    },
  );
});
