import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { languageSample, loadLanguageDetector } from './language.ts';

test('the sample is the first 400 characters of the whole text with whitespace collapsed', () => {
  const spaced = fc.array(
    fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(' ', '\n\n', '\t \n', '   ')),
    {
      maxLength: 300,
    },
  );
  fc.assert(
    fc.property(spaced, (parts) => {
      const text = parts.join('');
      assert.equal(languageSample(text), text.replace(/\s+/g, ' ').trim().slice(0, 400));
    }),
    { numRuns: 500 },
  );
});

test('the detector names the language of news sentences, und for too little text', async () => {
  const detect = await loadLanguageDetector();
  assert.equal(detect('The president met the envoy in Moscow on Tuesday evening, officials said.'), 'en');
  assert.equal(detect('Le président a rencontré l’envoyé à Moscou mardi soir, selon le Kremlin.'), 'fr');
  assert.equal(detect('Der Präsident traf den Gesandten am Dienstag in Moskau, sagte ein Sprecher.'), 'de');
  assert.equal(detect('Президент встретился с посланником в Москве во вторник вечером.'), 'ru');
  assert.equal(detect('  short  '), 'und');
});
