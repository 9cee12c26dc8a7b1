import type { Span, Title } from '../../model/index.ts';
import type { Token } from '../../text/tokens.ts';

/**
 * Titles and roles bound to a person mention, in the three ways news writes them:
 * before the name ("Russian President Vladimir Putin"), in apposition after it ("Michael Froman,
 * president of the Council on Foreign Relations,") and in apposition before it ("Putin's top
 * foreign policy adviser, Jane Doe"). A title must hold a role word; a possessor ("Putin's")
 * ends the title and is not part of it.
 */

const roleWords = new Set(
  (
    'president vice-president premier minister secretary secretary-general adviser advisor envoy aide assistant ' +
    'spokesman spokeswoman spokesperson chief director head leader chairman chairwoman chair ceo founder ' +
    'governor senator congressman congresswoman representative ambassador general commander negotiator official ' +
    'officer diplomat mayor judge justice attorney prosecutor counsel king queen prince princess chancellor speaker ' +
    'lawmaker analyst expert economist professor researcher reporter correspondent editor columnist anchor ' +
    'candidate nominee deputy ' +
    'pope emir admiral colonel lieutenant sergeant captain commissioner administrator manager executive coach ' +
    'strategist lobbyist ally rival opponent critic founder owner partner fellow member delegate emissary lawyer ' +
    'whip agent superintendent inspector investigator detective trooper sheriff marshal treasurer comptroller ' +
    'auditor clerk trustee regent provost dean bishop archbishop cardinal rabbi imam pastor priest cfo coo cto ' +
    'consul attaché legislator assemblyman assemblywoman councilman councilwoman councilor alderman magistrate ' +
    'scientist historian author journalist photographer producer actor actress singer rapper quarterback pitcher ' +
    'player pollster consultant activist organizer organiser campaigner challenger incumbent boss tycoon ' +
    'entrepreneur investor banker physician doctor nurse surgeon teacher monarch emperor president-elect ' +
    'vice-chairman spokesmen spokeswomen economist analyst host commentator pundit comedian editor-in-chief ' +
    'negotiator mediator'
  ).split(' '),
);

/** Lower-case words that can stand inside a title ("special envoy", "top foreign policy adviser"). */
const titleModifiers = new Set(
  (
    'special senior top national security foreign policy economic former acting deputy vice prime state defense ' +
    'defence personal army chief interim homeland general presidential executive managing military political trade ' +
    'finance interior justice health energy press communications intelligence legal key lead longtime current ' +
    'incoming outgoing federal regional local international global white house program affairs relations public ' +
    'council committee party opposition chief-of-staff staff of and the first assistant associate principal ' +
    'retiring embattled veteran ousted newly majority minority junior district county city campaign team ' +
    'navy marine border education transportation treasury commerce labor agriculture environment housing ' +
    'veterans counterterrorism cyber leading prominent late confirmed elected appointed designated alleged ' +
    'armed forces air police'
  ).split(' '),
);

/** Indexes of tokens that belong to some name: a title never runs through another person. */
export type NameTokens = ReadonlySet<number>;

const stoppers = new Set(
  (
    'a an his her their its our my your this that these those by with for to from in on at as ' +
    'under yet after before during since while when about against between among including like but so'
  ).split(' '),
);

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
/** Abbreviated titles written before names ("Sen. Mark Warner", "Gov. Paul LePage"). */
const abbreviatedRoles = new Set([
  'reps.',
  'sens.',
  'd.a.',
  'sen.',
  'rep.',
  'gov.',
  'gen.',
  'lt.',
  'col.',
  'sgt.',
  'capt.',
  'adm.',
  'pres.',
  'amb.',
  'prof.',
  'supt.',
  'cmdr.',
  'maj.',
]);

/** Party members with a rank are a role ("the top Democrat on the committee"); party alone is not. */
const rankedPartyMember = /^(top|senior|ranking|leading|highest-ranking)$/i;

/** A role word, singular or plural ("Senate leaders", "Reps."). */
export const isRole = (word: string) => {
  const lower = word.toLowerCase();
  return (
    roleWords.has(lower) ||
    abbreviatedRoles.has(lower) ||
    (lower.endsWith('s') && roleWords.has(lower.slice(0, -1)))
  );
};

