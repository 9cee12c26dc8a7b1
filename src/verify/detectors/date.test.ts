import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handArticle } from '../testing.ts';
import { dateDetector } from './date.ts';
import { findingsOf } from './shared.test-support.ts';

const trump = { name: 'Donald Trump', written: ['Donald Trump', 'Trump'] };

const remarks = (
  id: string,
  sentence: string,
  date: { text: string; value: string | null },
  published?: string,
) =>
  handArticle({
    id,
    ...(published ? { published } : {}),
    blocks: [sentence],
    people: [trump, { name: 'Vladimir Putin' }],
    dates: [date],
  });

const cases: Array<[string, ReturnType<typeof handArticle>[], object[]]> = [
  [
    'three say Wednesday, one says Thursday',
    [
      remarks(
        'a',
        'President Donald Trump said Wednesday that the meeting with Vladimir Putin was very good.',
        { text: 'Wednesday', value: '2025-12-03' },
        '2025-12-03',
      ),
      remarks(
        'b',
        'Donald Trump said Wednesday that his envoys had a good meeting with Vladimir Putin.',
        { text: 'Wednesday', value: '2025-12-03' },
        '2025-12-03',
      ),
      remarks('c', 'Donald Trump stated on Thursday that the meeting with Vladimir Putin was productive.', {
        text: 'Thursday',
        value: null,
      }),
    ],
    [{ Thursday: ['c'], Wednesday: ['a', 'b'] }],
  ],
  [
    'a written date gives its weekday: December 3, 2025 was a Wednesday',
    [
      remarks(
        'a',
        'Donald Trump said Wednesday that the meeting with Vladimir Putin was very good.',
        { text: 'Wednesday', value: '2025-12-03' },
        '2025-12-03',
      ),
      remarks(
        'b',
        'Donald Trump said on December 3, 2025 that the meeting with Vladimir Putin was very good.',
        { text: 'December 3, 2025', value: '2025-12-03' },
      ),
    ],
    [],
  ],
  [
    'a weekday that does not fit its written date',
    [
      remarks(
        'a',
        'Donald Trump spoke on Thursday, December 3, 2025 about the meeting with Vladimir Putin.',
        { text: 'Thursday, December 3, 2025', value: '2025-12-03' },
      ),
    ],
    [{ 'Thursday (as written)': ['a'], 'Wednesday (December 3, 2025)': ['a'] }],
  ],
  [
    'different happenings on different days are no conflict',
    [
      remarks(
        'a',
        'Donald Trump said Wednesday that the meeting with Vladimir Putin was very good.',
        { text: 'Wednesday', value: '2025-12-03' },
        '2025-12-03',
      ),
      handArticle({
        id: 'b',
        published: '2025-12-03',
        blocks: ['Envoys met Vladimir Putin at the Kremlin on Tuesday for five hours of talks.'],
        people: [trump, { name: 'Vladimir Putin' }],
        dates: [{ text: 'Tuesday', value: '2025-12-02' }],
      }),
    ],
    [],
  ],
  [
    'a quoted "yesterday" is not the report’s date',
    [
      remarks(
        'a',
        'Donald Trump said on Wednesday that the meeting with Vladimir Putin was very good.',
        { text: 'Wednesday', value: '2025-12-03' },
        '2025-12-03',
      ),
      handArticle({
        id: 'b',
        published: '2025-12-03',
        blocks: ['Donald Trump said on Wednesday: "Vladimir Putin had a very good meeting yesterday."'],
        people: [trump, { name: 'Vladimir Putin' }],
        dates: [
          { text: 'Wednesday', value: '2025-12-03' },
          { text: 'yesterday', value: '2025-12-02' },
        ],
        quotes: [
          {
            text: 'Vladimir Putin had a very good meeting yesterday.',
            speaker: 'Donald Trump',
            speakerText: 'Trump',
          },
        ],
      }),
    ],
    [],
  ],
];

for (const [why, articles, expected] of cases)
  test(`date: ${why}`, () => assert.deepEqual(findingsOf(dateDetector, articles), expected));
