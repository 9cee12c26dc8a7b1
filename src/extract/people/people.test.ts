import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention, Sentence } from '../../model/index.ts';
import { canonicalNames, groupPeople, nameCandidates } from './index.ts';

test('people: a surname alone joins the one full name it can stand for', () => {
  const names = canonicalNames(['Steve Witkoff', 'Witkoff', 'John Smith', 'Jane Smith', 'Smith']);
  assert.equal(names.get('Witkoff'), 'Steve Witkoff');
  assert.equal(names.get('Smith'), 'Smith', 'ambiguous between two Smiths');
});

test('people: a name with middle names or initials is the same person as the name without them', () => {
  const names = canonicalNames(['Jane Q. Doe', 'Jane Doe', 'Doe']);
  assert.equal(names.get('Jane Doe'), 'Jane Q. Doe');
  assert.equal(names.get('Doe'), 'Jane Q. Doe');
});

test('people: a long surname written with one letter wrong is the same person, a short one is not', () => {
  const names = nameCandidates(['Damir Tulemagabetov', 'Tulemaganbetov', 'Ann Johnson', 'Johnston'], true);
  assert.deepEqual(names.get('Tulemaganbetov'), ['Damir Tulemagabetov']);
  assert.deepEqual(names.get('Johnston'), []);
  assert.deepEqual(nameCandidates(['Damir Tulemagabetov', 'Tulemaganbetov']).get('Tulemaganbetov'), []);
});

test('people: a generational suffix is no surname, and the father is not the son', () => {
  const names = canonicalNames([
    ...['John G. Roe Jr.', 'Roe', 'John Roe Jr.', 'Roe Jr.', 'Roe Jr', 'Roe Sr.'],
    ...['Jane Doe', 'Jane Doe Jr.', 'Doe'],
  ]);
  assert.equal(names.get('John Roe Jr.'), 'John G. Roe Jr.');
  assert.equal(names.get('Roe Jr.'), 'John G. Roe Jr.', 'a surname and the suffix');
  assert.equal(names.get('Roe Jr'), 'John G. Roe Jr.', 'the suffix without its stop');
  assert.equal(names.get('Roe Sr.'), 'Roe Sr.', 'the father of a son named in full');
  assert.equal(names.get('Roe'), 'Roe', 'the father or the son');
  assert.equal(names.get('Jane Doe'), 'Jane Doe');
  assert.equal(names.get('Doe'), 'Jane Doe');
});

test('people: a surname with a joined Arabic article is the same surname without it', () => {
  const names = canonicalNames(['Jane al-Doe', 'Doe', 'Al-Doe', 'John el-Roe', 'Roe']);
  assert.equal(names.get('Doe'), 'Jane al-Doe');
  assert.equal(names.get('Al-Doe'), 'Jane al-Doe');
  assert.equal(names.get('Roe'), 'John el-Roe');
});

test('people: a title and a known person read as an organisation are the person', () => {
  const text = 'Justice Jane Roe spoke. They said Justice Roe was unconvinced.';
  const second = text.lastIndexOf('Justice Roe');
  const mentions: EntityMention[] = [
    { type: 'person', span: [8, 16] },
    { type: 'organization', span: [second, second + 'Justice Roe'.length] },
  ];
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  const { people, organizations } = groupPeople(text, sentences, mentions);
  assert.deepEqual(organizations, []);
  assert.deepEqual(
    people.map((person) => [person.name, person.spans.length, person.titles.map((t) => t.text)]),
    [['Jane Roe', 2, ['Justice']]],
  );
});

test('people: a first name and a known surname read as a place are a person', () => {
  const text = 'Jane Roe spoke in Ohio. Later Mary Roe and Roe met.';
  const at = (name: string, from = 0) => text.indexOf(name, from);
  const mentions: EntityMention[] = [
    { type: 'person', span: [0, 8] },
    { type: 'place', span: [at('Ohio'), at('Ohio') + 4] },
    { type: 'place', span: [at('Mary Roe'), at('Mary Roe') + 8] },
  ];
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  const { people, places } = groupPeople(text, sentences, mentions);
  assert.deepEqual(
    places.map((place) => place.name),
    ['Ohio'],
  );
  assert.ok(people.some((person) => person.name === 'Mary Roe'));
});

test('people: a nickname in marks between a given name and a surname is part of one name', () => {
  const text =
    'Harry “Big Bad Hal” Roe died. Big Bad Hal rapped and Hal sang. Doe Says “Great Talks” With Poe Went Well.';
  // The span of `name` where it is followed by `after`.
  const at = (name: string, after = ''): [number, number] => {
    const start = text.indexOf(name + after);
    return [start, start + name.length];
  };
  // As the tagger reads them: the marks break the name; a title-case headline has no surname after its marks.
  const mentions: EntityMention[] = [
    { type: 'person', span: at('Harry') },
    { type: 'organization', span: at('Big Bad') },
    { type: 'person', span: at('Roe', ' died') },
    { type: 'person', span: at('Big Bad Hal') },
    { type: 'person', span: at('Hal', ' sang') },
    { type: 'person', span: at('Doe') },
    { type: 'person', span: at('Poe') },
  ];
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  const { people, organizations } = groupPeople(text, sentences, mentions);
  assert.deepEqual(organizations, []);
  assert.deepEqual(
    people.map((person) => [person.name, person.spans.length]),
    [
      ['Harry “Big Bad Hal” Roe', 3],
      ['Doe', 1],
      ['Poe', 1],
    ],
  );
});

test('people: a given name the tagger ran on into the nickname, and the name without it, are one person', () => {
  const text = 'Sami "Bo" Poe is a trader. Sami Poe denied it.';
  const second = text.lastIndexOf('Sami');
  const mentions: EntityMention[] = [
    { type: 'person', span: [0, 'Sami "Bo'.length] },
    { type: 'person', span: [second, second + 'Sami Poe'.length] },
  ];
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  assert.deepEqual(
    groupPeople(text, sentences, mentions).people.map((person) => [person.name, person.spans.length]),
    [['Sami "Bo" Poe', 2]],
  );
});

