import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handArticle } from '../testing.ts';
import { findingsOf } from './shared.test-support.ts';
import { titleDetector } from './title.ts';

const withTitle = (id: string, title: string, name = 'Marco Rubio') =>
  handArticle({
    id,
    blocks: [`${title} ${name} said the talks had made some progress.`],
    people: [{ name, titles: [title] }],
  });

const cases: Array<[string, ReturnType<typeof handArticle>[], object[]]> = [
  [
    'harmless variants',
    [withTitle('a', 'envoy', 'Steve Witkoff'), withTitle('b', 'special envoy', 'Steve Witkoff')],
    [],
  ],
  [
    'with and without the country',
    [withTitle('a', 'Secretary of State'), withTitle('b', 'U.S. Secretary of State')],
    [],
  ],
  [
    'two offices no one holds together',
    [
      withTitle('a', 'Secretary of State'),
      withTitle('b', 'Secretary of State'),
      withTitle('c', 'Defense Secretary'),
    ],
    [{ 'Defense Secretary': ['c'], 'Secretary of State': ['a', 'b'] }],
  ],
  ['a former office', [withTitle('a', 'Secretary of State'), withTitle('b', 'former Senator')], []],
  [
    'the same office of another country',
    [
      withTitle('a', 'Russian President', 'Vladimir Putin'),
      withTitle('b', 'U.S. President', 'Vladimir Putin'),
    ],
    [{ 'Russian President': ['a'], 'U.S. President': ['b'] }],
  ],
  [
    'titles without a known office are never compared',
    [withTitle('a', 'adviser'), withTitle('b', 'negotiator')],
    [],
  ],
];

for (const [why, articles, expected] of cases)
  test(`title: ${why}`, () => assert.deepEqual(findingsOf(titleDetector, articles), expected));
