import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Block, Entity, Person, Sentence } from '../../model/index.ts';
import { findClaims } from './index.ts';

const text =
  'Trump said Wednesday that Steve Witkoff held a five-hour meeting Tuesday with Vladimir Putin in Moscow.\n\n' +
  'Putin attends a meeting in Moscow on December 2, 2025.';
const firstEnd = text.indexOf('\n');
const blocks: Block[] = [
  { kind: 'body', span: [0, firstEnd] },
  { kind: 'caption', span: [firstEnd + 2, text.length] },
];
const sentences: Sentence[] = blocks.map((b, i) => ({ span: b.span, block: i }));
const at = (name: string, from = 0): [number, number] => {
  const start = text.indexOf(name, from);
  return [start, start + name.length];
};
const person = (name: string, ...spans: [number, number][]): Person => ({
  name,
  variants: [name],
  titles: [],
  spans,
});
const people = [
  person('Trump', at('Trump')),
  person('Steve Witkoff', at('Steve Witkoff')),
  person('Vladimir Putin', at('Vladimir Putin')),
];
const places: Entity[] = [{ name: 'Moscow', variants: ['Moscow'], spans: [at('Moscow')] }];
const dates = [
  { text: 'Wednesday', value: '2025-12-03', grain: 'day' as const, span: at('Wednesday') },
  { text: 'Tuesday', value: '2025-12-02', grain: 'day' as const, span: at('Tuesday') },
];

test('claims: reported speech is attributed, and its slots are those of what was said', () => {
  const claims = findClaims(text, 'a1', blocks, sentences, {
    people,
    organizations: [],
    places,
    dates,
    quotes: [],
  });
  assert.equal(claims.length, 1, 'the caption gives no claim');
  const [claim] = claims;
  assert.equal(claim?.attributedTo, 'Trump');
  assert.equal(claim?.subject, 'Steve Witkoff');
  assert.equal(claim?.predicate, 'held');
  assert.equal(claim?.object, 'Vladimir Putin');
  assert.equal(claim?.when, '2025-12-02');
  assert.equal(claim?.where, 'Moscow');
  assert.deepEqual(claim?.span, [0, firstEnd]);
});

test('claims: speaker, subject, object and place are looked up among the mentions of their own sentence', () => {
  const story =
    'Jane Roe and John Doe said Acme Corp met Beta Group in Paris. Mary Major met nobody in Rome.';
  const second = story.indexOf('Mary');
  const spanOf = (name: string): [number, number] => [story.indexOf(name), story.indexOf(name) + name.length];
  const entity = (name: string) => ({ name, variants: [name], spans: [spanOf(name)] });
  const claims = findClaims(
    story,
    'a2',
    [{ kind: 'body', span: [0, story.length] }],
    [
      { span: [0, second - 1], block: 0 },
      { span: [second, story.length], block: 0 },
    ],
    {
      people: ['Mary Major', 'John Doe', 'Jane Roe'].map((name) => ({ ...entity(name), titles: [] })),
      organizations: [entity('Beta Group'), entity('Acme Corp')],
      places: [entity('Rome'), entity('Paris')],
      dates: [],
      quotes: [],
    },
  );
  assert.deepEqual(
    claims.map(({ attributedTo, subject, predicate, object, where }) => ({
      attributedTo,
      subject,
      predicate,
      object,
      where,
    })),
    [
      {
        attributedTo: 'John Doe',
        subject: 'Acme Corp',
        predicate: 'met',
        object: 'Beta Group',
        where: 'Paris',
      },
      {
        attributedTo: undefined,
        subject: 'Mary Major',
        predicate: 'met',
        object: 'nobody in Rome',
        where: 'Rome',
      },
    ],
  );
});

test('claims: the object words after the verb are those a split at separators and white space gives', () => {
  // The words are matched, not split twice, for speed: any text after the verb must give the same.
  const splitObject = (rest: string): string | undefined => {
    const words = rest.split(/[,;:]/)[0]!.trim().split(/\s+/).slice(0, 8).join(' ');
    return words ? words.replace(/[.!?”"]+$/, '') : undefined;
  };
  // Mostly short words and spaces, so that more than eight words before a separator are common.
  const unit = fc.oneof(
    { arbitrary: fc.constantFrom('ab', ' '), weight: 8 },
    {
      arbitrary: fc.constantFrom(
        'é',
        '  ',
        '\t',
        '\n',
        '\u00a0',
        '\u2028',
        ',',
        ';',
        ':',
        '.',
        '!',
        '”',
        '"',
        '-',
      ),
      weight: 2,
    },
  );
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 60, size: 'max' }), (rest) => {
      const sentence = `Workers held ${rest}`;
      const [claim] = findClaims(
        sentence,
        'p',
        [{ kind: 'body', span: [0, sentence.length] }],
        [{ span: [0, sentence.length], block: 0 }],
        { people: [], organizations: [], places: [], dates: [], quotes: [] },
      );
      if (claim === undefined) return; // not two words: no claim either way
      assert.equal(claim.predicate, 'held');
      assert.equal(claim.object, splitObject(` ${rest}`));
    }),
    { numRuns: 2000 },
  );
});