test('people: a nickname in single marks, as British text quotes, joins the name too, before a surname with an apostrophe', () => {
  const text =
    "She paired him with Michael 'Wonder Mike' Wright and Guy ‘Master Gee’ O'Brien to form the band.";
  const at = (name: string): [number, number] => [text.indexOf(name), text.indexOf(name) + name.length];
  const mentions: EntityMention[] = ['Michael', 'Wright', 'Guy', 'Master Gee', "O'Brien"].map((name) => ({
    type: 'person',
    span: at(name),
  }));
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  assert.deepEqual(
    groupPeople(text, sentences, mentions).people.map((person) => person.name),
    ["Michael 'Wonder Mike' Wright", "Guy ‘Master Gee’ O'Brien"],
  );
});

test('people: a lower-case word the tagger ran on into ends the name, a particle does not', () => {
  const text =
    'Jane Roe spoke. Moved by it, Roe confronts Doe. Bill de Blasio and Ahmed bin Salem came. Lawyer Cesare dal Maso left. Dal Maso said no.';
  const at = (name: string) => text.indexOf(name);
  const mentions: EntityMention[] = [
    { type: 'person', span: [0, 8] },
    { type: 'person', span: [at('Roe confronts Doe'), at('Roe confronts Doe') + 'Roe confronts Doe'.length] },
    { type: 'person', span: [at('Bill de Blasio'), at('Bill de Blasio') + 'Bill de Blasio'.length] },
    { type: 'person', span: [at('Ahmed bin Salem'), at('Ahmed bin Salem') + 'Ahmed bin Salem'.length] },
    { type: 'person', span: [at('Cesare dal Maso'), at('Cesare dal Maso') + 'Cesare dal Maso'.length] },
    { type: 'person', span: [at('Dal Maso'), at('Dal Maso') + 'Dal Maso'.length] },
  ];
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  const { people } = groupPeople(text, sentences, mentions);
  assert.deepEqual(
    people.map((person) => [person.name, person.spans.length]),
    [
      ['Jane Roe', 2],
      ['Bill de Blasio', 1],
      ['Ahmed bin Salem', 1],
      ['Cesare dal Maso', 2],
    ],
  );
});

/**
 * People (or organisations) with the number of mentions each, from mentions of that type given as
 * names in the order the text has them.
 */
function grouped(
  text: string,
  names: readonly string[],
  type: 'person' | 'organization' = 'person',
): [string, number][] {
  let from = 0;
  const mentions = names.map((name): EntityMention => {
    const at = text.indexOf(name, from);
    from = at + name.length;
    return { type, span: [at, from] };
  });
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  const { people, organizations } = groupPeople(text, sentences, mentions);
  return (type === 'person' ? people : organizations).map((e) => [e.name, e.spans.length]);
}

/** Short-form cases: why, text, person mentions in text order, people with their mention counts. */
const shortFormCases: [string, string, string[], [string, number][]][] = [
  [
    'a short form with a title goes to the one full name written with that title, not the one written last',
    'President John Doe met the press. First lady Jane Doe spoke. President Doe then left.',
    ['John Doe', 'Jane Doe', 'Doe'],
    [
      ['John Doe', 2],
      ['Jane Doe', 1],
    ],
  ],
  [
    'an ambiguous surname stands for the full name written last before it',
    'Jane Doe spoke first. John Doe, her son, spoke next. Mr. Doe then left.',
    ['Jane Doe', 'John Doe', 'Doe'],
    [
      ['Jane Doe', 1],
      ['John Doe', 2],
    ],
  ],
  [
    'a bare surname used while only one full name was written keeps that person when another comes later',
    'John Doe ran. Doe won. Jane Doe, his wife, cheered. Doe then spoke.',
    ['John Doe', 'Doe', 'Jane Doe', 'Doe'],
    [
      ['John Doe', 3],
      ['Jane Doe', 1],
    ],
  ],
  [
    'a surname used while only a "Jr." had been written is the son, even once the father is named',
    'John Roe Jr. pleaded guilty. Mr. Roe, 47, wept. His father, John Roe, looked on. Mr. Roe left.',
    ['John Roe Jr.', 'Roe', 'John Roe', 'Roe'],
    [
      ['John Roe Jr.', 3],
      ['John Roe', 1],
    ],
  ],
  [
    'a relative introduced as such ("His wife, Jane Roe") does not make the surname ambiguous',
    'John Roe Jr. pleaded guilty. His wife, Jane Roe, wept. Roe looked at his father, John Roe.',
    ['John Roe Jr.', 'Jane Roe', 'Roe', 'John Roe'],
    [
      ['John Roe Jr.', 2],
      ['Jane Roe', 1],
      ['John Roe', 1],
    ],
  ],
  [
    'nor does a relative named after "the husband of"',
    'Among them was Jim T. Roe III, a lawyer and the husband of Jane Roe. Mr. Roe wrote on Twitter.',
    ['Jim T. Roe III', 'Jane Roe', 'Roe'],
    [
      ['Jim T. Roe III', 2],
      ['Jane Roe', 1],
    ],
  ],
  [
    'a surname used with an honorific of the other sex before its only full name is another person',
    'Budget passes\n\nPresident Roe spoke. Mr. Roe left. Later the first lady, Jane Roe, spoke. Mr. Roe said no.',
    ['Roe', 'Roe', 'Jane Roe', 'Roe'],
    [
      ['Roe', 3],
      ['Jane Roe', 1],
    ],
  ],
  [
    'a pronoun right after an ambiguous surname and its verb chooses as an honorific would',
    'John Doe met Jane Doe, his wife. Jane Doe waved. Doe said that he was sad.',
    ['John Doe', 'Jane Doe', 'Jane Doe', 'Doe'],
    [
      ['John Doe', 2],
      ['Jane Doe', 2],
    ],
  ],
  [
    'an ambiguous surname in the headline, before any full name, stands for the first one the text names',
    'President Doe takes office\n\nJohn Doe was sworn in. Jane Doe, his wife, held the Bible.',
    ['Doe', 'John Doe', 'Jane Doe'],
    [
      ['John Doe', 2],
      ['Jane Doe', 1],
    ],
  ],
  [
    'an ambiguous surname in the body, before any full name, stands for none of them',
    'Sentenced\n\nDoe wept in court. Jane Doe, his wife, and John Doe Sr., his father, were there.',
    ['Doe', 'Jane Doe', 'John Doe'],
    [
      ['Doe', 1],
      ['Jane Doe', 1],
      ['John Doe', 1],
    ],
  ],
  [
    'an honorific takes, of the full names, the nearest whose given name is usually of its sex',
    'Jane Doe spoke. Her husband, John Doe, spoke next. Mrs. Doe then left. Mr. Doe stayed.',
    ['Jane Doe', 'John Doe', 'Doe', 'Doe'],
    [
      ['Jane Doe', 2],
      ['John Doe', 2],
    ],
  ],
  [
    'no given name is passed over for its sex when it may be short for another ("Jess" reads as male)',
    'Jessica Doe, her mother, cried. Jess Doe won. Miss Doe left.',
    ['Jessica Doe', 'Jess Doe', 'Doe'],
    [
      ['Jessica Doe', 1],
      ['Jess Doe', 2],
    ],
  ],
  [
    'an ambiguous surname passes over a full name inside quotation marks',
    'John Doe ran. The ad read, “Meet Jane Doe, a mother.” Doe was angry.',
    ['John Doe', 'Jane Doe', 'Doe'],
    [
      ['John Doe', 2],
      ['Jane Doe', 1],
    ],
  ],
  [
    'a short form with an honorific keeps the person it first stood for',
    'Jane Doe spoke first. Miss Doe left. Joan Doe, an actress, was named too. Miss Doe came back.',
    ['Jane Doe', 'Doe', 'Joan Doe', 'Doe'],
    [
      ['Jane Doe', 3],
      ['Joan Doe', 1],
    ],
  ],
];

