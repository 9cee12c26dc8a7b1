import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Block, EntityMention, Sentence } from '../../model/index.ts';
import { groupPeople } from '../people/index.ts';
import { splitSentences } from '../sentences/index.ts';
import { findQuotes, quoteKey } from './index.ts';
import { findQuoteMarks, quotesWithSingleMarks, withDoubleQuoteMarks } from './marks.ts';

/**
 * Paragraphs as blocks (body ones, or the kind a "cta:", "credit:", "caption:" or "other:" prefix gives), with names
 * marked by hand as the recogniser would: people by default, organisations written "org:Name",
 * places "place:Name".
 */
function speakers(written: string[], names: string[]): Array<[string, string | null]> {
  const kinds = written.map((p) => /^(cta|credit|byline|caption|other):\s*/.exec(p));
  const paragraphs = written.map((p, i) => p.slice(kinds[i]?.[0].length ?? 0));
  const text = paragraphs.join('\n\n');
  const blocks: Block[] = [];
  let at = 0;
  paragraphs.forEach((paragraph, i) => {
    blocks.push({
      kind: (kinds[i]?.[1] as Block['kind'] | undefined) ?? 'body',
      span: [at, at + paragraph.length],
    });
    at += paragraph.length + 2;
  });
  const sentences: Sentence[] = blocks.flatMap((b, i) =>
    splitSentences(text, b.span).map((span) => ({ span, block: i })),
  );
  const mentions: EntityMention[] = [];
  for (const written of names) {
    const [, kind, name] = /^(?:(org|place):)?(.*)$/.exec(written)!;
    const type = kind === 'org' ? 'organization' : kind === 'place' ? 'place' : 'person';
    for (let i = text.indexOf(name!); i >= 0; i = text.indexOf(name!, i + name!.length)) {
      const overlapping = mentions.some((m) => m.span[0] <= i && i < m.span[1]);
      if (!overlapping) mentions.push({ type, span: [i, i + name!.length] });
    }
  }
  mentions.sort((a, b) => a.span[0] - b.span[0]);
  const { people, organizations, places } = groupPeople(text, sentences, mentions);
  return findQuotes(text, blocks, sentences, people, organizations, places).quotes.map((q) => [
    q.text,
    q.speaker,
  ]);
}

test('quotes: a straight mark closes a curly one and a curly one a straight one', () => {
  const text = '“Yes," he said. "No” she said.';
  const found = findQuoteMarks(text, [0, text.length]).map((q) => text.slice(q.span[0], q.span[1]));
  assert.deepEqual(found, ['Yes,', 'No']);
});

test('quotes: a straight-quoted phrase inside a straight quote is part of it', () => {
  const text =
    '"Having once called the plan a "gold standard," Jane Doe now waffles," Roe said. A "term" and "another".';
  const found = findQuoteMarks(text, [0, text.length]).map((q) => text.slice(q.span[0], q.span[1]));
  assert.deepEqual(found, [
    'Having once called the plan a "gold standard," Jane Doe now waffles,',
    'term',
    'another',
  ]);
  // Unless the two marks after it close it and then the outer quote, a mark that reads as an
  // opener closes the quote before it (a closing mark out of place).
  const misplaced = '"It is wrong. "Jane Doe refers to the "plan" here.';
  assert.deepEqual(
    findQuoteMarks(misplaced, [0, misplaced.length]).map((q) => misplaced.slice(q.span[0], q.span[1])),
    ['It is wrong. ', 'plan'],
  );
});

test('quotes: an inner straight opening mark whose closing mark was lost is part of the quote before its attribution', () => {
  const text =
    '"Thanks for having my back! M/T "She cleared it up," she tweeted. "We are "done" here," Roe said.';
  const found = findQuoteMarks(text, [0, text.length]).map((q) => text.slice(q.span[0], q.span[1]));
  assert.deepEqual(found, ['Thanks for having my back! M/T "She cleared it up,', 'We are "done" here,']);
});

test('quotes: a curly-quoted phrase inside a curly quote is part of it', () => {
  const text =
    '“Jane Doe also invited me when she apologized for using the “f bomb.”” Then: “his own “lawyer meeting” emails (he did),” Roe wrote. A “term”.';
  const found = findQuoteMarks(text, [0, text.length]).map((q) => text.slice(q.span[0], q.span[1]));
  assert.deepEqual(found, [
    'Jane Doe also invited me when she apologized for using the “f bomb.”',
    'his own “lawyer meeting” emails (he did),',
    'term',
  ]);
});

test('quotes: British single marks are read as quotes only where the article quotes with them', () => {
  const british = "He said: 'Rock 'n' roll in the '90s was \"big\",' and 'Yes.' Open 'Still";
  assert.equal(quotesWithSingleMarks(british), true);
  assert.equal(
    withDoubleQuoteMarks(british, [{ kind: 'body', span: [0, british.length] }]),
    "He said: “Rock 'n' roll in the '90s was ‘big’,” and “Yes.” Open “Still",
  );
  assert.equal(quotesWithSingleMarks("He said “It's 'Big' news” and 'Fine' it was, “Yes.”"), false);
});

test('quotes: a plural\'s "s\'" before a preposition closes a British quotation; before a noun it is a possessive', () => {
  const british =
    "Fans cite 'flaws' in the video. He makes 'prank' videos. 'Our fans' views matter,' he said.";
  assert.equal(
    withDoubleQuoteMarks(british, [{ kind: 'body', span: [0, british.length] }]),
    "Fans cite “flaws” in the video. He makes “prank” videos. “Our fans' views matter,” he said.",
  );
});

test('quotes: marks of every kind, open quotes run to the end of the paragraph', () => {
  const text = 'He said “yes” and "no" and ‘Very Good’, didn’t he? "It\'s false,\'\' he said. “Still open';
  const found = findQuoteMarks(text, [0, text.length]).map((q) => [
    text.slice(q.span[0], q.span[1]),
    q.closed,
  ]);
  assert.deepEqual(found, [
    ['yes', true],
    ['no', true],
    ['Very Good', true],
    ["It's false,", true],
    ['Still open', false],
  ]);
});