const isRoleAt = (tokens: readonly Token[], index: number) =>
  isRole(tokens[index]!.text) ||
  (/^(democrat|republican)$/i.test(tokens[index]!.text) &&
    rankedPartyMember.test(tokens[index - 1]?.text ?? ''));
const isPossessive = (word: string) => word === "'s" || word === '’s' || word === '’' || word === "'";

function acceptable(word: string): boolean {
  return (
    isCapitalised(word) ||
    /^(?:then|ex|former)-/i.test(word) ||
    titleModifiers.has(word.toLowerCase()) ||
    isRole(word) ||
    /^(?:\p{L}\.)+$/u.test(word)
  );
}

/** Drops "of", "and", "the" at the edges of a title: "of State" is inside, never at an end. */
function trimEdges(tokens: readonly Token[]): readonly Token[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && /^(of|and|the)$/i.test(tokens[start]!.text)) start++;
  while (end > start && /^(of|and|the)$/i.test(tokens[end - 1]!.text)) end--;
  return tokens.slice(start, end);
}

function asTitle(text: string, tokens: readonly Token[]): Title | undefined {
  const trimmed = trimEdges(tokens);
  if (trimmed.length === 0 || !trimmed.some((_, i) => isRoleAt(trimmed, i))) return undefined;
  const span: Span = [trimmed[0]!.span[0], trimmed[trimmed.length - 1]!.span[1]];
  return { text: text.slice(span[0], span[1]), span };
}

/** Walks back from just before the name over title words; `index` is the first token of the name. */
function titleBefore(
  text: string,
  tokens: readonly Token[],
  index: number,
  sentenceStart: number,
  names: NameTokens,
): Title | undefined {
  let first = index;
  while (first > 0) {
    const token = tokens[first - 1]!;
    if (
      names.has(first - 1) ||
      token.span[0] < sentenceStart ||
      isPossessive(token.text) ||
      stoppers.has(token.text.toLowerCase())
    )
      break;
    if (!acceptable(token.text)) break;
    // "and" joins title words ("Security and Defense Council"), not a name and a role ("Pence and adviser").
    if (token.text === 'and' && !isCapitalised(tokens[first]?.text ?? '')) break;
    first--;
  }
  // The title must reach the name and end in a role word or a capitalised word ("Secretary of State").
  const phrase = tokens.slice(first, index);
  const last = phrase[phrase.length - 1];
  if (!last || !(isRole(last.text) || isCapitalised(last.text))) return undefined;
  // A lone capitalised word before a name is usually part of the sentence ("Between Putin"), not a title.
  return asTitle(text, phrase);
}