for (const [why, text, names, expected] of shortFormCases)
  test(`people: ${why}`, () => assert.deepEqual(grouped(text, names), expected));

test('people: a clerical title without its stop ("Rev Roe", British style) is no part of the name', () => {
  assert.deepEqual(
    grouped('Reverend Jim Roe spoke. "Yes," Rev Roe said. Msgr Sam Doe agreed.', [
      'Jim Roe',
      'Rev Roe',
      'Msgr Sam Doe',
    ]),
    [
      ['Jim Roe', 2],
      ['Sam Doe', 1],
    ],
  );
});

test('people: a common word read as a person on its own is no person, unless the article writes it as a name', () => {
  assert.deepEqual(grouped('Click here for more.\n\nJane Roe said the plan works.', ['Click', 'Jane Roe']), [
    ['Jane Roe', 1],
  ]);
  assert.deepEqual(
    grouped('Will Roe spoke. Will was glad.', ['Will Roe', 'Will']),
    [['Will Roe', 2]],
    'a full name',
  );
  assert.deepEqual(
    grouped('Hope won. Voters cheered, said Hope.', ['Hope', 'Hope']),
    [['Hope', 2]],
    'after a verb',
  );
});

/**
 * Mentions marked by hand as the recogniser would, so titles are tested on their own: people by
 * default, organisations written "org:Name" (the recogniser's mistakes that titles correct).
 */