const cases: Array<[string, string[], string[], Array<[string, string | null]>]> = [
  [
    'a relative by kinship ("his father said") is the one the text introduced so, else someone unnamed',
    [
      'Jim Doe, a farmer, said he was tired.',
      "In a statement, Doe's father, John Doe, said his son was “a good man.”",
      'Jim Doe “always worked hard,” his father said.',
      '“He was kind,” his mother said.',
      'His sister said: “He never lied.”',
    ],
    ['Jim Doe', 'John Doe'],
    [
      ['a good man.', 'John Doe'],
      ['always worked hard,', 'John Doe'],
      ['He was kind,', null],
      ['He never lied.', null],
    ],
  ],
  [
    'a document nobody owns says its words, even after a relative pronoun; a publisher its article',
    [
      'Jane Doe spoke in Ohio on Tuesday.',
      'Talk of her health was fed by a TV report late last month that said she was “unwell.”',
      'Doe sought to clarify her position after a poll in Ohio said she “backs higher taxes.”',
      'The rumor spread when the website Acme News published an article that says, “DOE QUITS.”',
    ],
    ['Jane Doe', 'Acme News'],
    [
      ['unwell.', null],
      ['backs higher taxes.', null],
      ['DOE QUITS.', 'Acme News'],
    ],
  ],
  [
    'lyrics quoted with a verb of singing, and an opening mark typed for the closing one',
    [
      '“We never sleep, we never stop,” rapped John Roe on the record.',
      'Jane Doe sang it too. “Who can stop us now?“ she asked.',
    ],
    ['John Roe', 'Jane Doe'],
    [
      ['We never sleep, we never stop,', 'John Roe'],
      ['Who can stop us now?', 'Jane Doe'],
    ],
  ],
  [
    'a name used as a modifier in the introduction is not who "he" is, and "he" right before the verb speaks',
    [
      'Jane Doe spoke in Ohio on Tuesday.',
      'Amplifying the Roe campaign message, she said borrowing hurts growth – she also claimed the “hope campaign has become the blame campaign.”',
    ],
    ['Jane Doe', 'Roe'],
    [['hope campaign has become the blame campaign.', 'Jane Doe']],
  ],
  [
    'a description nobody is titled with is the person the text is about, but an official stays unnamed',
    [
      'Speaking on television, Sen. Jane Doe, R-Ariz., said the chairman erred.',
      'The Arizona Republican said he must make “an appropriate decision.”',
      '“We got little out of her,” the unidentified official told the newspaper.',
      'Mary Major, 65, has told her staff that the rats must go.',
      'The staff member told Acme News the worst was over: “A serious concern is the clothing.”',
      'The statement came from five council members, among them John Roe.',
      '“We commend the mayor,” the council members said.',
    ],
    ['Jane Doe', 'org:Acme News', 'Mary Major', 'John Roe'],
    [
      ['an appropriate decision.', 'Jane Doe'],
      ['We got little out of her,', null],
      ['A serious concern is the clothing.', null],
      ['We commend the mayor,', null],
    ],
  ],
  [
    'the one asked a question answers next, not the one asking; a request is no question',
    [
      'Host Mary Major asked Jane Doe, “Do you know this?”',
      'Her response: “Well, people have been studying it.”',
    ],
    ['Mary Major', 'Jane Doe'],
    [
      ['Do you know this?', 'Mary Major'],
      ['Well, people have been studying it.', 'Jane Doe'],
    ],
  ],
  [
    'someone described after the quote whom the article does not name',
    ['John Roe spoke first.', '“It is forbidden,” the user wrote.', '“God sees it,” one wrote.'],
    ['John Roe'],
    [
      ['It is forbidden,', null],
      ['God sees it,', null],
    ],
  ],
  [
    'a participle opening the sentence is an introduction',
    ['Trying to quell the furor, Jane Doe issued a statement saying: “We must win.”'],
    ['Jane Doe'],
    [['We must win.', 'Jane Doe']],
  ],
  [
    'a quotation alone after an unnamed source’s goes on with nobody named; a home place may end the sentence',
    [
      'Jane Doe runs the office.',
      '“The closet was taking shape when the rats got into it,” the source revealed.',
      '“There were droppings all over the floor.”',
      'Not for Mary Major of Chile.',
      '“Too expensive.”',
    ],
    ['Jane Doe', 'Mary Major', 'place:Chile'],
    [
      ['The closet was taking shape when the rats got into it,', null],
      ['There were droppings all over the floor.', null],
      ['Too expensive.', 'Mary Major'],
    ],
  ],
  [
    'a relative clause after the name, the clause the quote is in, a possessor’s apology',
    [
      '“Good news for us,” the commentator Jane Doe, who has long pushed the President to keep his promise, wrote on Twitter.',
      'But that did little to calm it, and John Roe on Saturday accused the sites of “closing down opinions.”',
      'Mr. Roe’s apology noted his own stint “doing farm jobs.”',
    ],
    ['Jane Doe', 'John Roe', 'Roe'],
    [
      ['Good news for us,', 'Jane Doe'],
      ['closing down opinions.', 'John Roe'],
      ['doing farm jobs.', 'John Roe'],
    ],
  ],
  [
    'a hopeful is someone the text is about; "claiming" is a verb of saying',
    [
      'Presidential hopeful Jane Doe spoke on Monday.',
      'Laying out her plan, the presidential hopeful said she was guided by “American strength.”',
      'The ad ends with John Roe claiming, “Faith made us strong.”',
    ],
    ['Jane Doe', 'John Roe'],
    [
      ['American strength.', 'Jane Doe'],
      ['Faith made us strong.', 'John Roe'],
    ],
  ],
  [
    'the one called on or told after a quote is spoken to; a question then "He" starts another sentence',
    [
      'Mary Major spoke first.',
      'Ms. Doe, in addition to calling for the report to be released “immediately,” called on Mr. Roe to “testify under oath.”',
      'Earlier, Mr. Lee had asked, “How do you impeach a president? ” He continued by asserting that “you can’t.”',
    ],
    ['Mary Major', 'Doe', 'Roe', 'Lee'],
    [
      ['immediately,', 'Doe'],
      ['testify under oath.', 'Doe'],
      ['How do you impeach a president? ', 'Lee'],
      ['you can’t.', 'Lee'],
    ],
  ],
  [
    '"the former vice president" is the one titled so, not the president; a user introduced is unnamed',
    [
      'Former Vice President Jane Doe backed her. President John Roe disagreed.',
      '“Freedom means freedom for everyone,” the former vice president said.',
      'One Acme user who lives near Ohio posted this update:',
      '“It has been disconcerting.”',
    ],
    ['Jane Doe', 'John Roe', 'org:Acme', 'place:Ohio'],
    [
      ['Freedom means freedom for everyone,', 'Jane Doe'],
      ['It has been disconcerting.', null],
    ],
  ],
  [
    '"the congressman" is the one titled "Rep.", not the one the text was last about; "the chief executive" the CEO',
    [
      'Rep. Jim Roe settled a suit that his aide, Jane Doe, had filed. Doe accused Roe of harassment.',
      '“I had no idea how to run an office,” the four-term congressman said in December.',
      'Acme CEO Ann Poe spoke to staff. Ben Lee of the Post wrote about it.',
      'The chief executive added that the store will be “a requirement.”',
    ],
    ['Jim Roe', 'Jane Doe', 'Doe', 'Roe', 'org:Acme', 'Ann Poe', 'Ben Lee', 'org:Post'],
    [
      ['I had no idea how to run an office,', 'Jim Roe'],
      ['a requirement.', 'Ann Poe'],
    ],
  ],
  [
    'a subject described by the title a person was given makes the text about them, with an aside before the verb',
    [
      'Pope John Roe spoke about animals. The letter came from Jane Doe, a girl of ten.',
      'The Pope, speaking earlier this week, offered his assurance to the grieving child.',
      '“Paradise is open to all creatures,” he said.',
    ],
    ['John Roe', 'Jane Doe'],
    [['Paradise is open to all creatures,', 'John Roe']],
  ],
  [
    'a described subject of two verbs joined by "and" says the quote, not the first verb\'s object',
    [
      'A second prisoner, said to be John Roe, then appears in the video.',
      'The masked man, speaking in English, identifies Roe and says that “the life of this citizen depends on you.”',
      'The statement identified the woman as Jane Doe and said she died in strikes that hit “the same place for an hour.”',
      'Mary Major spoke at the convention. The line was an addition to a speech in which Major criticized them, but argued that Roe was a “dangerous man.”',
    ],
    ['John Roe', 'Roe', 'Jane Doe', 'Mary Major', 'Major'],
    [
      ['the life of this citizen depends on you.', null],
      ['the same place for an hour.', null],
      ['dangerous man.', 'Mary Major'],
    ],
  ],
  [
    '"the 68-year-old" before a verb of saying is the person the text is about',
    [
      'Stan Roe had kept a voicemail from his late wife for 14 years.',
      'The 68-year-old told Acme Radio: “I have always resisted changing companies.',
      '“Sadly it disappeared.”',
    ],
    ['Stan Roe', 'org:Acme Radio'],
    [
      ['I have always resisted changing companies.', 'Stan Roe'],
      ['Sadly it disappeared.', 'Stan Roe'],
    ],
  ],
  [
    "a picture caption or a link between the paragraphs of a quotation does not end it, nor make a quotation alone after it the topic's",
    [
      "Inspector John Roe said: 'The dog is microchipped and we found out his name is Kai.",
      'caption:Cared for: Station staff looked after Kai until Jane Doe arrived on Friday',
      "'We contacted the owner registered to the microchip.",
      'cta:MORE: Masked gang filmed smashing into a shop in daylight',
      "'It was a cruel thing to do.'",
      'After the events, MPs hailed Mary Major a hero.',
      'caption:Job done: Mary Major looks around the hallway after the attack',
      "'I am writing this note on behalf of my husband and myself.'",
    ],
    ['John Roe', 'Jane Doe', 'Mary Major'],
    [
      ['The dog is microchipped and we found out his name is Kai.', 'John Roe'],
      ['We contacted the owner registered to the microchip.', 'John Roe'],
      ['It was a cruel thing to do.', 'John Roe'],
      ['I am writing this note on behalf of my husband and myself.', null],
    ],
  ],
  [
    'a pronoun\'s "he said" set off in commas keeps the text on the one it was about, for a quotation alone after it',
    [
      'Jane Roe, a doctor, said the trend is worrying.',
      '“That is the trend of today,” she told Acme News.',
      'Schools and parents should, she said, play a stronger role.',
      '“It is obvious that children do not know enough.”',
    ],
    ['Jane Roe', 'org:Acme News'],
    [
      ['That is the trend of today,', 'Jane Roe'],
      ['It is obvious that children do not know enough.', 'Jane Roe'],
    ],
  ],
  [
    'a bare participle opens a sentence before its subject; "a senior Acme official said" closing a sentence is nobody named',
    [
      'John Doe released a video on Monday.',
      'Laughing, he dashed hope that a deal might be reached, saying, “The issue of the girls is long forgotten.”',
      '“We see no threat” from the attempt, a senior Acme official said.',
    ],
    ['John Doe', 'place:Acme'],
    [
      ['The issue of the girls is long forgotten.', 'John Doe'],
      ['We see no threat', null],
    ],
  ],
  [
    'a verb of saying ("pointed out" too) inside an opening "As" clause has its subject there',
    [
      'Jane Roe was born a male in name only.',
      'As she explains in a post, “I was never a man, never lived as a man.”',
      'John Doe, the anchor, spoke on Monday. As the anchor said, the site owes Roe an “apology” for the claims.',
      'Mary Major works for the campaign. But, as Ms. Major pointed out, “the committees determine the details” later.',
    ],
    ['Jane Roe', 'John Doe', 'Roe', 'Mary Major', 'Major'],
    [
      ['I was never a man, never lived as a man.', 'Jane Roe'],
      ['apology', 'John Doe'],
      ['the committees determine the details', 'Mary Major'],
    ],
  ],
  [
    '"a close friend of Doe told" is someone unnamed, not Doe',
    [
      'John Doe was known to the security services.',
      'A close friend of Doe told Acme News: “I have no doubt that it is him.”',
    ],
    ['John Doe', 'Doe', 'org:Acme News'],
    [['I have no doubt that it is him.', null]],
  ],
  [
    'a quotation opening the sentence after "Doe issued a statement ..." is Doe\'s',
    [
      'The prime minister, John Doe, issued a statement denouncing the killing. “This is a despicable murder.',
      '“We will do everything in our power to hunt down these murderers.”',
    ],
    ['John Doe'],
    [
      ['This is a despicable murder.', 'John Doe'],
      ['We will do everything in our power to hunt down these murderers.', 'John Doe'],
    ],
  ],
  [
    'someone of another\'s after a dash aside ("- the captive\'s relatives said") speaks, not the one the aside names',
    [
      'In the family’s short statement - which was released by the Foreign and Acme Office - the captive’s relatives said: “We are the family of John Doe.”',
    ],
    ['org:Acme Office', 'John Doe'],
    [['We are the family of John Doe.', null]],
  ],
  [
    '"The president himself responded" is the president; "A blogger on the Web site Freedom’s Lighthouse said" is someone unnamed',
    [
      'Members of Congress said the claims could be grounds for impeachment of President John Doe.',
      'The president himself responded on Twitter late Friday, calling the statement “a very sad day for journalism.”',
      'A blogger on the Web site Freedom’s Lighthouse said, “Can anyone really say the media is fair?”',
    ],
    ['John Doe', 'Lighthouse'],
    [
      ['a very sad day for journalism.', 'John Doe'],
      ['Can anyone really say the media is fair?', null],
    ],
  ],
  [
    'a place inside a description before the name and its aside does not speak',
    [
      '“The army opened the dams last night,” chief of the civil defence agency in Gaza, Brigadier General Said Doe, told Acme News.',
    ],
    ['place:Gaza', 'Said Doe', 'org:Acme News'],
    [['The army opened the dams last night,', 'Said Doe']],
  ],
  [
    "a quotation in which someone introduces themselves is theirs; a pronoun's referent named only inside the quotation otherwise is not",
    [
      'Hank Doe wrote the verse in 1979.',
      '“I’m here, I’m there, I’m Hank Doe, everywhere,” he raps.',
      '“Nothing would have happened without Hank Doe,” he said.',
      'His father, Michael Roe, spoke on Friday. The video shows his son, who gives a statement in English.',
      'He said: "My name is Luke Roe. I am 33 years old.',
      '"So I ask if anything can be done."',
    ],
    ['Hank Doe', 'Michael Roe', 'Luke Roe'],
    [
      ['I’m here, I’m there, I’m Hank Doe, everywhere,', 'Hank Doe'],
      ['Nothing would have happened without Hank Doe,', null],
      ['My name is Luke Roe. I am 33 years old.', 'Luke Roe'],
      ['So I ask if anything can be done.', 'Luke Roe'],
    ],
  ],
  [
    'what a story calls its protagonist ("the real estate mogul and reality TV star", "the pontiff") is the person it is about',
    [
      '“The economy continues to be bad,” John Doe said.',
      'The real estate mogul and reality TV star said he wants to make sure they pick the “right” candidate.',
      'Pope Jane Roe spoke to the crowd. “This plan involves everything,” the pontiff said.',
    ],
    ['John Doe', 'Jane Roe'],
    [
      ['The economy continues to be bad,', 'John Doe'],
      ['right', 'John Doe'],
      ['This plan involves everything,', 'Jane Roe'],
    ],
  ],
  [
    'a title after "single", "hit", "track" or "titled" names a work and is no quotation',
    [
      'The Acme Gang made history in 1979 when their single “Rapper’s Delight” reached the charts.',
      'On Friday, Acme News published an article titled “Sport Has A Problem With Women” about the panel.',
      '“It is a problem,” Jane Doe said.',
    ],
    ['org:Acme Gang', 'org:Acme News', 'Jane Doe'],
    [['It is a problem,', 'Jane Doe']],
  ],
  [
    '"an Acme Health Organization (AHO) official told" is someone unnamed who works for it',
    [
      'Outlets had claimed that fighters had contracted the virus.',
      'An Acme Health Organization (AHO) official told Acme News at the time, “We have no notification that it is Ebola.”',
    ],
    ['org:Acme Health Organization', 'org:AHO', 'org:Acme News'],
    [['We have no notification that it is Ebola.', null]],
  ],
  [
    'an apposition with one person’s role (or a noun for a person) may lack its closing comma before the verb; a place’s may not',
    [
      'Mary Major spoke first.',
      '“We have no notification,” Jane Doe, Acme’s director of communications told the site.',
      'One militant “attempted to reestablish contacts” with the group in Ohio, officials told the network.',
      '“At first no one noticed her,” Jim Roe, an Acme employee said.',
    ],
    ['Mary Major', 'Jane Doe', 'org:Acme', 'place:Ohio', 'Jim Roe'],
    [
      ['We have no notification,', 'Jane Doe'],
      ['attempted to reestablish contacts', null],
      ['At first no one noticed her,', 'Jim Roe'],
    ],
  ],
  [
    'a name’s institution after "of the" is no speaker; "according to" a title leads to the person',
    [
      '“There is no way to predict it,” Jane Doe of the Acme Institute told the Daily Planet.',
      'According to Ohio Magazine writer John Roe, the plan was “dead on arrival.”',
    ],
    ['Jane Doe', 'org:Acme Institute', 'org:Daily Planet', 'place:Ohio', 'John Roe'],
    [
      ['There is no way to predict it,', 'Jane Doe'],
      ['dead on arrival.', 'John Roe'],
    ],
  ],
  [
    'a person’s possessive opening a sentence about nobody else makes the text about them',
    [
      'Senator Mary Major spoke on Sunday.',
      'Doe’s religion has played a prominent role in his career.',
      'He wrote in his memoir that “it helps.”',
      'Roe’s plan alienated Major.',
      'She deemed it “a con.”',
    ],
    ['Mary Major', 'Doe', 'Roe', 'Major'],
    [
      ['it helps.', 'Doe'],
      ['a con.', 'Mary Major'],
    ],
  ],
  [
    '"according to" a source after a quote a person is saying in the sentence relays that person’s words',
    [
      'In January, Jane Doe asserted that she had “the absolute right to declare it,” according to Acme.',
      'The plan is “dead,” according to John Roe.',
    ],
    ['Jane Doe', 'org:Acme', 'John Roe'],
    [
      ['the absolute right to declare it,', 'Jane Doe'],
      ['dead,', 'John Roe'],
    ],
  ],
  [
    'words quoted as what someone’s claim or remark says are theirs',
    [
      'Senators kept up pressure on Chairman Jane Doe to explain her on-camera claim that the war is a “war of choice” and may be lost.',
      'John Roe’s remark that it was “odd” stood.',
    ],
    ['Jane Doe', 'John Roe'],
    [
      ['war of choice', 'Jane Doe'],
      ['odd', 'John Roe'],
    ],
  ],
  [
    'a speaker found by reference is not a person the quotation itself names',
    ['Jane Doe spoke at the rally.', '“None of this would have happened without Jane Doe,” she said.'],
    ['Jane Doe', 'Jane Doe'],
    [['None of this would have happened without Jane Doe,', null]],
  ],
  [
    'a quoted term that names the speaker (a coinage) leaves the speaker found by reference as they are',
    [
      'Sen. Jane Doe spoke on Monday.',
      'In laying out the “Doe Doctrine,” the senator said she was guided by “strength at home and abroad.”',
      'John Roe spoke next. A letter was addressed to “John,” he said.',
    ],
    ['Jane Doe', 'Doe', 'John Roe', 'John'],
    [
      ['Doe Doctrine,', 'Jane Doe'],
      ['strength at home and abroad.', 'Jane Doe'],
      ['John,', null],
    ],
  ],
  [
    'a sentence with "he" or "she" as subject keeps the text about its person, as of that sentence',
    [
      'Jane Doe, a lecturer at Acme University, spoke.',
      'The weather was fine. Later, a storm came. The roads closed.',
      'She too expressed doubts that the plan would work.',
      '“Without funding, it is dead.”',
    ],
    ['Jane Doe', 'org:Acme University'],
    [['Without funding, it is dead.', 'Jane Doe']],
  ],
  [
    'an adverb like "just", a home place in an apposition, a long aside with "who"',
    [
      'Jane Doe, the outgoing chairman of the Acme Council, just told reporters that it “would increase the risk.”',
      'Another friend, John Roe of Vox, praised his “dedication to truth.”',
      '“I am disturbed,” Sen. Mary Major, R-N.H., a member of the committee who wants to suspend the transfer of detainees out of the base in the south, said in a statement.',
    ],
    ['Jane Doe', 'org:Acme Council', 'John Roe', 'org:Vox', 'Mary Major'],
    [
      ['would increase the risk.', 'Jane Doe'],
      ['dedication to truth.', 'John Roe'],
      ['I am disturbed,', 'Mary Major'],
    ],
  ],
  [
    'demanding and shouting are saying',
    ['Rep. Jane Doe grabbed the man.', '“Who are you!” the seven-term congresswoman demands.'],
    ['Jane Doe'],
    [['Who are you!', 'Jane Doe']],
  ],
  [
    'a user or employee of a named organisation speaks unnamed',
    [
      'Jane Doe posted the video.',
      'Another Twitter user said: “It is over.”',
      '“We will see,” an Acme employee wrote.',
    ],
    ['Jane Doe', 'org:Twitter', 'org:Acme'],
    [
      ['It is over.', null],
      ['We will see,', null],
    ],
  ],
  [
    'a quotation opening the sentence after one that reports what a person said is theirs',
    [
      'The meteor fell on Sunday. Jane Doe, an adviser to the institute, said it was strange no one had seen it. “We have to ask if anyone has a photo.”',
      'Mary Major arrived late. “I was tired.”',
      '“It is not a thing,” concluded the Post’s John Roe.',
    ],
    ['Jane Doe', 'Mary Major', 'org:Post', 'John Roe'],
    [
      ['We have to ask if anyone has a photo.', 'Jane Doe'],
      ['I was tired.', null],
      ['It is not a thing,', 'John Roe'],
    ],
  ],
  [
    'a time opening with no comma is no introduction up to the next comma',
    [
      'Mary Major spoke first.',
      'On Tuesday Jane Doe repeated her apology for that comment, calling it “very inappropriate,” her latest effort.',
    ],
    ['Mary Major', 'Jane Doe'],
    [['very inappropriate,', 'Jane Doe']],
  ],
  [
    'an aside between dashes and an auxiliary may come between the name and the verb',
    [
      'Mary Major spoke first.',
      '“I do not like it,” Representative Jane Doe, Democrat of Ohio and the chairman of the committee — where any inquiry must begin — said on Sunday.',
      '“This would be a priority,” Mr. Roe is expected to say.',
    ],
    ['Mary Major', 'Jane Doe', 'place:Ohio', 'Roe'],
    [
      ['I do not like it,', 'Jane Doe'],
      ['This would be a priority,', 'Roe'],
    ],
  ],
  [
    'a participle after the quote goes on with the speaker before it; the pronoun is the introduced person',
    [
      'Mary Major spoke first.',
      'But when the draft was sent to Jane Doe, she dismissed it, saying “I would not use this,” adding that it would not satisfy the House.',
    ],
    ['Mary Major', 'Jane Doe', 'org:House'],
    [['I would not use this,', 'Jane Doe']],
  ],
  [
    'an introduction ending in "later," and "objecting that"',
    [
      'Twenty minutes later, Ms. Jane Doe sent an e-mail, objecting that the points could be “abused” by lawmakers.',
    ],
    ['Jane Doe'],
    [['abused', 'Jane Doe']],
  ],
  [
    'a verb of an introduction does not give the participle its subject',
    ['Asked whether he meant John Roe, Jane Doe did not back down, saying, “I meant him.”'],
    ['John Roe', 'Jane Doe'],
    [['I meant him.', 'Jane Doe']],
  ],
  [
    'a spokesman for an office, after the quote, speaks unnamed',
    ['“The video is genuine,” a spokesman for the Foreign Office told the agency.'],
    ['org:Foreign Office'],
    [['The video is genuine,', null]],
  ],
  [
    'an unnamed subject joined to a second verb by "and"',
    [
      'In the footage, a hooded militant blames Jane Doe for the war and says it will be “another bloody war.”',
    ],
    ['Jane Doe'],
    [['another bloody war.', null]],
  ],
  [
    '"it said" after an organisation spoke, and the quotation alone after it',
    [
      'In a statement, the Aid Group said it was “appalled” by the murder.',
      '“He was a new member of the team,” it said.',
      '“He was liked by all.”',
    ],
    ['org:Aid Group'],
    [
      ['appalled', 'Aid Group'],
      ['He was a new member of the team,', 'Aid Group'],
      ['He was liked by all.', 'Aid Group'],
    ],
  ],
  [
    'a description before the name in commas, then a participle of saying',
    ['Another former candidate, ex-Maryland Gov. Jane Doe, did endorse Roe, saying “it is time to unite.”'],
    ['Jane Doe', 'Roe'],
    [['it is time to unite.', 'Jane Doe']],
  ],
  [
    'an introduction opened by "Even before" is not the subject',
    [
      'Even before the nomination, Ms. Jane Doe angered activists by expressing support for “a vote,” before it.',
    ],
    ['Jane Doe'],
    [['a vote,', 'Jane Doe']],
  ],
  [
    'a quotation that is the whole paragraph goes on with the one the paragraph before was about',
    [
      'Meanwhile, Vice President Jane Doe voiced her support on Thursday.',
      '“Anybody who thinks otherwise is wrong.”',
      'The board met.',
      '“Another quotation alone.”',
    ],
    ['Jane Doe', 'org:board'],
    [
      ['Anybody who thinks otherwise is wrong.', 'Jane Doe'],
      ['Another quotation alone.', null],
    ],
  ],
  [
    "an organisation in the title before the subject's name is not the subject",
    [
      '“It is over,” Mary Major said.',
      'Tea party activist Jane Doe, who founded a group, disputed it. She said it was “a diverse group.”',
    ],
    ['Mary Major', 'org:Tea party', 'Jane Doe'],
    [
      ['It is over,', 'Mary Major'],
      ['a diverse group.', 'Jane Doe'],
    ],
  ],
  [
    'a sentence ending on a person turns the text to them',
    [
      'John Roe responded that it was wrong.',
      'That did not satisfy Justice Mary Major. “If somebody tells you,” she said, “you have no choice.”',
    ],
    ['John Roe', 'Mary Major'],
    [
      ['If somebody tells you,', 'Mary Major'],
      ['you have no choice.', 'Mary Major'],
    ],
  ],
  [
    'an institution after "Person of" never speaks for them',
    ['Historian Jane Doe of Columbia University told the paper the reading was “theater.”'],
    ['Jane Doe', 'org:Columbia University'],
    [['theater.', 'Jane Doe']],
  ],
  [
    'a name after a preposition in an aside is not the subject',
    ['Sen. Jane Doe (D-Hawaii), in an interview with Huffpost, called the nomination “shocking.”'],
    ['Jane Doe', 'org:Huffpost'],
    [['shocking.', 'Jane Doe']],
  ],
  [
    'an aide described by an institution and a party speaks unnamed',
    ['A top Senate Democratic aide put it bluntly in an email: “There is no worse time.”'],
    ['org:Senate'],
    [['There is no worse time.', null]],
  ],
  [
    'several asides in commas between the name and the verb',
    [
      '“It is a sacred text,” Rep. Jane Doe, D-N.Y., the former chairman of the subcommittee on the Constitution, Civil Rights and Civil Liberties, told the paper.',
    ],
    ['Jane Doe'],
    [['It is a sacred text,', 'Jane Doe']],
  ],
  [
    'a closing clause naming nobody',
    [
      'If so, she is a “powerful figure” in the group, a regional source with knowledge of the operation told the network.',
      '“It is true,” Jane Doe said.',
    ],
    ['Jane Doe'],
    [
      ['powerful figure', null],
      ['It is true,', 'Jane Doe'],
    ],
  ],
  [
    'a description with an adverb before the verb names the one titled so',
    ['Sen. Jane Doe spoke first.', 'The senator also said “a fair deal” can follow.'],
    ['Jane Doe'],
    [['a fair deal', 'Jane Doe']],
  ],
  [
    'a source the text describes but does not name',
    [
      'John Roe called it “a good day.” The source with knowledge of the talks said the rumours were “rubbish.”',
    ],
    ['John Roe'],
    [
      ['a good day.', 'John Roe'],
      ['rubbish.', null],
    ],
  ],
  [
    'a closing "said Jane Doe, a former official" gives the whole sentence',
    [
      'His relatives described him as “a private man” who prayed daily, said Jane Doe, a former intelligence official.',
    ],
    ['Jane Doe'],
    [['a private man', 'Jane Doe']],
  ],
  [
    'a person named inside the title of the one after the verb owns the title, not the words',
    ['“We won,” said Roe campaign manager Jane Doe.'],
    ['Roe', 'Jane Doe'],
    [['We won,', 'Jane Doe']],
  ],
  [
    'a party tag in brackets between the name and the verb',
    ['“He had coffee,” Sen. Jane Doe (R-S.D.) said after the debate.'],
    ['Jane Doe'],
    [['He had coffee,', 'Jane Doe']],
  ],
  [
    'an unnamed source described after the verb, with a place in its relative clause',
    ['“He is in control,” said the source, who has close ties to Pyongyang.'],
    ['place:Pyongyang'],
    [['He is in control,', null]],
  ],
  [
    'a home place after the name never speaks',
    ['Sen. Jane Doe of Maine said she was “hopeful” about it.'],
    ['Jane Doe', 'place:Maine'],
    [['hopeful', 'Jane Doe']],
  ],
  [
    'a second verb after "but also" keeps the subject, not the object of the first',
    ['Jane Doe slammed John Roe for refusing “to negotiate,” but also called his offer “a first step.”'],
    ['Jane Doe', 'John Roe'],
    [
      ['to negotiate,', 'Jane Doe'],
      ['a first step.', 'Jane Doe'],
    ],
  ],
  [
    '"Doe\'s response" turns the text to Doe for the pronoun that follows',
    [
      'Mary Major spoke first.',
      'Then there was Jane Doe’s response.',
      'She accused Roe of forcing “a pointless shutdown” on them.',
    ],
    ['Mary Major', 'Jane Doe', 'Roe'],
    [['a pointless shutdown', 'Jane Doe']],
  ],
  [
    'name then verb after the quote',
    ['“It takes two to tango,” Trump said.'],
    ['Trump'],
    [['It takes two to tango,', 'Trump']],
  ],
  [
    'verb then a titled name after the quote',
    ['“No deal yet,” said Putin’s top adviser, Yuri Ushakov, later.'],
    ['Putin', 'Yuri Ushakov'],
    [['No deal yet,', 'Yuri Ushakov']],
  ],
  [
    'subject of the verb of saying before the quote',
    ['Marco Rubio said late Tuesday that “some progress” had been made.'],
    ['Marco Rubio'],
    [['some progress', 'Marco Rubio']],
  ],
  [
    'a pronoun takes the person the sentence before is about',
    ['Marco Rubio said it was “hard.”', 'Then Putin arrived. “We are not close,” he stated.'],
    ['Marco Rubio', 'Putin'],
    [
      ['hard.', 'Marco Rubio'],
      ['We are not close,', 'Putin'],
    ],
  ],
  [
    'a pronoun takes the subject of its own sentence before it',
    [
      '“First,” Jane Doe said.',
      'John Roe of Ohio, the committee chairman, disagreed, but he said the bill was “dead.”',
    ],
    ['Jane Doe', 'John Roe'],
    [
      ['First,', 'Jane Doe'],
      ['dead.', 'John Roe'],
    ],
  ],
  [
    'a name in an introductory phrase is not the subject a pronoun goes back to',
    ['“Fine,” Jane Doe said.', 'After meeting Jane Doe, John Roe left.', '“It went well,” he said.'],
    ['Jane Doe', 'John Roe'],
    [
      ['Fine,', 'Jane Doe'],
      ['It went well,', 'John Roe'],
    ],
  ],
  [
    'a pronoun skips a person of the other gender where the article tells it',
    ['Mr. Roe met Ms. Doe on Monday.', '“I am pleased,” she said.'],
    ['Roe', 'Doe'],
    [['I am pleased,', 'Doe']],
  ],
  [
    'quotes from an organisation turn the text away from the person before',
    [
      '“We agree,” Jane Doe said.',
      '“It is a mistake,” the Acme Party said.',
      'The rally drew John Roe.',
      '“I stand by it,” he said.',
    ],
    ['Jane Doe', 'John Roe', 'org:Acme Party'],
    [
      ['We agree,', 'Jane Doe'],
      ['It is a mistake,', 'Acme Party'],
      ['I stand by it,', 'John Roe'],
    ],
  ],
  [
    'a mark missing before an attribution inside a quote, with a name or a pronoun',
    [
      '"It was wrong, Jane Doe said. "We will appeal."',
      'Mary Major spoke. "It is a small town, she said. "It matters."',
    ],
    ['Jane Doe', 'Mary Major'],
    [
      ['It was wrong', 'Jane Doe'],
      ['We will appeal.', 'Jane Doe'],
      ['It is a small town', 'Mary Major'],
      ['It matters.', 'Mary Major'],
    ],
  ],
  [
    'a quote left open goes on through paragraphs without marks up to its closing mark',
    [
      'John Roe posted on Sunday: “The vote was fair.',
      'Nobody was turned away.',
      'We counted every ballot.”',
      'Jane Doe disagreed.',
    ],
    ['John Roe', 'Jane Doe'],
    [
      ['The vote was fair.', 'John Roe'],
      ['Nobody was turned away.', 'John Roe'],
      ['We counted every ballot.', 'John Roe'],
    ],
  ],
  [
    '"the statement" is the statement of whoever the text said made one',
    ['Jane Doe said in a statement that the plan had failed.', '“We tried everything,” the statement said.'],
    ['Jane Doe'],
    [['We tried everything,', 'Jane Doe']],
  ],
  [
    'a statement nobody is named for has no speaker',
    ['“We tried everything,” a statement said.'],
    ['Jane Doe'],
    [['We tried everything,', null]],
  ],
  [
    "someone's account or report speaks for them",
    [
      'Jane Doe’s account tweeted on Friday: “Big news soon!”',
      'A brief reply from the Acme Party only said: “No comment.”',
    ],
    ['Jane Doe', 'org:Acme Party'],
    [
      ['Big news soon!', 'Jane Doe'],
      ['No comment.', 'Acme Party'],
    ],
  ],
  [
    'a campaign speaking is not its candidate',
    ['Jane Jones’ campaign told reporters: “She will win.”'],
    ['Jane Jones'],
    [['She will win.', null]],
  ],
  [
    'words one speaker relays from another are the relaying speaker’s',
    ['Jane Doe left the meeting saying John Roe told them “it could take months.”'],
    ['Jane Doe', 'John Roe'],
    [['it could take months.', 'Jane Doe']],
  ],
  [
    'a relative clause speaks for its own subject',
    ['Jane Doe called John Roe, who said “it is over.”'],
    ['Jane Doe', 'John Roe'],
    [['it is over.', 'John Roe']],
  ],
  [
    'words quoted again keep the speaker who said them first',
    ['Jane Doe promised a “fresh start” for the city.', 'John Roe said the “fresh start” was overdue.'],
    ['Jane Doe', 'John Roe'],
    [
      ['fresh start', 'Jane Doe'],
      ['fresh start', 'Jane Doe'],
    ],
  ],
  [
    'an organisation named right after an inverted verb speaks, though a person is named in its apposition',
    [
      'Jane Doe is taking heat from groups on the left.',
      '“It was a cave,” said Acme for Justice, one of several groups bashing Doe on Monday.',
      '“It was a win,” said Senate Leader John Roe.',
    ],
    ['Jane Doe', 'org:Acme for Justice', 'John Roe'],
    [
      ['It was a cave,', 'Acme for Justice'],
      ['It was a win,', 'John Roe'],
    ],
  ],
  [
    'a warning from someone named, and a slogan or message introduced with a colon, are theirs',
    [
      'Despite warnings from the Acme Council that the bill was “badly misguided,” it passed.',
      'Jane Doe spoke on Tuesday. Her slogan: “Hope for all.”',
      'Doe’s chief complaint was that the rules do not “mirror the law.”',
    ],
    ['org:Acme Council', 'Jane Doe', 'Doe'],
    [
      ['badly misguided,', 'Acme Council'],
      ['Hope for all.', 'Jane Doe'],
      ['mirror the law.', 'Jane Doe'],
    ],
  ],
  [
    'a name inside the quote that modifies a noun ("the Doe administration") does not stop the pronoun reading its owner',
    [
      '“Social media is against us,” Jane Doe wrote on Twitter.',
      '“Speaking for the Doe administration, we won’t let that happen,” she added.',
    ],
    ['Jane Doe', 'Doe'],
    [
      ['Social media is against us,', 'Jane Doe'],
      ['Speaking for the Doe administration, we won’t let that happen,', 'Jane Doe'],
    ],
  ],
  [
    "the title of a show or film in quotation marks (a comma closing it inside the marks too, or the kind of work before it, a comma between, or after it, or “hits like” or “starred in” before) is no quotation; a slogan after a person's possessive is",
    [
      'Jane Doe said on “Acme News Sunday” that the bill would pass.',
      'She appeared on Acme TV’s “Morning Hour” and quoted from the movie “The Long Night.”',
      'John Roe mocked Doe’s “War on Cats” on Tuesday.',
      'Speaking on Acme TV’s "This Week," Roe said it was "a sham."',
      'Roe, famous for hits like "Long Road" and "Short Walk," praised Jim Poe\'s "Star Trip" movie.',
      'Poe wrote in his memoir, "From Here to There," that faith helps. Acme’s original program, "Clear," won.',
      'Roe starred this year in Unilux’s “Neighbours” and will next take a role in “The Long Walk.” Poe is to play a spy in Unilux’s “Dark Water.”',
    ],
    ['Jane Doe', 'org:Acme TV', 'John Roe', 'Doe', 'org:Acme TV', 'Roe', 'Jim Poe'],
    [
      ['War on Cats', 'John Roe'],
      ['a sham.', 'John Roe'],
    ],
  ],
  [
    'a quote in an opening participle clause is said by the subject of the main clause after it',
    [
      'John Roe ran against Jane Doe.',
      'After threatening to “spill the beans” on Doe’s husband, Jim Doe, who was ill years ago, he retweeted a post.',
    ],
    ['John Roe', 'Jane Doe', 'Doe', 'Jim Doe'],
    [['spill the beans', 'John Roe']],
  ],
  [
    '"it says" after a sentence quoting someone\'s document is that document, so that person\'s',
    [
      'Jane Doe says this about herself on her website: “Born in Ohio, Jane moved west at 13.”',
      '“Her mother worked hard,” it says.',
    ],
    ['Jane Doe'],
    [
      ['Born in Ohio, Jane moved west at 13.', 'Jane Doe'],
      ['Her mother worked hard,', 'Jane Doe'],
    ],
  ],
  [
    'a statement from a described organisation is the one named so before; a hospital read as a place speaks too',
    [
      'Jane Doe was taken to Mercy Hospital Center in Acmeville. The Acme National Committee met.',
      '“Doe is wrong,” a statement from the Acme committee said.',
      'In a statement, the hospital said Doe had “a minor injury.”',
    ],
    ['Jane Doe', 'place:Mercy Hospital Center', 'place:Acmeville', 'org:Acme National Committee', 'Doe'],
    [
      ['Doe is wrong,', 'Acme National Committee'],
      ['a minor injury.', 'Mercy Hospital Center'],
    ],
  ],
  [
    'a participle after a relative clause with its own subject goes with the main clause; after ", who ..." with the one before it',
    [
      'Jane Doe denied the claims, which the Acme Post first reported, telling the paper they were “fake news.”',
      'Doe’s campaign denied them, which the Acme Post also reported, telling the paper they were “all lies.”',
      'The segment involved author John Roe, who writes books on crime, claiming there are “no-go” zones.',
    ],
    ['Jane Doe', 'org:Acme Post', 'Doe', 'org:Acme Post', 'John Roe'],
    [
      ['fake news.', 'Jane Doe'],
      ['all lies.', null],
      ['no-go', 'John Roe'],
    ],
  ],
  [
    '"the day after the primary," opening a sentence is no part of its subject',
    [
      'President Jane Doe spoke on Monday.',
      'And the day after the primary, the president tweeted in support of Roe, calling him “a really great guy.”',
    ],
    ['Jane Doe', 'Roe'],
    [['a really great guy.', 'Jane Doe']],
  ],
  [
    '"the day that ..." after "On Friday," is a second introduction, and the one after it the subject',
    [
      'Jim Roe and John Doe have remained close.',
      'On Friday, the day that Mr. Roe stood on the steps and pledged his loyalty, Mr. Doe bashed the inquiry that had led agents to his friend’s house.',
      '“Greatest Witch Hunt ever!” he wrote on Twitter.',
    ],
    ['Jim Roe', 'John Doe', 'Roe', 'Doe'],
    [['Greatest Witch Hunt ever!', 'John Doe']],
  ],
  [
    'a spokesman "in" a place or a paper\'s source is unnamed; "In a statement" or "A day after ...," is no part of the subject',
    [
      'The embassy in Acmeton has denied the reports.',
      '"It is nonsense," a spokesman in the embassy in Acmeton told Acme News.',
      'In a statement Commander John Roe, of the Acme Police Command, said: "We will not speculate."',
      '“Jim tried hard,” claimed the Acme Mirror’s source, who said it was enough to convince Jane Doe.',
      'A day after John Roe’s win, the Acme Club sent out a “call to arms.”',
    ],
    [
      'place:Acmeton',
      'org:Acme News',
      'John Roe',
      'org:Acme Police Command',
      'Jim',
      'org:Acme Mirror',
      'Jane Doe',
      'John Roe',
      'org:Acme Club',
    ],
    [
      ['It is nonsense,', null],
      ['We will not speculate.', 'John Roe'],
      ['Jim tried hard,', null],
      ['call to arms.', 'Acme Club'],
    ],
  ],
  [
    'an organisation\'s officer ("the Acme Haram leader said", "the Acme Party front-runner said") is the person titled so; an unnamed subject after an introduction that names someone is unnamed',
    [
      'Abubakar Doe, the Acme Haram leader, spoke in a video.',
      'But the Acme Haram leader said the girls were "in their marital homes" now.',
      'Asked if John Roe was concerned about the name being reported, a No 10 spokeswoman said: "The Prime Minister would be concerned."',
      'The Acme Party front-runner said it was "fine."',
    ],
    ['Abubakar Doe', 'org:Acme Haram', 'org:Acme Haram', 'John Roe', 'org:Acme Party'],
    [
      ['in their marital homes', 'Abubakar Doe'],
      ['The Prime Minister would be concerned.', null],
      ['fine.', null],
    ],
  ],
  [
    '"the group claimed" is the organisation named last when no name holds the word',
    [
      'A video by the militant Acme Front appeared online. It shows a hostage reading a letter.',
      'His life “depends on the next decision,” the group claimed.',
    ],
    ['org:Acme Front'],
    [['depends on the next decision,', 'Acme Front']],
  ],
  [
    '"aides said Mr. Roe told colleagues" after a quote: the one they report as saying it',
    [
      'John Roe lost the vote. Jane Doe spoke.',
      '“We got wiped out,” aides said Mr. Roe told his colleagues before the vote.',
    ],
    ['John Roe', 'Jane Doe', 'Roe'],
    [['We got wiped out,', 'John Roe']],
  ],
  [
    'a spokesperson "for the health ministry" followed by a name is that person; "for Speaker Jane Doe" is not Jane Doe',
    [
      '"The virus could be anywhere," spokesperson for the health ministry Ahmed Doe says.',
      '"We will decide soon," a spokeswoman for Speaker Jane Roe said.',
    ],
    ['Ahmed Doe', 'Jane Roe'],
    [
      ['The virus could be anywhere,', 'Ahmed Doe'],
      ['We will decide soon,', null],
    ],
  ],
  [
    'an acronym before the name is no conjunction: "WHO\'s director Jane Doe told" is Jane Doe\'s; a capitalised "While" opens another sentence',
    [
      '“We have no word that it is Ebola,” WHO’s director of communications Jane Doe told Acme News.',
      'The committee wrote that Roe’s findings “refute” the claims. While Roe says his report “does not clear him,” it does not charge him.',
    ],
    ['Jane Doe', 'Roe', 'org:Acme News'],
    [
      ['We have no word that it is Ebola,', 'Jane Doe'],
      ['refute', null],
      ['does not clear him,', 'Roe'],
    ],
  ],
  [
    'a name after a preposition is its object, not the speaker of a verb after it; the author after "a statement from" is',
    [
      'Police used voice recognition to identify “Jihadi Jim,” the man seen in the video with Roe, reports the Post.',
      'Later on Wednesday, Jane Doe vowed "relentless" war against Acme, saying she will "hit them hard".',
      '“The patient is stable,” a statement from Ann Poe, a spokeswoman with the city of Frisco, said.',
    ],
    ['Roe', 'Jane Doe', 'org:Acme', 'org:Post', 'Ann Poe', 'place:Frisco'],
    [
      ['Jihadi Jim,', null],
      ['relentless', 'Jane Doe'],
      ['hit them hard', 'Jane Doe'],
      ['The patient is stable,', 'Ann Poe'],
    ],
  ],
  [
    'words quoted in a clause opened by "after" whose subject is unnamed are nobody’s, not the sentence subject’s; a passive clause has no such subject',
    [
      'Acme Group was cleared after a police inquiry failed to find “any basis.”',
      'Jane Doe was walking past the memorial when the shots were fired: “It was so close.”',
    ],
    ['org:Acme Group', 'Jane Doe'],
    [
      ['any basis.', null],
      ['It was so close.', 'Jane Doe'],
    ],
  ],
  [
    'a verb of saying after a quoted phrase, with a "that" clause after it, is no inverted attribution: the one named in the clause is not the speaker',
    ['Acme News reported that a "senior Western official" also confirmed that Roe is the suspect.'],
    ['org:Acme News', 'Roe'],
    [['senior Western official', 'Acme News']],
  ],
  [
    'words quoted by a document "from" or "by" someone, as the subject, with no verb of saying, are its author’s',
    [
      'An article from The Daily Acme cited two "unconfirmed reports" on Monday.',
      'A new report by Roe Watch details a hidden "diagnostic port" inside the watch.',
    ],
    ['org:Daily Acme', 'org:Roe Watch'],
    [
      ['unconfirmed reports', 'Daily Acme'],
      ['diagnostic port', 'Roe Watch'],
    ],
  ],
  [
    'a capitalised name after an inverted verb that the text never recognised is someone unnamed, not the one the text was about',
    [
      'The story claimed that Jim Roe had died. Jim Roe fooled many with a fake address, “acme.website.”',
      '“The awful hoax comes from the jerks behind the site,” reported Rumour Cop.',
    ],
    ['Jim Roe'],
    [
      ['acme.website.', 'Jim Roe'],
      ['The awful hoax comes from the jerks behind the site,', null],
    ],
  ],
  [
    'a later verb of saying with a pronoun of its own as subject does not go on with the sentence’s first speaker',
    [
      'Jane Doe spoke at a rally.',
      '“Comment on this story,” Acme said in a message to Mr. Roe that included a quote from Mrs. Doe in which she said she wanted to “just drone” Jim Poe.',
    ],
    ['Jane Doe', 'org:Acme', 'Roe', 'Doe', 'Jim Poe'],
    [
      ['Comment on this story,', 'Acme'],
      ['just drone', 'Jane Doe'],
    ],
  ],
  [
    'a sentence opening on someone unnamed ("An Acme fighter denied ...") turns the text to them, even with a possessor named after; "he said" next is theirs',
    [
      'President Jim Roe has vowed to destroy the group.',
      'An Acme fighter denied that Ann Poe’s husband had been arrested. “It is false news,” he said from inside Syria.',
    ],
    ['Jim Roe', 'org:Acme', 'Ann Poe'],
    [['It is false news,', null]],
  ],
  [
    'words a subject is named with in the passive (a relative’s too) are the agent’s after "by", if named (not an owner), else someone unnamed’s',
    [
      'Jim Roe had a criminal record. He had also recently been designated a “high-risk traveller” by the government.',
      'Ann Poe was designated “a menace” by Acme Watch on Monday.',
      'Jim Roe was joined by two other men, including one who was dubbed “Georgie.”',
      'Jim Roe was designated “a flight risk” by Ann Poe’s office.',
    ],
    ['Jim Roe', 'Ann Poe', 'org:Acme Watch'],
    [
      ['high-risk traveller', null],
      ['a menace', 'Acme Watch'],
      ['Georgie.', null],
      ['a flight risk', null],
    ],
  ],
  [
    'a clause after ", and" that opens on a name the text never recognised, with its verb, is not the first clause subject’s',
    [
      'Senator Jane Doe tweeted about her opposition to the chain, and West Ohio bar The Tavern introduced a "Chick-for-All" sandwich as a protest.',
      'Jim Roe said he sympathizes with the victims, but that the bill undermines “core interests.”',
    ],
    ['Jane Doe', 'Jim Roe'],
    [
      ['Chick-for-All', null],
      ['core interests.', 'Jim Roe'],
    ],
  ],
  [
    'a verb of saying in a clause after ", and" whose subject is someone unnamed is not a name’s in the clause before',
    [
      'Jim Roe left Acme captivity in a swap for five men, and now a U.S. senator claims those men are “in touch” with the group.',
    ],
    ['Jim Roe', 'org:Acme', 'place:U.S.'],
    [['in touch', null]],
  ],
  [
    'a paragraph ending in a colon that names no person and has no pronoun introduces nobody the text was about',
    [
      'Jim Roe, a spokesman, called the story false.',
      'Here is the site’s disclaimer:',
      '“All characters are fictional.”',
      'Jim Roe spoke again later. He said:',
      '“It was all made up.”',
    ],
    ['Jim Roe'],
    [
      ['All characters are fictional.', null],
      ['It was all made up.', 'Jim Roe'],
    ],
  ],
  [
    'a person "from" an institution, then the verb, is the speaker, not the institution',
    [
      '"It is not plausible," spider expert Jim Roe from Acme University\'s Department of Biology told Jane Doe.',
    ],
    ['Jim Roe', "org:Acme University's Department of Biology", 'Jane Doe'],
    [['It is not plausible,', 'Jim Roe']],
  ],
  [
    'a party in a case’s name (“Acme Corp. v. Holt”) is nobody’s referent',
    ['The court then decided Acme Corp. v. Holt, which struck down the law.', '“It is a sad day,” she said.'],
    ['Holt', 'org:Acme Corp.'],
    [['It is a sad day,', null]],
  ],
  [
    'a pronoun after the sentence’s own quotation is its subject, not a possessor named before the quotation',
    [
      'The rulings included Acme Corp. v. Holt, which struck down a key section of the law.',
      'Sen. Jane Roe blasted Poe’s decision in Acme Corp. for creating a new doctrine, “So much for modesty,” she said. “So much for restraint.”',
    ],
    ['Holt', 'Jane Roe', 'Poe', 'org:Acme Corp.'],
    [
      ['So much for modesty,', 'Jane Roe'],
      ['So much for restraint.', 'Jane Roe'],
    ],
  ],
  [
    'a name after a quote, then one long aside naming an organisation, then the verb: the name speaks',
    [
      '"It is not plausible," Jim Roe, associate professor at Acme University\'s Department of Natural Resource Sciences, told Jane Doe.',
      '"He said it is open to all," Father Tom Poe, a Jesuit priest and editor at large of the magazine Compass Weekly, told the Times.',
    ],
    [
      'Jim Roe',
      "org:Acme University's Department of Natural Resource Sciences",
      'Jane Doe',
      'Tom Poe',
      'org:Compass Weekly',
      'org:Times',
    ],
    [
      ['It is not plausible,', 'Jim Roe'],
      ['He said it is open to all,', 'Tom Poe'],
    ],
  ],
  [
    'words someone gives a thing as its name are theirs, though another said them first',
    [
      'Jane Doe said the fire was being investigated as an “act of arson.”',
      'Later, John Roe released a statement calling the fire an “act of arson.”',
    ],
    ['Jane Doe', 'John Roe'],
    [
      ['act of arson.', 'Jane Doe'],
      ['act of arson.', 'John Roe'],
    ],
  ],
  [
    'a definite description names the person the article gave that title',
    [
      'Jane Doe, the mayor, spoke on Monday.',
      'The mayor, without naming anyone, said rivals had “lied again.”',
    ],
    ['Jane Doe'],
    [['lied again.', 'Jane Doe']],
  ],
  [
    'answers to questions are the answering person’s, not the one asked about',
    [
      'Asked about the candidates, Jane Doe was brief.',
      'Governor Roe? “Strong,” she said.',
      'Senator Poe? “Loyal.”',
    ],
    ['Jane Doe', 'Roe', 'Poe'],
    [
      ['Strong,', 'Jane Doe'],
      ['Loyal.', 'Jane Doe'],
    ],
  ],
  [
    'the one a paper quoted',
    ['“It is unclear,” the paper quoted John Roe as saying.'],
    ['John Roe'],
    [['It is unclear,', 'John Roe']],
  ],
  [
    'a participle after a verb of saying takes that verb’s subject',
    ['The plan was late, Jane Doe said, adding, “It will be ready soon.”'],
    ['Jane Doe'],
    [['It will be ready soon.', 'Jane Doe']],
  ],
  [
    'a second verb joined by "and" shares the subject',
    ['Jane Doe, head of the Acme Party campaign arm, called it “reckless” and said: “It must stop.”'],
    ['Jane Doe', 'org:Acme Party'],
    [
      ['reckless', 'Jane Doe'],
      ['It must stop.', 'Jane Doe'],
    ],
  ],
  [
    'a reporting clause that ends the sentence',
    ['Jane Doe thinks John Roe “will step aside” if it is true, the Acme Party said in a statement Monday.'],
    ['Jane Doe', 'John Roe', 'org:Acme Party'],
    [['will step aside', 'Acme Party']],
  ],
  [
    'a place speaks for its government, but only right before the verb',
    [
      '“We reject it,” Moscow said.',
      'Jane Doe, who was not part of the Moscow delegation, said there was “some progress.”',
    ],
    ['place:Moscow', 'Jane Doe'],
    [
      ['We reject it,', 'Moscow'],
      ['some progress.', 'Jane Doe'],
    ],
  ],
  [
    '"they" is a group: the organisation the text was about, never one person',
    [
      '“Fine,” Jane Doe said.',
      'The Acme Party met on Monday.',
      'They called it “a mistake.”',
      'Scholars wrote back.',
      'They also “know the cost.”',
    ],
    ['Jane Doe', 'org:Acme Party'],
    [
      ['Fine,', 'Jane Doe'],
      ['a mistake.', 'Acme Party'],
      ['know the cost.', null],
    ],
  ],
  [
    'a sentence that opens with a quote has no subject inside the quote',
    ['“We hope,” Jane Doe said. “They chose us to work.”'],
    ['Jane Doe'],
    [
      ['We hope,', 'Jane Doe'],
      ['They chose us to work.', 'Jane Doe'],
    ],
  ],
  [
    'a name after a verb is the object, not the subject',
    ['The scholars corrected Mr. Roe on his use of the word “thrift.”'],
    ['Roe'],
    [['thrift.', null]],
  ],
  [
    'a verb of saying set off by commas with the name after it',
    [
      'Her remarks, said Jane Doe, the party chair, are “fully in line.”',
      'Jane Doe, the chair, said John Roe was “wrong.”',
    ],
    ['Jane Doe', 'John Roe'],
    [
      ['fully in line.', 'Jane Doe'],
      ['wrong.', 'Jane Doe'],
    ],
  ],
  [
    'a time phrase opening the sentence is not its subject',
    ['“Fine,” John Roe said.', 'Last week, Jane Doe rejected the plan, claiming it was “too late.”'],
    ['Jane Doe', 'John Roe'],
    [
      ['Fine,', 'John Roe'],
      ['too late.', 'Jane Doe'],
    ],
  ],
  [
    'no new clause between a quote and its speaker',
    ['John Roe mocked what he called “the machine” after the Daily Post reported the story.'],
    ['John Roe', 'org:Daily Post'],
    [['the machine', 'John Roe']],
  ],
  [
    'a second quote after one attribution keeps the speaker',
    ['“We agreed,” Ushakov noted. “Others drew criticism.”'],
    ['Ushakov'],
    [
      ['We agreed,', 'Ushakov'],
      ['Others drew criticism.', 'Ushakov'],
    ],
  ],
  [
    'according to',
    ['According to Jane Doe, the plan was “dead on arrival.”'],
    ['Jane Doe'],
    [['dead on arrival.', 'Jane Doe']],
  ],
  [
    'a paragraph-opening quote goes on with the last speaker',
    ['“First part,” Trump said.', '“Second part.”'],
    ['Trump'],
    [
      ['First part,', 'Trump'],
      ['Second part.', 'Trump'],
    ],
  ],
  [
    'a home state and a title between the quote and the verb',
    ['“Not yet,” Senator Jane Doe of Maine, the party leader, said.'],
    ['Jane Doe'],
    [['Not yet,', 'Jane Doe']],
  ],
  [
    'someone speaking for a named person is not that person',
    ['A spokeswoman for Speaker John Roe said he was “glad.”'],
    ['John Roe'],
    [['glad.', null]],
  ],
  [
    'a reported statement makes its speaker the one a later pronoun means',
    [
      '“First,” Jane Doe said.',
      'John Roe of Ohio, the committee chairman, said he disagreed.',
      '“No,” he said.',
    ],
    ['Jane Doe', 'John Roe'],
    [
      ['First,', 'Jane Doe'],
      ['No,', 'John Roe'],
    ],
  ],
  [
    'according to after the quote',
    ['The plan was “dead on arrival,” according to Jane Doe.'],
    ['Jane Doe'],
    [['dead on arrival,', 'Jane Doe']],
  ],
  [
    'words quoted by a sentence whose subject is a person are that person’s',
    ['John Roe attacked Jane Doe for driving a “false narrative” about the deal.'],
    ['John Roe', 'Jane Doe'],
    [['false narrative', 'John Roe']],
  ],
  [
    'a participle of saying takes the subject of its sentence',
    ['John Roe then demanded that Jane Doe resign, saying that he has “no faith in you.”'],
    ['John Roe', 'Jane Doe'],
    [['no faith in you.', 'John Roe']],
  ],
  [
    'a name’s aide speaking is not the name',
    ['A Jane Doe aide said she had done “an outstanding job.”'],
    ['Jane Doe'],
    [['an outstanding job.', null]],
  ],
  [
    'a paragraph that introduces a quote with a colon hands its speaker on',
    ['John Roe tweeted on Saturday:', '“The deal is dead!”'],
    ['John Roe'],
    [['The deal is dead!', 'John Roe']],
  ],
  [
    'a participle with its agent after it modifies a noun and says nothing',
    [
      'Jane Doe, the chairman of the Acme Council, told reporters that failing to pass the deal announced by John Roe “would hurt” growth.',
    ],
    ['Jane Doe', 'org:Acme Council', 'John Roe'],
    [['would hurt', 'Jane Doe']],
  ],
  [
    'the agent of a passive verb of saying says the words',
    [
      'The senator was told by Jane Doe that the bill was “dead on arrival.”',
      'It was described by John Roe as “a disaster.”',
    ],
    ['Jane Doe', 'John Roe'],
    [
      ['dead on arrival.', 'Jane Doe'],
      ['a disaster.', 'John Roe'],
    ],
  ],
  [
    'the agent of a passive verb does not say what is quoted past an aside about the agent',
    ['The news was confirmed by John Roe, the manager of the “Master Gee” tour.'],
    ['John Roe'],
    [['Master Gee', null]],
  ],
  [
    'a document from an author introducing a quote with a colon is the author’s',
    ['That was followed by a statement from the Acme Health Department: “We ruled it out.”'],
    ['org:Acme Health Department'],
    [['We ruled it out.', 'Acme Health Department']],
  ],
  [
    'the statement is the one a sentence opening “In a statement,” gave its subject',
    [
      'In a statement, the Acme Ministry confirmed that the gas was used.',
      'The group aims to dent “the morale of the people,” the statement said.',
    ],
    ['org:Acme Ministry'],
    [['the morale of the people,', 'Acme Ministry']],
  ],
  [
    'an organisation right before a participle of saying is its subject',
    ['It began Saturday with a site called Acme Web claiming that Beta has “declared war.”'],
    ['org:Acme Web', 'org:Beta'],
    [['declared war.', 'Acme Web']],
  ],
  [
    'the article just after an organisation’s words is that organisation’s',
    ['Acme Web wrote that Beta had “declared war.”', '“Reports have surfaced,” the article said.'],
    ['org:Acme Web', 'org:Beta'],
    [
      ['declared war.', 'Acme Web'],
      ['Reports have surfaced,', 'Acme Web'],
    ],
  ],
  [
    'an organisation quoted as saying',
    ['Acme Web quoted Beta as saying, “we step away.”'],
    ['org:Acme Web', 'org:Beta'],
    [['we step away.', 'Beta']],
  ],
  [
    'quoted by a newspaper, a person said',
    ['Jane Doe, a spokesman, quoted by Acme News, said the response “will be swift.”'],
    ['Jane Doe', 'org:Acme News'],
    [['will be swift.', 'Jane Doe']],
  ],
  [
    'reported words closed by “said” and a name make that person the one a pronoun means',
    [
      '“It is fine,” said John Roe, a spokesman.',
      'But others told a different story, said Jane Doe, a spokeswoman for Acme Health.',
      '“I was made aware of it,” she said.',
    ],
    ['John Roe', 'Jane Doe', 'org:Acme Health'],
    [
      ['It is fine,', 'John Roe'],
      ['I was made aware of it,', 'Jane Doe'],
    ],
  ],
  [
    'a name after “said” that begins what was said does not become the topic (the subject does)',
    [
      '“It is fine,” said John Roe, a spokesman.',
      'Mary Major, an editor, said Jane Doe is desperate to build ties.',
      'He added: “It would not surprise me.”',
    ],
    ['John Roe', 'Mary Major', 'Jane Doe'],
    [
      ['It is fine,', 'John Roe'],
      ['It would not surprise me.', 'Mary Major'],
    ],
  ],
  [
    'a sentence that names one person only, quoting nobody, is about them',
    [
      '“We are relieved,” his brother John Roe said.',
      'Video images showed Jane Doe calmly walking back to her office.',
      'She is said to have told them: “I put him down.”',
    ],
    ['John Roe', 'Jane Doe'],
    [
      ['We are relieved,', 'John Roe'],
      ['I put him down.', 'Jane Doe'],
    ],
  ],
  [
    'someone unnamed reporting words turns the text away from the person before',
    [
      'The media said the government would discuss Jane Doe’s health.',
      'But an official from the press office says the rumor is false, saying,',
      '“That is false.”',
    ],
    ['Jane Doe', 'org:press office'],
    [['That is false.', null]],
  ],
  [
    'a speaker counted, not named, after the verb',
    ['Supporters taunted Jane Doe. “Bring on your revenge,” said one Acme follower. “You will pay.”'],
    ['Jane Doe', 'org:Acme'],
    [
      ['Bring on your revenge,', null],
      ['You will pay.', null],
    ],
  ],
  [
    'a second introduction before the subject',
    [
      'John Roe spoke first.',
      'On Wednesday, in anticipation of Mr. Roe’s speech, Jim Major laid out his plan, even as he said it was “a tender topic.”',
    ],
    ['John Roe', 'Jim Major'],
    [['a tender topic.', 'Jim Major']],
  ],
  [
    'an introduction opened by "Prior to" or "Amid" is not the subject a pronoun goes back to',
    [
      '“It is dishonest,” John Roe says.',
      'Prior to Roe’s revelation, Jim Major told us nothing had been staged. “There is no way,” he said.',
      'Amid Roe’s anger, Jim Major spoke again. “This is real,” he said.',
    ],
    ['John Roe', 'Jim Major'],
    [
      ['It is dishonest,', 'John Roe'],
      ['There is no way,', 'Jim Major'],
      ['This is real,', 'Jim Major'],
    ],
  ],
  [
    'a verb that characterises gives the words it quotes to its subject, not to its object',
    [
      'Senator John Roe spoke. The senator praised Jane Doe as “a hero.”',
      'Jane Doe on Friday also praised the office for “correcting the false story.”',
      'Acme lawyer Ann Poe blasted the tactic as “outrageous.”',
    ],
    ['John Roe', 'Jane Doe', 'Ann Poe', 'org:Acme'],
    [
      ['a hero.', 'John Roe'],
      ['correcting the false story.', 'Jane Doe'],
      ['outrageous.', 'Ann Poe'],
    ],
  ],
  [
    'a description opening the clause before a verb in the past is the subject of a participle of saying',
    [
      'Senator Jane Doe spoke on Monday.',
      'The senator personally debunked the rumor in an interview, saying it “has never crossed my mind.”',
      'The official declined to comment, saying “it is early.”',
    ],
    ['Jane Doe'],
    [
      ['has never crossed my mind.', 'Jane Doe'],
      ['it is early.', null],
    ],
  ],
  [
    'a title may stand between "a letter from" and its author',
    [
      'Dozens signed a letter from Representative John Roe, a Democrat, on Monday.',
      'The letter says the president “should go.”',
    ],
    ['John Roe'],
    [['should go.', 'John Roe']],
  ],
  [
    'the group or the ministry is the organisation the text was about, or the one so named',
    [
      'The Acme Alliance said it was “cautiously optimistic.”',
      '“Most of those arrested are young,” the group said in a statement.',
      'The Acme Defense Ministry spoke on Monday. Jane Doe arrived later. “We hit them,” the ministry said.',
    ],
    ['org:Acme Alliance', 'org:Acme Defense Ministry', 'Jane Doe'],
    [
      ['cautiously optimistic.', 'Acme Alliance'],
      ['Most of those arrested are young,', 'Acme Alliance'],
      ['We hit them,', 'Acme Defense Ministry'],
    ],
  ],
  [
    'the one whose words a sentence reports after “that” is the one a pronoun means next',
    [
      'John Roe wrote the report.',
      'Roe reported that a counterterrorism expert, Jim Major, explained the events that could develop.',
      '“The first would be how airliners were used,” he said.',
    ],
    ['John Roe', 'Jim Major'],
    [['The first would be how airliners were used,', 'Jim Major']],
  ],
  [
    'someone described speaks, not the name after a preposition in the description',
    [
      'One official in the report assembled by the respected Jane Doe said, “Planes are missing.”',
      'The commander of the Acme force in Somalia has said it would be a “proud moment.”',
      'In 2009, the editors selected a photo of John Roe, which the former governor called “sexist.”',
    ],
    ['Jane Doe', 'org:Acme', 'John Roe'],
    [
      ['Planes are missing.', null],
      ['proud moment.', null],
      ['sexist.', 'John Roe'],
    ],
  ],
  [
    'a kinship word before a name tells the gender a pronoun must fit',
    [
      '“We are proud,” said John Roe.',
      'His girlfriend Jane Doe went looking for him.',
      '“I was surprised,” he said.',
    ],
    ['John Roe', 'Jane Doe'],
    [
      ['We are proud,', 'John Roe'],
      ['I was surprised,', 'John Roe'],
    ],
  ],
  ['nobody to attribute', ['The meeting was called “productive” in reports.'], [], [['productive', null]]],
  [
    'British style: single marks outside, double inside, apostrophes left alone',
    [
      "Jane Doe said: 'I told them \"no\" and we're fine.'",
      "'It was the dogs' owners who came,' John Roe added, 'and they didn't stay.'",
    ],
    ['Jane Doe', 'John Roe'],
    [
      ['I told them "no" and we\'re fine.', 'Jane Doe'],
      ["It was the dogs' owners who came,", 'John Roe'],
      ["and they didn't stay.", 'John Roe'],
    ],
  ],
  [
    'someone described by their employer, or by a relative clause naming someone, speaks unnamed',
    [
      'Jane Doe spoke on Monday.',
      'Many of Doe’s colleagues believe her claim that she simply “conflated” two stories.',
      '“There were meetings,” the Acme source said.',
      'One longtime Acme employee who has worked with Doe on several occasions had a few words to describe the anchor, calling her a “liar.”',
    ],
    ['Jane Doe', 'Doe', 'org:Acme'],
    [
      ['conflated', 'Jane Doe'],
      ['There were meetings,', null],
      ['liar.', null],
    ],
  ],
  [
    'an acronym the article defines speaks for the organisation',
    [
      'The Civil Defense Directorate (CDD) said it was flooded.',
      '“The army opened the gates,” the CDD announced.',
    ],
    ['org:Civil Defense Directorate', 'org:CDD'],
    [['The army opened the gates,', 'Civil Defense Directorate']],
  ],
  [
    'a name after "of" going on from the quoted words is not the subject of the participle after it',
    ['Jane Doe decried the “cowardice” of the Acme Group, saying the killing would strengthen resolve.'],
    ['Jane Doe', 'org:Acme Group'],
    [['cowardice', 'Jane Doe']],
  ],
  [
    'after someone described and unnamed speaks, "he said" is them, not a person named before; "they" is no one described',
    [
      'John Roe was still on the air on Monday.',
      '“He will stay,” a network source said.',
      '“Oh, the fireworks inside,” he said.',
      'Jim Doe spoke later. “We cannot agree,” they wrote.',
      '“This is cynical,” he said.',
    ],
    ['John Roe', 'Jim Doe'],
    [
      ['He will stay,', null],
      ['Oh, the fireworks inside,', null],
      ['We cannot agree,', null],
      ['This is cynical,', 'Jim Doe'],
    ],
  ],
  [
    'a name right before a document noun is its author, and "the report" later is that one',
    [
      'Zenda was accused in May, in an Acme Daily report, of paying low wages.',
      '“A company as big as Zenda should pay decent wages,” the report said.',
    ],
    ['org:Acme Daily', 'org:Zenda'],
    [['A company as big as Zenda should pay decent wages,', 'Acme Daily']],
  ],
  [
    'a name in a link line is nobody a pronoun goes back to',
    ['Jane Doe spoke to us.', 'cta:PHOTOS: John Roe Through The Years', '“It was hard,” she explains.'],
    ['Jane Doe', 'John Roe'],
    [['It was hard,', 'Jane Doe']],
  ],
  [
    'a parent described by their children is the person the text is about',
    ['John Roe returned home last week.', 'The father of four told the newspaper: “It was hard.”'],
    ['John Roe'],
    [['It was hard.', 'John Roe']],
  ],
  [
    'after "according to" a source, the one the source has speaking says the words',
    ['Jane Doe, the editor, spoke at the gala.', 'According to Jim Roe, Doe claims that it is “a gift.”'],
    ['Jane Doe', 'Doe', 'Jim Roe'],
    [['a gift.', 'Jane Doe']],
  ],
  [
    'a document named with its author after the quote is the author\'s, and "said the report" the last report\'s',
    [
      '“The agency collects a great deal,” the Acme Daily report said. “That is routine.”',
      'A 2010 Zenda Research Service report found that the fund would last.',
      '“The fund would remain solvent for 75 years,” said the report.',
    ],
    ['org:Acme Daily', 'org:Zenda Research Service'],
    [
      ['The agency collects a great deal,', 'Acme Daily'],
      ['That is routine.', 'Acme Daily'],
      ['The fund would remain solvent for 75 years,', 'Zenda Research Service'],
    ],
  ],
  [
    'a description with a name in it ("the House speaker") is the one the article gave that title, else nobody',
    [
      'House Speaker Jane Roe spoke on Friday.',
      '“I do not like that language,” the House speaker continued.',
      '“We will win,” the Acme president said.',
    ],
    ['Jane Roe', 'org:House', 'org:Acme'],
    [
      ['I do not like that language,', 'Jane Roe'],
      ['We will win,', null],
    ],
  ],
  [
    'someone described by a role "of" a town and its state speaks unnamed',
    ['The mayor of Springfield, Ill., suggested it was peddling “cold soup.”'],
    ['org:Ill.'],
    [['cold soup.', null]],
  ],
  [
    "a participle after a document from someone is the author's, and \"the report read\" the report's author's",
    [
      'Many Democrats have signed a letter from Representative Jane Doe, Democrat of Vermont, calling the deal “fiscally irresponsible.”',
      'A report by Acme Research came out on Friday.',
      '“Such talks are lawful,” the report read.',
    ],
    ['Jane Doe', 'org:Acme Research'],
    [
      ['fiscally irresponsible.', 'Jane Doe'],
      ['Such talks are lawful,', 'Acme Research'],
    ],
  ],
  [
    'an outlet reporting a sentence relays the words of whoever the sentence has saying them, named or not',
    [
      'The author, known only as Jane, said in her blog that her “bad experiences” decided it, the Planet has reported.',
      'An alliance of faith groups has backed the plan and said “not enough is being done,” the Planet reported.',
      'The deal was “dead in the water,” the Planet reported.',
    ],
    ['Jane', 'org:Planet'],
    [
      ['bad experiences', 'Jane'],
      ['not enough is being done,', null],
      ['dead in the water,', 'Planet'],
    ],
  ],
  [
    "words two people say together (with a home state or a title between), or a joint statement, are no one person's",
    [
      'Senators Jane Doe and John Roe issued a joint statement.',
      '“No one may have a sneak preview,” the joint statement said.',
      '“We are pleased,” said the attorneys Ann Poe and Jim Kay.',
      'Obama thanked Biden and Clinton, saying “it was a fine day.”',
      '“This is a power grab,” Speaker Mary Major of California and Senator Tom Lee of New York said.',
      'In a “joint policy initiative,” Mayor Ben Ford and Police Commissioner Sam Ash announced the rule.',
    ],
    [
      'Jane Doe',
      'John Roe',
      'Ann Poe',
      'Jim Kay',
      'Obama',
      'Biden',
      'Clinton',
      'Mary Major',
      'Tom Lee',
      'Ben Ford',
      'Sam Ash',
    ],
    [
      ['No one may have a sneak preview,', null],
      ['We are pleased,', null],
      ['it was a fine day.', 'Obama'],
      ['This is a power grab,', null],
      ['joint policy initiative,', null],
    ],
  ],
  [
    'an acronym the article never defines is the one organisation with those initials; "the statement" goes back to its author',
    [
      'The National Rifle Association did not respond.',
      '“It is unfortunate,” the NRA said.',
      '“We are disappointed,” said the statement from Roe’s attorney, William Doe.',
      'The statement said Roe “asserts his innocence.”',
      '“He will serve on,” the statement said.',
    ],
    ['org:National Rifle Association', 'org:NRA', 'Roe', 'William Doe'],
    [
      ['It is unfortunate,', 'National Rifle Association'],
      ['We are disappointed,', 'William Doe'],
      ['asserts his innocence.', 'William Doe'],
      ['He will serve on,', 'William Doe'],
    ],
  ],
  [
    "'\" Doe's lawyer said' is someone of Doe's speaking: the one the text gave that role, else no one named",
    [
      'Jane Doe met the governor on Monday.',
      '“We are pleased,” Doe’s spokesman said.',
      '“It was fine,” Doe’s spokesman said.',
      '“He lied,” Doe’s husband told reporters.',
      '“No comment,” Doe’s attorney, Jim Roe, said on Monday.',
      '“Nothing more,” Doe’s attorney said.',
      '“Done,” Doe’s statement said.',
    ],
    ['Jane Doe', 'Jim Roe'],
    [
      ['We are pleased,', null],
      ['It was fine,', null],
      ['He lied,', null],
      ['No comment,', 'Jim Roe'],
      ['Nothing more,', 'Jim Roe'],
      ['Done,', 'Jane Doe'],
    ],
  ],
  [
    '"according to a statement from X" is the document\'s author, X',
    [
      'According to a statement from the Acme Ministry, “the situation is under control.”',
      'According to a report by the Planet, “the deal is off.”',
    ],
    ['org:Acme Ministry', 'org:Planet'],
    [
      ['the situation is under control.', 'Acme Ministry'],
      ['the deal is off.', 'Planet'],
    ],
  ],
  [
    'with no one named as the subject, the subject of an "after" or "when" clause is the one quoted',
    [
      'It came after Roe publicly chided Doe on Friday, accusing her of having “wasted another week.”',
      'The row erupted when Doe accused Roe of lying, saying he was “a fraud.”',
      'The crowd cheered when Doe arrived. “We love her.”',
      'The crowd cheered when Roe was given “the prize.”',
    ],
    ['Roe', 'Doe'],
    [
      ['wasted another week.', 'Roe'],
      ['a fraud.', 'Doe'],
      ['We love her.', null],
      ['the prize.', null],
    ],
  ],
  [
    '"the tech giant said" is the organisation the text was about',
    ['Acme at the time said it was a glitch.', '“We do not ban anyone,” the tech giant said in a statement.'],
    ['org:Acme'],
    [['We do not ban anyone,', 'Acme']],
  ],
  [
    'the object of a verb joined after the quotation is not the subject of the participle after it',
    [
      'Jane Doe spoke on Saturday.',
      'She called it “a dangerous thing” and then took a swipe at Acme and Planet, saying they are “fake.”',
    ],
    ['Jane Doe', 'org:Acme', 'org:Planet'],
    [
      ['a dangerous thing', 'Jane Doe'],
      ['fake.', 'Jane Doe'],
    ],
  ],
  [
    '"his lawyer said", "the senator\'s spokesman said": the one the text gave that role, else someone unnamed',
    [
      'Jane Doe was asked, and the senator’s spokesman said she would “consider it.”',
      'John Roe spoke, and his lawyer said the case was “weak.”',
      'The company’s chief executive, Tom Poe, spoke. The company’s chief executive said it was “a record.”',
      'Acme’s press secretary said it was “fine.”',
      'Roe said in his statement that it was “over.”',
    ],
    ['Jane Doe', 'John Roe', 'Tom Poe', 'Ann Kay', 'org:Acme'],
    [
      ['consider it.', null],
      ['weak.', null],
      ['a record.', 'Tom Poe'],
      ['fine.', null],
      ['over.', 'John Roe'],
    ],
  ],
  [
    'a pronoun set off in commas right after a name is not that person',
    [
      'Jane Doe spoke on Saturday.',
      'President Roe, she said, was “too simple an answer.”',
      'John Poe, she later added, is “a fraud.”',
    ],
    ['Jane Doe', 'Roe', 'John Poe'],
    [
      ['too simple an answer.', 'Jane Doe'],
      ['a fraud.', 'Jane Doe'],
    ],
  ],
  [
    'a nickname in marks inside a name is no quotation, and the nickname alone is the same person',
    [
      'Harry “Big Bad Hal” Roe died on Tuesday.',
      '“He was a legend,” said Ann Poe.',
      '“I am Big Bad Hal,” said Big Bad Hal.',
      '“I am everywhere,” Hal said.',
    ],
    ['Harry “Big Bad Hal” Roe', 'Ann Poe', 'Big Bad Hal', 'Hal'],
    [
      ['He was a legend,', 'Ann Poe'],
      ['I am Big Bad Hal,', 'Harry “Big Bad Hal” Roe'],
      ['I am everywhere,', 'Harry “Big Bad Hal” Roe'],
    ],
  ],
  [
    'quoted words inside a clause are its subject\'s, not those of the one named after "and"',
    ['Senator Jane Doe called the speech “more of the same,” and John Roe said it “has no credibility.”'],
    ['Jane Doe', 'John Roe'],
    [
      ['more of the same,', 'Jane Doe'],
      ['has no credibility.', 'John Roe'],
    ],
  ],
  [
    "an organisation in a title set off before a person's name is not the sentence's subject",
    [
      '“We need accountability,” said Ann Lee, an organizer.',
      'The City Council speaker, Jane Doe, said she would hold hearings. “The council will do its job,” she said.',
    ],
    ['Ann Lee', 'org:City Council', 'Jane Doe'],
    [
      ['We need accountability,', 'Ann Lee'],
      ['The council will do its job,', 'Jane Doe'],
    ],
  ],
  [
    "a participle opening the sentence has the main clause's subject",
    [
      'Jane Doe spoke on Friday, with Jim Roe beside her.',
      'Telling the crowd it was “your day,” Doe closed with a promise: “We will win again.”',
      'Calling the bill “a disaster,” Senator Ann Poe voted against it.',
    ],
    ['Jane Doe', 'Jim Roe', 'Doe', 'Ann Poe'],
    [
      ['your day,', 'Jane Doe'],
      ['We will win again.', 'Jane Doe'],
      ['a disaster,', 'Ann Poe'],
    ],
  ],
  [
    'a subject described as a person the text named is whom it is about, not the name ending the sentence',
    [
      'Gov. Jane Doe was sworn in on Friday.',
      'The governor addressed the crowd after taking the oath along with Lt. Gov. Jim Roe.',
      '“There is no room for fear,” she said.',
      'Sen. Ann Poe spoke next.',
      'The senator also took a swipe at Jim Roe, calling his record “ineffective at best.”',
    ],
    ['Jane Doe', 'Jim Roe', 'Ann Poe'],
    [
      ['There is no room for fear,', 'Jane Doe'],
      ['ineffective at best.', 'Ann Poe'],
    ],
  ],
  [
    'words after "portrays ... as" are the portraying subject\'s, an unnamed campaign of someone\'s included',
    [
      'Sen. Jane Doe spoke on Wednesday.',
      "Jim Roe asked Doe whether it made her look old at a time that Doe's campaign portrays rivals as “trapped in the past.”",
      'Doe portrayed Roe as “a relic.”',
    ],
    ['Jane Doe', 'Jim Roe', 'Doe', 'Roe'],
    [
      ['trapped in the past.', null],
      ['a relic.', 'Jane Doe'],
    ],
  ],
  [
    "someone of another's is never that other, whatever title the other was given",
    [
      'Jane Doe, an attorney, was arrested on Friday.',
      'Doe’s attorney added that the arrest was a “spectacle.”',
    ],
    ['Jane Doe', 'Doe'],
    [['spectacle.', null]],
  ],
  [
    'the subject of a later clause joined by "but" is the one the text goes on about',
    [
      'Brian Roe, the president of the society, opened the box.',
      'Ann Poe, an archivist, thought it a diary, but Roe was less certain.',
      '“I am as anxious as anyone,” he said.',
    ],
    ['Brian Roe', 'Ann Poe', 'Roe'],
    [['I am as anxious as anyone,', 'Brian Roe']],
  ],
  [
    'an organisation after a preposition is the subject of the relative clause it opens',
    ['We reached out to the Acme Department, which said the claim was “false.”'],
    ['org:Acme Department'],
    [['false.', 'Acme Department']],
  ],
  [
    'a sentence opening "To <person>," gives the words it quotes to that person; "posited" is a verb of saying',
    [
      'To Rep. Jane Doe, D-Calif., the bill “grabs power away from the elites.”',
      'To many voters, it is “a scam.”',
      '“It is still morning,” Jim Roe posited.',
    ],
    ['Jane Doe', 'Jim Roe'],
    [
      ['grabs power away from the elites.', 'Jane Doe'],
      ['a scam.', null],
      ['It is still morning,', 'Jim Roe'],
    ],
  ],
  [
    '"the statement said" after a statement quoted with its speaker described is that speaker\'s',
    [
      'Acme denied the claims on Friday.',
      '“We do not shadow ban. We never did. You see the posts you follow,” the tech giant said in a statement.',
      '“We do rank posts,” the statement said.',
    ],
    ['org:Acme'],
    [
      ['We do not shadow ban. We never did. You see the posts you follow,', 'Acme'],
      ['We do rank posts,', 'Acme'],
    ],
  ],
  [
    'a person\'s name after "an" and adjectives is the subject ("An angry Doe")',
    [
      'Jim Roe spoke on Tuesday.',
      'An angry Jane Doe lashed out at Roe, calling him a liar and threatening to “spill the beans” about him.',
      'A senior Roe aide called it “a farce.”',
    ],
    ['Jim Roe', 'Jane Doe', 'Roe'],
    [
      ['spill the beans', 'Jane Doe'],
      ['a farce.', null],
    ],
  ],
  [
    'words after "what ... called" are the subject of that clause, unnamed or named',
    [
      'Jane Doe pointed to what aides called “orphan districts.”',
      'She rejected what Jim Roe described as “a fair deal.”',
    ],
    ['Jane Doe', 'Jim Roe'],
    [
      ['orphan districts.', null],
      ['a fair deal.', 'Jim Roe'],
    ],
  ],
  [
    'a speech or document opening the sentence without a comma ("In Monday\'s speech the senator ...") is no part of its subject',
    [
      'Sen. Jane Doe spoke in Acmeton on Monday.',
      'In Monday\'s speech the senator also took a swipe at Gov. John Roe, calling his record "weak at best."',
      'In his letter he wrote that the plan was "a disaster."',
    ],
    ['Jane Doe', 'John Roe', 'place:Acmeton'],
    [
      ['weak at best.', 'Jane Doe'],
      ['a disaster.', 'Jane Doe'],
    ],
  ],
  [
    'a year or month opening the sentence without a comma ("In 2007 Mr. Doe was quoted as saying") is no part of its subject',
    [
      'Jane Roe met John Doe in Acmeton.',
      'In 2007 Mr. Doe was quoted as saying, "The climate is changing."',
      'In March 2009 Ms. Roe was quoted as saying, "It is not."',
    ],
    ['Jane Roe', 'John Doe', 'Doe', 'Roe', 'place:Acmeton'],
    [
      ['The climate is changing.', 'John Doe'],
      ['It is not.', 'Jane Roe'],
    ],
  ],
  [
    'an unnamed source the text turned to, whatever they did, says the "he said" after it; not the one named before',
    [
      'President John Doe said on Monday that the reports were "troubling."',
      'A second Acme Ministry official sought to downplay the reports. "We cannot confirm that," he said.',
    ],
    ['John Doe', 'org:Acme Ministry'],
    [
      ['troubling.', 'John Doe'],
      ['We cannot confirm that,', null],
    ],
  ],
  [
    '"Doe said she" tells that Doe is a "she": a "he" after her is someone else',
    [
      'Sam Roe questioned Jane Doe on Monday. Doe said she had read the cables.',
      'He claimed that the failures "cost these people their lives."',
    ],
    ['Sam Roe', 'Jane Doe', 'Doe'],
    [['cost these people their lives.', 'Sam Roe']],
  ],
  [
    'an unnamed relative the text turned to says the "she said" after it; a pronoun of the other sex is not theirs',
    [
      'Sam Roe found the dog on Monday. Roe’s girlfriend, who asked not to be named, also backs the account.',
      '"He called me right away," she said.',
      'When Jim Doe read the letter, his mom kissed his forehead.',
      '"I did not expect it," he said.',
    ],
    ['Sam Roe', 'Roe', 'Jim Doe'],
    [
      ['He called me right away,', null],
      ['I did not expect it,', 'Jim Doe'],
    ],
  ],
  [
    '"she was told" before a quotation is someone unnamed\'s words, not hers; a story "told in" a book is no telling',
    [
      'Jane Doe then demanded another seat. That is when she was told the only empty seats were "both back in economy."',
      'Jim Roe has been told that the plan is "dead."',
      'Doe’s story is told in the book, “A Long Night.” She said she was "proud of it."',
    ],
    ['Jane Doe', 'Jim Roe', 'Doe'],
    [
      ['both back in economy.', null],
      ['dead.', null],
      // (The book's title is no quotation: see the titles of works above.)
      ['proud of it.', 'Jane Doe'],
    ],
  ],
  [
    'a relative clause opening on its own subject ("in which Doe says") is that subject\'s; a pronoun there is the person relaying, not an organisation',
    [
      'Jim Roe posted a video in which Jane Doe says the plan is "a disaster."',
      'Acme wrote to Jim Roe on Monday, with a quote from Jane Doe in which she said she wanted to "just drop" the plan.',
      'Jim Roe made remarks on Sunday, in which he said it was "a fine plan."',
    ],
    ['Jim Roe', 'Jane Doe', 'org:Acme'],
    [
      ['a disaster.', 'Jane Doe'],
      ['just drop', 'Jane Doe'],
      ['a fine plan.', 'Jim Roe'],
    ],
  ],
  [
    '"someone", "somebody" or "no one" before the verb is nobody named, not the person the text is about',
    [
      'Jim Roe spoke for an hour on Monday.',
      'When Roe asked who was to blame, someone shouted "The mayor," though Roe said it was "not that simple."',
      'Somebody in the hall yelled, "Enough!"',
    ],
    ['Jim Roe', 'Roe'],
    [
      ['The mayor,', null],
      ['not that simple.', 'Jim Roe'],
      ['Enough!', null],
    ],
  ],
  [
    'someone introduced unnamed, by a noun that tells their sex, is whom a "she said" after stands for',
    [
      'Pat Roe proposed a bill on Tuesday.',
      'A 104-year-old woman from Ohio gave the drink some praise on Wednesday: in a segment with a local station, she claimed it kept her alive.',
      '"People try to give me coffee," she told the station.',
      'A local man in Dayton said the same. "I drink it daily," he added.',
    ],
    ['Pat Roe'],
    [
      ['People try to give me coffee,', null],
      ['I drink it daily,', null],
    ],
  ],
  [
    'a sentence closing on "interior minister Sam Doe told Acme TV" turns the text to him; not one closing on "a spokesman for Archbishop Tom Poe says"',
    [
      'The authorities are holding an ex-wife of the head of the group, Tim Roe, the interior minister said.',
      'The woman, who has been named as Jane Poe, was travelling with two sons, interior minister Sam Doe told Acme TV late Wednesday. He said tests showed it.',
      '“Poe is not his wife now,” he said.',
      'Jim Roe, a spokesman for Archbishop Tom Poe says the story is a hoax.',
      '"We have no priest of this name," he told Acme.',
    ],
    ['Tim Roe', 'Jane Poe', 'Sam Doe', 'org:Acme TV', 'Jim Roe', 'Tom Poe', 'org:Acme'],
    [
      ['Poe is not his wife now,', 'Sam Doe'],
      ['We have no priest of this name,', 'Jim Roe'],
    ],
  ],
  [
    'an "of" inside a title before a name ("Canada\'s Minister of Justice Jim Roe") leaves the name the subject',
    [
      '“The officers are heroes,” Sam Poe said.',
      'Ruritania’s Minister of Justice Jim Roe added his support for Sgt Kevin Doe and the others.',
      'He wrote: "Stay safe and strong."',
    ],
    ['Jim Roe', 'place:Ruritania', 'Sam Poe', 'Kevin Doe'],
    [
      ['The officers are heroes,', 'Sam Poe'],
      ['Stay safe and strong.', 'Jim Roe'],
    ],
  ],
  [
    '"Mr and Mrs Doe", the parents under their son\'s surname, tell nothing of his sex; a "he said" is still his',
    [
      'The teenager trading stocks at school',
      'Taro Doe, 17, trades stocks on his lunch breaks. Doe started at the age of nine.',
      'But Mr and Mrs Doe are not overly keen on their son’s interest in trading.',
      '"It is my passion," he said.',
      'Jim Roe met Mr and Mrs Poe. “We are proud of her,” he said.',
    ],
    ['Taro Doe', 'Doe', 'Jim Roe', 'Poe'],
    [
      ['It is my passion,', 'Taro Doe'],
      ['We are proud of her,', 'Jim Roe'],
    ],
  ],
  [
    '"the mum" is the one the text named as "his mum, Jane Doe"; a sentence in which she says something turns the text to her',
    [
      'He was standing alongside his 29-year-old mum, Jane Doe, as she appealed for help.',
      'His sister is suffering from leukaemia and, though the mum said she loved both children, the girl would die without treatment.',
      'She said: "Up until a year ago we had a wonderful family."',
      '"We love them both," the mum added.',
    ],
    ['Jane Doe'],
    [
      ['Up until a year ago we had a wonderful family.', 'Jane Doe'],
      ['We love them both,', 'Jane Doe'],
    ],
  ],
  [
    "a sentence opening on people described in the plural, with no verb of saying, does not go on with the paragraph's speaker",
    [
      'Jim Roe said that the tribunal works as a form of “dispute resolution.” The four attorneys call themselves “judges” instead of “arbitrators.”',
      '“Those soldiers were in need of supplies,” Sam Poe said. “Those soldiers were brave, and we helped the other side.”',
    ],
    ['Jim Roe', 'Sam Poe'],
    [
      ['dispute resolution.', 'Jim Roe'],
      ['judges', null],
      ['arbitrators.', null],
      ['Those soldiers were in need of supplies,', 'Sam Poe'],
      ['Those soldiers were brave, and we helped the other side.', 'Sam Poe'],
    ],
  ],
  [
    '"While Doe, the chief, told Acme by phone, “...,” he said": the one the introduction has speaking, not the one the text was about',
    [
      'Jim Roe said the gas was not toxic. "Experts have not been able to prove its use," he added.',
      'The police also said that gas had not been used.',
      'While Maj. Gen. Sam Poe, the police chief, told Acme by phone, “We heard news of gas," he said, "This news is unfounded.”',
    ],
    ['Jim Roe', 'Sam Poe', 'org:Acme'],
    [
      ['Experts have not been able to prove its use,', 'Jim Roe'],
      ['We heard news of gas,', 'Sam Poe'],
      ['This news is unfounded.', 'Sam Poe'],
    ],
  ],
  [
    '"according to" a title and a name, with no name among the title words, is that person\'s',
    [
      'Jim Roe spoke on Monday.',
      'According to Moroccan reporter Sam Poe, "Co-ordination must be at all levels."',
      'The fungus, according to Prof. Jane Doe, is "eaten in some cultures."',
    ],
    ['Jim Roe', 'Sam Poe', 'Jane Doe'],
    [
      ['Co-ordination must be at all levels.', 'Sam Poe'],
      ['eaten in some cultures.', 'Jane Doe'],
    ],
  ],
  [
    'a viewer, reader or fan of a named outlet or team, unnamed, speaks for nobody named; a verb joined by "and" right after a quotation shares its speaker',
    [
      'Jim Roe retweeted a tweet from a Acme viewer that said, "Audio recording just released."',
      'A Facebook message from a support group, Free Roe, urged patience “until we all have more information,” and asked that readers “keep the Roes in your thoughts.”',
    ],
    ['Jim Roe', 'org:Acme', 'org:Facebook', 'org:Free Roe'],
    [
      ['Audio recording just released.', null],
      ['until we all have more information,', 'Free Roe'],
      ['keep the Roes in your thoughts.', 'Free Roe'],
    ],
  ],
  [
    'a name that qualifies a role ("The Acme front-runner", "The House speaker") is not the subject; the one with the role is',
    [
      'Jim Roe spoke on Monday. "He should pay," Roe told the Daily.',
      'The Acme front-runner, who has made comments calling rivals "criminals," insists he will win.',
      'Speaker Sam Poe said the vote was close. The House speaker, in an interview, gave his party a "two-in-three chance" of winning.',
    ],
    ['Jim Roe', 'Roe', 'org:Acme', 'Sam Poe', 'org:House', 'org:Daily'],
    [
      ['He should pay,', 'Jim Roe'],
      ['criminals,', null],
      ['two-in-three chance', 'Sam Poe'],
    ],
  ],
  [
    'a journalist, reporter or editor of a named outlet, unnamed, speaks for nobody named',
    [
      'A Acme Daily journalist said that "dozens of shots" were fired. An Acme Daily reporter said: "It was loud."',
      '"We ran," an Acme Daily photographer told colleagues.',
    ],
    ['org:Acme Daily'],
    [
      ['dozens of shots', null],
      ['It was loud.', null],
      ['We ran,', null],
    ],
  ],
  [
    '"Doe continued," after a quotation closed by a full stop says the quotation was Doe\'s too',
    [
      'Jim Roe met Jane Doe, a local resident, on Monday. She told reporters she was disgusted.',
      '“What a waste of money. It is all wrong.” Doe continued, “This is just another move.”',
      'The film is about Roe, a towering figure. Rather than a biography, Sam Poe said at an event that the "entire movie is three scenes." He added, "All backstage."',
    ],
    ['Jim Roe', 'Jane Doe', 'Doe', 'Sam Poe', 'Poe', 'Roe'],
    [
      ['What a waste of money. It is all wrong.', 'Jane Doe'],
      ['This is just another move.', 'Jane Doe'],
      ['entire movie is three scenes.', 'Sam Poe'],
      ['All backstage.', 'Sam Poe'],
    ],
  ],
  [
    '"the nun" after "a nun" the text did not name is whom a "she admitted" after stands for, not a name said since',
    [
      'It happened to a 33-year-old Ruritanian nun last year. She named her baby boy after Saint Jude Roe.',
      'The Ruritanian nun told her social worker that she felt no guilt. "I am so happy," she admitted.',
      'Jane Doe, a teacher, spoke next. The teacher told the court that she was scared. "I ran," she said.',
    ],
    ['Jude Roe', 'Jane Doe'],
    [
      ['I am so happy,', null],
      ['I ran,', 'Jane Doe'],
    ],
  ],
  [
    '"Doe\'s response:" before a quotation is Doe\'s, as "His response:" is the person\'s the text is about',
    [
      'Jane Doe, the mayor, met Sam Roe, the governor, on Monday.',
      'Doe’s response: "No comment on that."',
      'Roe’s terse reply was "Never."',
    ],
    ['Jane Doe', 'Sam Roe', 'Roe', 'Doe'],
    [
      ['No comment on that.', 'Jane Doe'],
      ['Never.', 'Sam Roe'],
    ],
  ],
  [
    '"the post" or "the tweet" that someone "posted" or "tweeted" before is theirs',
    [
      'Jane Roe, a volunteer with the militia, posted on Facebook on Monday that she was safe.',
      '"I have no Internet access," the post continued.',
      'Sam Doe tweeted on Tuesday that the team had won.',
      '"What a game," the tweet read.',
    ],
    ['Jane Roe', 'Sam Doe'],
    [
      ['I have no Internet access,', 'Jane Roe'],
      ['What a game,', 'Sam Doe'],
    ],
  ],
  [
    'a paragraph that is one quotation goes on with the organisation whose words or report the paragraph before gave',
    [
      '“The army opened the floodgates,” the Acme Directorate announced, according to the Acme News Agency.',
      '“We had to evacuate the afflicted citizens quickly.”',
      'The Acme Times reported that a militia stormed the compound.',
      '“The militia announced that it had taken the embassy.”',
    ],
    ['org:Acme Directorate', 'org:Acme News Agency', 'org:Acme Times'],
    [
      ['The army opened the floodgates,', 'Acme Directorate'],
      ['We had to evacuate the afflicted citizens quickly.', 'Acme Directorate'],
      ['The militia announced that it had taken the embassy.', 'Acme Times'],
    ],
  ],
  [
    '"It stated that" after a sentence opening on a document is the document\'s author',
    [
      'Jane Doe said the story was false. The Acme Daily report has other problems. It falsely stated that "the firm monitors its customers."',
    ],
    ['Jane Doe', 'org:Acme Daily'],
    [['the firm monitors its customers.', 'Acme Daily']],
  ],
  [
    'a sentence of only a speaker and a verb after a quote closed by a full stop attributes it',
    [
      'Jane Roe spoke on Monday.',
      '"We offered them a fair hearing." Roe said. "Their refusal is disappointing."',
      '“Sure, pick any name you like.” Acme News says.',
      '“It was late.” He told Acme News on Friday.',
      '"Acme used gas for the first time." said party member John Doe, at a press conference.',
    ],
    ['Jane Roe', 'org:Acme News', 'John Doe'],
    [
      ['We offered them a fair hearing.', 'Jane Roe'],
      ['Their refusal is disappointing.', 'Jane Roe'],
      ['Sure, pick any name you like.', 'Acme News'],
      ['It was late.', 'Jane Roe'],
      ['Acme used gas for the first time.', 'John Doe'],
    ],
  ],
  [
    'a recording\'s "is shown saying" and "could be heard telling" attribute as "said" does',
    [
      'Jane Roe and John Doe were filmed at the rally.',
      '“Every day that passes, the deal gets closer,” Ms. Roe is shown saying.',
      '“He will never agree,” Mr. Doe could be heard telling an aide.',
    ],
    ['Jane Roe', 'Roe', 'John Doe', 'Doe'],
    [
      ['Every day that passes, the deal gets closer,', 'Jane Roe'],
      ['He will never agree,', 'John Doe'],
    ],
  ],
  [
    'a paragraph opening with a quotation after one ending in a colon is the words of the subject that introduced them',
    [
      'Jane Roe gave a speech on trade.',
      "The Acme Committee issued a brief statement shortly after Roe's speech:",
      "“So here is Roe's new policy. Nothing has changed.”",
      'Jane Doe, 26, says she stopped at a diner on her way home.',
      'Via Acme News, she explains:',
      '“I just wanted some wings.”',
    ],
    ['Jane Roe', 'Roe', 'org:Acme Committee', 'Jane Doe', 'org:Acme News'],
    [
      ["So here is Roe's new policy. Nothing has changed.", 'Acme Committee'],
      ['I just wanted some wings.', 'Jane Doe'],
    ],
  ],
  [
    'a relative clause whose subject is a bare plural has unnamed speakers, not the sentence subject',
    [
      'Jane Roe said she had not seen the warning which former security agents have told Acme News amounted to a "cry for help."',
      'John Doe defended the plan, which was described by Roe as "a mess."',
    ],
    ['Jane Roe', 'Roe', 'John Doe', 'org:Acme News'],
    [
      ['cry for help.', null],
      ['a mess.', 'Jane Roe'],
    ],
  ],
];

