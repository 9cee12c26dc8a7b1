import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sentence } from '../../model/index.ts';
import { findDates } from './index.ts';

const resolve = (sentence: string, published: string | undefined) => {
  const sentences: Sentence[] = [{ span: [0, sentence.length], block: 0 }];
  return findDates(sentence, sentences, published).map((d) => [d.text, d.value]);
};

// Wednesday 3 December 2025 is the publication date of these cases.
const cases: Array<[why: string, sentence: string, expected: Array<[string, string | null]>]> = [
  [
    'a weekday in a Wednesday article is the day before',
    'They held a meeting Tuesday with Putin.',
    [['Tuesday', '2025-12-02']],
  ],
  [
    'same weekday is the publication day',
    'Trump said Wednesday that it went well.',
    [['Wednesday', '2025-12-03']],
  ],
  [
    'future plan points forward',
    'He is expected to travel to Miami on Thursday.',
    [['Thursday', '2025-12-04']],
  ],
  [
    'past tense pulls a weekday back',
    'Froman said during an interview he met them on Friday.',
    [['Friday', '2025-11-28']],
  ],
  [
    'a future verb in the reported clause leaves "said Tuesday" in the past',
    'The minister said Tuesday that he would be in Geneva next week.',
    [['Tuesday', '2025-12-02']],
  ],
  [
    'a future verb before the weekday still points forward after "said"',
    'She said he will travel on Monday.',
    [['Monday', '2025-12-08']],
  ],
  [
    'an irregular past verb pulls a weekday back',
    'The letters became public on Friday.',
    [['Friday', '2025-11-28']],
  ],
  [
    'a day months ahead with nothing saying "will" is last year\'s',
    'The attack on Sept. 11 killed four Americans.',
    [['Sept. 11', '2025-09-11']],
  ],
  [
    'a weekday written with the day picks the year whose calendar has it',
    'The draft was sent on Thursday, Jan. 9.',
    [['Thursday, Jan. 9', '2025-01-09']],
  ],
  ['a planned day ahead stays ahead', 'The election is slated for June 25.', [['June 25', '2026-06-25']]],
  ['yesterday', 'The meeting yesterday was good.', [['yesterday', '2025-12-02']]],
  ['absolute date', 'They met on December 2, 2025, in Moscow.', [['December 2, 2025', '2025-12-02']]],
  [
    'abbreviated month with weekday',
    'They spoke on Sunday, Nov. 30, 2025.',
    [['Sunday, Nov. 30, 2025', '2025-11-30']],
  ],
  [
    'late last month keeps its vagueness',
    'The talks began late last month.',
    [['late last month', '2025-11-21']],
  ],
  ['late October', 'Talks in Miami during late October.', [['late October', '2025-10-21']]],
  ['now is not a date', 'As of now, no deal has been reached.', []],
  ['relative to an event is not resolved against publication', 'It came a day after the meeting.', []],
];

for (const [why, sentence, expected] of cases) {
  test(`dates: ${why}`, () => assert.deepEqual(resolve(sentence, '2025-12-03'), expected));
}

test('dates: without a publication date, relative dates stay unresolved and absolute ones resolve', () => {
  assert.deepEqual(resolve('They met Tuesday, and again on December 2, 2025.', undefined), [
    ['Tuesday', null],
    ['December 2, 2025', '2025-12-02'],
  ]);
  assert.deepEqual(resolve('The meeting yesterday was good.', undefined), [['yesterday', null]]);
});
