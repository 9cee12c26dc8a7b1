import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPersonIndex } from './people.ts';

const cases: Array<[string, string[], Array<[string, string]>]> = [
  ['a surname joins its only full name', ['Vladimir Putin', 'Putin'], [['Putin', 'Vladimir Putin']]],
  ['an initial agrees with a given name', ['Jared Kushner', 'J. Kushner'], [['J. Kushner', 'Jared Kushner']]],
  [
    'a middle name extends a name',
    ['Vladimir Putin', 'Vladimir Vladimirovich Putin', 'Vladimir Putin'],
    [['Vladimir Vladimirovich Putin', 'Vladimir Putin']],
  ],
  [
    'different given names stay apart',
    ['Joe Smith', 'Ben Smith'],
    [
      ['Joe Smith', 'Joe Smith'],
      ['Ben Smith', 'Ben Smith'],
    ],
  ],
  ['an ambiguous surname stays apart', ['Joe Smith', 'Ben Smith', 'Smith'], [['Smith', 'Smith']]],
  [
    'accents and honorifics do not matter',
    ['Volodymyr Zelenskyy', 'Mr. Volodymyr Zelenskyy'],
    [['Mr. Volodymyr Zelenskyy', 'Volodymyr Zelenskyy']],
  ],
  [
    'a near-miss spelling is another person',
    ['Vladimir Zelenskiy', 'Volodymyr Zelenskyy'],
    [['Vladimir Zelenskiy', 'Vladimir Zelenskiy']],
  ],
];

for (const [why, names, expected] of cases) {
  test(`people: ${why}`, () => {
    const index = buildPersonIndex(names);
    for (const [name, id] of expected) assert.equal(index.idOf(name), id, name);
  });
}