for (const [why, paragraphs, names, expected] of cases)
  test(`quotes: ${why}`, () => assert.deepEqual(speakers(paragraphs, names), expected));

test('quotes: the key of quoted words is what the two-pass replace it stands for gives', () => {
  const twoPass = (words: string) =>
    words
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const piece = fc.oneof(
    fc.constantFrom(
      ' ',
      '  ',
      'a',
      'É',
      '1',
      '.',
      '“',
      '”',
      '\n',
      '\u00a0',
      '’s',
      'İ',
      '\ufeff',
      '\u2028',
      ' - ',
    ),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  fc.assert(
    fc.property(
      fc.array(piece).map((pieces) => pieces.join('')),
      (words) => assert.equal(quoteKey(words), twoPass(words)),
    ),
    { numRuns: 10000 },
  );
});

test('quotes: a pronoun speaker is marked as the whole pronoun', () => {
  const text = 'Jane Doe arrived on Monday. They said the talks "went well and will go on."';
  const blocks: Block[] = [{ kind: 'body', span: [0, text.length] }];
  const sentences: Sentence[] = splitSentences(text, blocks[0]!.span).map((span) => ({ span, block: 0 }));
  const { people, organizations, places } = groupPeople(text, sentences, [{ type: 'person', span: [0, 8] }]);
  const [quote] = findQuotes(text, blocks, sentences, people, organizations, places).quotes;
  assert.ok(quote?.speakerSpan);
  assert.equal(text.slice(...quote.speakerSpan), 'They');
});

test('quotes: a name ending in "-ly" before the verb is the speaker, not an adverb', () => {
  assert.deepEqual(
    speakers(
      [
        'Kevin Connolly and Jane Kelly run the ferry service.',
        '"We could do something," Connolly said. "There are lots of options," Kelly later said.',
      ],
      ['Kevin Connolly', 'Jane Kelly', 'Connolly', 'Kelly'],
    ),
    [
      ['We could do something,', 'Kevin Connolly'],
      ['There are lots of options,', 'Jane Kelly'],
    ],
  );
});

test('quotes: a quotation with no attribution goes on from the last speech of its paragraph, not from a title quoted after it', () => {
  const found = speakers(
    [
      'Jane Doe spoke on Thursday.',
      '“We will see,” said Doe in an interview on the “Morning Show,” according to Acme News. “Nobody knows yet.”',
    ],
    ['Jane Doe', 'Doe', 'org:Acme News'],
  );
  // (Whose the quoted title is does not matter here.)
  assert.deepEqual(
    found.filter(([quoted]) => quoted !== 'Morning Show,'),
    [
      ['We will see,', 'Jane Doe'],
      ['Nobody knows yet.', 'Jane Doe'],
    ],
  );
});

test('quotes: someone described by their employer and an adjective is unnamed, not the employer', () => {
  assert.deepEqual(
    speakers(
      [
        'Acme Media is growing fast.',
        'One former Acme editorial employee told reporters that Doe was a “jackass.”',
        '“It is a fine place,” a senior Acme staffer said.',
      ],
      ['org:Acme Media', 'org:Acme', 'Doe'],
    ),
    [
      ['jackass.', null],
      ['It is a fine place,', null],
    ],
  );
});

test('quotes: "reports say" after a quotation is a noun and its verb, not a verb of saying before its speaker', () => {
  assert.deepEqual(
    speakers(
      [
        'John Roe, a military expert, told reporters that “credible intelligence” reports say the jets are meant for a group called Acme Brigade.',
      ],
      ['John Roe', 'org:Acme Brigade'],
    ),
    [['credible intelligence', 'John Roe']],
  );
});

test('quotes: "earlier", "once" and other time adverbs may stand between a speaker and the verb', () => {
  assert.deepEqual(
    speakers(
      [
        '“We need to work on the mail,” Acme Secretary Jane Roe earlier told Acme News. “It is a priority.”',
        'John Doe was there. “We are ready,” Doe once told reporters.',
        '“Not again,” the secretary previously said.',
      ],
      ['Jane Roe', 'org:Acme News', 'John Doe', 'Doe'],
    ),
    [
      ['We need to work on the mail,', 'Jane Roe'],
      ['It is a priority.', 'Jane Roe'],
      ['We are ready,', 'John Doe'],
      ['Not again,', 'Jane Roe'],
    ],
  );
});

test('quotes: a long lower-case description after a quotation is someone unnamed, not the one quoted before', () => {
  assert.deepEqual(
    speakers(
      [
        '“They had great times,” manager John Roe told the paper.',
        '“Rest in peace, brother,” the two remaining members of the group said.',
        '“We miss him,” two members of the band said.',
      ],
      ['John Roe'],
    ),
    [
      ['They had great times,', 'John Roe'],
      ['Rest in peace, brother,', null],
      ['We miss him,', null],
    ],
  );
});

test('quotes: a relative named after "his" or "her" is the subject who speaks after a colon', () => {
  assert.deepEqual(
    speakers(
      [
        'John Roe told the Acme News he was puzzled: “I will never know.” His son Jeff also expressed bafflement to the paper: “We had no idea.”',
        'Jane Doe was calm: “It will pass.” Her husband Jim Doe was not: “It is a disaster.”',
      ],
      ['John Roe', 'org:Acme News', 'Jeff', 'Jane Doe', 'Jim Doe'],
    ),
    [
      ['I will never know.', 'John Roe'],
      ['We had no idea.', 'Jeff'],
      ['It will pass.', 'Jane Doe'],
      ['It is a disaster.', 'Jim Doe'],
    ],
  );
});

test('quotes: a line read as a heading between the paragraphs of an open quotation neither ends it nor names its speaker', () => {
  assert.deepEqual(
    speakers(
      [
        'Jane Roe, of Acme Islands, said: "This island was owned by John Doe.',
        '"It has a private harbour.',
        'other:John Doe with his wife in 2010 (Acme)',
        '"It also has a landing strip."',
        'other:John Doe in 2012',
        '"It is for sale," an agent said.',
      ],
      ['Jane Roe', 'org:Acme Islands', 'John Doe'],
    ),
    [
      ['This island was owned by John Doe.', 'Jane Roe'],
      ['It has a private harbour.', 'Jane Roe'],
      ['It also has a landing strip.', 'Jane Roe'],
      ['It is for sale,', null],
    ],
  );
});

test('quotes: an apposition to the name that ends an opening clause is not the subject of the clause after it', () => {
  assert.deepEqual(
    speakers(
      [
        'John Doe lived in London.',
        'Months later, when a court sentenced Jane Roe, an Acme operative convicted of fraud, Doe expressed sympathy, saying he had “heard the news.”',
      ],
      ['John Doe', 'Jane Roe', 'org:Acme', 'Doe'],
    ),
    [['heard the news.', 'John Doe']],
  );
});

test('quotes: a short paragraph without quotation marks inside a quotation left open is a caption: the speech goes on after it', () => {
  assert.deepEqual(
    speakers(
      [
        "Jane Roe, of Acme Islands, told the agency: 'This island was owned by John Doe.",
        "'It has a private harbour.",
        "Is that a swimming pool? If so, it's an ambitious choice for Sweden...",
        'A yacht at the quay: John Doe bought the island when he was married',
        "'Here you can land your plane.'",
      ],
      ['Jane Roe', 'org:Acme Islands', 'John Doe'],
    ),
    [
      ['This island was owned by John Doe.', 'Jane Roe'],
      ['It has a private harbour.', 'Jane Roe'],
      ['Here you can land your plane.', 'Jane Roe'],
    ],
  );
});

test('quotes: someone counted and not named ("Another posted ...", "One user said:") is whom a "he wrote" or a quotation after a colon belongs to', () => {
  assert.deepEqual(
    speakers(
      [
        'Jane Roe issued a ruling against snowmen. “It is not allowed,” she wrote.',
        'Another posted a photo of a snowman. “The ban is fear,” he wrote.',
        'One Acme user said:',
        '“A people who are ignorant.”',
        'One released by Acme News found most were against it. “It is bad,” Roe said.',
      ],
      ['Jane Roe', 'org:Acme', 'org:Acme News', 'Roe'],
    ),
    [
      ['It is not allowed,', 'Jane Roe'],
      ['The ban is fear,', null],
      ['A people who are ignorant.', null],
      ['It is bad,', 'Jane Roe'],
    ],
  );
});

test('quotes: words in title case quoted twice in an article are a title, not anyone’s words', () => {
  assert.deepEqual(
    speakers(
      [
        'Released in 1979, “Rapper’s Delight” became a hit at Acme Records.',
        '“It felt like a new art form,” John Roe said later of “Rapper’s Delight.”',
        'Roe called it “Good Times” once.',
      ],
      ['org:Acme Records', 'John Roe'],
    ),
    [
      ['It felt like a new art form,', 'John Roe'],
      ['Good Times', 'John Roe'],
    ],
  );
});

test('quotes: someone’s spokeswoman or lawyer as a subject turns the text to them: a "she said" next is theirs', () => {
  assert.deepEqual(
    speakers(
      [
        'Jane Roe, a friend, said she was shocked. “I cannot believe it,” she said.',
        "The Prime Minister's Deputy Official Spokeswoman declined to comment, saying Acme never comments.",
        'But she said: “The Prime Minister would be concerned.”',
        'John Doe’s lawyer, Jim Hale, was in court. Jane Roe testified. Doe’s lawyer declined to comment on Friday.',
        'But he said: “My client is innocent.”',
      ],
      ['Jane Roe', 'org:Acme', 'John Doe', 'Jim Hale', 'Doe'],
    ),
    [
      ['I cannot believe it,', 'Jane Roe'],
      ['The Prime Minister would be concerned.', null],
      ['My client is innocent.', 'Jim Hale'],
    ],
  );
});

test('quotes: a name inside a quotation the speaker quotes does not make the speaker someone else', () => {
  assert.deepEqual(
    speakers(
      [
        'President John Doe held a news conference.',
        'The president insisted he would be proved right. “People said, ‘Doe is crazy,’” he said. “And it ended up a very good relationship.”',
      ],
      ['John Doe', 'Doe'],
    ),
    [
      ['People said, ‘Doe is crazy,’', 'John Doe'],
      ['And it ended up a very good relationship.', 'John Doe'],
    ],
  );
});

test('quotes: a title in marks before "issue", "segment", "program" or "report" is a title, not a quotation', () => {
  assert.deepEqual(
    speakers(
      [
        'John Roe told the magazine, which ranked him No. 12 in its annual “Reasons to Love Acme” issue, that he was “very proud.”',
        'After a “Fox and Friends” segment, the anchor for the network’s “Nightly News” program said it was “over.”',
      ],
      ['John Roe'],
    ),
    [
      ['very proud.', 'John Roe'],
      ['over.', null],
    ],
  );
});

test('quotes: a description before an irregular verb in the past ("The presenter found ... and said:") is its subject; an aside naming someone names it', () => {
  assert.deepEqual(
    speakers(
      [
        'TV gardener John Roe was surprised to find mushrooms in the palace garden.',
        'The presenter found the spotted toadstool while filming and said: “I won’t be eating any of that.”',
        'In her blog, the author, known only as Jane, wrote that she was pregnant and describes the father as “the donator”.',
      ],
      ['John Roe', 'Jane'],
    ),
    [
      ['I won’t be eating any of that.', 'John Roe'],
      ['the donator', 'Jane'],
    ],
  );
});

test('quotes: a site named before what was posted on it ("the Facebook comment") is not its author', () => {
  assert.deepEqual(
    speakers(
      [
        'John Roe followed up his first post by adding he was not joking.',
        '“I will turn myself in on Monday,” said the Facebook comment.',
      ],
      ['John Roe', 'org:Facebook'],
    ),
    [['I will turn myself in on Monday,', null]],
  );
});

test('quotes: a described subject with an aside naming someone ("the author, known only as Jane, wrote") turns the text to them', () => {
  assert.deepEqual(
    speakers(
      [
        'John Roe runs the site.',
        'In her blog, the author, known only as Jane, wrote that she was pregnant in 2012.',
        '“I was in shock,” she wrote.',
      ],
      ['John Roe', 'Jane'],
    ),
    [['I was in shock,', 'Jane']],
  );
});

test('quotes: "A spokesman for Acme confirmed ..." turns the text to someone unnamed: a "he said" next is theirs', () => {
  assert.deepEqual(
    speakers(
      [
        'Gardener John Roe spotted the mushroom while filming.',
        'A spokesman for Acme Palace confirmed the find. “There are several hundred species,” he said.',
      ],
      ['John Roe', 'org:Acme Palace'],
    ),
    [['There are several hundred species,', null]],
  );
});

test("quotes: ',\" said Acme news editor, Jane Roe' is the person titled so, not the organisation", () => {
  assert.deepEqual(
    speakers(
      [
        'John Doe was the commander.',
        '“He was always respectful,” said Acme Post news editor, Jane Roe, who was a reporter at the time.',
      ],
      ['John Doe', 'org:Acme Post', 'Jane Roe'],
    ),
    [['He was always respectful,', 'Jane Roe']],
  );
});

test('quotes: people an organisation’s name qualifies ("Acme loyalists", "Twitter accounts linked to Acme") are unnamed, not the organisation', () => {
  assert.deepEqual(
    speakers(
      [
        'Acme loyalists on social media posted notes, including one image that said “Team USA.”',
        'Twitter accounts linked to the group, also known as Acme, claimed that the boy “got martyred” in Syria.',
      ],
      ['org:Acme', 'org:Twitter'],
    ),
    [
      ['Team USA.', null],
      ['got martyred', null],
    ],
  );
});

test('quotes: "reports" after a quotation and before a participle ("“credible” reports given to states") is a noun, not a verb before its speaker', () => {
  assert.deepEqual(
    speakers(
      [
        'John Roe said “credible intelligence” reports given to states in the region indicated the Acme Brigade “is plotting attacks.”',
      ],
      ['John Roe', 'org:Acme Brigade'],
    ),
    [
      ['credible intelligence', 'John Roe'],
      ['is plotting attacks.', 'John Roe'],
    ],
  );
});

test('quotes: a web address in marks, as markup left in the text has them, is no quotation', () => {
  assert.deepEqual(
    speakers(
      [
        'Source: Acme News',
        '<a href="http://www.example.com/watch/"> Watch </a>',
        'John Roe said it was “fine.”',
      ],
      ['org:Acme News', 'John Roe'],
    ),
    [['fine.', 'John Roe']],
  );
});

test('quotes: people a name qualifies do not take a quotation from a pronoun that says it ("Acme loyalists, he said, “are ...”")', () => {
  assert.deepEqual(
    speakers(
      ['John Roe spoke on Friday. Acme loyalists who back the plan, he said, “are wrong.”'],
      ['John Roe', 'org:Acme'],
    ),
    [['are wrong.', 'John Roe']],
  );
});

test('quotes: strings of script or data left in scraped text are no quotations', () => {
  assert.deepEqual(
    speakers(
      [
        'John Roe said it was “fine.”',
        '<!-- ad_client = "pub-123"; ad_type = "text"; //--> $("#live").liveNow({ "interval" : "10000" });',
      ],
      ['John Roe'],
    ),
    [['fine.', 'John Roe']],
  );
});

test('quotes: a show named after "the CNN program" or "told Jane Roe on" is a title, not a quotation', () => {
  assert.deepEqual(
    speakers(
      [
        '“I don’t see how,” John Doe said on the Acme News program “State of the Nation.”',
        '“We will do it,” he told Acme News’ Jane Roe on “Acme Newsroom,” when asked.',
        'He appeared to call on the “Deep State” department to act.',
      ],
      ['John Doe', 'org:Acme News', 'Jane Roe'],
    ),
    [
      ['I don’t see how,', 'John Doe'],
      ['We will do it,', 'John Doe'],
      ['Deep State', 'John Doe'],
    ],
  );
});

test("quotes: ',\" says a recent report from Acme' is the author the document is from", () => {
  assert.deepEqual(
    speakers(
      [
        'John Roe spent a lot on dinner.',
        '“A firm this rich should pay well,” says a recent report from Acme News. “It does not.”',
        '“We grieve,” said a statement from Acme Hospital, where he was treated.',
      ],
      ['John Roe', 'org:Acme News', 'org:Acme Hospital'],
    ),
    [
      ['A firm this rich should pay well,', 'Acme News'],
      ['It does not.', 'Acme News'],
      ['We grieve,', 'Acme Hospital'],
    ],
  );
});

test('quotes: a statement attributed to a group is the group’s', () => {
  assert.deepEqual(
    speakers(
      [
        'A statement attributed to Acme and posted online said the house was hit. Its authenticity could not be verified.',
        '“Not a single fighter was hit,” the statement said.',
      ],
      ['org:Acme'],
    ),
    [['Not a single fighter was hit,', 'Acme']],
  );
});

test('quotes: "he" with nobody else named before is the one person named as an owner ("Jane Doe’s truck")', () => {
  assert.deepEqual(
    speakers(
      [
        'A plumber is getting threats.',
        'Jim Doe’s former Acme pick-up truck was used in a propaganda video.',
        'Since then his company has been bombarded with calls.',
        '“Some of the people are really ugly,” he told a local paper.',
      ],
      ['Jim Doe', 'org:Acme'],
    ),
    [['Some of the people are really ugly,', 'Jim Doe']],
  );
  // Two owners: nobody to tell which.
  assert.deepEqual(
    speakers(
      ['Jim Doe’s truck hit John Roe’s car.', '“It was ugly,” he told a local paper.'],
      ['Jim Doe', 'John Roe'],
    ),
    [['It was ugly,', null]],
  );
});

test('quotes: a quotation alone after a caption that quotes someone does not go on from the caption', () => {
  assert.deepEqual(
    speakers(
      [
        'One user, with the handle Acme, said: “Most of his videos are staged.',
        'caption: Doubts: viewers cite “flaws” in the footage. Jim Doe is known for his “prank” videos',
        '“I asked him for a shout-out, but it never happened.”',
      ],
      ['Jim Doe'],
    ),
    [
      ['Most of his videos are staged.', null],
      ['flaws', null],
      ['prank', 'Jim Doe'],
      ['I asked him for a shout-out, but it never happened.', null],
    ],
  );
});

test('quotes: the one judged or named in the passive is not the one quoted ("Doe slammed for “cheap stunt”", "was described as")', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Doe slammed for “cheap stunt”',
        'Growing up, Jim Doe was described as a “polite, mild-mannered” man.',
        'John Roe, 47, dubbed the “guru in bling”, runs a sect.',
        'Roe under fire from both sides over ‘highly inappropriate’ comments',
        'Jim Doe, Sergeant-At-Arms, Shoots a Suspect in Ottawa; Called a ‘Hero’',
        'It ran a photo of Jane Poe, which the former governor — and many others — called “sexist.”',
        'John Roe refuted what he described as “misleading” reports. He called for “a balanced approach.”',
        'Jane Poe said a doctor was called in to remove a “tropical spider”.',
      ],
      ['Jim Doe', 'John Roe', 'Jane Poe'],
    ),
    [
      ['cheap stunt', null],
      ['polite, mild-mannered', null],
      ['guru in bling', null],
      ['highly inappropriate', null],
      ['Hero', null],
      ['sexist.', 'Jane Poe'],
      ['misleading', 'John Roe'],
      ['a balanced approach.', 'John Roe'],
      ['tropical spider', 'Jane Poe'],
    ],
  );
});

