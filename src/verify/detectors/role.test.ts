import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handArticle } from '../testing.ts';
import { roleDetector } from './role.ts';
import { findingsOf } from './shared.test-support.ts';

const putin = (id: string, title = 'Russian President') =>
  handArticle({
    id,
    published: '2025-12-03',
    blocks: [`Envoys met ${title} Vladimir Putin at the Kremlin on Tuesday for five hours.`],
    people: [{ name: 'Vladimir Putin', titles: [title] }],
  });

const cases: Array<[string, ReturnType<typeof handArticle>[], object[]]> = [
  ['everyone agrees', [putin('a'), putin('b')], []],
  [
    'one outlet names someone else as Russian President',
    [
      putin('a'),
      putin('b'),
      handArticle({
        id: 'c',
        published: '2025-12-03',
        blocks: ['Envoys met Russian President Vladimir Zelenskiy at the Kremlin on Tuesday for five hours.'],
        people: [{ name: 'Vladimir Zelenskiy', titles: ['Russian President'] }],
      }),
    ],
    [{ 'Vladimir Putin': ['a', 'b'], 'Vladimir Zelenskiy': ['c'] }],
  ],
  [
    'a former holder is not a second holder',
    [
      putin('a'),
      handArticle({
        id: 'b',
        published: '2025-12-03',
        blocks: ['Former Russian President Dmitry Medvedev said nothing about the talks with the envoys.'],
        people: [{ name: 'Dmitry Medvedev', titles: ['Former Russian President'] }],
      }),
    ],
    [],
  ],
  [
    'presidents of two countries are two offices',
    [
      putin('a'),
      handArticle({
        id: 'b',
        published: '2025-12-03',
        blocks: ['Ukrainian President Volodymyr Zelenskyy said his negotiators would travel to Brussels.'],
        people: [{ name: 'Volodymyr Zelenskyy', titles: ['Ukrainian President'] }],
      }),
    ],
    [],
  ],
  [
    'the same statement gives the office to different people',
    [
      handArticle({
        id: 'a',
        blocks: [
          'President Barack Obama signed the health care bill into law at the White House on Tuesday.',
        ],
        people: [{ name: 'Barack Obama', titles: ['President'] }],
      }),
      handArticle({
        id: 'b',
        blocks: [
          'President John Boehner signed the health care bill into law at the White House on Tuesday.',
        ],
        people: [{ name: 'John Boehner', titles: ['President'] }],
      }),
    ],
    [{ 'Barack Obama': ['a'], 'John Boehner': ['b'] }],
  ],
  [
    'two presidents in one sentence agree in both',
    [
      handArticle({
        id: 'a',
        blocks: ['President Barack Obama met President Hamid Karzai at the White House on Tuesday.'],
        people: [
          { name: 'Barack Obama', titles: ['President'] },
          { name: 'Hamid Karzai', titles: ['President'] },
        ],
      }),
      handArticle({
        id: 'b',
        blocks: ['President Hamid Karzai met President Barack Obama at the White House on Tuesday.'],
        people: [
          { name: 'Hamid Karzai', titles: ['President'] },
          { name: 'Barack Obama', titles: ['President'] },
        ],
      }),
    ],
    [],
  ],
];

for (const [why, articles, expected] of cases)
  test(`role: ${why}`, () => assert.deepEqual(findingsOf(roleDetector, articles), expected));