function titlesIn(text: string, names: string[]) {
  const mentions: EntityMention[] = [];
  for (const written of names) {
    const type = written.startsWith('org:') ? 'organization' : 'person';
    const name = written.replace(/^org:/, '');
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      mentions.push({ type, span: [at, at + name.length] });
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
    '"for" or "on" between capitalised words before a name is inside an institution\'s name; not after a day',
    'Acme Organization for Women President Jane Doe met Center on Budget Director John Roe on Friday for President Ann Lee.',
    ['Jane Doe', 'John Roe', 'Ann Lee'],
    {
      'Jane Doe': ['Acme Organization for Women President'],
      'John Roe': ['Center on Budget Director'],
      'Ann Lee': ['President'],
    },
  ],
  [
    "a possessor inside the complement of an apposition's role ends the title, the role kept",
    'Mark Poe, the attorney representing Roe’s campaign, and Ann Lee, a former spokesman for Mr. Roe’s council, spoke. Jim Kay, an advisory board member for Acme Now, agreed.',
    ['Mark Poe', 'Roe', 'Ann Lee', 'Jim Kay'],
    {
      'Mark Poe': ['attorney'],
      Roe: [],
      'Ann Lee': ['former spokesman'],
      'Jim Kay': ['advisory board member for Acme Now'],
    },
  ],
  [
    'a name modifying the role after it in an apposition is part of the title; after a role it is another person',
    'Nick Poe, a Roe spokesman, said so. Ann Lee, a former Roe official who left, agreed. Tom Kay, an aid worker with Roe staff, did not.',
    ['Nick Poe', 'Roe', 'Ann Lee', 'Tom Kay'],
    { 'Nick Poe': ['Roe spokesman'], Roe: [], 'Ann Lee': ['former Roe official'], 'Tom Kay': ['aid worker'] },
  ],
  [
    'an abbreviated title without its full stop, British style, is a title ("Sgt Jane Doe")',
    'Police said Sgt Jane Doe and Insp John Roe were at the scene.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['Sgt'], 'John Roe': ['Insp'] },
  ],
  [
    '"first lady" is a title; "lady" alone is not',
    'A station blurred the image of U.S. first lady Jane Doe. The lady next to her, Ann Roe, smiled.',
    ['Jane Doe', 'Ann Roe'],
    { 'Jane Doe': ['U.S. first lady'], 'Ann Roe': [] },
  ],
  [
    'a short participle phrase after a role before a name in commas is no part of the title',
    'The federal judge overseeing the case, Jane Doe, will rule. The lawyer representing the family, John Roe, said so.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['federal judge'], 'John Roe': ['lawyer'] },
  ],
  [
    '"ranking" qualifies a role as "senior" does: "the committee\'s ranking member, Jane Doe,"',
    'The committee’s ranking member, Jane Doe, Democrat of Maryland, said the panel should meet.',
    ['Jane Doe'],
    { 'Jane Doe': ['ranking member'] },
  ],
  [
    'names may come before the role word of an apposition, plain words two at most',
    'It helps, said Jane Doe, a veteran Bay Area office broker, and John Roe, a very tired old local driver.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['veteran Bay Area office broker'], 'John Roe': [] },
  ],
  [
    'a participle after the role word of an apposition ends the title',
    'Jane Doe, the Canadian volunteer fighting with the militia, and John Roe, a student at Acme College, spoke.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['Canadian volunteer'], 'John Roe': ['student at Acme College'] },
  ],
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
    'a whole title at the start of a tagged name is a title, not part of the name',
    'Vice President Jane Doe spoke.',
    ['Vice President Jane Doe'],
    { 'Jane Doe': ['Vice President'] },
  ],
  [
    'a name the tagger missed after a title is a person',
    'They met Sen. Roe on Monday.',
    [],
    { Roe: ['Sen.'] },
  ],
  [
    'a role word after a given name after a title is the surname ("Sen. Angus King of Maine")',
    'On Monday, Sen. Angus King of Maine spoke to reporters, and so did Sen. Jim Roe on the same day.',
    [],
    { 'Angus King': ['Sen.'], 'Jim Roe': ['Sen.'] },
  ],
  [
    'a coroner is a role',
    '"It could take weeks," said County Coroner Frank Shultz on a quiet day.',
    ['County Coroner Frank Shultz'],
    { 'Frank Shultz': ['County Coroner'] },
  ],
  [
    'capitals after a title in a title-case headline are no name',
    'Envoy and Adviser Reportedly Have ‘Good’ Talks With Leaders',
    [],
    {},
  ],
  [
    'a name after a role word that the tagger called an organisation is a person',
    'The comedian Jane Doe started a campaign.',
    ['org:Jane Doe'],
    { 'Jane Doe': ['comedian'] },
  ],
  [
    'an organisation inside a title stays an organisation',
    'Jane Doe, the deputy Acme Corp press secretary, spoke.',
    ['Jane Doe', 'org:Acme Corp'],
    { 'Jane Doe': ['deputy Acme Corp press secretary'] },
  ],
  [
    '"Mr." makes a person whatever the tagger said',
    'Mr. Roe, the presumptive nominee, spoke.',
    ['org:Mr. Roe'],
    { Roe: ['presumptive nominee'] },
  ],
  [
    'a budget director and an eventual nominee keep the word before the role',
    'He sent budget director Jane Doe to stand in for the eventual nominee, John Roe.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['budget director'], 'John Roe': ['eventual nominee'] },
  ],
  [
    'an honorific between a role and the name is in neither; an archivist and a publicist have roles',
    'Acme tycoon Sir John Roe met Jane Doe, archivist for the Acme Society, and Acme publicist Ann Poe.',
    ['John Roe', 'Jane Doe', 'Ann Poe'],
    {
      'John Roe': ['Acme tycoon'],
      'Jane Doe': ['archivist for the Acme Society'],
      'Ann Poe': ['Acme publicist'],
    },
  ],
  [
    'a name closed off by commas is in apposition to the title before it, after any word',
    'Allies in the House, including the minority leader, Jane Doe, voted no.',
    ['Jane Doe'],
    { 'Jane Doe': ['minority leader'] },
  ],
  [
    'the apposition before the comma reaches over a title before the name',
    'The chairman of the Budget and Tax Committee, Senator Jane Doe, spoke.',
    ['Jane Doe'],
    { 'Jane Doe': ['Senator', 'chairman of the Budget and Tax Committee'] },
  ],
  [
    'a party tag or party and state in commas come before the apposition',
    'Senator Jane Doe, D-Ohio, the top Democrat on the panel, and John Roe, Republican of Utah, a founder of the Reform Caucus, spoke.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['Senator', 'top Democrat on the panel'], 'John Roe': ['founder of the Reform Caucus'] },
  ],
  [
    'two titles before a name are two titles, a military rank is one',
    'Committee chairman Rep. Jane Doe and Retired Lt. Gen. John Roe spoke.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['Committee chairman', 'Rep.'], 'John Roe': ['Retired Lt. Gen.'] },
  ],
  [
    'an apposition of two roles joined by "and"',
    'Jane Doe, the president of the Policy and Law Center and a frequent contributor to the Daily Review, spoke.',
    ['Jane Doe'],
    { 'Jane Doe': ['president of the Policy and Law Center', 'frequent contributor to the Daily Review'] },
  ],
  [
    'a whole organisation name opening the phrase qualifies the role after it',
    'Pizza House delivery manager John Roe said it. Candidate and Tea Party favorite Representative Jane Doe came.',
    ['John Roe', 'Jane Doe'],
    { 'John Roe': ['Pizza House delivery manager'], 'Jane Doe': ['Representative'] },
  ],
  [
    'lower-case words joined by "and" inside one role stay in it',
    'John Roe, vice president of admissions and financial planning, agreed.',
    ['John Roe'],
    { 'John Roe': ['vice president of admissions and financial planning'] },
  ],
  [
    'a second description after "and" is not part of the first role',
    'Jane Doe, the ambassador to the United Nations and once John Roe’s choice to succeed him, spoke.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['ambassador to the United Nations'], 'John Roe': [] },
  ],
  [
    'class years and abbreviated ranks are roles',
    'Sophomore Jane Doe agreed with first-year John Roe and Acme’s Mary Major, VP of engineering.',
    ['Jane Doe', 'John Roe', 'Mary Major'],
    { 'Jane Doe': ['Sophomore'], 'John Roe': ['first-year'], 'Mary Major': ['VP of engineering'] },
  ],
  [
    'a plural title is shared by two names joined by "and"',
    'Justices Jane Doe and John Roe dissented.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['Justices'], 'John Roe': ['Justices'] },
  ],
  [
    'no title across "and" before a role word',
    'They met Prime Minister Jane May and Queen Anne Roe.',
    ['Jane', 'Anne Roe'],
    { Jane: ['Prime Minister'], 'Anne Roe': ['Queen'] },
  ],
  [
    'a person named at the start of a title owns it and is not part of it',
    'Roe campaign chairman Jane Doe spoke.',
    ['Roe', 'Jane Doe'],
    { Roe: [], 'Jane Doe': ['campaign chairman'] },
  ],
  [
    'title words running straight into the next name are that person’s, not an apposition (a list)',
    'It drew political director Jane Doe, former U.S. ambassador Mary Roe and Ann Lee, an adviser to former Senator John Major.',
    ['Jane Doe', 'place:U.S.', 'Mary Roe', 'Ann Lee', 'John Major'],
    {
      'Jane Doe': ['political director'],
      'Mary Roe': ['former U.S. ambassador'],
      'Ann Lee': ['adviser'],
      'John Major': ['former Senator'],
    },
  ],
  [
    'an apposition ends at a verb when its comma is missing, and no preposition ends a title',
    'Jane Doe, an analyst at Acme Research has predicted a rise; Mary Roe, a lawyer for “Ann”, disagreed.',
    ['Jane Doe', 'org:Acme Research', 'Mary Roe', 'Ann'],
    { 'Jane Doe': ['analyst at Acme Research'], 'Mary Roe': ['lawyer'], Ann: [] },
  ],
  [
    'the source closing a sentence after a name is no title of it',
    'The strike killed Jane Doe, officials said.',
    ['Jane Doe'],
    { 'Jane Doe': [] },
  ],
  [
    'a role before a clerical title is a title of its own; no article at the start of one',
    'He backed civil rights leader Rev. Jane Doe, and the Rev. John Roe came.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['civil rights leader', 'Rev.'], 'John Roe': ['Rev.'] },
  ],
  [
    'in a title-case headline only title words make a title',
    'Roe Wins Endorsement of Sheriff Jane Doe in Ohio\n\nMr. Roe won it.',
    ['Roe', 'Jane Doe', 'place:Ohio', 'Roe'],
    { Roe: [], 'Jane Doe': ['Sheriff'] },
  ],
  [
    'lower-case nouns qualify a role after a name, a determiner or the sentence start, not after a verb',
    'Real estate tycoon John Roe met Acme design chief Jane Doe; Roe thinks state party candidate Mary Major and a friend of Officer Ann Lee praised analyst Bo Park and former North Korean supreme leader Kim Il.',
    ['John Roe', 'org:Acme', 'Jane Doe', 'Roe', 'Mary Major', 'Ann Lee', 'Bo Park', 'Kim Il'],
    {
      'Kim Il': ['former North Korean supreme leader'],
      'John Roe': ['Real estate tycoon'],
      'Jane Doe': ['Acme design chief'],
      'Mary Major': ['state party candidate'],
      'Ann Lee': ['Officer'],
      'Bo Park': ['analyst'],
    },
  ],
  [
    'an honorific between a title and a name is neither; a word before an honorific describes the person',
    'British scientist Dr Jane Doe agreed, and Bewildered Ms Roe said no; Ann Lee, the mayor of Ohio and Mr. Park’s former aide, came.',
    ['Jane Doe', 'Bewildered Ms Roe', 'Ann Lee', 'place:Ohio', 'Park'],
    { 'Jane Doe': ['British scientist'], Roe: [], 'Ann Lee': ['mayor of Ohio', 'former aide'], Park: [] },
  ],
  [
    '"fellow" before a capitalised word is an adjective; a running mate is a role',
    'Fellow Democratic Sen. Jane Doe agreed, and running mate John Roe, a fellow at Brookings, did too.',
    ['Jane Doe', 'John Roe', 'org:Brookings'],
    { 'Jane Doe': ['Democratic Sen.'], 'John Roe': ['running mate', 'fellow at Brookings'] },
  ],
  [
    'a rank’s first word goes with its abbreviation; a word describing the next name is not a title',
    'Press secretary Rear Adm. Jane Doe said Ian Roe, the author of the famous John Major series, was right.',
    ['Jane Doe', 'Ian Roe', 'John Major'],
    { 'Jane Doe': ['Press secretary', 'Rear Adm.'], 'Ian Roe': ['author'], 'John Major': [] },
  ],
  [
    'military and police abbreviations are titles',
    'Cpl. Jane Doe and Det. John Roe stood guard.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['Cpl.'], 'John Roe': ['Det.'] },
  ],
  [
    'occupations are roles, with the words that say which kind ("aid worker", "novelist")',
    'British aid worker Jane Doe and novelist John Roe spoke to Ann Lee, an internist and chairman of the board.',
    ['Jane Doe', 'John Roe', 'Ann Lee'],
    {
      'Jane Doe': ['British aid worker'],
      'John Roe': ['novelist'],
      'Ann Lee': ['internist', 'chairman of the board'],
    },
  ],
  [
    'a role word with its complement before the name ("chief of staff")',
    'Later, acting chief of staff Jane Doe told reporters.',
    ['Jane Doe'],
    { 'Jane Doe': ['acting chief of staff'] },
  ],
  [
    'a title joined by "and" before another person\'s possessive stays',
    'They criticised Jane Doe, the ambassador to the United Nations and once John Roe’s choice for the post.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['ambassador to the United Nations'], 'John Roe': [] },
  ],
  [
    'a role before the comma may have an "of" complement with plain words and a possessive',
    'The deputy head of the provincial council, Jane Doe, said the head of the town’s council, John Roe, agreed.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['deputy head of the provincial council'], 'John Roe': ['head of the town’s council'] },
  ],
  [
    'a name after "of" is the complement, not the holder, of the role before it',
    'The aide of Jane Doe spoke.',
    ['Jane Doe'],
    { 'Jane Doe': [] },
  ],
  [
    "a plural title before a list of names is each one's, home states in brackets and a serial comma allowed",
    'Reps. Jane Doe, John Roe and Mary Major met Sens. Ann Poe (Ill.), Tom Moe (R.I.), and Kim Loe (Ky.).',
    ['Jane Doe', 'John Roe', 'Mary Major', 'Ann Poe', 'Tom Moe', 'Kim Loe'],
    {
      'Jane Doe': ['Reps.'],
      'John Roe': ['Reps.'],
      'Mary Major': ['Reps.'],
      'Ann Poe': ['Sens.'],
      'Tom Moe': ['Sens.'],
      'Kim Loe': ['Sens.'],
    },
  ],
  [
    'an apposition between dashes, a rank of two abbreviations and a "now-" title',
    'Jane Doe -- the leader of the movement -- met Retired Brig. Gen. John Roe and now-presumptive nominee Mary Major.',
    ['Jane Doe', 'John Roe', 'Mary Major'],
    {
      'Jane Doe': ['leader of the movement'],
      'John Roe': ['Retired Brig. Gen.'],
      'Mary Major': ['now-presumptive nominee'],
    },
  ],
  [
    'a state abbreviation in commas stays inside an apposition that a comma closes',
    'Jane Doe, president of the Kansas City, Mo., branch of the union, and John Roe, mayor of Paris, Ky., spoke.',
    ['Jane Doe', 'John Roe'],
    {
      'Jane Doe': ['president of the Kansas City, Mo., branch of the union'],
      'John Roe': ['mayor of Paris'],
    },
  ],
  [
    "a country's possessive stays in a title before the name, a person's does not",
    'Jordan’s Foreign Minister Jane Doe met John Roe’s top adviser Mary Major.',
    ['Jane Doe', 'John Roe', 'Mary Major'],
    { 'Jane Doe': ['Jordan’s Foreign Minister'], 'John Roe': [], 'Mary Major': ['top adviser'] },
  ],
  [
    '"at the time" is not part of a title before the comma',
    'At noon, the spokesman for the National Security Council at the time, Jane Doe, wrote to them.',
    ['Jane Doe'],
    { 'Jane Doe': ['spokesman for the National Security Council'] },
  ],
  [
    'the words leading to another person go with that person',
    'Jane Doe, an adviser to former Senator John Roe, spoke.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['adviser'], 'John Roe': ['former Senator'] },
  ],
  [
    'a description after "with" and the place of the office are not part of the title',
    'Jane Doe, a reporter with long courtroom experience, met John Roe, the head of Sahel Research in Nairobi.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['reporter'], 'John Roe': ['head of Sahel Research'] },
  ],
  [
    'the place of the office is not part of the title with a word placing it, named or not',
    'Jane Doe, president of Acme Studios in suburban Springfield, met John Roe, head of the Kay Institute in northern Acme, and Ann Poe, chair of Acme Films in downtown Kaybury.',
    ['Jane Doe', 'John Roe', 'Ann Poe'],
    {
      'Jane Doe': ['president of Acme Studios'],
      'John Roe': ['head of the Kay Institute'],
      'Ann Poe': ['chair of Acme Films'],
    },
  ],
  [
    'an employer after "with" stays in the title',
    'Jane Doe, a senior lawyer with the Center for Wild Places, spoke.',
    ['Jane Doe'],
    { 'Jane Doe': ['senior lawyer with the Center for Wild Places'] },
  ],
  [
    'a past time before the article stays with the title, "now" does not',
    'She said Jane Doe, then an assistant prosecutor, and John Roe, now the committee chairman, called her.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['then an assistant prosecutor'], 'John Roe': ['committee chairman'] },
  ],
  [
    'opinion and rivalry are no titles',
    'Jane Doe, a vocal critic of the mayor, spoke.',
    ['Jane Doe'],
    { 'Jane Doe': [] },
  ],
  [
    'a clause before the comma is no title',
    'However, the mayor also believes that it is true, Judge Jane Doe will rule.',
    ['Jane Doe'],
    { 'Jane Doe': ['Judge'] },
  ],
  [
    'a title of clergy right before a name, and the words trimmed off a name are no other name',
    'Jesuit Father Jane Doe spoke, then Father Roe. The Acme Jesuit choir sang.',
    ['Jesuit Father Jane Doe', 'Roe', 'Acme Jesuit'],
    { 'Jane Doe': ['Jesuit Father'], Roe: ['Father'], 'Acme Jesuit': [] },
  ],
  ['kinship is no title', 'She wrote to her father, John Roe.', ['John Roe'], { 'John Roe': [] }],
  [
    'a possessor inside an apposition ends what comes before it',
    'Jane Doe, President Roe’s national security adviser, said so.',
    ['Jane Doe', 'Roe'],
    { 'Jane Doe': ['national security adviser'], Roe: ['President'] },
  ],
  [
    'a role word followed by a verb is no apposition',
    'In their letter to Jane Doe, the scholars make clear they object.',
    ['Jane Doe'],
    { 'Jane Doe': [] },
  ],
  [
    'roles in a list of appositions',
    'Trump said his envoy, Steve Witkoff, and senior adviser, Jared Kushner, met Putin.',
    ['Trump', 'Steve Witkoff', 'Jared Kushner', 'Putin'],
    { Trump: [], 'Steve Witkoff': ['envoy'], 'Jared Kushner': ['senior adviser'], Putin: [] },
  ],
  [
    'corporate offices are titles, in apposition too',
    'Acme’s chief financial officer, Jane Doe, met John Roe, research director at Globex.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['chief financial officer'], 'John Roe': ['research director at Globex'] },
  ],
  [
    'a title runs through "of" after a role only, and not through a missed name before "and"',
    'They subpoenaed the campaign of Ohio Gov. Jane Doe. Trump asked Director of National Intelligence Ann Poe and Agency Director John Roe.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['Ohio Gov.'], 'John Roe': ['Agency Director'] },
  ],
  [
    'a description with no role before "and" is no part of the title after it',
    'John Roe, a Catholic and chairman of the Budget Committee, met Jane Doe, a mergers and acquisitions lawyer.',
    ['John Roe', 'Jane Doe'],
    { 'John Roe': ['chairman of the Budget Committee'], 'Jane Doe': ['mergers and acquisitions lawyer'] },
  ],
  [
    'a role with a time prefix is a role',
    'Then-Secretary of State Jane Doe met ex-adviser John Roe.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['Then-Secretary of State'], 'John Roe': ['ex-adviser'] },
  ],
  [
    'a role with a rank prefix or a joined complement is a role; a relative by marriage is none',
    'Acme Sergeant-at-Arms Jane Doe met committee co-chair John Roe and vice-chairwoman Ann Poe, with his son-in-law Jim Kay.',
    ['Jane Doe', 'John Roe', 'Ann Poe', 'Jim Kay'],
    {
      'Jane Doe': ['Acme Sergeant-at-Arms'],
      'John Roe': ['committee co-chair'],
      'Ann Poe': ['vice-chairwoman'],
      'Jim Kay': [],
    },
  ],
  [
    'a role before "of" is not the title of a person whose own title stands alone after it',
    'The former chairman of President Jane Doe’s campaign resigned. An aide of Senator John Roe spoke. Secretary of State Ann Poe’s office agreed. Director of National Intelligence Jim Kay agreed. Earlier, chairman of the Acme Committee Rep. Bob Lee and Minister of Justice Tom Fay agreed.',
    ['Jane Doe', 'John Roe', 'Ann Poe', 'Jim Kay', 'Bob Lee', 'Tom Fay'],
    {
      'Jane Doe': ['President'],
      'John Roe': ['Senator'],
      'Ann Poe': ['Secretary of State'],
      'Jim Kay': ['Director of National Intelligence'],
      'Bob Lee': ['chairman of the Acme Committee', 'Rep.'],
      'Tom Fay': ['Minister of Justice'],
    },
  ],
  [
    'occupations are roles; a law named after one names nobody',
    'Acme politician Jane Doe met Democratic donor John Roe and dental receptionist Ann Poe. They fought the “Acme Farmer Relief Act” together.',
    ['Jane Doe', 'John Roe', 'Ann Poe'],
    {
      'Jane Doe': ['Acme politician'],
      'John Roe': ['Democratic donor'],
      'Ann Poe': ['receptionist'],
    },
  ],
  [
    '"Sheikh" before a name is a title, after a first name it is part of the name',
    'Sheikh Jane Doe met President John Sheikh Roe.',
    ['Sheikh Jane Doe', 'John Sheikh Roe'],
    { 'Jane Doe': ['Sheikh'], 'John Sheikh Roe': ['President'] },
  ],
  [
    'nouns before a role qualify it after a preposition or conjunction, not after "to" before a verb',
    'When war reporter Jane Doe called, she asked to replace design chief John Roe, as did Senator Ann Poe.',
    ['Jane Doe', 'John Roe', 'Ann Poe'],
    { 'Jane Doe': ['war reporter'], 'John Roe': ['chief'], 'Ann Poe': ['Senator'] },
  ],
  [
    'a role after a determiner that follows a preposition is in apposition to a name closed off by commas',
    'He set up a fund for a photographer, Jane Doe, who was killed. Admiration for the former senator, Sen. John Roe (R-Texas) spoke.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': ['photographer'], 'John Roe': ['Sen.'] },
  ],
  [
    'one person\'s role and another title joined by "and" are two titles; a party tag in brackets may precede an apposition',
    'It was the idea of former Utah governor and Acme News contributor Jane Doe. Rep. John Roe (D-Fla.), the former chairwoman of the committee, and state lawmakers and Gov. Ann Poe came.',
    ['Jane Doe', 'John Roe', 'Ann Poe'],
    {
      'Jane Doe': ['former Utah governor', 'Acme News contributor'],
      'John Roe': ['Rep.', 'former chairwoman of the committee'],
      'Ann Poe': ['Gov.'],
    },
  ],
  [
    "a role before a name whose relative clause ends in a preposition is someone else's",
    'In the words of the president Jane Doe worked for on a deferment, the senator John Roe spoke.',
    ['Jane Doe', 'John Roe'],
    { 'Jane Doe': [], 'John Roe': ['senator'] },
  ],
  [
    '"to" joins a role to where it serves, not to a titled person nor in a title-case line; what follows ", and" is no apposition',
    'Former ambassador to the Acme Union Jane Doe met an adviser to Senator John Roe. It was set up by Doe’s chief of staff, Ann Poe, and Roe’s press secretary, Jim Kay.\nGovernor Picks Ex-Aide to Succeed Bob Lee',
    ['Jane Doe', 'John Roe', 'Ann Poe', 'Jim Kay', 'Bob Lee', 'org:Acme Union'],
    {
      'Bob Lee': [],
      'Jane Doe': ['Former ambassador to the Acme Union'],
      'John Roe': ['Senator'],
      'Ann Poe': ['chief of staff'],
      'Jim Kay': ['press secretary'],
    },
  ],
  [
    'an article before the first of two titles joined by "and" reaches over the second',
    'Jane Doe, a retired Acme agent and fire safety trainer, spoke. John Roe, the former mayor and three-term council member, agreed.',
    ['Jane Doe', 'John Roe', 'org:Acme'],
    {
      'Jane Doe': ['retired Acme agent', 'fire safety trainer'],
      'John Roe': ['former mayor', 'three-term council member'],
    },
  ],
  [
    "a member of parliament's title is a role",
    'MP Jane Doe spoke. Labour MP John Roe and Conservative MEP Ann Poe agreed.',
    ['Jane Doe', 'John Roe', 'Ann Poe', 'org:Labour'],
    { 'Jane Doe': ['MP'], 'John Roe': ['Labour MP'], 'Ann Poe': ['Conservative MEP'] },
  ],
];