test('quotes: people a name only qualifies are the unnamed subject of quoted words, and no "he" after them ("Acme fighters are “...”")', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Doe said “we are winning.” The Acme fighters are “mostly in the east.”',
        'He saluted what he called the “incredible resistance” of the defenders.',
        'Acme sympathisers took to social media to praise the “cub fighter”.',
      ],
      ['Jim Doe', 'org:Acme'],
    ),
    [
      ['we are winning.', 'Jim Doe'],
      ['mostly in the east.', null],
      ['incredible resistance', 'Jim Doe'],
      ['cub fighter', null],
    ],
  );
});

test('quotes: no name in an apposition or as a modifier speaks, nor a place after the verb’s first words', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Poe won the vote.',
        '“Stand strong,” tweeted the Springfield, Ill., chapter of Acme Nation, a leader in the progressive, Resist Poe movement.',
        'Acme for America, the committee founded by former candidate Jim Doe, also said: “Look no further.”',
        'The calls began on Sunday night, when Senate Leader John Roe, R-Ky., suggested a deal.',
        '“The talks will continue,” he said.',
      ],
      ['Jim Poe', 'Poe', 'place:Springfield', 'place:Ill.', 'org:Acme Nation', 'Jim Doe', 'John Roe'],
    ),
    [
      ['Stand strong,', 'Acme Nation'],
      ['Look no further.', null],
      ['The talks will continue,', 'John Roe'],
    ],
  );
});

