/**
 * Reads a title as written ("Russian President", "U.S. Secretary of State", "president of the
 * Council on Foreign Relations") into what the cross-check compares: the office, whose office it
 * is (a country or an organisation), and whether the title is about another time ("former").
 * Only offices in the tables below are compared; any other title is kept but never disputed,
 * because "adviser" and "aide" are not different jobs.
 */

export interface ParsedTitle {
  readonly text: string;
  /** Canonical office ("president", "secretary of state"), when the title names a known one. */
  readonly office?: string;
  /** Country or organisation the office belongs to, normalised ("russia", "council on foreign relations"). */
  readonly affiliation?: string;
  /** Countries have one spelling here; organisations are written many ways ("Mueller's office" = "the special counsel"). */
  readonly affiliationIsCountry: boolean;
  /** "former", "then-", "-elect", "incoming": the title is about another time than the story. */
  readonly timeShifted: boolean;
  /** "deputy", "vice", "assistant", "acting" change the rank: not the office itself. */
  readonly deputy: boolean;
}

const countries: Readonly<Record<string, string>> = {
  'u.s.': 'united states',
  us: 'united states',
  'u.s': 'united states',
  american: 'united states',
  america: 'united states',
  'united states': 'united states',
  'white house': 'united states',
  russian: 'russia',
  russia: 'russia',
  kremlin: 'russia',
  ukrainian: 'ukraine',
  ukraine: 'ukraine',
  british: 'united kingdom',
  'u.k.': 'united kingdom',
  uk: 'united kingdom',
  britain: 'united kingdom',
  french: 'france',
  france: 'france',
  german: 'germany',
  germany: 'germany',
  chinese: 'china',
  china: 'china',
  japanese: 'japan',
  japan: 'japan',
  israeli: 'israel',
  israel: 'israel',
  palestinian: 'palestine',
  iranian: 'iran',
  iran: 'iran',
  iraqi: 'iraq',
  iraq: 'iraq',
  syrian: 'syria',
  syria: 'syria',
  afghan: 'afghanistan',
  afghanistan: 'afghanistan',
  pakistani: 'pakistan',
  pakistan: 'pakistan',
  indian: 'india',
  india: 'india',
  turkish: 'turkey',
  turkey: 'turkey',
  egyptian: 'egypt',
  egypt: 'egypt',
  saudi: 'saudi arabia',
  canadian: 'canada',
  canada: 'canada',
  mexican: 'mexico',
  mexico: 'mexico',
  brazilian: 'brazil',
  venezuelan: 'venezuela',
  cuban: 'cuba',
  italian: 'italy',
  spanish: 'spain',
  polish: 'poland',
  australian: 'australia',
  'north korean': 'north korea',
  'south korean': 'south korea',
  korean: 'korea',
  belarusian: 'belarus',
  hungarian: 'hungary',
  greek: 'greece',
  dutch: 'netherlands',
  swedish: 'sweden',
  finnish: 'finland',
  norwegian: 'norway',
  danish: 'denmark',
  qatari: 'qatar',
  emirati: 'united arab emirates',
  lebanese: 'lebanon',
  jordanian: 'jordan',
  libyan: 'libya',
  nigerian: 'nigeria',
  kenyan: 'kenya',
  'south african': 'south africa',
  european: 'european union',
  nato: 'nato',
  'u.n.': 'united nations',
  un: 'united nations',
  'united nations': 'united nations',
};

/** A head word: where English puts the office, at the end of the title or before "of/to/for/and". */
const head = (words: string) => new RegExp(`\\b(?:${words})(?=$|\\s+(?:of|to|for|and|at|in|on)\\b|,)`);

/** Offices, most specific first; each pattern is tried on the lower-case title. */
const offices: readonly (readonly [office: string, pattern: RegExp])[] = [
  ['vice president', /\bvice[- ]president\b/],
  ['national security adviser', /\bnational security (?:adviser|advisor)$/],
  ['press secretary', /\bpress secretary$/],
  ['chief of staff', /\bchief[- ]of[- ]staff$/],
  ['secretary-general', /\bsecretary[- ]general\b/],
  ['secretary of state', /\bsecretary of state$|\bstate secretary$/],
  [
    'defense minister',
    /\b(?:defen[cs]e (?:minister|secretary)|secretary of defen[cs]e|minister of defen[cs]e)$/,
  ],
  ['foreign minister', /\b(?:foreign (?:minister|secretary)|minister of foreign affairs)$/],
  [
    'finance minister',
    /\b(?:treasury secretary|secretary of the treasury|finance minister|chancellor of the exchequer)$/,
  ],
  ['interior minister', /\b(?:interior minister|minister of the interior|home secretary)$/],
  ['attorney general', /\battorney[- ]general$/],
  ['chief justice', /\bchief justice$/],
  ['prime minister', /\bprime minister\b|\bpremier$/],
  ['first lady', /\bfirst lady$/],
  ['majority leader', /\bmajority leader$/],
  ['minority leader', /\bminority leader$/],
  ['spokesperson', head('spokesman|spokeswoman|spokesperson')],
  ['speaker', head('speaker')],
  ['president', head('president')],
  ['chancellor', head('chancellor')],
  ['king', head('king')],
  ['queen', head('queen')],
  ['pope', head('pope')],
  ['governor', head('governor')],
  ['mayor', head('mayor')],
  ['senator', head('senator')],
  ['representative', head('representative|congressman|congresswoman')],
  ['ambassador', head('ambassador')],
  ['chief executive', head('ceo|chief executive')],
  ['judge', head('judge')],
  [
    'general',
    /^(?:(?:army|military|four-star|three-star|lieutenant|major|brigadier|retired|air force)\s+)*general$/,
  ],
  ['admiral', head('admiral')],
];