test('people: a role word read as an organisation right before a person is no organisation', () => {
  const text = 'MP Jane Doe spoke in Leeds. The MP said Acme Chair Corp. backed her.';
  const at = (name: string): [number, number] => [text.indexOf(name), text.indexOf(name) + name.length];
  const mentions: EntityMention[] = [
    { type: 'organization', span: at('MP') },
    { type: 'person', span: at('Jane Doe') },
    { type: 'place', span: at('Leeds') },
    { type: 'organization', span: at('Acme Chair Corp.') },
  ];
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  const { people, organizations } = groupPeople(text, sentences, mentions);
  assert.deepEqual(
    organizations.map((o) => o.name),
    ['Acme Chair Corp.'],
  );
  assert.deepEqual(
    people[0]?.titles.map((t) => t.text),
    ['MP'],
  );
});

for (const [why, text, names, expected] of cases)
  test(`titles: ${why}`, () => assert.deepEqual(titlesIn(text, names), expected));

test('titles: a word made of letters and a longer role word is a role; a capitalised or short one is not', () => {
  assert.deepEqual(
    titlesIn(
      'Rebels freed photojournalist Jane Doe and city planner John Roe, and TheActress Ann Lee came.',
      ['Jane Doe', 'John Roe', 'Ann Lee'],
    ),
    { 'Jane Doe': ['photojournalist'], 'John Roe': ['city planner'], 'Ann Lee': [] },
  );
  assert.deepEqual(
    titlesIn('Fans remember Jane Doe, and a wheelchair John Roe used.', ['Jane Doe', 'John Roe']),
    {
      'Jane Doe': [],
      'John Roe': [],
    },
  );
});