test('quotes: the name an opening participle takes as its object does not speak for the pronoun after the quote', () => {
  assert.deepEqual(
    speakers(
      [
        '“We have never been prouder of our son,” Jane Roe wrote.',
        'Praising Jim Roe as “an extraordinary son,” she asked for privacy.',
        'Praising Jim Roe as “a loyal friend” on Tuesday, John Poe asked the same.',
      ],
      ['Jane Roe', 'Jim Roe', 'John Poe'],
    ),
    [
      ['We have never been prouder of our son,', 'Jane Roe'],
      ['an extraordinary son,', 'Jane Roe'],
      ['a loyal friend', 'John Poe'],
    ],
  );
});

test('quotes: nobody named in an aside in brackets before the verb speaks; a name alone in them is the one before', () => {
  assert.deepEqual(
    speakers(
      [
        'Another resident, Jim Roe (who Acme Weekly suggests was one of the investigators), said, “I heard footsteps.”',
        'A statement from the Centre for Peace (CFP) said: “We believe it.”',
      ],
      ['Jim Roe', 'org:Acme Weekly', 'org:Centre for Peace', 'org:CFP'],
    ),
    [
      ['I heard footsteps.', 'Jim Roe'],
      ['We believe it.', 'Centre for Peace'],
    ],
  );
});

