import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderVersionHistory } from './render.ts';

test('versions: the history prints no control characters from article text', () => {
  const terminalEscape = '\u001b[2J\u001b[31m';
  const printed = renderVersionHistory({
    url: 'https://example.com/a',
    versions: [
      {
        version: 1,
        articleId: 'a1',
        fetchedAt: '2025-12-03T10:00:00.000Z',
        title: `Old ${terminalEscape}title`,
      },
      {
        version: 2,
        articleId: 'a2',
        fetchedAt: '2025-12-03T12:00:00.000Z',
        title: 'New title\u202e',
        diff: { changes: [], summary: [`title changed: Old ${terminalEscape}title → New title`] },
      },
    ],
  });
  assert.ok(!printed.includes('\u001b') && !printed.includes('\u202e'), 'no escape or override character');
  assert.match(printed, /version 1 of 2 {2}fetched 2025-12-03T10:00:00 {2}a1 {2}Old \[2J\[31mtitle/);
  assert.match(printed, / {4}- title changed: Old \[2J\[31mtitle → New title/);
});