test('titles: "Vet" before a name is a role (British usage), no part of the name', () => {
  const text = 'Vet Jane Doe operated on the goldfish.';
  const people = groupPeople(
    text,
    [{ span: [0, text.length], block: 0 }],
    [{ type: 'person', span: [0, 'Vet Jane Doe'.length] }],
  ).people;
  assert.deepEqual(
    people.map((p) => [p.name, p.titles.map((t) => t.text)]),
    [['Jane Doe', ['Vet']]],
  );
});

test('people: "Miss" before a name makes a person of whatever the tagger read, and is no part of the name', () => {
  const text = 'Jane Doe spoke first. Miss Doe said she was happy. Miss America was crowned later.';
  const at = (name: string) => text.indexOf(name);
  const mentions: EntityMention[] = [
    { type: 'person', span: [0, 8] },
    { type: 'misc', span: [at('Miss Doe'), at('Miss Doe') + 8] },
    { type: 'misc', span: [at('Miss America'), at('Miss America') + 12] },
  ];
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  const { people } = groupPeople(text, sentences, mentions);
  assert.deepEqual(
    people.map((person) => [person.name, person.spans.length]),
    [['Jane Doe', 2]],
  );
});

test('people: one person keeps one honorific, so "Mrs Doe" is not the Doe the text calls "Miss Doe"', () => {
  const text =
    'Jane Doe was chosen. Miss Doe is a student. Her mother Ann Doe took her along. Jane laughed. Mrs Doe said it was fun.';
  const at = (name: string, from = 0) => text.indexOf(name, from);
  const mentions: EntityMention[] = [
    { type: 'person', span: [0, 8] },
    { type: 'person', span: [at('Doe is'), at('Doe is') + 3] },
    { type: 'person', span: [at('Ann Doe'), at('Ann Doe') + 7] },
    { type: 'person', span: [at('Jane laughed'), at('Jane laughed') + 4] },
    { type: 'person', span: [at('Doe said'), at('Doe said') + 3] },
  ];
  const sentences: Sentence[] = [{ span: [0, text.length], block: 0 }];
  const { people } = groupPeople(text, sentences, mentions);
  const ann = people.find((person) => person.name === 'Ann Doe');
  assert.deepEqual(ann?.spans, [
    [at('Ann Doe'), at('Ann Doe') + 7],
    [at('Doe said'), at('Doe said') + 3],
  ]);
});

