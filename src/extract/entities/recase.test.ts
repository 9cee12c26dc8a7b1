import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CaseStyle, recase } from './recase.ts';

const words = ['The', 'envoy', 'of', 'the', 'U.S.', 'met', 'Putin', "'s", 'aide', 'in', 'Moscow', '.'];

const cases: ReadonlyArray<readonly [CaseStyle, string]> = [
  ['title', "The Envoy of the U.S. Met Putin 's Aide in Moscow ."],
  ['upper', "THE ENVOY OF THE U.S. MET PUTIN 'S AIDE IN MOSCOW ."],
  ['lower', "the envoy of the u.s. met putin 's aide in moscow ."],
];

for (const [style, expected] of cases) {
  test(`recase: ${style}, one word out per word in`, () => {
    const recased = recase(words, style);
    assert.equal(recased.length, words.length);
    assert.equal(recased.join(' '), expected);
  });
}
