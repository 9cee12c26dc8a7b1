import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handArticle } from '../testing.ts';
import { selfContradictionDetector } from './self-contradiction.ts';
import { findingsOf } from './shared.test-support.ts';

const people = [
  { name: 'Donald Trump', written: ['Donald Trump'], titles: ['US President'] },
  { name: 'Steve Witkoff', written: ['Steve Witkoff'] },
  { name: 'Vladimir Putin', written: ['Vladimir Putin'] },
];

const article = (remarksDay: string) =>
  handArticle({
    id: 'a',
    blocks: [
      `US President Donald Trump stated on ${remarksDay} that the meeting with Vladimir Putin went well.`,
      'The comments from the US President came a day after Steve Witkoff held a long discussion with Vladimir Putin at the Kremlin.',
      "Tuesday's meeting was the longest session between Steve Witkoff and Vladimir Putin this year.",
    ],
    people,
    dates: [
      { text: remarksDay, value: null },
      { text: 'Tuesday', value: null },
    ],
  });

const cases: Array<[string, ReturnType<typeof handArticle>, number]> = [
  ['"a day after" Tuesday cannot be Thursday', article('Thursday'), 1],
  ['"a day after" Tuesday is Wednesday', article('Wednesday'), 0],
];

for (const [why, input, count] of cases)
  test(`self-contradiction: ${why}`, () =>
    assert.equal(findingsOf(selfContradictionDetector, [input]).length, count));