test('organisations: a one-word name is not a part of it that a longer name names', () => {
  assert.deepEqual(
    grouped(
      'Zorblax fired him. Zorblax said so. He called the Zorblax Controller office, and Zorblax replied.',
      ['Zorblax', 'Zorblax', 'Zorblax Controller', 'Zorblax'],
      'organization',
    ),
    [
      ['Zorblax', 3],
      ['Zorblax Controller', 1],
    ],
  );
  assert.deepEqual(
    grouped(
      'The Quillon Senate Ethics Committee met; the Quillon voted.',
      ['Quillon Senate Ethics Committee', 'Quillon'],
      'organization',
    ),
    [
      ['Quillon Senate Ethics Committee', 1],
      ['Quillon', 1],
    ],
  );
});

test('organisations: a one-word name is the longer name that adds a corporate form to it', () => {
  assert.deepEqual(
    grouped(
      'Zorblax Stores Inc. cut prices. Zorblax said sales rose.',
      ['Zorblax Stores Inc.', 'Zorblax'],
      'organization',
    ),
    [['Zorblax Stores Inc.', 2]],
  );
  assert.deepEqual(
    grouped('Quillon Magazine ran it. Quillon said so.', ['Quillon Magazine', 'Quillon'], 'organization'),
    [['Quillon Magazine', 2]],
  );
});