test('quotes: a title of rank tells the sex a pronoun must fit ("Queen Jane Roe" is no "he")', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Doe, the gardener, showed the plants.',
        'Queen Jane Roe met guests at the party.',
        '“It was lovely,” he said.',
      ],
      ['Jim Doe', 'Jane Roe'],
    ),
    [['It was lovely,', 'Jim Doe']],
  );
});

test('quotes: after opening clauses with a quotation in them, the main clause’s subject is whom a "he said" next stands for', () => {
  assert.deepEqual(
    speakers(
      [
        '“The governor was never aware of it,” said Roe press secretary Jane Poe. “He first learned of this tonight.”',
        'Weeks before the election, asked if the campaign was “in cahoots” with Acme, Roe denied it. “Nothing could be further from the truth,” he said.',
      ],
      ['Jane Poe', 'Roe', 'org:Acme'],
    ),
    [
      ['The governor was never aware of it,', 'Jane Poe'],
      ['He first learned of this tonight.', 'Jane Poe'],
      ['in cahoots', null],
      ['Nothing could be further from the truth,', 'Roe'],
    ],
  );
});

test('quotes: words a sentence gives to someone by name in its closing clause are theirs, though quoted before', () => {
  assert.deepEqual(
    speakers(
      [
        'Acme eyes 2015 “deal spree”',
        'The company will go on a “deal spree” in 2015 if markets allow, Jim Doe told the paper in December.',
      ],
      ['org:Acme', 'Jim Doe'],
    ),
    [
      ['deal spree', 'Acme'],
      ['deal spree', 'Jim Doe'],
    ],
  );
});

