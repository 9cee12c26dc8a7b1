import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handArticle } from '../testing.ts';
import { attributionDetector, surnameOf } from './attribution.ts';
import { findingsOf } from './shared.test-support.ts';

const words = 'Ultimately it will be up to them to decide whether the war goes on';

const said = (id: string, name: string, speakerText: string, before = '') =>
  handArticle({
    id,
    blocks: [`${before}“${words},” ${speakerText} said on Tuesday.`],
    people: [{ name, written: [name, speakerText].filter((w, i, all) => all.indexOf(w) === i) }],
    quotes: [{ text: words, speaker: name, speakerText }],
  });

const cases: Array<[string, ReturnType<typeof handArticle>[], object[]]> = [
  ['the same speaker', [said('a', 'Marco Rubio', 'Rubio'), said('b', 'Marco Rubio', 'Marco Rubio')], []],
  [
    'another named speaker',
    [
      said('a', 'Marco Rubio', 'Rubio'),
      said('b', 'Marco Rubio', 'Rubio'),
      said('c', 'John Hardie', 'Hardie'),
    ],
    [{ 'John Hardie': ['c'], 'Marco Rubio': ['a', 'b'] }],
  ],
  [
    'a speaker found only through "he" is no ground',
    [
      said('a', 'Marco Rubio', 'Rubio'),
      handArticle({
        id: 'b',
        blocks: [`John Hardie spoke next. “${words},” he said on Tuesday.`],
        people: [{ name: 'John Hardie' }],
        quotes: [{ text: words, speaker: 'John Hardie', speakerText: 'he' }],
      }),
    ],
    [],
  ],
  [
    'a title glued to the name is still the same person',
    [
      said('a', 'Jacob J. Lew', 'Jacob J. Lew'),
      said('b', 'Treasury Secretary Jacob Lew', 'Treasury Secretary Jacob Lew'),
    ],
    [],
  ],
];

for (const [why, articles, expected] of cases)
  test(`attribution: ${why}`, () => assert.deepEqual(findingsOf(attributionDetector, articles), expected));

test('attribution: surnames ignore parentheses and headline verbs', () => {
  assert.equal(surnameOf('Senate President Mike Thibodeau (R)'), 'thibodeau');
  assert.equal(surnameOf('Schiff Says'), 'schiff');
});
