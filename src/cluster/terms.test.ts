import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentTerms, lightStem } from './terms.ts';

const stems: [word: string, stem: string][] = [
  ['votes', 'vot'],
  ['voted', 'vot'],
  ['voting', 'vot'],
  ['vote', 'vot'],
  ['carries', 'carry'],
  ['carried', 'carry'],
  ['running', 'run'],
  ['stopped', 'stop'],
  ['talks', 'talk'],
  ['news', 'news'],
  ['congress', 'congress'],
  ['crisis', 'crisis'],
  ['bus', 'bus'],
  ['agreed', 'agreed'],
  ['us', 'us'],
];

for (const [word, stem] of stems) {
  test(`lightStem: ${word} → ${stem}`, () => assert.equal(lightStem(word), stem));
}

test('contentTerms: lower case, no function words or numbers, hyphenated words by their parts', () => {
  assert.deepEqual(
    contentTerms('The U.S. envoy held a five-hour meeting with Putin on Tuesday, 2 December.'),
    ['u.s.', 'envoy', 'held', 'hour', 'meet', 'putin', 'december'],
  );
});

test('contentTerms: possessives and curly apostrophes do not make new words', () => {
  assert.deepEqual(contentTerms("Putin’s adviser and Putin's envoy"), ['putin', 'adviser', 'putin', 'envoy']);
});

test('contentTerms: empty and symbol-only text give no terms', () => {
  assert.deepEqual(contentTerms(''), []);
  assert.deepEqual(contentTerms('— … 42 %'), []);
});