/** "Name, [the] title phrase," — the phrase between the commas. */
function titleAfter(
  text: string,
  tokens: readonly Token[],
  nameEnd: number,
  sentenceEnd: number,
  names: NameTokens,
): Title | undefined {
  let at = nameEnd;
  // "Senator Chuck Schumer of New York, the Democratic leader,": a home state or town may come first.
  if (tokens[at]?.text === 'of' && isCapitalised(tokens[at + 1]?.text ?? '')) {
    at++;
    while (isCapitalised(tokens[at]?.text ?? '')) at++;
  }
  // "Jane Doe, 45, a former prosecutor,": an age in commas comes before the title.
  if (
    tokens[at]?.text === ',' &&
    /^\d{1,3}$/.test(tokens[at + 1]?.text ?? '') &&
    tokens[at + 2]?.text === ','
  )
    at += 2;
  if (tokens[at]?.text !== ',') return undefined;
  const phrase: Token[] = [];
  for (let i = at + 1; i < tokens.length && tokens[i]!.span[1] <= sentenceEnd; i++) {
    const word = tokens[i]!.text;
    // The apposition ends at punctuation, a relative clause, or another person's name.
    if (/^[,;.:()“”"]$/.test(word) || /^(who|which|that|whose)$/i.test(word) || names.has(i)) break;
    phrase.push(tokens[i]!);
    if (phrase.length > 16) return undefined;
  }
  const opener = phrase[0]?.text.toLowerCase() ?? '';
  if (
    /^(who|which|and|or|but|said|says|whose|where|when|left|right|center|with|by|from|in|on|at|for|to|as)$/.test(
      opener,
    )
  ) {
    return undefined;
  }
  // "Republican of Kentucky and the majority leader": each part joined by "and" may be the title.
  const parts: Token[][] = [[]];
  for (const token of phrase) {
    if (
      token.text.toLowerCase() === 'and' &&
      parts.at(-1)!.some((t, i, all) => isRoleAt(all, i) || /^(Democrat|Republican)$/.test(t.text))
    )
      parts.push([]);
    else parts.at(-1)!.push(token);
  }
  for (const part of parts) {
    const title = appositionTitle(text, part);
    if (title) return title;
  }
  return undefined;
}

function appositionTitle(text: string, phrase: readonly Token[]): Title | undefined {
  let body = /^(the|a|an|his|her|their|its)$/i.test(phrase[0]?.text ?? '') ? phrase.slice(1) : phrase;
  // A title abbreviation at the end belongs to the next name ("..., chairman of the committee Rep.").
  while (body.length > 0 && abbreviatedRoles.has(body.at(-1)!.text.toLowerCase())) body = body.slice(0, -1);
  // "Jane Doe, Ukraine’s Homeland Security secretary": the possessor is not part of the title.
  if (body[1] && isPossessive(body[1].text)) body = body.slice(2);
  // Up to its role word the phrase is all title words: "president of ...", not "accompanied by ...".
  const roleAt = body.findIndex((_, i) => isRoleAt(body, i));
  if (
    roleAt < 0 ||
    roleAt > 6 ||
    !body.slice(0, roleAt).every((t) => acceptable(t.text) || isPossessive(t.text))
  ) {
    return undefined;
  }
  return asTitle(text, body);
}

const speechVerbs = /^(said|says|added|told|noted|stated|wrote|explained|according)$/i;

/**
 * "[possessor's] title phrase, Name" and "said the Democratic leader of the Senate, Name": the
 * role phrase just before a comma and the name, opened by a possessor, "his/her", "and", a comma,
 * or "the" right after a verb of saying or at the start of the sentence.
 */
function titleBeforeComma(
  text: string,
  tokens: readonly Token[],
  index: number,
  sentenceStart: number,
  names: NameTokens,
): Title | undefined {
  const comma = index - 1;
  if (tokens[comma]?.text !== ',') return undefined;
  const inSentence = (i: number) => i >= 0 && tokens[i]!.span[0] >= sentenceStart;
  let first = comma;
  while (inSentence(first - 1) && comma - first < 12) {
    const word = tokens[first - 1]!.text;
    if (names.has(first - 1) || word === ',' || isPossessive(word) || /^(his|her|their|its|and)$/i.test(word))
      break;
    if (/^(the|a|an)$/i.test(word)) {
      const opener = inSentence(first - 2) ? tokens[first - 2]!.text : '';
      if (opener === '' || /^[,“”"]$/.test(opener) || speechVerbs.test(opener)) break;
    }
    first--;
  }
  const boundary = inSentence(first - 1) ? tokens[first - 1]!.text : '';
  const opensApposition =
    isPossessive(boundary) || /^(his|her|their|its|and|,)$/i.test(boundary) || /^(the|a|an)$/i.test(boundary);
  // "in the meeting with the president, Putin said": a plain preposition before it is no apposition.
  if (!opensApposition) return undefined;
  const phrase = tokens.slice(first, comma);
  const roleAt = phrase.findIndex((_, i) => isRoleAt(phrase, i));
  if (roleAt < 0 || roleAt > 6 || !phrase.slice(0, roleAt).every((t) => acceptable(t.text))) return undefined;
  return asTitle(text, phrase);
}

/** Every title bound to the name whose tokens run from `first` to `end` (exclusive) in `tokens`. */
export function titlesOfMention(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  sentence: Span,
  names: NameTokens,
): Title[] {
  const found = [
    titleBefore(text, tokens, first, sentence[0], names),
    titleAfter(text, tokens, end, sentence[1], names),
    titleBeforeComma(text, tokens, first, sentence[0], names),
  ];
  return found.filter((t): t is Title => t !== undefined);
}
