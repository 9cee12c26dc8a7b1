import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryIndex } from './story-index.ts';

test('story index: candidates ranked by the weight of shared keys, older story first on ties', () => {
  const index = new StoryIndex(10);
  index.update(1, ['t:putin', 't:kremlin']);
  index.update(2, ['t:putin']);
  index.update(3, ['t:storm']);
  assert.deepEqual(
    index.candidates(
      [
        ['t:putin', 1],
        ['t:kremlin', 0.5],
      ],
      5,
    ),
    [1, 2],
  );
  assert.deepEqual(index.candidates([['t:putin', 1]], 5), [1, 2]);
  assert.deepEqual(index.candidates([['t:putin', 1]], 1), [1]);
});

test('story index: a posting keeps only the most recently updated stories', () => {
  const index = new StoryIndex(2);
  index.update(1, ['t:putin']);
  index.update(2, ['t:putin']);
  index.update(3, ['t:putin']);
  assert.deepEqual(index.candidates([['t:putin', 1]], 5), [2, 3]);
  index.touch(2);
  index.update(4, ['t:putin']);
  assert.deepEqual(index.candidates([['t:putin', 1]], 5), [2, 4]);
});

test('story index: re-entering a story under new keys drops the old ones; removal drops all', () => {
  const index = new StoryIndex(5);
  index.update(1, ['t:putin', 't:kremlin']);
  index.update(1, ['t:kremlin']);
  assert.deepEqual(index.candidates([['t:putin', 1]], 5), []);
  index.remove(1);
  assert.deepEqual(index.candidates([['t:kremlin', 1]], 5), []);
});
