import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTitle, roleKey, titleClash } from './titles.ts';

const parsed: Array<
  [string, string, { office?: string; affiliation?: string; timeShifted?: boolean; deputy?: boolean }]
> = [
  ['country before the office', 'Russian President', { office: 'president', affiliation: 'russia' }],
  [
    'initialism country',
    'U.S. Secretary of State',
    { office: 'secretary of state', affiliation: 'united states' },
  ],
  [
    'organisation after "of"',
    'president of the Council on Foreign Relations',
    { office: 'president', affiliation: 'council on foreign relations' },
  ],
  ['vice is its own office', 'Vice President', { office: 'vice president' }],
  [
    '"former" is another time',
    'former Secretary of State',
    { office: 'secretary of state', timeShifted: true },
  ],
  ['a deputy', 'Deputy Secretary of State', { office: 'secretary of state', deputy: true }],
  ['no office in an envoy', 'U.S. Special Envoy', { affiliation: 'united states' }],
  [
    '"Justice Department spokesman" is a spokesperson',
    'Justice Department spokesman',
    { office: 'spokesperson' },
  ],
  [
    '"under President Obama" is no under-secretary',
    'Under President',
    { office: 'president', deputy: false },
  ],
  ['a title running into another name', 'mayor of Chicago and Mr.', {}],
];

for (const [why, text, expected] of parsed) {
  test(`titles: parse ${why}`, () => {
    const title = parseTitle(text);
    assert.equal(title.office, expected.office);
    if (expected.affiliation !== undefined) assert.equal(title.affiliation, expected.affiliation);
    assert.equal(title.timeShifted, expected.timeShifted ?? false);
    if (expected.deputy !== undefined) assert.equal(title.deputy, expected.deputy);
  });
}

const clashes: Array<[string, string, string, boolean]> = [
  ['envoy variants never clash', 'envoy', 'special envoy', false],
  ['same office, one with its country', 'President', 'Russian President', false],
  ['different offices', 'Secretary of State', 'Defense Secretary', true],
  ['same office, different countries', 'U.S. President', 'Russian President', true],
  ['the Speaker is also a Representative', 'House Speaker', 'Representative', false],
  ['president and vice president', 'President', 'Vice President', true],
  ['a former office is no clash', 'former Governor', 'Senator', false],
  [
    'organisations are written many ways',
    "spokesman for Mueller's office",
    'spokesman for the special counsel',
    false,
  ],
  ['a deputy spokesperson is a spokesperson', 'Deputy Spokesperson', 'spokeswoman', false],
  [
    'a deputy attorney general is not the attorney general',
    'Deputy Attorney General',
    'Attorney General',
    true,
  ],
];

for (const [why, a, b, clash] of clashes) {
  test(`titles: ${why}`, () => assert.equal(titleClash(parseTitle(a), parseTitle(b)) !== undefined, clash));
}

test('titles: a role needs an office held by one person and its country', () => {
  assert.equal(roleKey(parseTitle('Russian President')), 'president@russia');
  assert.equal(roleKey(parseTitle('President')), undefined);
  assert.equal(roleKey(parseTitle('Texas Senator')), undefined);
  assert.equal(roleKey(parseTitle('former Russian President')), undefined);
});