test('quotes: a name in a "that" clause after a quoted word is no attribution of it', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Doe also reports that there are “strong” rumours that John Roe called the president.',
        'Thousands “liked” photos that Jane Poe posted on Wednesday.',
      ],
      ['Jim Doe', 'John Roe', 'Jane Poe'],
    ),
    [
      ['strong', 'Jim Doe'],
      ['liked', null],
    ],
  );
});

test('quotes: the person before an apposition that names where they work speaks, not the workplace', () => {
  assert.deepEqual(
    speakers(
      [
        'They like it because—as Jim Doe, managing editor of the paper Acme Daily, told the Mirror—“we are proud of it.”',
      ],
      ['Jim Doe', 'org:Acme Daily', 'org:Mirror'],
    ),
    [['we are proud of it.', 'Jim Doe']],
  );
});

test('quotes: an outlet that reports what someone said relays it; one reported or quoted "as saying" says it', () => {
  assert.deepEqual(
    speakers(
      [
        'Residents said they saw the animal.',
        'Acme News reports that one eyewitness, Jane Roe, told a local television station, “The creature was big.”',
        'Acme News reports a police spokesperson as saying: “Law and order has to be maintained.”',
        'The paper cited Jim Doe as saying that animals are “as near to God as men are.”',
        'John Poe was quoted by Acme News as saying: “We will be watching.”',
      ],
      ['Jane Roe', 'Jim Doe', 'John Poe', 'org:Acme News'],
    ),
    [
      ['The creature was big.', 'Jane Roe'],
      ['Law and order has to be maintained.', null],
      ['as near to God as men are.', 'Jim Doe'],
      ['We will be watching.', 'John Poe'],
    ],
  );
});

