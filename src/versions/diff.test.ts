import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../model/index.ts';
import { diffArticles, type VersionText } from './index.ts';

/** An article's text as assemble makes it: the title block, then one block per paragraph. */
function version(title: string, paragraphs: readonly string[]): VersionText {
  let text = title;
  const blocks: Block[] = [{ kind: 'title', span: [0, title.length] }];
  for (const paragraph of paragraphs) {
    text += '\n\n';
    blocks.push({ kind: 'body', span: [text.length, text.length + paragraph.length] });
    text += paragraph;
  }
  return { title, text, blocks };
}

const first = version('Ferry service resumes after storm', [
  'The ferry between the islands resumed on Monday after a week of storms, the operator said.',
  'Harbour master Jane Roe said 40 sailings had been cancelled.',
  'Repairs to the pier will cost 2 million pounds.',
]);

test('the same text has no changes', () => {
  assert.deepEqual(diffArticles(first, first), { changes: [], summary: [] });
});

test('a number and a name replaced inside a paragraph are named as such, with their context', () => {
  const second = version('Ferry service resumes after storm', [
    first.text.split('\n\n')[1]!,
    'Harbour master John Doe said 45 sailings had been cancelled.',
    'Repairs to the pier will cost 2 million pounds.',
  ]);
  const diff = diffArticles(first, second);
  assert.deepEqual(diff.summary, [
    // Context is the unchanged words on either side, up to three, never the other change.
    'name changed: Jane Roe → John Doe (“…Harbour master John Doe said…”)',
    'number changed: 40 → 45 (“…said 45 sailings had been…”)',
  ]);
  const [change] = diff.changes;
  assert.equal(change?.kind, 'paragraph-changed');
  assert.deepEqual(
    change?.words?.filter((w) => w.kind !== 'same').map((w) => [w.kind, w.text]),
    [
      ['removed', 'Jane Roe'],
      ['added', 'John Doe'],
      ['removed', '40'],
      ['added', '45'],
    ],
  );
});

test('a changed title, and paragraphs added and removed', () => {
  const second = version('Ferry service resumes after four-day storm', [
    first.text.split('\n\n')[1]!,
    'Repairs to the pier will cost 2 million pounds.',
    'Correction: an earlier version of this article misnamed the harbour master.',
  ]);
  assert.deepEqual(diffArticles(first, second).summary, [
    'title changed: “Ferry service resumes after storm” → “Ferry service resumes after four-day storm”',
    'paragraph removed: “Harbour master Jane Roe said 40 sailings had been cancelled.”',
    'paragraph added: “Correction: an earlier version of this article misnamed the harbour master.”',
  ]);
});

test('a paragraph replaced by an unrelated one is a removal and an addition, not a rewording', () => {
  const second = version(first.title!, [
    first.text.split('\n\n')[1]!,
    'Schools on the islands will stay closed until Thursday.',
    'Repairs to the pier will cost 2 million pounds.',
  ]);
  assert.deepEqual(
    diffArticles(first, second).changes.map((c) => c.kind),
    ['paragraph-removed', 'paragraph-added'],
  );
});

test('a reworded sentence with wording changes only says so', () => {
  const second = version(first.title!, [
    'The ferry between the islands started again on Monday after a week of storms, the operator said.',
    ...first.text.split('\n\n').slice(2),
  ]);
  const diff = diffArticles(first, second);
  assert.deepEqual(diff.changes[0]?.replacements, [
    {
      kind: 'wording',
      before: 'resumed',
      after: 'started again',
      context: 'between the islands started again on Monday after',
    },
  ]);
});
