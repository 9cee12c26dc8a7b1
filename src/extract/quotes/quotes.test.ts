import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, EntityMention, Sentence } from '../../model/index.ts';
import { groupPeople } from '../people/index.ts';
import { splitSentences } from '../sentences/index.ts';
import { findQuotes } from './index.ts';
import { findQuoteMarks } from './marks.ts';

/** Paragraphs as blocks, with person names marked by hand as the recogniser would. */
function speakers(paragraphs: string[], names: string[]): Array<[string, string | null]> {
  const text = paragraphs.join('\n\n');
  const blocks: Block[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    blocks.push({ kind: 'body', span: [at, at + paragraph.length] });
    at += paragraph.length + 2;
  }
  const sentences: Sentence[] = blocks.flatMap((b, i) =>
    splitSentences(text, b.span).map((span) => ({ span, block: i })),
  );
  const mentions: EntityMention[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const overlapping = mentions.some((m) => m.span[0] <= i && i < m.span[1]);
      if (!overlapping) mentions.push({ type: 'person', span: [i, i + name.length] });
    }
  }
  mentions.sort((a, b) => a.span[0] - b.span[0]);
  const { people, organizations } = groupPeople(text, sentences, mentions);
  return findQuotes(text, blocks, sentences, people, organizations).quotes.map((q) => [q.text, q.speaker]);
}

test('quotes: marks of every kind, open quotes run to the end of the paragraph', () => {
  const text = 'He said “yes” and "no" and ‘Very Good’, didn’t he? “Still open';
  const found = findQuoteMarks(text, [0, text.length]).map((q) => [
    text.slice(q.span[0], q.span[1]),
    q.closed,
  ]);
  assert.deepEqual(found, [
    ['yes', true],
    ['no', true],
    ['Very Good', true],
    ['Still open', false],
  ]);
});

const cases: Array<[string, string[], string[], Array<[string, string | null]>]> = [
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
    'pronoun takes the latest speaker',
    ['Marco Rubio said it was “hard.”', 'Then Putin arrived. “We are not close,” he stated.'],
    ['Marco Rubio', 'Putin'],
    [
      ['hard.', 'Marco Rubio'],
      ['We are not close,', 'Marco Rubio'],
    ],
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
  ['nobody to attribute', ['The meeting was called “productive” in reports.'], [], [['productive', null]]],
];

for (const [why, paragraphs, names, expected] of cases)
  test(`quotes: ${why}`, () => assert.deepEqual(speakers(paragraphs, names), expected));
