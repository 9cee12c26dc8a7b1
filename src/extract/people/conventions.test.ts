import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention, EntityType } from '../../model/index.ts';
import {
  armedGroupName,
  asHomePlace,
  headlineNames,
  isGroupOrDoctrine,
  isInWebAddress,
  isNationalityWord,
  isOpeningAdverb,
  isTailOfTheName,
  miscAsGroup,
  namedPerson,
  placeBeforeCompound,
  placeByApposition,
  seatOfGovernmentType,
  splitCityAndState,
  splitOfficerFromOrganisation,
  withAbbreviationStop,
  withCommonWordSurnames,
  withGivenNamesJoined,
  withInstitutionNames,
  withNameParticles,
  withOfComplement,
  withoutLeadingWords,
  withTitleOwners,
} from './conventions.ts';
import { harmoniseTypes, recoverMentions } from './index.ts';

/** The mention of `name` in `text` (its first occurrence), typed `type`. */
const mentionOf = (text: string, name: string, type: EntityType): EntityMention => {
  const at = text.indexOf(name);
  return { type, span: [at, at + name.length] };
};
const written = (text: string, mention: EntityMention) => text.slice(mention.span[0], mention.span[1]);
/** The names as written after a rule over the whole list of mentions has run on them. */
const writtenAfter = (
  rule: (text: string, mentions: readonly EntityMention[]) => EntityMention[],
  text: string,
  names: readonly [string, EntityType][],
) =>
  rule(
    text,
    names.map(([name, type]) => mentionOf(text, name, type)),
  ).map((m) => written(text, m));

/** Mentions of names found from an offset on ("Acme" after character 20), in the order given. */
const mentionsFrom = (text: string, names: readonly (readonly [string, EntityType, number])[]) =>
  names.map(([name, type, from]): EntityMention => {
    const at = text.indexOf(name, from);
    return { type, span: [at, at + name.length] };
  });
/** Each mention as "name:type". */
const typed = (text: string, mentions: readonly EntityMention[]) =>
  mentions.map((m) => `${written(text, m)}:${m.type}`);

