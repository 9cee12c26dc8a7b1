import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention, Sentence } from '../../model/index.ts';
import { canonicalNames, groupPeople } from './index.ts';

test('people: a surname alone joins the one full name it can stand for', () => {
  const names = canonicalNames(['Steve Witkoff', 'Witkoff', 'John Smith', 'Jane Smith', 'Smith']);
  assert.equal(names.get('Witkoff'), 'Steve Witkoff');
  assert.equal(names.get('Smith'), 'Smith', 'ambiguous between two Smiths');
});

/** Person mentions marked by hand as the recogniser would, so titles are tested on their own. */
function titlesIn(text: string, names: string[]) {
  const mentions: EntityMention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push({ type: 'person', span: [at, at + name.length] });
    }
  }
  mentions.sort((a, b) => a.span[0] - b.span[0]);
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  return Object.fromEntries(
    groupPeople(text, sentences, mentions).people.map((p) => [p.name, p.titles.map((t) => t.text)]),
  );
}

const cases: Array<[string, string, string[], Record<string, string[]>]> = [
  [
    'title before the name',
    'He met Russian President Vladimir Putin at the Kremlin.',
    ['Vladimir Putin'],
    { 'Vladimir Putin': ['Russian President'] },
  ],
  [
    'lower-case role before the name',
    'Witkoff called Ukrainian national security adviser Rustem Umerov from Moscow.',
    ['Witkoff', 'Rustem Umerov'],
    {
      Witkoff: [],
      'Rustem Umerov': ['Ukrainian national security adviser'],
    },
  ],
  [
    'possessor is not part of the title',
    '"No," said Putin’s top foreign policy adviser, Yuri Ushakov, later.',
    ['Putin', 'Yuri Ushakov'],
    {
      Putin: [],
      'Yuri Ushakov': ['top foreign policy adviser'],
    },
  ],
  [
    'apposition after the name',
    'Michael Froman, president of the Council on Foreign Relations, said it.',
    ['Michael Froman'],
    {
      'Michael Froman': ['president of the Council on Foreign Relations'],
    },
  ],
  [
    'title with "of State"',
    'U.S. Secretary of State Marco Rubio said so.',
    ['Marco Rubio'],
    { 'Marco Rubio': ['U.S. Secretary of State'] },
  ],
  [
    'a title never runs through another name',
    'Putin, with Kremlin Economic Envoy Kirill Dmitriev and Kremlin Assistant Yuri Ushakov, met them.',
    ['Putin', 'Kirill Dmitriev', 'Yuri Ushakov'],
    { Putin: [], 'Kirill Dmitriev': ['Kremlin Economic Envoy'], 'Yuri Ushakov': ['Kremlin Assistant'] },
  ],
  [
    'a verb phrase is no apposition',
    'Putin, accompanied by aide Yuri Ushakov, met them.',
    ['Putin', 'Yuri Ushakov'],
    { Putin: [], 'Yuri Ushakov': ['aide'] },
  ],
  [
    'roles in a list of appositions',
    'Trump said his envoy, Steve Witkoff, and senior adviser, Jared Kushner, met Putin.',
    ['Trump', 'Steve Witkoff', 'Jared Kushner', 'Putin'],
    { Trump: [], 'Steve Witkoff': ['envoy'], 'Jared Kushner': ['senior adviser'], Putin: [] },
  ],
];

for (const [why, text, names, expected] of cases)
  test(`titles: ${why}`, () => assert.deepEqual(titlesIn(text, names), expected));
