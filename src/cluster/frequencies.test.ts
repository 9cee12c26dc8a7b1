import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentFrequencies } from './frequencies.ts';

test('document frequencies: keys no document holds since a day are forgotten, and count afresh when they come back', () => {
  const frequencies = new DocumentFrequencies();
  frequencies.addDocument(['budget', 'council', 'jane doe'], 100);
  frequencies.addDocument(['budget', 'storm'], 110);
  frequencies.addDocument(['budget', 'undated'], undefined);
  frequencies.addDocument(['budget', 'council'], 130);
  const unseen = frequencies.weight('never seen');
  assert.equal(frequencies.keyCount, 5);

  // "jane doe" (day 100) and "storm" (day 110) are older than day 120; "council" was seen again on
  // day 130; an undated document's key is never old.
  assert.equal(frequencies.forgetLastSeenBefore(120), 2);
  assert.equal(frequencies.keyCount, 3);
  assert.equal(frequencies.weight('jane doe'), unseen);
  assert.ok(frequencies.weight('council') < unseen);
  assert.ok(frequencies.weight('undated') <= unseen);
  // "budget" was in the undated document too: only "council" goes.
  assert.equal(frequencies.forgetLastSeenBefore(1e9), 1);
  assert.equal(frequencies.keyCount, 2);

  // Back after being forgotten: counted once, not twice, in a stream of five documents.
  frequencies.addDocument(['storm'], 140);
  assert.equal(frequencies.documents, 5);
  assert.equal(frequencies.weight('storm'), frequencies.weight('another never seen'));
});