test('conventions: a leading "The", "An" or lower-case word is dropped from organisations only', () => {
  const text = 'The Washington Post reported it from The Hague.';
  assert.equal(
    written(text, withoutLeadingWords(text, mentionOf(text, 'The Washington Post', 'organization'))),
    'Washington Post',
  );
  assert.equal(written(text, withoutLeadingWords(text, mentionOf(text, 'The Hague', 'place'))), 'The Hague');
  const more = 'An Acme Defense Ministry official said any organized Acme campaign would fail.';
  assert.equal(
    written(more, withoutLeadingWords(more, mentionOf(more, 'An Acme Defense Ministry', 'organization'))),
    'Acme Defense Ministry',
  );
  assert.equal(
    written(more, withoutLeadingWords(more, mentionOf(more, 'organized Acme', 'organization'))),
    'Acme',
  );
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

test('conventions: an adverb opening a sentence before a comma names nobody', () => {
  const text = 'Talks failed. Unfortunately, nobody came. Likewise, Stillwell spoke.';
  assert.equal(isOpeningAdverb(text, mentionOf(text, 'Unfortunately', 'person')), true);
  assert.equal(isOpeningAdverb(text, mentionOf(text, 'Likewise', 'person')), true);
  assert.equal(isOpeningAdverb(text, mentionOf(text, 'Stillwell', 'person')), false);
  const later = 'He was freed. Afterward, he spoke.';
  assert.equal(isOpeningAdverb(later, mentionOf(later, 'Afterward', 'person')), true);
});

test('conventions: one word after "Person of" is their home place', () => {
  const text = 'Sen. Jane Doe of Delaware spoke with John Roe of Acme Holdings.';
  const doe = mentionOf(text, 'Jane Doe', 'person');
  assert.equal(asHomePlace(text, mentionOf(text, 'Delaware', 'person'), doe).type, 'place');
  const roe = mentionOf(text, 'John Roe', 'person');
  assert.equal(asHomePlace(text, mentionOf(text, 'Acme Holdings', 'person'), roe).type, 'person');
  assert.equal(asHomePlace(text, mentionOf(text, 'Delaware', 'person'), undefined).type, 'person');
});

test('conventions: a one-word name read as a person once and a place more often stays a place', () => {
  const text = 'Pyongyang said no. Talks in Pyongyang ended. Pyongyang denied it. Doe Roe left Pyongyang.';
  const mentions: EntityMention[] = [];
  for (let at = text.indexOf('Pyongyang'); at >= 0; at = text.indexOf('Pyongyang', at + 1))
    mentions.push({ type: mentions.length === 0 ? 'person' : 'place', span: [at, at + 9] });
  mentions.push(mentionOf(text, 'Doe Roe', 'person'));
  mentions.sort((a, b) => a.span[0] - b.span[0]);
  const types = harmoniseTypes(text, mentions).map((m) => [written(text, m), m.type]);
  assert.deepEqual(
    types.filter(([name]) => name === 'Pyongyang').map(([, type]) => type),
    ['place', 'place', 'place', 'place'],
  );
});

test('conventions: a MISC name before a word for a group is an organisation', () => {
  const text = 'The al-Shabab terrorist group and Hamas fighters met Zulu dancers.';
  assert.equal(miscAsGroup(text, mentionOf(text, 'al-Shabab', 'misc')).type, 'organization');
  assert.equal(miscAsGroup(text, mentionOf(text, 'Hamas', 'misc')).type, 'organization');
  assert.equal(miscAsGroup(text, mentionOf(text, 'Zulu', 'misc')).type, 'misc');
});

test('conventions: a city and its state are two places, a state abbreviation keeps its stop', () => {
  const text = 'It happened in Kansas City, Mo. on Friday.';
  const [city, state] = splitCityAndState(text, mentionOf(text, 'Kansas City, Mo', 'place'));
  assert.deepEqual(
    [written(text, city!), written(text, withAbbreviationStop(text, state!))],
    ['Kansas City', 'Mo.'],
  );
  const nickname = 'They call him Mo. He agrees.';
  assert.equal(written(nickname, withAbbreviationStop(nickname, mentionOf(nickname, 'Mo', 'person'))), 'Mo');
});

test('conventions: a person runs through an Arabic particle and the name after it', () => {
  const text = 'Bashar al-Assad’s forces and Mohammed bin Salman met officials of al-Anbar.';
  // The possessive stays out; a place after "of" is left alone.
  assert.deepEqual(
    writtenAfter(withNameParticles, text, [
      ['Bashar', 'person'],
      ['al-Assad', 'person'],
      ['Mohammed', 'person'],
      ['al-Anbar', 'place'],
    ]),
    ['Bashar al-Assad', 'Mohammed bin Salman', 'al-Anbar'],
  );
});

test('conventions: a given name and the person one space after it are one person', () => {
  const text = '“Thanks,” Diane Roe wrote. Acme Doe met Roe, Jim Poe and Jane Smith Jr.';
  // Not after a word no name list has ("Acme"), nor across a comma or "and".
  assert.deepEqual(
    writtenAfter(withGivenNamesJoined, text, [
      ['Diane', 'person'],
      ['Roe', 'person'],
      ['Acme', 'person'],
      ['Doe', 'person'],
      ['Roe,', 'person'],
      ['Jim Poe', 'person'],
      ['Jane Smith Jr.', 'person'],
    ]),
    ['Diane Roe', 'Acme', 'Doe', 'Roe,', 'Jim Poe', 'Jane Smith Jr.'],
  );
});

test('conventions: no name lies in a web address; a site named without a path is one', () => {
  const text =
    'See http://t.co/0L2Sis54hv and pic.twitter.com/g2cN, said Acme.com. Ultron.Facebook/Star Wars at www.acme.org';
  for (const inAddress of ['0L2Sis54hv', 'g2cN', 'acme.org'])
    assert.equal(isInWebAddress(text, mentionOf(text, inAddress, 'organization')), true, inAddress);
  for (const name of ['Acme.com', 'Facebook', 'Star Wars'])
    assert.equal(isInWebAddress(text, mentionOf(text, name, 'organization')), false, name);
});

test('conventions: a one-word person runs through a surname that is also a common word', () => {
  const text = [
    'A spokesman for the group, Jane Short, said on the phone that she met with Tom Will today.',
    'The staff of the Roe Brothers shop agreed, John Roe said of what the researchers found there.',
    'They also said that Ann Monday was when the first results of the study were known to them.',
    'What Ben Stone Age tools tell us about the people of that time is still being studied here.',
  ].join('\n');
  assert.deepEqual(
    writtenAfter(withCommonWordSurnames, text, [
      ['Jane', 'person'],
      ['Tom', 'person'],
      ['John Roe', 'person'],
      ['Roe', 'person'],
      ['Ann', 'person'],
      ['Ben', 'person'],
    ]),
    // Not a known surname ("Roe Brothers"), a day, or a word with more capitals after it.
    ['Jane Short', 'Tom Will', 'John Roe', 'Roe', 'Ann', 'Ben'],
  );
});

test('conventions: an organisation runs through "of" and capitalised words no other mention takes', () => {
  const text =
    'The Acme Society for the Study of Rare Birds met the Port Authority of New York and Jane Doe of Globex.';
  assert.deepEqual(
    writtenAfter(withOfComplement, text, [
      ['Acme Society for the Study', 'organization'],
      ['Port Authority', 'organization'],
      ['New York', 'place'],
      ['Jane Doe', 'person'],
      ['Globex', 'organization'],
    ]),
    ['Acme Society for the Study of Rare Birds', 'Port Authority', 'New York', 'Jane Doe', 'Globex'],
  );
});

test('conventions: a headline person the text never names so shrinks to the name the text uses', () => {
  const text =
    'Roe Upends Rivals With a Surprise Budget Plan\n\nJane Roe said so. Names: Mike Doe and Ann Lee Park Went. Ann Lee Park Went Home.';
  // Only the headline: a name inside the text keeps its span.
  assert.deepEqual(
    writtenAfter(headlineNames, text, [
      ['Roe Upends Rivals', 'person'],
      ['Jane Roe', 'person'],
      ['Mike Doe', 'person'],
      ['Ann Lee Park Went', 'person'],
    ]),
    ['Roe', 'Jane Roe', 'Mike Doe', 'Ann Lee Park Went'],
  );
});

test('conventions: a people or a faith in the plural, or a doctrine, is no person or place; a surname ending in -s is', () => {
  const text =
    'The Muslims, Syrians and Shiites met Gov. Evans and Jane Adams. Progressivism, Adams said, is bad.';
  for (const group of ['Muslims', 'Syrians', 'Shiites', 'Progressivism'])
    assert.equal(isGroupOrDoctrine(text, mentionOf(text, group, 'person')), true, group);
  assert.equal(isGroupOrDoctrine(text, mentionOf(text, 'Syrians', 'place')), true);
  for (const name of ['Evans', 'Jane Adams'])
    assert.equal(isGroupOrDoctrine(text, mentionOf(text, name, 'person')), false, name);
  // A branch of a faith is one; the faith's name alone may be a surname.
  const faith = 'Under its reading of Sunni Islam, it is a sin, Jim Islam said.';
  assert.equal(isGroupOrDoctrine(faith, mentionOf(faith, 'Sunni Islam', 'person')), true);
  assert.equal(isGroupOrDoctrine(faith, mentionOf(faith, 'Jim Islam', 'person')), false);
});

test('conventions: a one-word "person" after "the" and a capitalised word is the tail of a name, unless that word is a role or nationality', () => {
  const text =
    'Crowds filled the National Mall. The Kenyan Odhiambo and the President Doe came.\nUp The Years\nRoe came.';
  assert.equal(isTailOfTheName(text, mentionOf(text, 'Mall', 'person')), true);
  for (const name of ['Odhiambo', 'Doe', 'Roe'])
    assert.equal(isTailOfTheName(text, mentionOf(text, name, 'person')), false, name);
  assert.equal(isTailOfTheName(text, mentionOf(text, 'Mall', 'place')), false);
});

test("conventions: an organisation read with its officer's role and name is split into the organisation and the person", () => {
  /** The parts `name` (an organisation's mention in `text`) is split into, by type and words. */
  const split = (text: string, name: string) =>
    splitOfficerFromOrganisation(text, mentionOf(text, name, 'organization')).map((m) => [
      m.type,
      text.slice(m.span[0], m.span[1]),
    ]);
  const text = 'The Acme League for Women President Jane Doe spoke. The Acme Women Fund gave.';
  assert.deepEqual(split(text, 'Acme League for Women President Jane Doe'), [
    ['organization', 'Acme League for Women'],
    ['person', 'Jane Doe'],
  ]);
  assert.deepEqual(split(text, 'Acme Women Fund'), [['organization', 'Acme Women Fund']]);
  // A role and "to" before the organisation, and a given name the name list knows then a surname after it.
  const after =
    'US Ambassador to the Acme Nations Samantha Roe said. Fans of the Acme Nations Gala Roe came. Envoy to the Acme Nations Board Roe.';
  assert.deepEqual(split(after, 'Acme Nations Samantha Roe'), [
    ['organization', 'Acme Nations'],
    ['person', 'Samantha Roe'],
  ]);
  assert.deepEqual(split(after, 'Acme Nations Gala Roe'), [['organization', 'Acme Nations Gala Roe']]);
  assert.deepEqual(split(after, 'Acme Nations Board Roe'), [['organization', 'Acme Nations Board Roe']]);
  const founder = 'A founder of the Acme Nations Samantha Roe spoke.';
  assert.deepEqual(split(founder, 'Acme Nations Samantha Roe'), [
    ['organization', 'Acme Nations Samantha Roe'],
  ]);
});

test('conventions: a name opening with the Arabic word for a front or army is an armed group', () => {
  const text = 'Jabhat Ansar al-Deen and Jaish al-Islam fought; Ansari Doe left.';
  for (const name of ['Jabhat Ansar al-Deen', 'Jaish al-Islam'])
    assert.equal(armedGroupName(text, mentionOf(text, name, 'person')).type, 'organization', name);
  assert.equal(armedGroupName(text, mentionOf(text, 'Ansari Doe', 'person')).type, 'person');
});

test('a known name found again where the tagger missed it; a lower-case last word is no name', () => {
  const text = 'Chibok schoolgirls met Jane Doe. Later the schoolgirls and Doe left.';
  assert.deepEqual(
    writtenAfter((t, mentions) => recoverMentions(t, mentions), text, [
      ['Chibok schoolgirls', 'person'],
      ['Jane Doe', 'person'],
    ]),
    ['Chibok schoolgirls', 'Jane Doe', 'Doe'],
  );
});

test('a surname joined to an Arabic particle is found again too ("said al-Sheikh")', () => {
  const text = 'Grand Mufti Abdul Aziz al-Sheikh spoke. "It is wrong," said al-Sheikh, not al-Qaeda.';
  assert.deepEqual(
    writtenAfter((t, mentions) => recoverMentions(t, mentions), text, [['Abdul Aziz al-Sheikh', 'person']]),
    ['Abdul Aziz al-Sheikh', 'al-Sheikh'],
  );
});

test('a news outlet is found wherever the tagger missed it, though not inside a longer name', () => {
  const text =
    'Experts will fly in within days, Britain’s Daily Mail reported. Doe spoke on Fox News Sunday.';
  assert.deepEqual(
    writtenAfter((t, mentions) => recoverMentions(t, mentions), text, [['Doe', 'person']]),
    ['Daily Mail', 'Doe'],
  );
});

test("a news outlet's name that holds the tagger's names whole is one name in their place", () => {
  const text = 'Sources told The Times of Israel. The Globe and Mail reported that Jane Doe left.';
  assert.deepEqual(
    writtenAfter(
      (t, mentions) =>
        recoverMentions(
          t,
          mentions,
          undefined,
          mentions.map((m) => m.span),
        ),
      text,
      [
        ['Times', 'organization'],
        ['Israel', 'place'],
        ['Globe', 'organization'],
        ['Jane Doe', 'person'],
      ],
    ),
    ['Times of Israel', 'Globe and Mail', 'Jane Doe'],
  );
});

test('conventions: a count opening the sentence is no part of a name', () => {
  const text = 'One Acme user posted it. Another Roe fan agreed with Jane Doe.';
  assert.deepEqual(
    writtenAfter((t, mentions) => harmoniseTypes(t, mentions), text, [
      ['One Acme', 'organization'],
      ['Another Roe', 'person'],
      ['Jane Doe', 'person'],
    ]),
    ['Acme', 'Roe', 'Jane Doe'],
  );
});

test('conventions: a one-word "person" before a title and its holder is the place or body of the title', () => {
  const text =
    'On that cold and rainy morning, Ferguson Police Officer Jane Doe was talking with Acme Chief Financial ' +
    'Officer John Roe about their town and its future in Ferguson, and sometime later Roe Campaign Manager Ann ' +
    'Lee spoke about taxes, while Smith told Vice President Mary Park about what Will Smith would like to do.';
  // Each name's first mention after the previous one.
  let from = 0;
  const mentions = (
    [
      ['Ferguson', 'person'],
      ['Jane Doe', 'person'],
      ['Acme', 'person'],
      ['John Roe', 'person'],
      ['Ferguson', 'place'],
      ['Roe', 'person'],
      ['Ann Lee', 'person'],
      ['Smith', 'person'],
      ['Mary Park', 'person'],
      ['Will Smith', 'person'],
    ] as const
  ).map(([name, type]): EntityMention => {
    const at = text.indexOf(name, from);
    from = at + name.length;
    return { type, span: [at, from] };
  });
  // Ferguson takes the type of its other mention and Acme (named nowhere else) is dropped; Roe (a
  // word of John Roe's name) owns the title after it, and Smith has none before Mary Park's.
  assert.deepEqual(typed(text, withTitleOwners(text, mentions)), [
    'Ferguson:place',
    'Jane Doe:person',
    'John Roe:person',
    'Ferguson:place',
    'Roe:person',
    'Ann Lee:person',
    'Smith:person',
    'Mary Park:person',
    'Will Smith:person',
  ]);
});

/** harmoniseTypes cases: why, text, the tagger's mentions (name, type, where to look from), the types after. */
const typeCases: [string, string, (readonly [string, EntityType, number])[], string[]][] = [
  [
    "a name the article also writes as a company's is an organisation everywhere",
    'Acme Inc. bought it. Acme said so, and Acme staff met Ann Roe. Roe Group is hers; Roe agreed.',
    // (Roe is a word of a person's full name: "Roe Group" does not make her a company.)
    [
      ['Acme Inc.', 'organization', 0],
      ['Acme', 'person', 20],
      ['Acme', 'place', 38],
      ['Ann Roe', 'person', 0],
      ['Roe Group', 'organization', 0],
      ['Roe', 'person', 80],
    ],
    [
      'Acme Inc.:organization',
      'Acme:organization',
      'Acme:organization',
      'Ann Roe:person',
      'Roe Group:organization',
      'Roe:person',
    ],
  ],
  [
    'a one-word "person" the article writes as a location is a place everywhere',
    'Ferguson was calm. Protests in Ferguson, and in Acme stores, went on. Jane Roe met Acme and Roe in June.',
    // "in Acme stores" is no location; Roe is a word of a person's full name.
    [
      ['Ferguson', 'person', 0],
      ['Ferguson', 'person', 10],
      ['Acme', 'person', 0],
      ['Jane Roe', 'person', 0],
      ['Acme', 'person', 70],
      ['Roe', 'person', 85],
    ],
    ['Ferguson:place', 'Ferguson:place', 'Acme:person', 'Jane Roe:person', 'Acme:person', 'Roe:person'],
  ],
  [
    'a name with a chief executive, founders or staffers after it is a company everywhere',
    'Zenda CEO Jane Roe spoke. Zenda will grow. Kora co-founder John Doe and Kora staffers left Tarsa.',
    [
      ['Zenda', 'place', 0],
      ['Jane Roe', 'person', 0],
      ['Zenda', 'place', 20],
      ['Kora', 'person', 0],
      ['John Doe', 'person', 0],
      ['Kora', 'person', 60],
      ['Tarsa', 'place', 0],
    ],
    [
      'Zenda:organization',
      'Jane Roe:person',
      'Zenda:organization',
      'Kora:organization',
      'John Doe:person',
      'Kora:organization',
      'Tarsa:place',
    ],
  ],
  [
    'a conjunction opening the sentence is no part of the name after it',
    'Though Jane Roe won, Although Acme lost.',
    [
      ['Though Jane Roe', 'person', 0],
      ['Although Acme', 'organization', 0],
    ],
    ['Jane Roe:person', 'Acme:organization'],
  ],
  [
    'a word of a full name stays a place when read as a place more than twice as often',
    'Vale flooded. Rain hit Vale. Vale was cut off. Tora Vale said so. Doe and Jane Doe met.',
    [
      ['Vale', 'place', 0],
      ['Vale', 'place', 20],
      ['Vale', 'place', 28],
      ['Tora Vale', 'person', 0],
      ['Doe', 'place', 0],
      ['Jane Doe', 'person', 0],
    ],
    ['Vale:place', 'Vale:place', 'Vale:place', 'Tora Vale:person', 'Doe:person', 'Jane Doe:person'],
  ],
  [
    'a hometown, a place with a distance after it, and a disease are not people or organisations',
    'They fought for his hometown of Tarsa. Tarsa, 80 miles north of Lume, fell. Mora has contracted Vexa. ' +
      'The Vexa virus spread. In Dorn the Dorn outbreak grew.',
    [
      ['Tarsa', 'person', 0],
      ['Tarsa', 'person', 30],
      ['Lume', 'place', 0],
      ['Mora', 'person', 0],
      ['Vexa', 'organization', 0],
      ['Vexa', 'organization', 80],
      ['Dorn', 'place', 0],
      ['Dorn', 'place', 120],
    ],
    [
      'Tarsa:place',
      'Tarsa:place',
      'Lume:place',
      'Mora:person',
      'Vexa:misc',
      'Vexa:misc',
      'Dorn:place',
      'Dorn:place',
    ],
  ],
  [
    'capitalised words before ", a spokeswoman" are a person, unless tagged whole as something else',
    'said AshLee Strong, a spokeswoman for the mayor. The chapter of Acme Nation, a leader in the protests, met Joan Q. Public, an aide to him.',
    [
      ['AshLee', 'organization', 0],
      ['Acme Nation', 'organization', 0],
    ],
    ['AshLee Strong:person', 'Acme Nation:organization', 'Joan Q. Public:person'],
  ],
  [
    'a user name after the platform word is a person, and the platform word is no name',
    'Redditor janedoe says so. Twitter user @jdoe99 agreed. The Reddit user interface changed.',
    [['Redditor', 'person', 0]],
    ['janedoe:person', '@jdoe99:person'],
  ],
  [
    "a lower-case user name opening a sentence, or after an organisation's possessive, with a verb of saying is a person, wherever the article writes it",
    'Photos spread. jdoe77 further says it bent. Critics said jdoe77 lied. Acme’s mroe wrote back. Doe’s aide said no. A U.S. envoy said no. officials said no.',
    [
      ['Acme', 'organization', 0],
      ['Doe', 'person', 0],
      ['U.S.', 'place', 0],
    ],
    ['jdoe77:person', 'jdoe77:person', 'Acme:organization', 'mroe:person', 'Doe:person', 'U.S.:place'],
  ],
  [
    'a common word opening a sentence, taken into the name after it, is no part of it; a given name or a particle is',
    'Bewildered Jane Yen left. Per Sam Roe, it was over. Will Doe stayed. De Moe spoke. She met Lovesick Pat Loe.',
    [
      ['Bewildered Jane Yen', 'person', 0],
      ['Per Sam Roe', 'person', 0],
      ['Will Doe', 'person', 0],
      ['De Moe', 'person', 0],
      ['Lovesick Pat Loe', 'person', 0],
    ],
    ['Jane Yen:person', 'Sam Roe:person', 'Will Doe:person', 'De Moe:person', 'Lovesick Pat Loe:person'],
  ],
  [
    'capitalised words before ", co-founder of" are a person too: a role needs no article before "of"',
    'A statement from Jane McDoe, co-founder of Acme, said it. The city of Springfield, capital of nothing, waited.',
    [['Acme', 'organization', 0]],
    ['Jane McDoe:person', 'Acme:organization'],
  ],
  [
    'a name ending in a legal form is a company',
    'said Jane Doe of Roe Smith L.L.P., and Acme LLC.',
    [
      ['Jane Doe', 'person', 0],
      ['Roe Smith L.L.P.', 'person', 0],
      ['Acme LLC', 'place', 0],
    ],
    ['Jane Doe:person', 'Roe Smith L.L.P.:organization', 'Acme LLC:organization'],
  ],
  [
    "an institution's name after a role word, or read as a person's, stays an institution",
    'Later the official White House transcript was out. Chris Steak House served it.',
    [
      ['White House', 'place', 0],
      ['Chris Steak House', 'person', 0],
    ],
    ['White House:place', 'Chris Steak House:organization'],
  ],
  [
    "a broadcaster's name after a role word stays the broadcaster's",
    'It said so, when state broadcaster Acme Central Television reported that Jim Roe was ill.',
    [
      ['Acme Central Television', 'organization', 0],
      ['Jim Roe', 'person', 0],
    ],
    ['Acme Central Television:organization', 'Jim Roe:person'],
  ],
];

for (const [why, text, names, expected] of typeCases)
  test(`types: ${why}`, () =>
    assert.deepEqual(typed(text, harmoniseTypes(text, mentionsFrom(text, names))), expected));

test('conventions: a person a body is named after, or an adjective before a group noun, runs on into an organisation', () => {
  const text =
    'Jane Roe of the Tom Doe Child Soldiers Initiative met Islamic State fighters. In God We Trust. American Congress.';
  const mentions = mentionsFrom(text, [
    ['Jane Roe', 'person', 0],
    ['Tom Doe', 'person', 0],
    ['Child Soldiers Initiative', 'organization', 0],
    ['Islamic', 'misc', 0],
    ['God', 'person', 0],
    ['American', 'misc', 0],
  ]);
  assert.deepEqual(typed(text, withInstitutionNames(text, mentions)), [
    'Jane Roe:person',
    'Tom Doe Child Soldiers Initiative:organization',
    'Islamic State:organization',
    'God:person',
    'American:misc',
  ]);
});

test('conventions: the name before "-based", "-led" in a MISC compound is a place, a nationality is not', () => {
  const text =
    'The San Francisco-based firm, a Singapore-based fund and an Egyptian-born banker met In London-based offices.';
  for (const [compound, place] of [
    ['Francisco-based', 'San Francisco'],
    ['Singapore-based', 'Singapore'],
    ['Egyptian-born', 'Egyptian-born'],
    ['London-based', 'London'],
  ] as const) {
    const after = placeBeforeCompound(text, mentionOf(text, compound, 'misc'));
    assert.equal(written(text, after), place);
    assert.equal(after.type, place === compound ? 'misc' : 'place');
  }
});

test('conventions: a name given to a person ("known only as", "a woman named") is a person\'s', () => {
  const text =
    'The author, known only as Lena, met a woman named Ruth and a firm named Acme, called Acme Rising.';
  const typeOf = (name: string, type: EntityType) => namedPerson(text, mentionOf(text, name, type)).type;
  assert.equal(typeOf('Lena', 'organization'), 'person');
  assert.equal(typeOf('Ruth', 'place'), 'person');
  assert.equal(typeOf('Acme', 'organization'), 'organization');
  const faiths = 'The Sikhs and Hindus met.';
  assert.equal(isGroupOrDoctrine(faiths, mentionOf(faiths, 'Hindus', 'organization')), true);
});

test('conventions: a one-word "person" before "of", a name and a role in lower case owns that title', () => {
  const text =
    'On a long and muddy day, Museum of Fine Arts conservator Jane Doe sat up with the other workers.';
  const mentions: EntityMention[] = [
    mentionOf(text, 'Museum', 'person'),
    mentionOf(text, 'Fine Arts', 'organization'),
    mentionOf(text, 'Jane Doe', 'person'),
  ];
  assert.deepEqual(
    withTitleOwners(text, mentions).map((m) => written(text, m)),
    ['Fine Arts', 'Jane Doe'],
  );
});

test('conventions: a name the sentence calls a town or a country is a place', () => {
  const text =
    'Rebels took Doeville, a town of 20,000 people, and Roeland, the small island nation, then met Jane Roe, a city council member, and John Doe, the state’s attorney.';
  const typeOf = (name: string, type: EntityType) =>
    placeByApposition(text, mentionOf(text, name, type)).type;
  assert.equal(typeOf('Doeville', 'person'), 'place');
  assert.equal(typeOf('Roeland', 'organization'), 'place');
  assert.equal(typeOf('Jane Roe', 'person'), 'person');
  assert.equal(typeOf('John Doe', 'person'), 'person');
});