/** Offices one person at a time holds for one country or organisation. */
export const uniqueOffices: ReadonlySet<string> = new Set([
  'president',
  'vice president',
  'prime minister',
  'foreign minister',
  'defense minister',
  'finance minister',
  'interior minister',
  'secretary of state',
  'attorney general',
  'chancellor',
  'speaker',
  'king',
  'queen',
  'pope',
  'governor',
  'mayor',
  'national security adviser',
  'press secretary',
  'chief of staff',
  'secretary-general',
  'chief justice',
  'first lady',
  'majority leader',
  'minority leader',
]);

/** Offices one person can hold together ("Speaker" is also a "Representative"). */
const heldTogether: readonly (readonly [string, string])[] = [
  ['speaker', 'representative'],
  ['majority leader', 'senator'],
  ['minority leader', 'senator'],
  ['majority leader', 'representative'],
  ['minority leader', 'representative'],
  ['president', 'chief executive'],
  ['press secretary', 'spokesperson'],
  ['general', 'chief of staff'],
  ['admiral', 'chief of staff'],
  ['general', 'national security adviser'],
  ['general', 'defense minister'],
];

const timeShift =
  /\b(?:former|ex|then|late|future|incoming|outgoing|onetime|one-time|erstwhile|retired|elect|would-be|designate|nominee|nominated|candidate|hopeful|acting|interim)\b/;
const deputyWords = /\b(?:deputy|vice|assistant|under[- ]secretary|associate)\b/;

/** Country or organisation named in the title: a country word, else "of/at the X" for an organisation. */
function affiliationOf(lower: string): string | undefined {
  const ofOrganisation = /\b(?:of|at|for)\s+(?:the\s+)?([a-z][a-z .&'-]{2,60})$/.exec(lower);
  if (ofOrganisation) {
    const named = ofOrganisation[1]!.trim();
    if (countries[named]) return countries[named];
    if (!/^(state|defen[cs]e|the treasury|foreign affairs|the interior|staff|the house)$/.test(named))
      return named;
  }
  const padded = ` ${lower.replace(/[,;]/g, ' ')} `;
  let found: string | undefined;
  let foundLength = 0;
  for (const [word, country] of Object.entries(countries)) {
    if (word.length > foundLength && padded.includes(` ${word} `)) {
      found = country;
      foundLength = word.length;
    }
  }
  return found;
}

/** A title holding "Mr." or "Mrs." runs into another person's name: the extractor overreached. */
const overreach = /\b(?:mr|mrs|ms|dr)\.?\s/;

export function parseTitle(text: string): ParsedTitle {
  const lower = text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
  const timeShifted = timeShift.test(lower) || /-elect\b/.test(lower);
  const office = overreach.test(`${lower} `)
    ? undefined
    : offices.find(([, pattern]) => pattern.test(lower))?.[0];
  const withoutOffice = office === 'vice president' ? lower.replace(/vice[- ]president/, '') : lower;
  const deputy = deputyWords.test(withoutOffice);
  const affiliation = affiliationOf(lower);
  return {
    text,
    timeShifted,
    deputy,
    affiliationIsCountry: affiliation !== undefined && Object.values(countries).includes(affiliation),
    ...(office !== undefined ? { office } : {}),
    ...(affiliation !== undefined ? { affiliation } : {}),
  };
}

/** "third way" and "centrist think tank third way" are one organisation: one's words hold the other's. */
function sameAffiliation(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const words = new Set(longer.split(/\s+/));
  return shorter.split(/\s+/).every((word) => words.has(word));
}

const canHoldTogether = (a: string, b: string) =>
  heldTogether.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/**
 * Why two titles of the same person cannot both be right, or undefined when they can:
 * different offices no one holds together, the same office of different countries, or the office
 * against its deputy. Titles about another time, or without a known office, are never compared.
 */
export function titleClash(a: ParsedTitle, b: ParsedTitle): string | undefined {
  if (a.timeShifted || b.timeShifted || a.office === undefined || b.office === undefined) return undefined;
  if (a.office !== b.office) {
    if (canHoldTogether(a.office, b.office)) return undefined;
    return `"${a.office}" and "${b.office}" are different offices`;
  }
  if (
    a.affiliationIsCountry &&
    b.affiliationIsCountry &&
    a.affiliation !== undefined &&
    b.affiliation !== undefined &&
    !sameAffiliation(a.affiliation, b.affiliation)
  )
    return `the ${a.office} of ${a.affiliation} is not the ${b.office} of ${b.affiliation}`;
  // "Deputy Secretary of State" is another job; a deputy spokesperson is still a spokesperson.
  if (a.deputy !== b.deputy && uniqueOffices.has(a.office)) return `a deputy is not the ${a.office} itself`;
  return undefined;
}

/** The key of a role one person holds at a time ("president@russia"), when the title names one. */
export function roleKey(title: ParsedTitle): string | undefined {
  if (title.timeShifted || title.deputy || title.office === undefined || title.affiliation === undefined)
    return undefined;
  return uniqueOffices.has(title.office) ? `${title.office}@${title.affiliation}` : undefined;
}
