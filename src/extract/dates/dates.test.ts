import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as chrono from 'chrono-node';
import type { Sentence } from '../../model/index.ts';
import { dateParser, findDates } from './index.ts';

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

test('dates: chrono run only where its parsers can match finds what chrono finds everywhere', () => {
  // Every parser's needed words in turn, in sentences that do and do not hold a date.
  const sentences = [
    ...cases.map(([, sentence]) => sentence),
    'Three days ago, and two weeks before that, he said it would end 5 years later or 10 days from now.',
    'The vote on 2025-12-02, the 12/03 rally and the 11/2025 report came at 9:30 a.m. and 5pm.',
    'In 2024 March, on the 3rd of June and on June 3rd to 5th, they met; by May 2023 it was over.',
    'Last weekend, this Wed. and next Thurs. they met tonight, this morning, at noon and at midnight.',
    'By the end of the month, within 3 days, the past two weeks, next year and +2 days.',
    'Tomorrow or overmorrow, tmrw or yesterday, last night and this afternoon.',
    'Nothing here is a date: the Mayor, Mark and Mary met the Marines about the market.',
  ];
  const reference = new Date(Date.UTC(2025, 11, 3, 12));
  const found = (results: chrono.ParsedResult[]) =>
    results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]);
  for (const sentence of sentences)
    assert.deepEqual(
      found(dateParser.parse(sentence, reference)),
      found(chrono.parse(sentence, reference)),
      sentence,
    );
});

test('dates: chrono reads only the words around a date cue; a date in capitals is one too', () => {
  // "for three weeks" and "the Sun" are far from the cue ("Friday") in the same sentence.
  assert.deepEqual(
    resolve(
      'Lawmakers agreed on Friday to reopen the government, which had been closed to visitors and to most of its staff, for three weeks, and not to blot out the Sun.',
      '2025-12-03',
    ),
    [['Friday', '2025-11-28']],
  );
  assert.deepEqual(resolve('ATLANTIC CITY, NJ - NOVEMBER 15: Jane Doe hosts a party.', '2025-12-03'), [
    ['NOVEMBER 15', '2025-11-15'],
  ]);
  // A long date expression around its cue is read whole.
  assert.deepEqual(
    resolve('The vote came on Wednesday, November 26, 2025 at 4 p.m. in Kyiv.', '2025-12-03'),
    [['Wednesday, November 26, 2025 at 4 p.m.', '2025-11-26']],
  );
});
