import { tokenize } from '../text/tokens.ts';

/**
 * Words reduced to comparable "concepts" for cross-article matching: lower case, a light suffix
 * stripper, irregular verbs and spelled-out numbers mapped, and a small table of news synonyms
 * ("talks", "discussion", "meeting" → one concept). Deliberately small and predictable: the
 * matching it feeds must be explainable line by line.
 */

const stopWords = new Set(
  (
    'a an the and or but if then so of to in on at by for from with as into onto over under about after before ' +
    'since than that this these those which who whom whose what when where while why how is are was were be been ' +
    'being am do does did doing has have had having will would shall should can could may might must it its it’s ' +
    "it's he him his she her hers they them their theirs we us our ours you your i me my mine not no nor also just " +
    'only very more most much many some any all both each few other such own same too up down out off again further ' +
    'once here there s t mr mrs ms dr according reportedly there’s that’s one’s'
  ).split(' '),
);

/** Negation cues kept out of stop words so polarity can see them. */
export const negationWords: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'n’t',
  'never',
  'no',
  'neither',
  'nor',
  'denied',
  'denies',
  'deny',
]);

const irregular: Readonly<Record<string, string>> = {
  held: 'hold',
  met: 'meet',
  said: 'say',
  says: 'say',
  told: 'tell',
  spoke: 'speak',
  spoken: 'speak',
  gave: 'give',
  given: 'give',
  took: 'take',
  taken: 'take',
  made: 'make',
  came: 'come',
  went: 'go',
  gone: 'go',
  left: 'leave',
  won: 'win',
  lost: 'lose',
  saw: 'see',
  seen: 'see',
  began: 'begin',
  begun: 'begin',
  brought: 'bring',
  sent: 'send',
  became: 'become',
  found: 'find',
  kept: 'keep',
  led: 'lead',
  paid: 'pay',
  ran: 'run',
  sold: 'sell',
  stood: 'stand',
  thought: 'think',
  fell: 'fall',
  rose: 'rise',
  risen: 'rise',
  struck: 'strike',
  wrote: 'write',
  written: 'write',
  chose: 'choose',
  drew: 'draw',
  flew: 'fly',
  knew: 'know',
  known: 'know',
  noted: 'note',
  stated: 'say',
  killed: 'kill',
  dead: 'kill',
  died: 'kill',
  death: 'kill',
  deaths: 'kill',
  slain: 'kill',
};

const numberWords: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  hundred: '100',
  dozen: '12',
};

/** Groups of words news uses interchangeably; each word maps to the group's first member. */
const synonymGroups: readonly (readonly string[])[] = [
  [
    'meet',
    'meeting',
    'talk',
    'talks',
    'discussion',
    'discuss',
    'negotiation',
    'negotiate',
    'session',
    'summit',
  ],
  // Not "state": as a noun ("the state's law") it is far more common than the verb.
  ['say', 'tell', 'remark', 'note', 'declare', 'comment', 'mention'],
  ['long', 'lengthy', 'extensive', 'marathon', 'prolonged'],
  ['good', 'productive', 'positive', 'constructive', 'useful', 'fruitful'],
  ['envoy', 'emissary'],
  ['adviser', 'advisor', 'aide', 'assistant', 'counselor'],
  ['deal', 'agreement', 'accord', 'pact'],
  ['plan', 'proposal', 'framework', 'document'],
  ['war', 'conflict', 'fighting'],
  ['invade', 'invasion'],
  ['america', 'american', 'u.s.', 'u.s', 'united'],
  ['russia', 'russian'],
  ['ukraine', 'ukrainian'],
  ['hour', 'hours'],
  ['kill', 'killing'],
  ['attack', 'assault', 'strike'],
  ['leader', 'head'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['lawmaker', 'legislator'],
];

/** A crude suffix stripper: consistent on both sides of a comparison is all it needs to be. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('ly') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return dropFinalE(word.slice(0, -1));
  return dropFinalE(word);
}

/** "reduce" and "reduced" meet at "reduc". */
const dropFinalE = (word: string): string =>
  word.length > 4 && word.endsWith('e') ? word.slice(0, -1) : word;

function undouble(word: string): string {
  return /([bdfglmnprt])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** Both the word and its stem lead to the group's first word, so "stated" meets "state". */
const synonyms: ReadonlyMap<string, string> = new Map(
  synonymGroups.flatMap((group) =>
    group.flatMap((word) => [[word, group[0]!] as const, [stem(word), group[0]!] as const]),
  ),
);

/**
 * Concepts already worked out, by word and by text: a cross-check asks for the same claims'
 * concepts from several detectors and for every pair, and each word's costs a stem. Memos of pure
 * functions, cleared when full so a long-running worker's memory stays bounded.
 */
const conceptOfWord = new Map<string, string | undefined>();
const conceptsOfText = new Map<string, readonly string[]>();

/** Remembers `value` under `key`, starting the memo over once it holds `limit` entries. */
function remember<T>(memo: Map<string, T>, limit: number, key: string, value: T): T {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}

/** The comparable concept of one lower-case word, or undefined for stop words and punctuation. */
export function conceptOf(word: string): string | undefined {
  const known = conceptOfWord.get(word);
  if (known !== undefined || conceptOfWord.has(word)) return known;
  return remember(conceptOfWord, 50_000, word, workOutConcept(word));
}

function workOutConcept(word: string): string | undefined {
  // "US" in capitals is the country, not the pronoun the stop list drops.
  if (/^U\.?S\.?$/.test(word)) return 'america';
  const lower = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/’/g, "'");
  if (!/[\p{L}\p{N}]/u.test(lower) || stopWords.has(lower)) return undefined;
  const mapped = irregular[lower] ?? numberWords[lower];
  if (mapped) return synonyms.get(mapped) ?? mapped;
  if (/^\d[\d,.]*$/.test(lower)) return lower.replace(/,/g, '');
  const direct = synonyms.get(lower);
  if (direct) return direct;
  const stemmed = stem(lower);
  return synonyms.get(stemmed) ?? stemmed;
}

/** Concepts of a text in order; hyphenated compounds ("five-hour") give one concept per part. */
export function conceptsOf(text: string): readonly string[] {
  return conceptsOfText.get(text) ?? remember(conceptsOfText, 10_000, text, workOutConcepts(text));
}

function workOutConcepts(text: string): string[] {
  const concepts: string[] = [];
  for (const token of tokenize(text)) {
    for (const part of token.text.split(/-(?=\p{L}|\d)/u)) {
      const concept = conceptOf(part);
      if (concept !== undefined) concepts.push(concept);
    }
  }
  return concepts;
}

/** Lower-case word tokens (letters and digits only), for exact wording comparisons such as quotes. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  ).map((word) => word.replace(/'/g, ''));
}

export const isNegation = (word: string): boolean => negationWords.has(word.toLowerCase());