test('quotes: a name someone or something is "known as" (or "known among ... as"), or a thing "called" or "named", is nobody’s words', () => {
  assert.deepEqual(
    speakers(
      [
        'The Acme Post reported that the three men known as “John,” “George,” and “Ringo” had formed a gang.',
        'Jim Doe, known as “Woz,” co-founded the company. Acme named him one of three men known among former hostages as “The Twins.”',
        'Jim Doe was known as the world’s “best engineer” for years.',
        'Doe tweeted a link to a video called "Behind the scenes" on Monday. He is in a British group called “the Gang.”',
        '“We won,” Jim Doe said, pointing to a man named “Sam.”',
        'It ran a photo of Jim Doe, which the former governor called “sexist.”',
      ],
      ['org:Acme Post', 'Jim Doe', 'Doe', 'org:Acme'],
    ),
    [
      ['John,', null],
      ['George,', null],
      ['Ringo', null],
      ['Woz,', null],
      ['The Twins.', null],
      ['best engineer', null],
      ['Behind the scenes', null],
      ['the Gang.', null],
      ['We won,', 'Jim Doe'],
      ['Sam.', null],
      ['sexist.', 'Jim Doe'],
    ],
  );
});

test('quotes: an outlet that reports words someone unnamed said is not their speaker', () => {
  assert.deepEqual(
    speakers(
      [
        'The man was left bleeding.',
        'One local said: "No one went to help the man," the Acme Mirror reports.',
      ],
      ['org:Acme Mirror'],
    ),
    [['No one went to help the man,', null]],
  );
});

test('quotes: a second verb joined by "and" shares the pronoun subject of the first, not the name between', () => {
  assert.deepEqual(
    speakers(
      [
        '“People came together,” said Jane Roe, a student.',
        'She was at the rally to see Doe and called him a “relatable guy.”',
      ],
      ['Jane Roe', 'Doe'],
    ),
    [
      ['People came together,', 'Jane Roe'],
      ['relatable guy.', 'Jane Roe'],
    ],
  );
});

test('quotes: "who said" is the one "who" stands for: the name right before it, or someone described', () => {
  assert.deepEqual(
    speakers(
      [
        'The image was shared widely.',
        'The Acme Post talked to a spokesperson from Jim Doe\'s camp who said "We can confirm this is not by him."',
        'The Acme Post talked to Jane Roe, who said "It is not his."',
        'John Poe, a writer for a fake site who claims "Aliens landed."',
      ],
      ['org:Acme Post', 'Jim Doe', 'Jane Roe', 'John Poe'],
    ),
    [
      ['We can confirm this is not by him.', null],
      ['It is not his.', 'Jane Roe'],
      ['Aliens landed.', 'John Poe'],
    ],
  );
});

test('quotes: a site before what is on it ("A Twitter account set up by his family said") is no speaker', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Doe was kidnapped in 2012.',
        'A Twitter account set up by Mr. Doe’s family said early on Wednesday: “We know that many of you are looking for answers.”',
      ],
      ['Jim Doe', 'Doe', 'org:Twitter'],
    ),
    [['We know that many of you are looking for answers.', null]],
  );
});

test('quotes: after words of nobody the text turns to (the judge of one named in a passive), "he" is still the one it was about', () => {
  assert.deepEqual(
    speakers(
      [
        'Growing up, Jim Doe was described as a “polite, mild-mannered” man. “I liked school,” he said.',
        'John Roe, 47, dubbed the “guru in bling”, runs a sect. “I am rich,” he said.',
      ],
      ['Jim Doe', 'John Roe'],
    ),
    [
      ['polite, mild-mannered', null],
      ['I liked school,', 'Jim Doe'],
      ['guru in bling', null],
      ['I am rich,', 'John Roe'],
    ],
  );
});

test('quotes: a description with a party’s or nationality’s adjective after the verb is someone unnamed', () => {
  assert.deepEqual(
    speakers(
      [
        '“I intend to file cloture this week,” Jim Doe said.',
        '“We already have things on the calendar,” said the Democratic staffer, noting the schedule.',
        '“It is over,” said a senior Israeli official.',
      ],
      ['Jim Doe'],
    ),
    [
      ['I intend to file cloture this week,', 'Jim Doe'],
      ['We already have things on the calendar,', null],
      ['It is over,', null],
    ],
  );
});

test('quotes: "Acme reports Jane Roe ..., saying" gives the words to the one reported on, not the outlet', () => {
  assert.deepEqual(
    speakers(
      [
        'The Acme Times reports Jane Roe on Friday first set out her position, saying it is not a matter for “judges.”',
      ],
      ['org:Acme Times', 'Jane Roe'],
    ),
    [['judges.', 'Jane Roe']],
  );
});

test('quotes: "said Doe’s publicist to the Post" is someone of Doe’s, not a name later in the sentence', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Doe and Jane Roe were asked about a reunion.',
        'The tale is “rubbish,” said Doe’s publicist to the Post, backing up what Roe had said in May - a reunion was “[not] very likely.”',
        '“No,” said Roe’s lawyer, Ann Poe.',
      ],
      ['Jim Doe', 'Jane Roe', 'Doe', 'Roe', 'org:Post', 'Ann Poe'],
    ),
    [
      ['rubbish,', null],
      ['[not] very likely.', 'Jane Roe'],
      ['No,', 'Ann Poe'],
    ],
  );
});

test('quotes: the one a thing is about ("autopsies performed on Doe", "a report on Doe") is not its speaker', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Roe met the officer on Monday.',
        'At least two autopsies performed on Jane Doe have concluded she died after being shot, including a fatal “kill shot” to the head.',
        'An investigation into Jane Doe concluded she was “unarmed.”',
        'A report by Jane Doe said it was “a disgrace.”',
      ],
      ['Jim Roe', 'Jane Doe'],
    ),
    [
      ['kill shot', null],
      ['unarmed.', null],
      ['a disgrace.', 'Jane Doe'],
    ],
  );
});

test('quotes: a title with a work in apposition after it ("“The Network,” the 2010 film about") is no quotation', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Doe won an Oscar for writing “The Network,” the 2010 film about a website.',
        '“Hard Work,” the film’s director said of it.',
      ],
      ['Jim Doe'],
    ),
    [['Hard Work,', null]],
  );
});

test('quotes: "A lawyer for Mr. Doe, Jim Roe of Acme, confirmed ... and said" is Roe’s, the one in apposition', () => {
  assert.deepEqual(
    speakers(
      [
        'Jane Doe was charged.',
        'A lawyer for Ms. Doe, Jim Roe of Acme Partners, confirmed in a statement that prosecutors intended to file charges against his client and said that Ms. Doe “asserts her innocence.”',
        'A spokeswoman for Ms. Doe said she was “calm.”',
      ],
      ['Jane Doe', 'Ms. Doe', 'Jim Roe', 'org:Acme Partners'],
    ),
    [
      ['asserts her innocence.', 'Jim Roe'],
      ['calm.', null],
    ],
  );
});

test('quotes: a pronoun inside an aside after a description ("The official, speaking ... since he was not authorized,") is the one described', () => {
  assert.deepEqual(
    speakers(
      [
        'A senior intelligence official said a drone targeted Jim Doe as he left a meeting. Doe, also known as Abu Roe, is the group’s spiritual leader.',
        'The official, speaking on condition of anonymity since he was not authorized to speak to the media, said intelligence indicated Doe “might have been killed.”',
        'Jane Roe, who said he had left, told reporters Doe was “gone.”',
      ],
      ['Jim Doe', 'Doe', 'Abu Roe', 'Jane Roe'],
    ),
    [
      ['might have been killed.', null],
      ['gone.', 'Jane Roe'],
    ],
  );
});

test('quotes: a pronoun opening a clause inside an unnamed subject ("A man ... where she is going says:") is not the speaker', () => {
  assert.deepEqual(
    speakers(
      [
        'In the blog, Jane Doe details a flight to a rally.',
        'A man sat next to her upon discovering where she is going says: "You need to learn your place."',
        'Doe says she was "shaken."',
      ],
      ['Jane Doe', 'Doe'],
    ),
    [
      ['You need to learn your place.', null],
      ['shaken.', 'Jane Doe'],
    ],
  );
});

test('quotes: a verb of saying in a clause before the quotation’s, which has a subject of its own, is not its attribution', () => {
  assert.deepEqual(
    speakers(
      [
        'Jane Doe weighed the bill.',
        'An executive from Acme called Ms. Doe to urge her to reject it, and Jim Roe, chairman of Acme Air, sent her a letter citing the state’s “economic comeback.”',
        'The program is an important issue, Jim Roe said, but “it is not the bread and butter.”',
        'Ann Lee said Wednesday that her envoy, Jim Roe, and senior adviser, Jane Doe, held a “very good” meeting.',
      ],
      ['Jane Doe', 'Ms. Doe', 'org:Acme Air', 'org:Acme', 'Jim Roe', 'Ann Lee'],
    ),
    [
      ['economic comeback.', 'Jim Roe'],
      ['it is not the bread and butter.', 'Jim Roe'],
      ['very good', 'Ann Lee'],
    ],
  );
});

test('quotes: "Per Harig," opens a sentence before its subject; a "he" next is the subject, not the source', () => {
  assert.deepEqual(
    speakers(
      [
        'Dan Olsen retracted his claims, courtesy of Bob Harig.',
        'Per Harig, Olsen claimed on a radio show in Lansing that Woods had been suspended for a month. He also claimed that Woods used a "cheater ball."',
      ],
      ['Dan Olsen', 'Bob Harig', 'Olsen', 'Harig', 'Woods', 'place:Lansing'],
    ),
    [['cheater ball.', 'Dan Olsen']],
  );
});

test('quotes: verbs joined inside a clause of time ("after the man approached him and asked") share that clause’s subject', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Roe, a Democrat, is seen grabbing the wrist of a young man after the man approached the congressman and asked if he supported the "agenda."',
        '"That is no excuse for my response," he added.',
        'Jane Doe left the room after Jim Roe approached her and asked about the "plan."',
        'Jane Doe approached Jim Roe and asked about the "budget."',
      ],
      ['Jim Roe', 'Jane Doe'],
    ),
    [
      ['agenda.', null],
      ['That is no excuse for my response,', 'Jim Roe'],
      ['plan.', 'Jim Roe'],
      ['budget.', 'Jane Doe'],
    ],
  );
});

test('quotes: a named owner’s claim or view "that ..." (or "on Sunday that ...") after the verb of saying is the owner’s; a judgement of their comments is not', () => {
  assert.deepEqual(
    speakers(
      [
        'Jane Doe, the attorney general, weighed the suit.',
        'Jim Roe told the Post that his group agrees with Doe’s opinion that the suit is "without merit."',
        'Ann Poe called Doe’s comments "unacceptable."',
        'Roe also dismissed Ben Lee’s comment on Sunday that his party is under a "reign of terror" from its right.',
      ],
      ['Jane Doe', 'Doe', 'Jim Roe', 'org:Post', 'Ann Poe', 'Ben Lee', 'Roe'],
    ),
    [
      ['without merit.', 'Jane Doe'],
      ['unacceptable.', 'Ann Poe'],
      ['reign of terror', 'Ben Lee'],
    ],
  );
});

test('quotes: "the famous Jim Roe sentence “...”" is Roe’s words, not the subject’s', () => {
  assert.deepEqual(
    speakers(
      ['For a subtitle, Jane Doe chose the famous Jim Roe sentence "War is fought by human beings."'],
      ['Jane Doe', 'Jim Roe'],
    ),
    [['War is fought by human beings.', 'Jim Roe']],
  );
});

test('quotes: a verb after the quotation whose phrase goes on ("rapped in his verses about Roe") is the sentence subject’s, not inverted', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Doe loved to rap about Ann Lane.',
        'Doe, known in his songs as "the grandmaster of the house,” rapped in his verses about competing with Jane Roe for Ann Lane.',
        'Jane Roe, director of Acme’s “Community Wellbeing,” said in an email to the Post that the term was “outdated.”',
      ],
      ['Jim Doe', 'Doe', 'Ann Lane', 'Jane Roe', 'org:Post', 'org:Acme'],
    ),
    [
      ['the grandmaster of the house,', 'Jim Doe'],
      ['outdated.', 'Jane Roe'],
    ],
  );
});

test('quotes: a verb of saying in the sentence’s opening clause ("When Acme predicted ..., Doe said:") relays nothing', () => {
  assert.deepEqual(
    speakers(
      [
        'Jim Doe said Acme had taken defensive action.',
        'When Acme predicted a sluggish first half, Doe said: "It was not as bad."',
        'Asked by Jane Roe about his claims, Doe insisted that this was "a fact."',
      ],
      ['Jim Doe', 'Doe', 'org:Acme', 'Jane Roe'],
    ),
    [
      ['It was not as bad.', 'Jim Doe'],
      ['a fact.', 'Jim Doe'],
    ],
  );
});
