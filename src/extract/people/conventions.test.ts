import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention, EntityType } from '../../model/index.ts';
import { isNationalityWord, seatOfGovernmentType, withoutLeadingThe } from './conventions.ts';

/** The mention of `name` in `text` (its first occurrence), typed `type`. */
const mentionOf = (text: string, name: string, type: EntityType): EntityMention => {
  const at = text.indexOf(name);
  return { type, span: [at, at + name.length] };
};
const written = (text: string, mention: EntityMention) => text.slice(mention.span[0], mention.span[1]);

test('conventions: a leading "The" is dropped from organisations only', () => {
  const text = 'The Washington Post reported it from The Hague.';
  assert.equal(
    written(text, withoutLeadingThe(text, mentionOf(text, 'The Washington Post', 'organization'))),
    'Washington Post',
  );
  assert.equal(written(text, withoutLeadingThe(text, mentionOf(text, 'The Hague', 'place'))), 'The Hague');
});

test('conventions: a nationality word describing someone is not a person', () => {
  const text = 'Abdi Aynte, a Somali analyst, spoke; Ali Hassan said so.';
  assert.equal(isNationalityWord(text, mentionOf(text, 'Somali', 'person')), true);
  assert.equal(isNationalityWord(text, mentionOf(text, 'Hassan', 'person')), false);
  // Shaped like a nationality, but no determiner before it: a first name.
  const name = 'Later Brian said no.';
  assert.equal(isNationalityWord(name, mentionOf(name, 'Brian', 'person')), false);
});

test('conventions: the seat of a government acts as an organisation and hosts as a place', () => {
  const cases: Array<[string, EntityType]> = [
    ['The White House said on Friday it would respond.', 'organization'],
    ['White House officials declined to comment.', 'organization'],
    ['They met the president at the White House on Monday.', 'place'],
    ['He was on his way back to the White House.', 'place'],
    ['The outcome of the Kremlin meeting was unclear.', 'place'],
    ['Reporters stood in the Oval Office of the White House.', 'place'],
  ];
  for (const [text, expected] of cases) {
    const name = text.includes('Kremlin') ? 'Kremlin' : 'White House';
    for (const tagged of ['place', 'organization'] as const) {
      assert.equal(seatOfGovernmentType(text, mentionOf(text, name, tagged)).type, expected, text);
    }
  }
});