test('people: a given name joined to a full name by "and" shares its surname ("Jane and John Roe"), unless the text uses it as a surname', () => {
  const text =
    'He was the son of Jane and John Roe. His mother, Jane, said he was kind. President Grant and Jim Doe met. Grant and Jim Doe left.';
  assert.deepEqual(grouped(text, ['Jane', 'John Roe', 'Jane', 'Grant', 'Jim Doe', 'Grant', 'Jim Doe']), [
    ['Jane Roe', 2],
    ['John Roe', 1],
    ['Grant', 2],
    ['Jim Doe', 2],
  ]);
});

test('people: an exclamation opening a tweet or a quotation ("Wow", "Ahhh", "Sooo") is no person', () => {
  const text = 'Wow…. a feminist aborts a child. Ahhh, the sea. Sooo good. Jane Roe agreed.';
  assert.deepEqual(grouped(text, ['Wow', 'Ahhh', 'Sooo', 'Jane Roe']), [['Jane Roe', 1]]);
});

test('titles: an organisation’s initials after a lower-case role word stay the organisation’s ("broadcaster ACTV")', () => {
  assert.deepEqual(
    titlesIn('He filmed it for the broadcaster ACTV. Presenter Jane Roe spoke.', ['org:ACTV', 'Jane Roe']),
    {
      'Jane Roe': ['Presenter'],
    },
  );
});
