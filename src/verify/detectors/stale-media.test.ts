import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handArticle } from '../testing.ts';
import { findingsOf } from './shared.test-support.ts';
import { staleMediaDetector } from './stale-media.ts';

const report = (id: string, caption: { text: string; date: string; value: string }) =>
  handArticle({
    id,
    published: '2025-12-03',
    blocks: [
      { kind: 'caption', text: caption.text },
      'Envoys met Vladimir Putin at the Kremlin on Tuesday for five hours.',
    ],
    dates: [
      { text: caption.date, value: caption.value },
      { text: 'Tuesday', value: '2025-12-02' },
    ],
  });

const cases: Array<[string, ReturnType<typeof handArticle>[], number]> = [
  [
    'a photo from four months before',
    [
      report('a', {
        text: 'Putin meets Witkoff in Moscow on August 6, 2025.',
        date: 'August 6, 2025',
        value: '2025-08-06',
      }),
    ],
    1,
  ],
  [
    'a photo from the same week',
    [
      report('a', {
        text: 'Rubio and Umerov speak on November 30, 2025.',
        date: 'November 30, 2025',
        value: '2025-11-30',
      }),
    ],
    0,
  ],
  [
    'a photo of the day',
    [
      report('a', {
        text: 'Putin meets the envoys on December 2, 2025.',
        date: 'December 2, 2025',
        value: '2025-12-02',
      }),
    ],
    0,
  ],
];

for (const [why, articles, count] of cases)
  test(`stale media: ${why}`, () => assert.equal(findingsOf(staleMediaDetector, articles).length, count));

test('stale media: no dates in the story, nothing to compare with', () => {
  const undated = handArticle({
    id: 'a',
    blocks: [{ kind: 'caption', text: 'A photo from August 6, 2025.' }, 'Envoys met Putin.'],
    dates: [{ text: 'August 6, 2025', value: '2025-08-06' }],
  });
  // The caption's own date never sets the story's days.
  assert.equal(findingsOf(staleMediaDetector, [undated]).length, 0);
});
