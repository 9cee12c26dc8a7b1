import type { EntityMention, Span, Title } from '../../model/index.ts';
import { firstTokenFrom, type Token } from '../../text/tokens.ts';
import { usualSexOf } from './given-names.ts';

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
    'strategist lobbyist founder owner partner fellow member delegate emissary lawyer ' +
    'whip agent superintendent inspector investigator detective trooper sheriff marshal treasurer comptroller ' +
    'auditor clerk trustee regent provost dean bishop archbishop cardinal rabbi imam pastor priest cfo coo cto ' +
    'consul attaché legislator assemblyman assemblywoman councilman councilwoman councilor alderman magistrate ' +
    'scientist historian author journalist photographer producer actor actress singer rapper quarterback pitcher ' +
    'player pollster consultant activist organizer organiser campaigner challenger incumbent boss tycoon ' +
    'entrepreneur investor banker physician doctor nurse surgeon teacher monarch emperor president-elect ' +
    'vice-chairman spokesmen spokeswomen economist analyst host commentator pundit comedian editor-in-chief ' +
    'negotiator mediator contributor writer blogger scholar lecturer coordinator strongman dictator warlord ' +
    'billionaire magnate mogul businessman businesswoman cleric preacher mufti ' +
    'internist pediatrician psychiatrist psychologist dentist pharmacist veterinarian vet therapist epidemiologist ' +
    'virologist biologist chemist physicist astronomer geologist seismologist meteorologist climatologist ' +
    'archaeologist anthropologist sociologist criminologist arachnologist entomologist conservator curator ' +
    'coroner librarian firefighter paramedic soldier sailor farmer rancher mechanic plumber electrician carpenter ' +
    'accountant trader broker programmer dancer referee golfer boxer wrestler footballer cartoonist ' +
    'illustrator screenwriter violinist pianist guitarist hopeful contender front-runner frontrunner mate ' +
    'novelist poet playwright artist painter sculptor musician composer filmmaker designer architect engineer ' +
    'pilot astronaut athlete star broadcaster presenter entertainer staffer operative supervisor co-founder ' +
    'cofounder director-general undersecretary under-secretary governor-elect senator-elect worker vp svp evp ' +
    'sophomore first-year editor-at-large publisher planner realtor developer contractor landlord student ' +
    'volunteer guard mp mep msp archivist publicist craftsman craftswoman frontman drummer bassist vocalist ' +
    'politician donor receptionist caliph chairperson bodyguard intern nanny caretaker councillor councilmember ' +
    'selectman headmaster headteacher trainer skipper goalkeeper striker midfielder linebacker recruiter ' +
    'anchorwoman anchorman newscaster cameraman vlogger influencer chef waiter waitress bartender barista ' +
    'cashier chauffeur constable barrister solicitor registrar financier industrialist heiress socialite ' +
    'songwriter keyboardist midwife monk nun missionary evangelist televangelist proprietor'
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
    'armed forces air police presumptive likely prospective putative would-be freshman union company school ' +
    'university college club church board foundation group aid relief social humanitarian human rights civil ' +
    'running financial operating technology technical marketing information medical scientific creative ' +
    'digital editorial sales product research investment budget eventual ranking advisory'
  ).split(' '),
);

/** Indexes of tokens that belong to some name: a title never runs through another person. */
export type NameTokens = ReadonlySet<number>;

const stoppers = new Set(
  (
    'a an his her their its our my your this that these those by with for to from in on at as ' +
    'under yet after before during since while when about against between among including like but so ' +
    'inside outside near within across through alongside behind beside over into onto upon via per toward ' +
    'towards amid despite except without beyond'
  ).split(' '),
);

// Patterns with \p{…} are module constants: tsx (esbuild) compiles such a literal to
// `new RegExp(…)`, which a literal inside a function would build again at every call.
const capitalised = /^\p{Lu}/u;
const initials = /^(?:\p{L}\.)+$/u;
const nationalityLike = /^\p{Lu}\p{L}+(?:an|ish|ese)$/u;
const lowerCaseLetters = /^\p{Ll}+$/u;
const lowerCaseWord = /^\p{Ll}[\p{Ll}-]*$/u;
const lowerCaseCompound = /^\p{Ll}[\p{Ll}-]+$/u;
const stateAbbreviationInCommas = /^,\s*\p{Lu}[\p{L}.]{0,4}\.,/u;
const longWord = /\p{L}{4,}/gu;
/** "Kenyan", "British", "Chinese" (its ending looked at before the Unicode pattern, which costs more). */
const isNationalityLike = (word: string): boolean =>
  (word.endsWith('an') || word.endsWith('ish') || word.endsWith('ese')) && nationalityLike.test(word);
/** "J.", "J.R.R." (its full stop looked at before the Unicode pattern). */
const isInitials = (word: string): boolean => word.endsWith('.') && initials.test(word);
/**
 * Whether a word starts with a capital letter. An ASCII first letter is read off its code: the
 * Unicode pattern costs several times as much, and the title rules ask this of most tokens.
 */
export const isCapitalised = (word: string): boolean => {
  const first = word.charCodeAt(0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : capitalised.test(word);
};
/** False only for a word that surely starts in lower case or with a digit or mark: a fast pre-test. */
export function mayBeCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 0x80 || (first >= 0x41 && first <= 0x5a);
}
/**
 * The indices of the tokens that may start with a capital (see mayBeCapitalised), in order: the
 * token loops that look for names read only these, found in one pass over the article.
 */
export function capitalisedTokens(tokens: readonly Token[]): number[] {
  const capitalised: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (mayBeCapitalised(tokens[i]!.text)) capitalised.push(i);
  return capitalised;
}
/** Abbreviated titles written before names ("Sen. Mark Warner", "Gov. Paul LePage"). */
const abbreviatedRoles = new Set([
  'cpl.',
  'pvt.',
  'pfc.',
  'spc.',
  'det.',
  'insp.',
  'atty.',
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

/**
 * `word.toLowerCase()`, but a word already in lower-case ASCII (most words of news text) is
 * returned as it is, without the call: the title rules lower-case every token of an article.
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return word.toLowerCase();
  }
  return word;
}

/** A time or rank prefix on a role: "then-Secretary", "ex-director", "former-", "co-chair", "vice-chairwoman". */
const rolePrefix = /^(?:then|ex|former|now|co|vice)-/;
/** A role with its complement joined on: "sergeant-at-arms", "commander-in-chief", "head-of-state". */
const roleWithComplement = /^([a-z]+)-(?:at|in|of)-(?:the-)?[a-z]+$/;

/**
 * isRole's answers by word. The title rules ask it of most words near every name, a few thousand
 * times an article, mostly of the same words; a look-up costs a fraction of working it out.
 * (Emptied when it grows large: the words of a stream of articles are an open set.)
 */
const roleAnswers = new Map<string, boolean>();
const roleAnswersKept = 50_000;

/** A role word, singular or plural ("Senate leaders", "Reps."), with or without a prefix ("then-Sen.") or complement. */
export function isRole(word: string): boolean {
  let answer = roleAnswers.get(word);
  if (answer === undefined) {
    if (roleAnswers.size >= roleAnswersKept) roleAnswers.clear();
    answer = isRoleWord(word);
    roleAnswers.set(word, answer);
  }
  return answer;
}

/** See isRole. */
function isRoleWord(word: string): boolean {
  const lower = lowerCase(word);
  if (
    roleWords.has(lower) ||
    abbreviatedRoles.has(lower) ||
    (lower.endsWith('s') && roleWords.has(lower.slice(0, -1))) ||
    // British style drops the full stop: "Sgt Jane Doe", "Insp John Roe" (capitalised only: "col").
    (word !== lower && abbreviatedRoles.has(`${lower}.`) && /^\p{Lu}\p{Ll}+$/u.test(word))
  )
    return true;
  // (Most words hold no hyphen: they are done with before the patterns are tried.)
  if (lower.includes('-')) {
    const prefix = rolePrefix.exec(lower);
    if (prefix !== null) return isRole(lower.slice(prefix[0].length));
    const complemented = roleWithComplement.exec(lower);
    if (complemented !== null) return isRole(complemented[1]!);
  }
  return lower === word && endsInRole(lower);
}

/**
 * "photojournalist", "speechwriter", "ringleader": a word in lower case made of three or more
 * letters and a role word of six or more ("remember" and "wheelchair" are none).
 */
function endsInRole(lower: string): boolean {
  // (Asked of most long words: their last six letters rule nearly all of them out at once.)
  if (lower.length < 9 || !longRoleEndings.has(lower.slice(-6)) || !lowerCaseLetters.test(lower))
    return false;
  for (let start = 3; start <= lower.length - 6; start++) if (roleWords.has(lower.slice(start))) return true;
  return false;
}

/** The last six letters of every role word of six letters or more. */
const longRoleEndings = new Set(
  [...roleWords].filter((word) => word.length >= 6).map((word) => word.slice(-6)),
);

/** (The patterns below are tried only on words of their lengths: most words are ruled out before.) */
const isRoleAt = (tokens: readonly Token[], index: number) =>
  (isRole(tokens[index]!.text) && !fellowMember(tokens, index)) ||
  ((tokens[index]!.text.length === 8 || tokens[index]!.text.length === 10) &&
    /^(democrat|republican)$/i.test(tokens[index]!.text) &&
    rankedPartyMember.test(tokens[index - 1]?.text ?? '')) ||
  firstLady(tokens, index);
/** "first lady", "First Lady": a role only after "first" (a "lady" alone is no title). */
const firstLady = (tokens: readonly Token[], index: number) =>
  tokens[index]!.text.length === 4 &&
  /^lady$/i.test(tokens[index]!.text) &&
  /^first$/i.test(tokens[index - 1]?.text ?? '');
/** "Fellow Democratic Sen. Doe", "fellow Republican": "fellow" before a capitalised word is an adjective. */
const fellowMember = (tokens: readonly Token[], index: number) =>
  tokens[index]!.text.length === 6 &&
  /^fellow$/i.test(tokens[index]!.text) &&
  isCapitalised(tokens[index + 1]?.text ?? '');
const isPossessive = (word: string) => word === "'s" || word === '’s' || word === '’' || word === "'";

/** A word that can stand in a title ("Senate", "former", "national", "adviser", "Lt."). */
export const isTitleWord = (word: string): boolean => acceptable(word);

/** Titles of clergy, only as a capitalised word right before a name ("Father Jane Doe", not "his father"). */
const clericalTitles = new Set([
  'father',
  'sister',
  'brother',
  'reverend',
  'rev.',
  // (British style writes abbreviations without their stop: "Rev Jane Doe".)
  'rev',
  'monsignor',
  'msgr.',
  'msgr',
  'rabbi',
  // ("Sheikh" is also a middle name, "Hassan Sheikh Mohamud": there it stands inside a tagged
  // name after its first word, where no title is looked for.)
  'sheikh',
  'ayatollah',
  'mullah',
]);
export const isClericalTitle = (word: string) =>
  isCapitalised(word) && clericalTitles.has(word.toLowerCase());

const timePrefix = /^(?:then|ex|former|now)-/i;
const dayOrMonth =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A lower-case participle that takes an object: "overseeing", "representing". */
const participle = /^\p{Ll}{3,}ing$/u;

function acceptable(word: string): boolean {
  return (
    isCapitalised(word) ||
    (word.includes('-') && timePrefix.test(word)) ||
    titleModifiers.has(lowerCase(word)) ||
    isRole(word) ||
    isInitials(word)
  );
}

/**
 * Drops "of", "and", "the" at the edges of a title ("of State" is inside, never at an end), and
 * an opening "fellow" before a capitalised word ("Fellow Democratic Sen." → "Democratic Sen.").
 */
function trimEdges(tokens: readonly Token[]): readonly Token[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && (/^(of|and|the)$/i.test(tokens[start]!.text) || fellowMember(tokens, start))) start++;
  // (At the end also a preposition cut off from its object: "a top aide to [a quoted name]".)
  while (end > start && /^(of|and|the|to|for|with|at|from|by|in|on)$/i.test(tokens[end - 1]!.text)) end--;
  return tokens.slice(start, end);
}

function asTitle(text: string, tokens: readonly Token[]): Title | undefined {
  const trimmed = trimEdges(tokens);
  if (trimmed.length === 0 || !trimmed.some((_, i) => isRoleAt(trimmed, i))) return undefined;
  const span: Span = [trimmed[0]!.span[0], trimmed[trimmed.length - 1]!.span[1]];
  return { text: text.slice(span[0], span[1]), span };
}

/** A lower-case word that can qualify a role as a noun ("design" chief), not a verb or a function word. */
const nounQualifier = (word: string) =>
  lowerCaseCompound.test(word) &&
  // (Nor "-s": after a name it is a verb as often as not, "Doe thinks Senate candidate ...".)
  !/(?:ed|ing|ly|[^su]s)$/.test(word) &&
  !stoppers.has(word) &&
  !nonNouns.has(word);
/** Verbs and function words that read like nouns by their shape (prepositions are `stoppers`). */
const nonNouns = new Set(
  (
    'said says told met held spoke had has have was were is are be been took gave made came went saw ' +
    'hit kept knew led let paid put ran rose sent set shot sold spent struck thought threw wrote won ' +
    'lost left got named called asked and or nor not also now then there which who whom whose what ' +
    'than where how why claims tells urges warns accuses praises hires fires calls include includes ' +
    'it did does do if whether neither either particular'
  ).split(' '),
);

/**
 * A capitalised word of the sentence from `sentenceStart` on that can be part of a name before a title.
 * (Helpers such as this one are module functions, not closures made at each call: tsx keeps function
 * names, which costs a property definition per closure made, and these run for every name.)
 */
const isNameWordFrom = (token: Token | undefined, sentenceStart: number): boolean =>
  token !== undefined &&
  token.span[0] >= sentenceStart &&
  isCapitalised(token.text) &&
  !/^(?:The|A|An)$/.test(token.text) &&
  !stoppers.has(lowerCase(token.text)) &&
  !nonNouns.has(lowerCase(token.text));

/**
 * "Apple design chief Jane Doe", "Real estate tycoon Jane Doe", "the party Chairman Jane Doe":
 * up to two lower-case nouns before a role qualify it when a name, a determiner, a preposition or
 * the sentence's start comes before them (after a verb, "praised chief Jane Doe", they are no
 * part of it). The title's new first token, or `first` unchanged.
 */
function withNounQualifiers(
  tokens: readonly Token[],
  first: number,
  index: number,
  sentenceStart: number,
): number {
  // Right before a role or its qualifiers, not before "of"/"the" ("a friend of Officer Doe").
  if (first === index || /^(?:of|and|the)$/i.test(tokens[first]!.text)) return first;
  if (!tokens.slice(first, index).some((t) => isRole(t.text))) return first;
  let start = first;
  while (
    start > first - 2 &&
    start > 0 &&
    tokens[start - 1]!.span[0] >= sentenceStart &&
    nounQualifier(tokens[start - 1]!.text)
  )
    start--;
  if (start === first) return first;
  const anchor = tokens[start - 1];
  if (!anchor || anchor.span[0] < sentenceStart) return start;
  // ("When war reporter Jane Doe", "by union boss Jane Doe": a preposition or conjunction opens the
  // phrase too, but not "to" before a verb: "to confirm Judge Doe".)
  const anchorWord = lowerCase(anchor.text);
  if (
    /^(?:a|an|the)$/i.test(anchor.text) ||
    isPossessive(anchor.text) ||
    (stoppers.has(anchorWord) && anchorWord !== 'to')
  )
    return start;
  if (!isNameWordFrom(anchor, sentenceStart)) return first;
  // The whole name before them, where it opens the phrase: "Pizza House delivery manager", "the
  // White House press secretary" (not "candidate and Tea Party favorite Rep. Doe": a list). Else
  // the one word ("former North Korean supreme leader"), unless it is no name of its own ("House").
  let nameStart = start - 1;
  while (start - nameStart < 4 && isNameWordFrom(tokens[nameStart - 1], sentenceStart)) nameStart--;
  const before = tokens[nameStart - 1];
  const opensPhrase =
    !before ||
    before.span[0] < sentenceStart ||
    /^(?:a|an|the|[,:;(—–-])$/i.test(before.text) ||
    isPossessive(before.text);
  if (nameStart < start - 1 && opensPhrase) return nameStart;
  return notAName.test(anchor.text) ? first : start - 1;
}

/** A word that is a title word in lower case too: in a title-case headline only these can stand in a title. */
const inHeadlineTitle = (word: string): boolean =>
  acceptable(word.toLowerCase()) || abbreviatedRoles.has(word.toLowerCase()) || isClericalTitle(word);

/** A capitalised word that is no title word in lower case either ("Doe", not "Security" or "Senate"). */
const plainWord = (token: Token | undefined): boolean =>
  token !== undefined && isCapitalised(token.text) && !inHeadlineTitle(token.text);

/** Walks back from just before the name over title words; `index` is the first token of the name. */
function titleBefore(
  text: string,
  tokens: readonly Token[],
  index: number,
  sentenceStart: number,
  names: NameTokens,
): Title[] {
  // "the wife of Jane Doe", "an aide of Doe": the name is the complement of what comes before.
  if (/^(?:of|to|for)$/i.test(tokens[index - 1]?.text ?? '')) return [];
  // "British scientist Dr Jane Doe", "tycoon Sir John Roe": an honorific between a role and the
  // name is neither; with no role right before it, "Mr. Doe" has no title there ("the mayor and
  // Mr. Doe's aide").
  if (/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?$/.test(tokens[index - 1]?.text ?? '')) {
    if (!isRole(tokens[index - 2]?.text ?? '')) return [];
    index--;
  }
  // In a title-case headline every word is capitalised: only words that are title words in lower
  // case too can stand in a title ("Doe Wins Endorsement of Sheriff Roe" → "Sheriff").
  const headline = inHeadline(text, tokens[index]!.span[0]);
  let first = index;
  let qualifiedOnce = false;
  while (first > 0) {
    const token = tokens[first - 1]!;
    // "Doe campaign chairman Jane Roe": another person's name before the title owns it, as a
    // possessive would ("Doe's campaign chairman"); it is not part of the title.
    if (names.has(first - 1)) break;
    // "Jordan's Foreign Minister Jane Doe": a country's or institution's possessive stays in the title
    // (a person's does not: see above), and nothing before it.
    const owner = tokens[first - 2];
    if (
      isPossessive(token.text) &&
      first < index &&
      owner &&
      owner.span[0] >= sentenceStart &&
      isCapitalised(owner.text) &&
      !names.has(first - 2) &&
      !abbreviatedRoles.has(owner.text.toLowerCase()) &&
      !isRole(owner.text)
    ) {
      first -= 2;
      break;
    }
    // "ambassador to the United Nations Jane Doe", "envoy to Syria John Roe": "to" joins a role to
    // where it serves, as "of" does ("Secretary of State"); not to a titled person ("an adviser to
    // Senator Jane Doe" is the senator's adviser: "Senator" is the title), nor in a title-case line
    // ("Ex-Aide to Fill Doe Seat"). (The line's case is read last: "according to Jane Doe" is
    // common, and most such "to"s are ruled out before it.)
    if (
      token.text === 'to' &&
      first < index &&
      token.span[0] >= sentenceStart &&
      isRole(tokens[first - 2]?.text ?? '') &&
      !tokens.slice(first, index).some((t) => isRole(t.text)) &&
      !inTitleCase(text, token.span[0])
    ) {
      first--;
      continue;
    }
    // "National Organization for Women President Jane Doe", "Center for American Progress President":
    // "for", "on" or "in" between capitalised words is inside an institution's name.
    const insideName =
      /^(?:for|on|in)$/.test(token.text) &&
      isCapitalised(tokens[first]?.text ?? '') &&
      isCapitalised(tokens[first - 2]?.text ?? '') &&
      !names.has(first - 2) &&
      !dayOrMonth.test(tokens[first - 2]!.text);
    if (
      token.span[0] < sentenceStart ||
      isPossessive(token.text) ||
      (stoppers.has(lowerCase(token.text)) && !insideName)
    )
      break;
    if (insideName) {
      first--;
      continue;
    }
    if (headline && !inHeadlineTitle(token.text)) break;
    if (!acceptable(token.text) && !firstLady(tokens, first - 1)) {
      // Once: "former North Korean supreme leader" goes on over the title words before "supreme".
      const qualified = qualifiedOnce ? first : withNounQualifiers(tokens, first, index, sentenceStart);
      if (qualified === first || !isCapitalised(tokens[qualified]!.text)) {
        first = qualified;
        break;
      }
      qualifiedOnce = true;
      first = qualified;
      continue;
    }
    // "and" joins title words ("Security and Defense Council"), not a name and a role ("Doe and
    // adviser", "Jane Doe and Queen Anne").
    if (token.text === 'and' && (!isCapitalised(tokens[first]?.text ?? '') || isRole(tokens[first]!.text)))
      break;
    // ("Director of National Intelligence Jane Doe and Agency Director John Roe": two capitalised
    // words that are no title words before "and" are a name the tagger missed.)
    if (token.text === 'and' && plainWord(tokens[first - 2]) && plainWord(tokens[first - 3])) break;
    // "of" joins a role to what it is the role of ("Secretary of State"), not any noun to a title
    // ("the reelection campaign of New Jersey Gov. Jane Doe"), nor another's role to a person
    // whose own title stands alone between "of" and the name ("the chairman of President Jane
    // Doe's campaign", "an aide of Senator Doe"; but "Minister of Justice Doe": the department).
    if (
      token.text === 'of' &&
      first < index &&
      ((!isRole(tokens[first - 2]?.text ?? '') && !isCapitalised(tokens[first - 2]?.text ?? '')) ||
        (index - first === 1 && isRole(tokens[first]!.text) && !/^justice$/i.test(tokens[first]!.text)))
    )
      break;
    first--;
  }
  // The title must reach the name and end in a role word or a capitalised word ("Secretary of State").
  const phrase = tokens.slice(first, index);
  const last = phrase[phrase.length - 1];
  // "chief of staff Jane Doe": a role word's complement may end the title.
  const complemented = phrase.some((_, i) => isRoleAt(phrase, i) && phrase[i + 1]?.text === 'of');
  if (!last || !(isRoleAt(phrase, phrase.length - 1) || isCapitalised(last.text) || complemented)) return [];
  // A lone capitalised word before a name is usually part of the sentence ("Between Putin"), not a title.
  if (isClericalTitle(last.text)) {
    // "civil rights leader Rev. Jane Doe": a role written before the clerical title is a title of its own.
    const lead = phrase.slice(0, -1);
    const leadTitle = lead.some((_, i) => isRoleAt(lead, i)) ? asTitle(text, lead) : undefined;
    // ("the Rev. Jane Doe", "and Father John Doe": no article or conjunction at its start.)
    const first = leadTitle ? last : trimEdges(phrase)[0]!;
    const clerical: Title = {
      text: text.slice(first.span[0], last.span[1]),
      span: [first.span[0], last.span[1]],
    };
    return leadTitle ? [leadTitle, clerical] : [clerical];
  }
  return stackedTitles(phrase)
    .map((part) => asTitle(text, part))
    .filter((title) => title !== undefined);
}

/** A role word written out, not abbreviated. */
const writtenRole = (t: Token, i: number, all: readonly Token[]): boolean =>
  isRoleAt(all, i) && !abbreviatedRoles.has(t.text.toLowerCase());

/**
 * Two titles written one after the other before a name are two titles: "committee chairman Rep.
 * Jane Doe" (an abbreviated title next to the name), "armed forces chief Air Chief Marshal Jane
 * Doe" (a lower-case role word, then a capitalised title with a role word of its own), "former
 * governor and Acme contributor Jane Doe" (joined by "and").
 */
function stackedTitles(phrase: readonly Token[]): (readonly Token[])[] {
  // "former governor and Fox News contributor Jane Doe": "and" after a role word joins two titles.
  // (One person's role: not "state lawmakers and Republican Gov. Jane Doe".)
  const and = phrase.findIndex(
    (t, i) => t.text === 'and' && i > 0 && isRoleAt(phrase, i - 1) && !phrase[i - 1]!.text.endsWith('s'),
  );
  if (and > 0 && and < phrase.length - 1 && isRole(phrase.at(-1)!.text))
    return [phrase.slice(0, and), ...stackedTitles(phrase.slice(and + 1))];
  // "Lt. Gen." is one rank: only a role word written out before the abbreviation starts another title.
  const last = phrase.length - 1;
  if (
    last > 0 &&
    abbreviatedRoles.has(phrase[last]!.text.toLowerCase()) &&
    phrase.slice(0, last).some(writtenRole)
  ) {
    // "press secretary Rear Adm. Jane Doe": a rank's first word goes with the abbreviation.
    const rank = /^(?:rear|vice|lt\.|brig\.|maj\.)$/i.test(phrase[last - 1]!.text) ? last - 1 : last;
    return [phrase.slice(0, rank), phrase.slice(rank)];
  }
  for (let i = 1; i < last; i++) {
    const word = phrase[i]!.text;
    if (isCapitalised(word) || !isRole(word)) continue;
    const rest = phrase.slice(i + 1);
    if (
      rest.every((t) => isCapitalised(t.text) || /^(?:of|the)$/.test(t.text)) &&
      rest.some((t) => isCapitalised(t.text) && isRole(t.text))
    )
      return [phrase.slice(0, i + 1), rest];
  }
  return [phrase];
}

/**
 * How many words at the start of a tagged name are a title ending in a role word ("Vice President"
 * in "Vice President Jane Doe"), leaving at least one word of name. Only title vocabulary counts
 * (modifiers, roles, demonyms), so a first name is never taken for part of a title.
 */
export function leadingTitleLength(words: readonly string[]): number {
  let length = 0;
  let plain = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    // ("Hassan Sheikh Mohamud": after another word of a name "Sheikh" is part of it.)
    if (isRole(word) || (isClericalTitle(word) && !(i > 0 && lower === 'sheikh'))) length = i + 1;
    else if (titleModifiers.has(lower) || isNationalityLike(word) || isInitials(word)) continue;
    else if (isCapitalised(word) && plain === 0) plain = i + 1;
    else break;
  }
  // Another capitalised word ("Jesuit Father Jane Doe") counts only if a full name is left after the title.
  if (plain > 0 && plain <= length && words.length - length < 2) return 0;
  return length;
}

/** "(D-Fla.)", "(R-Texas)", "(Calif.)" and an apposition opening with a determiner after it. */
const partyInBrackets = /^\((?:[DRI]-)?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?\),\s+(?:the|a|an)\s/u;

/** "Name, [the] title phrase," — the phrase between the commas. */
function titleAfter(
  text: string,
  tokens: readonly Token[],
  nameEnd: number,
  sentenceEnd: number,
  names: NameTokens,
): Title[] {
  let at = nameEnd;
  // "Senator Chuck Schumer of New York, the Democratic leader,": a home state or town may come first.
  if (tokens[at]?.text === 'of' && isCapitalised(tokens[at + 1]?.text ?? '')) {
    at++;
    while (isCapitalised(tokens[at]?.text ?? '')) at++;
  }
  // "Rep. Jane Doe (D-Fla.), the former chairwoman,": a party and state in brackets may come first.
  if (
    tokens[at]?.text === '(' &&
    partyInBrackets.test(text.slice(tokens[at]!.span[0], tokens[at]!.span[0] + 40))
  ) {
    // (The closing bracket looked for from the opening one on, not from the article's first token.)
    let close = at + 1;
    while (close < tokens.length && tokens[close]!.text !== ')') close++;
    if (close < tokens.length) at = close + 1;
  }
  // "Jane Doe, 45, a former prosecutor,", "Jane Doe, D-Calif., the top Democrat,", "Jane Doe,
  // Republican of Ohio, a founder of ...": an age, a party tag or a party and state come before the title.
  for (let skip = afterTag(text, tokens, at); skip !== undefined; skip = afterTag(text, tokens, at))
    at = skip;
  // "Jane Doe, the leader of ...," or "Jane Doe -- the leader of ... --".
  const dashes = dashAt(tokens, at);
  if (tokens[at]?.text !== ',' && dashes === 0) return [];
  // "Doe's chief of staff, Jane Roe, and Poe's adviser, John Kay": what follows ", and" is no apposition.
  if (/^(?:and|or|but)$/i.test(tokens[at + Math.max(1, dashes)]?.text ?? '')) return [];
  let phrase: Token[] = [];
  /** Where the phrase stood before it ran on over a state abbreviation, and whether a comma or dash closed it. */
  let beforeState: number | undefined;
  let closedByCommaOrDash = false;
  for (let i = at + Math.max(1, dashes); i < tokens.length && tokens[i]!.span[1] <= sentenceEnd; i++) {
    const word = tokens[i]!.text;
    // "president of the Kansas City, Mo., branch of ...,": a state abbreviation in commas is inside
    // the phrase, if a comma or dash still closes the apposition after it.
    if (
      word === ',' &&
      stateAbbreviationInCommas.test(text.slice(tokens[i]!.span[0], tokens[i]!.span[0] + 12))
    ) {
      const closing = tokens.findIndex((t, k) => k > i && t.text === ',');
      beforeState ??= phrase.length;
      phrase.push(...tokens.slice(i, closing + 1));
      i = closing;
      continue;
    }
    // The apposition ends at punctuation, a dash, a relative clause, or another person's name.
    const dash = dashAt(tokens, i) > 0;
    // (Also at a verb: "Jane Doe, an analyst at Acme has predicted" lacks its closing comma; but
    // "..., Jane Doe, officials said." closes the sentence with its source, not a title.)
    if (/^(said|says)$/i.test(word)) return [];
    if (
      /^[,;.:()“”"]$/.test(word) ||
      dash ||
      /^(who|which|that|whose|has|have|had|is|are|was|were|will|would)$/i.test(word)
    ) {
      closedByCommaOrDash = word === ',' || dash;
      break;
    }
    if (names.has(i)) {
      // "Jane Doe, President Roe’s national security adviser,": the possessor and what came before it
      // are not the title; another name that owns nothing ends the apposition, and the words
      // leading to it go with that person ("an adviser to former Senator Roe" → "adviser").
      let after = i;
      while (names.has(after)) after++;
      // "Jane Doe, a Roe spokesman,", "a former Roe official": a name as a modifier of the role
      // after it, in lower case, is part of the title (not after a role of its own: "US aid worker
      // John Roe and ..." is another person).
      const nextWord = tokens[after]?.text ?? '';
      if (
        phrase.length > 0 &&
        !phrase.some((_, k, all) => isRoleAt(all, k)) &&
        lowerCaseWord.test(nextWord) &&
        !/^(?:of|and|the)$/.test(nextWord) &&
        (isRole(nextWord) || titleModifiers.has(nextWord))
      ) {
        phrase.push(...tokens.slice(i, after));
        i = after - 1;
        continue;
      }
      if (!isPossessive(tokens[after]?.text ?? '')) {
        phrase = withoutLinkToPerson(phrase);
        break;
      }
      // "Jane Doe, the attorney representing Roe's campaign,", "a spokesman for Mr. Roe's council": a
      // possessor inside the complement of the phrase's role ends it, the role kept (an honorific
      // before the possessor left out).
      const roleAt = phrase.findIndex((_, k, all) => isRoleAt(all, k));
      const complementWord = phrase[roleAt + 1]?.text ?? '';
      if (
        roleAt >= 0 &&
        (participle.test(complementWord) || /^(?:for|of|to|at|with)$/.test(complementWord)) &&
        !phrase.slice(roleAt).some((t) => t.text === 'and')
      ) {
        while (/^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(phrase.at(-1)?.text ?? '')) phrase.pop();
        break;
      }
      // "the ambassador and once Roe's choice for ...": a title joined before the possessor stays.
      const and = phrase.findLastIndex((t) => t.text === 'and');
      phrase =
        and > 0 && phrase.slice(0, and).some((_, k, all) => isRoleAt(all, k)) ? phrase.slice(0, and + 1) : [];
      i = after;
      continue;
    }
    phrase.push(tokens[i]!);
    if (phrase.length > 24) return [];
  }
  if (beforeState !== undefined && !closedByCommaOrDash) phrase = phrase.slice(0, beforeState);
  phrase = withoutTrailingDescription(phrase);
  // "a Catholic and chairman of the committee", "a liberal and dean of ...": a description with no
  // role before "and" and a lower-case word is no part of the title after it.
  const firstAnd = phrase.findIndex((t) => t.text === 'and');
  const afterAnd = phrase[firstAnd + 1]?.text ?? '';
  if (
    firstAnd > 0 &&
    firstAnd + 1 < phrase.length &&
    // (A role or its modifier right after "and": "mergers and acquisitions lawyer" is one title.)
    (isRoleAt(phrase, firstAnd + 1) || titleModifiers.has(afterAnd) || /^(?:a|an|the)$/.test(afterAnd)) &&
    !phrase.slice(0, firstAnd).some((_, k, all) => isRoleAt(all, k)) &&
    phrase.slice(firstAnd + 1).some((_, k, all) => isRoleAt(all, k))
  )
    phrase = phrase.slice(firstAnd + 1);
  const opener = phrase[0]?.text.toLowerCase() ?? '';
  if (
    /^(who|which|and|or|but|said|says|whose|where|when|left|right|center|with|by|from|in|on|at|for|to|as)$/.test(
      opener,
    )
  ) {
    return [];
  }
  // "Republican of Kentucky and the majority leader", "the president of the Ethics and Public Policy
  // Center and a frequent contributor to ...": each part joined by "and" before a lower-case word
  // may be a title ("and" before a capital joins the words of a name), when what follows is one
  // ("vice president of admissions and financial planning" is one title).
  const parts: Token[][] = [[]];
  phrase.forEach((token, i) => {
    const next = phrase[i + 1]?.text ?? '';
    if (
      token.text.toLowerCase() === 'and' &&
      !isCapitalised(next) &&
      parts.at(-1)!.some((t, k, all) => isRoleAt(all, k) || /^(Democrat|Republican)$/.test(t.text)) &&
      startsTitle(text, phrase, i + 1)
    )
      parts.push([]);
    else parts.at(-1)!.push(token);
  });
  // "a retired agent and law enforcement trainer": the first part's article reaches over the parts
  // after it that have none of their own.
  const sharedArticle = /^(?:a|an|the)$/i.test(parts[0]![0]?.text ?? '');
  return parts
    .map((part, i) => appositionTitle(text, part, i > 0 && sharedArticle))
    .filter((title) => title !== undefined);
}

/**
 * Whether the words of an apposition's `phrase` from `from` on start another title after "and".
 * ("and once Roe's choice for ...": an adverb or a possessor starts another description, and so
 * do words the phrase left out, such as a name.)
 */
function startsTitle(text: string, phrase: readonly Token[], from: number): boolean {
  const first = phrase[from];
  if (!first || /^(?:a|an|the|once|now|later|formerly|previously|currently|also|still)$/i.test(first.text))
    return true;
  if (text.slice(phrase[from - 1]!.span[1], first.span[0]).trim() !== '') return true;
  const nextAnd = phrase.findIndex((t, k) => k >= from && t.text.toLowerCase() === 'and');
  const part = phrase.slice(from, nextAnd < 0 ? phrase.length : nextAnd);
  return part.some((t, k, all) => isRoleAt(all, k) || isPossessive(t.text));
}

/** "adviser to former Senator" (before a name): the words from the last "to/for/of" on belong to the other person. */
function withoutLinkToPerson(phrase: Token[]): Token[] {
  // ("the author of the famous Jane Doe series": a word or two describing the other name may
  // stand between the link and it.)
  let describing = 0;
  for (let i = phrase.length - 1; i >= 0; i--) {
    const word = phrase[i]!.text;
    if (i > 0 && /^(?:to|for|of)$/i.test(word)) return phrase.slice(0, i);
    if (acceptable(word)) continue;
    if (!lowerCaseLetters.test(word) || stoppers.has(word) || ++describing > 2) return phrase;
  }
  // Title words all the way: "Jane Doe, former ambassador Mary Roe and ..." is a list, and the
  // words are the next person's title.
  return describing > 0 ? phrase : [];
}

/**
 * What describes the person rather than the post: "a reporter with vast foreign policy experience"
 * ("with" and no name after it: "a lawyer with the Center for ..." keeps its employer), "head of
 * the institute in Nairobi" (where the office is).
 */
function withoutTrailingDescription(phrase: Token[]): Token[] {
  const withAt = phrase.findIndex(
    (t, i) => t.text === 'with' && i > 0 && !phrase.slice(i + 1).some((after) => isCapitalised(after.text)),
  );
  const cut = withAt > 0 ? phrase.slice(0, withAt) : phrase;
  const lastIn = cut.findLastIndex((t) => t.text === 'in');
  if (lastIn <= 0 || lastIn === cut.length - 1) return cut;
  // ("in suburban Kaybury", "in northern Acme": words placing a place may come first.)
  const place = cut.slice(lastIn + 1);
  const named = place.findIndex((t) => !placingWords.has(t.text));
  const name = named < 0 ? [] : place.slice(named);
  return name.every((t) => isCapitalised(t.text)) ? cut.slice(0, lastIn) : cut;
}

/** Words that place a place: "suburban Kaybury", "downtown Acme City", "northern Acme". */
const placingWords = new Set(
  (
    'suburban downtown nearby rural upstate coastal central northern southern eastern western north south east ' +
    'west northeastern northwestern southeastern southwestern neighboring neighbouring greater metropolitan'
  ).split(' '),
);

/** How many tokens a dash starting at `at` takes: "—" or "–" is one, "--" (written as two hyphens) two. */
function dashAt(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.text;
  if (word === '—' || word === '–') return 1;
  return word === '-' && tokens[at + 1]?.text === '-' ? 2 : 0;
}

/** An age, a party tag ("D-Calif.") or "Republican of Ohio" set off by commas, and the comma after it. */
const tagInCommas =
  /^,\s*(?:\d{1,3}|\(?[DRI]-[\p{L}.]+\)?|(?:Democrat|Republican|Independent)(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?)\s*(?=,)/u;

/** The index of the comma after a tag in commas starting at token `at`, if there is one. */
function afterTag(text: string, tokens: readonly Token[], at: number): number | undefined {
  if (tokens[at]?.text !== ',') return undefined;
  const tag = tagInCommas.exec(text.slice(tokens[at]!.span[0], tokens[at]!.span[0] + 80));
  if (!tag) return undefined;
  const commaAt = tokens[at]!.span[0] + tag[0].length;
  let next = at + 1;
  while (next < tokens.length && tokens[next]!.span[0] < commaAt) next++;
  return tokens[next]?.text === ',' && tokens[next]!.span[0] === commaAt ? next : undefined;
}

/**
 * Whether the words before the role word of an apposition describe the role: title words,
 * possessives, names ("a veteran New York office broker") and, after "a/the", up to two plain
 * adjectives ("a frequent contributor"); more plain words are a clause, not a title.
 */
function describesRole(words: readonly Token[], determined: boolean): boolean {
  let plain = 0;
  for (const t of words) {
    if (acceptable(t.text) || isPossessive(t.text)) continue;
    if (!determined || ++plain > 2 || !lowerCaseWord.test(t.text) || stoppers.has(t.text)) return false;
  }
  return true;
}

/** `determinedBefore`: an article before an earlier part of the phrase reaches over this one. */
function appositionTitle(
  text: string,
  written: readonly Token[],
  determinedBefore = false,
): Title | undefined {
  // "Jane Doe, then an assistant prosecutor,": a past time stays with the title (it is no present
  // office); "now" and "currently" only say it is the present one.
  const qualifier = /^(?:then|now|once|formerly|currently)$/i.test(written[0]?.text ?? '')
    ? written[0]
    : undefined;
  const phrase = qualifier ? written.slice(1) : written;
  const past = qualifier && /^(?:then|once|formerly)$/i.test(qualifier.text) ? qualifier : undefined;
  let body = /^(the|a|an|his|her|their|its)$/i.test(phrase[0]?.text ?? '') ? phrase.slice(1) : phrase;
  // A title abbreviation at the end belongs to the next name ("..., chairman of the committee Rep.").
  while (body.length > 0 && abbreviatedRoles.has(body.at(-1)!.text.toLowerCase())) body = body.slice(0, -1);
  // "Jane Doe, Ukraine’s Homeland Security secretary": the possessor is not part of the title.
  if (body[1] && isPossessive(body[1].text)) body = body.slice(2);
  // Up to its role word the phrase is all title words: "president of ...", not "accompanied by ...";
  // after "a" or "the", a few plain adjectives may come first too ("a frequent contributor").
  const roleAt = body.findIndex((_, i) => isRoleAt(body, i));
  const determined = body !== phrase || determinedBefore;
  // The role word heads the phrase: in "a vocal critic of the mayor" the role belongs to someone else.
  // ("of" inside a name, as in "a College of Law professor", does not count).
  const headed = !body
    .slice(0, roleAt)
    .some(
      (t, i) => /^(?:of|to|for|on|at|with|in|from)$/i.test(t.text) && !isCapitalised(body[i - 1]?.text ?? ''),
    );
  if (roleAt < 0 || roleAt > 6 || !headed || !describesRole(body.slice(0, roleAt), determined)) {
    return undefined;
  }
  // After the role word comes its complement ("president of ...") or more title words, not a verb
  // ("the scholars make clear ...").
  const next = body[roleAt + 1]?.text;
  // (A participle ends the title: "the volunteer fighting with ..." describes what the volunteer does.)
  const participle = next !== undefined && /^\p{Ll}{3,}ing$/u.test(next) && !acceptable(next);
  if (
    next !== undefined &&
    !participle &&
    !(acceptable(next) || /^(?:of|to|at|for|on|with|in|from)$/i.test(next))
  )
    return undefined;
  const title = asTitle(text, participle ? body.slice(0, roleAt + 1) : body);
  return title && past
    ? { text: text.slice(past.span[0], title.span[1]), span: [past.span[0], title.span[1]] }
    : title;
}

const speechVerbs = /^(said|says|added|told|noted|stated|wrote|explained|according)$/i;

/** Whether token `i` exists and lies in the sentence from `sentenceStart` on. */
const inSentence = (tokens: readonly Token[], i: number, sentenceStart: number): boolean =>
  i >= 0 && tokens[i]!.span[0] >= sentenceStart;
/** A word that can follow a role word in its complement ("leader of the Senate", "top Democrat on ..."). */
const complement = (t: Token): boolean => acceptable(t.text) || /^(?:on|for|at|to|in|with)$/i.test(t.text);

/**
 * "[possessor's] title phrase, Name" and "said the Democratic leader of the Senate, Name": the
 * role phrase just before a comma and the name, opened by a possessor, "his/her", "and", a comma,
 * or "the" right after a verb of saying or at the start of the sentence.
 */
function titleBeforeComma(
  text: string,
  tokens: readonly Token[],
  index: number,
  end: number,
  sentence: Span,
  names: NameTokens,
  titled = false,
): Title | undefined {
  const comma = index - 1;
  if (tokens[comma]?.text !== ',') return undefined;
  const sentenceStart = sentence[0];
  // "including the minority leader, Jane Doe, said": a name closed off by punctuation is in
  // apposition to the phrase before it, whatever precedes "the".
  const after = tokens[end]?.span[0] ?? sentence[1];
  const closed =
    after >= sentence[1] ||
    /^[,.;:)]$/.test(tokens[end]!.text) ||
    /^\s*\(/.test(text.slice(tokens[end - 1]!.span[1], after + 1));
  let first = comma;
  // Starts of the phrase after a determiner that follows a preposition ("a fund for a photographer, Jane Doe,").
  const afterInnerDeterminers: number[] = [];
  while (inSentence(tokens, first - 1, sentenceStart) && comma - first < 12) {
    const word = tokens[first - 1]!.text;
    // "and" opens the apposition ("..., and senior adviser, Jane Doe") unless it joins words of a
    // name ("the House Oversight and Government Reform Committee").
    const joinsName =
      word === 'and' && isCapitalised(tokens[first]!.text) && isCapitalised(tokens[first - 2]?.text ?? '');
    // "the head of the town's council, Jane Doe": a possessive inside the role's complement does not end it.
    const insideComplement =
      isPossessive(word) &&
      !names.has(first - 2) &&
      tokens.slice(Math.max(0, first - 5), first - 1).some((t) => t.text === 'of');
    if (
      names.has(first - 1) ||
      word === ',' ||
      (isPossessive(word) && !insideComplement) ||
      (/^(his|her|their|its|and)$/i.test(word) && !joinsName)
    )
      break;
    if (/^(the|a|an)$/i.test(word)) {
      const opener = inSentence(tokens, first - 2, sentenceStart) ? tokens[first - 2]!.text : '';
      // (Also after a participle: "the judge overseeing the case, Jane Doe,".)
      const insideRole = /^(?:of|on|for|at|in|to)$/i.test(opener) || participle.test(opener);
      if ((closed && !insideRole) || opener === '' || /^[,“”"]$/.test(opener) || speechVerbs.test(opener))
        break;
      // (Not before a name with a title of its own: "praise for the former senator, Sen. Jane Doe
      // (R-Texas) said" is two sentences run together.)
      if (closed && !titled) afterInnerDeterminers.unshift(first);
    }
    first--;
  }
  // The longest phrase first ("the head of the town's council, Jane Doe"); if it is no title, the
  // longest after a determiner ("a memorial fund for a photographer, Jane Doe," → "photographer").
  for (const start of [first, ...afterInnerDeterminers]) {
    const title = roleBeforeComma(text, tokens, start, comma, closed, sentenceStart);
    if (title) return title;
  }
  return undefined;
}

/** The role phrase from token `first` to the comma before a name, if it opens an apposition and is a title. */
function roleBeforeComma(
  text: string,
  tokens: readonly Token[],
  first: number,
  comma: number,
  closed: boolean,
  sentenceStart: number,
): Title | undefined {
  const boundary = inSentence(tokens, first - 1, sentenceStart) ? tokens[first - 1]!.text : '';
  const opensApposition =
    isPossessive(boundary) || /^(his|her|their|its|and|,)$/i.test(boundary) || /^(the|a|an)$/i.test(boundary);
  // "in the meeting with the president, Putin said": a plain preposition before it is no apposition.
  if (!opensApposition) return undefined;
  // "the spokesman for the council at the time, Jane Doe": when is not part of the title.
  const atTheTime = /^at the time$/i.test(
    tokens
      .slice(Math.max(first, comma - 3), comma)
      .map((t) => t.text)
      .join(' '),
  );
  const phrase = tokens.slice(first, atTheTime ? comma - 3 : comma);
  const roleAt = phrase.findIndex((_, i) => isRoleAt(phrase, i));
  if (roleAt < 0 || roleAt > 6 || !phrase.slice(0, roleAt).every((t) => acceptable(t.text))) return undefined;
  // "The federal judge overseeing the case, Jane Doe,": a short participle phrase after the role,
  // before a name closed off by punctuation, says what they do there; the title is the role.
  if (closed && participle.test(phrase[roleAt + 1]?.text ?? '') && phrase.length - roleAt <= 5)
    return asTitle(text, phrase.slice(0, roleAt + 1));
  // After the role word only its complement: "leader of the Senate", "top Democrat on the committee",
  // not "the president also believes that ...". Before a name closed off by punctuation, an "of"
  // complement may hold a few plain words too ("deputy head of the Anbar provincial council").
  const ofAt = phrase.findIndex((t, i) => i > roleAt && t.text === 'of');
  const rest =
    ofAt > 0 && phrase.slice(roleAt + 1, ofAt).every(complement)
      ? phrase.slice(ofAt)
      : phrase.slice(roleAt + 1);
  const plainWords = rest.filter((t) => !complement(t));
  const ofComplement =
    closed &&
    /^(?:of|for)$/.test(rest[0]?.text ?? '') &&
    plainWords.length <= 3 &&
    plainWords.every(
      (t) => isPossessive(t.text) || (lowerCaseWord.test(t.text) && !/(?:ed|ly|s)$/.test(t.text)),
    );
  if (!ofComplement && !rest.every(complement)) return undefined;
  return asTitle(text, phrase);
}

/** A plural role word: "Justices", "Senators", "Reps.". */
const isPluralRole = (word: string) => {
  const lower = word.toLowerCase();
  return (lower.endsWith('s') && roleWords.has(lower.slice(0, -1))) || lower === 'reps.' || lower === 'sens.';
};

/**
 * "Justices Jane Doe and John Roe", "Reps. Jane Doe, John Roe and Mary Major", "Sens. Jane Doe
 * (Ill.), John Roe (R.I.), and Sam Poe (Ky.)": a plural title before the first name of a list is every
 * name's.
 */
function sharedPluralTitle(
  text: string,
  tokens: readonly Token[],
  index: number,
  sentenceStart: number,
  names: NameTokens,
): Title[] {
  let first: number | undefined;
  for (let at = index; ; ) {
    let before = at - 1;
    if (tokens[before]?.text !== 'and' && tokens[before]?.text !== ',') break;
    before--;
    // (", and": a serial comma before the last name.)
    if (tokens[before + 1]?.text === 'and' && tokens[before]?.text === ',') before--;
    // A home state in brackets after the name before: "(Ill.)".
    if (tokens[before]?.text === ')') {
      const opening = tokens.slice(Math.max(0, before - 5), before).findLastIndex((t) => t.text === '(');
      if (opening < 0) break;
      before = Math.max(0, before - 5) + opening - 1;
    }
    if (!names.has(before)) break;
    while (names.has(before - 1)) before--;
    first = before;
    at = before;
  }
  if (first === undefined) return [];
  const titles = titleBefore(text, tokens, first, sentenceStart, names);
  return titles.filter((title) =>
    isPluralRole(text.slice(title.span[0], title.span[1]).split(/\s+/).at(-1)!),
  );
}

/** A verb and a preposition with no object after a name: "worked for on", "served under." */
const strandedPreposition =
  /^\s+\p{Ll}+ed\s+(?:for|under|with|to|at|on|about)\s*(?:[,.;:“”"]|\s(?:on|in|at|during|for|as|until|before|after)\b)/u;

/** Every title bound to the name whose tokens run from `first` to `end` (exclusive) in `tokens`. */
export function titlesOfMention(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  sentence: Span,
  names: NameTokens,
): Title[] {
  // "the president Doe worked for on a deferment": a relative clause, whose preposition is left
  // at its end, makes the role someone else's. (Most names have no "ed" in the words after them:
  // a plain search rules them out before the Unicode pattern.)
  const after = text.slice(tokens[end - 1]!.span[1], tokens[end - 1]!.span[1] + 40);
  const relative = after.includes('ed') && strandedPreposition.test(after);
  const before = relative ? [] : titleBefore(text, tokens, first, sentence[0], names);
  if (before.length === 0) before.push(...sharedPluralTitle(text, tokens, first, sentence[0], names));
  // ", Representative Jane Doe": the apposition before the comma reaches over the title before the name.
  const named = before.length > 0 ? firstTokenFrom(tokens, before[0]!.span[0]) : first;
  const found = [
    ...before,
    ...titleAfter(text, tokens, end, sentence[1], names),
    titleBeforeComma(text, tokens, named, end, sentence, names, before.length > 0),
  ];
  return found.filter((t): t is Title => t !== undefined);
}

/** Capitalised words after a title (or a given name) that are not a person's name. */
export const notAName =
  /^(?:Department|Committee|Council|Ministry|Office|House|Court|Party|Administration|Agency|Bureau|Commission|Senate|Congress|Government|Corp|Inc|Co|Group|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|The|And|Of|I|We|It)\.?$/;
const nameWord = /^\p{Lu}[\p{L}'’-]*\.?$/u;
/** The last word of the name of a law or a pact: "Patriot Act", "Dream Act", "Paris Accord". */
const lawWord = /^(?:Act|Bill|Law|Amendment|Treaty|Accord|Accords|Doctrine|Resolution)$/;

/**
 * The last word of an institution's name: "White House", "Justice Department", "Ethics Committee";
 * a broadcaster's or company's, "Korean Central Television", "Acme Media Group".
 */
const institutionWord =
  /\s(?:House|Department|Committee|Council|Ministry|Office|Court|Party|Administration|Agency|Bureau|Commission|Senate|Congress|Government|Parliament|Cabinet|Television|TV|Radio|Network|Broadcasting|Channel|News|Media|Corporation|Company|Group)$/;
/** Whether a name of two or more words ends in an institution's word: an organisation's, never a person's. */
export const isInstitutionName = (name: string): boolean => institutionWord.test(name);

/** A headline in title case ("Adviser Reportedly Has Talks"), where capitals say nothing about names. */
export function inTitleCase(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  // Asked once per name and title: a paragraph on one line would be read again for each of them.
  if (titleCaseLines.text !== text) titleCaseLines = { text, byLineStart: new Map() };
  const known = titleCaseLines.byLineStart.get(lineStart);
  if (known !== undefined) return known;
  const line = text.slice(lineStart, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
  const words = line.match(longWord) ?? [];
  const titleCase = words.length >= 4 && words.filter(isCapitalised).length / words.length > 0.7;
  titleCaseLines.byLineStart.set(lineStart, titleCase);
  return titleCase;
}

/** The answers of `inTitleCase` for the lines of the latest text asked about (one article's worth). */
let titleCaseLines: { text: string; byLineStart: Map<number, boolean> } = {
  text: '',
  byLineStart: new Map(),
};

/** The text's opening line if it is a headline: in title case, not a sentence ending in a full stop. */
export function headlineOf(text: string): Span | undefined {
  // Asked once per name (see `inHeadline`): the opening line may be a whole paragraph.
  if (latestHeadline.text !== text) latestHeadline = { text, span: findHeadline(text) };
  return latestHeadline.span;
}

/** The answer of `headlineOf` for the latest text asked about. */
let latestHeadline: { text: string; span: Span | undefined } = { text: '', span: undefined };

function findHeadline(text: string): Span | undefined {
  const line = /^\s*([^\n]*)/.exec(text)!;
  const start = line[0].length - line[1]!.length;
  const end = start + line[1]!.trimEnd().length;
  if (end === start || text[end - 1] === '.' || !inTitleCase(text, start)) return undefined;
  return [start, end];
}

/**
 * Whether `at` lies in the headline. (Only the opening line: other title-case lines, captions
 * mostly, hold real titles such as "Kremlin Economic Envoy".)
 */
function inHeadline(text: string, at: number): boolean {
  const headline = headlineOf(text);
  return headline !== undefined && headline[0] <= at && at < headline[1];
}

/** Whether any of the mentions overlaps `span`. */
function overlapsAny(mentions: readonly EntityMention[], span: Span): boolean {
  for (const mention of mentions) if (mention.span[0] < span[1] && span[0] < mention.span[1]) return true;
  return false;
}

/**
 * Names that a title marks as people where the tagger missed or mistyped them: "Vice President
 * Doe" with "Doe" untagged, "the comedian Jane Doe" tagged as an organisation. After a
 * capitalised title ("President", "Sen.") one to three capitalised words are a name; after a
 * lower-case role word only two or more are, and only a mistyped mention is retyped. ("General"
 * alone starts too many company and assembly names to count.)
 */
/**
 * "Sen. Angus King", "Rep. Steve King": a role word right after a given name the name list knows,
 * itself after a capitalised title, is the surname.
 */
const surnameAfterGivenName = (
  title: string,
  tokens: readonly Token[],
  at: number,
  titleAt: number,
): boolean => at === titleAt + 2 && isCapitalised(title) && usualSexOf(tokens[at - 1]!.text) !== undefined;

/** A name of capitals only, as organisations' initials are: "ITV", "KCNA". */
const acronymName = /^\p{Lu}{2,5}$/u;

export function titledNames(
  text: string,
  tokens: readonly Token[],
  mentions: readonly EntityMention[],
  capitalised: readonly number[] = capitalisedTokens(tokens),
): EntityMention[] {
  // (Each mention by its start, made when a role word is first found: many articles have none.)
  let mentionAt: Map<number, EntityMention> | undefined;
  const changed = new Map<EntityMention, EntityMention>();
  const added: EntityMention[] = [];
  // Only a capitalised word after it can be a name: the role word is the token before one.
  for (const nameStart of capitalised) {
    const i = nameStart - 1;
    if (i < 0) continue;
    const role = tokens[i]!.text;
    const lower = lowerCase(role);
    // One role word for one person ("officers" names nobody), on the same line as the name.
    if (
      !(roleWords.has(lower) || abbreviatedRoles.has(lower)) ||
      lower === 'general' ||
      overlapsAny(mentions, tokens[i]!.span)
    )
      continue;
    const next = tokens[i + 1]!;
    if (!/^[ \t]+$/.test(text.slice(tokens[i]!.span[1], next.span[0]))) continue;
    if (mentionAt === undefined) {
      mentionAt = new Map();
      for (const mention of mentions) mentionAt.set(mention.span[0], mention);
    }
    const tagged = mentionAt.get(next.span[0]);
    if (tagged && tagged.type !== 'person') {
      if (tagged.type !== 'organization' && tagged.type !== 'place') continue;
      // "deputy White House press secretary": a name followed by more title words is part of the title.
      const after = tokens[firstTokenFrom(tokens, tagged.span[1])]?.text ?? '';
      const inTitle = !isCapitalised(after) && (isRole(after) || titleModifiers.has(after.toLowerCase()));
      // ("the official White House transcript": an institution's name is no person's.)
      const institution = isInstitutionName(text.slice(tagged.span[0], tagged.span[1]));
      // ("broadcaster ITV": an acronym after a lower-case role word is the organisation's.)
      const acronym = acronymName.test(text.slice(tagged.span[0], tagged.span[1])) && !isCapitalised(role);
      if (nameWord.test(next.text) && !notAName.test(next.text) && !institution && !inTitle && !acronym)
        changed.set(tagged, { ...tagged, type: 'person' });
      continue;
    }
    let end = i + 1;
    while (
      end < tokens.length &&
      end - i <= 3 &&
      nameWord.test(tokens[end]!.text) &&
      (!isRole(tokens[end]!.text) || surnameAfterGivenName(role, tokens, end, i)) &&
      !notAName.test(tokens[end]!.text)
    )
      end++;
    const words = end - i - 1;
    if (words === 0 || (!isCapitalised(role) && words < 2)) continue;
    // The name must end there: not run on into more capitalised words or a possessive-less noun phrase.
    if (end < tokens.length && nameWord.test(tokens[end]!.text) && !notAName.test(tokens[end]!.text))
      continue;
    // ("the Acme Farmer Relief Act": a law named after a role.)
    if (lawWord.test(tokens[end - 1]!.text)) continue;
    const span: Span = [next.span[0], tokens[end - 1]!.span[1]];
    if (!overlapsAny(mentions, span) && !inTitleCase(text, span[0])) added.push({ type: 'person', span });
  }
  if (changed.size === 0 && added.length === 0) return [...mentions];
  return [...mentions.map((m) => changed.get(m) ?? m), ...added].sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * ", a spokeswoman for", ", an aide", ", co-founder of": an apposition of one person's role, after
 * a name (the role word is group 1, or group 2 when no article comes before it).
 */
const roleApposition =
  /,\s+(?:(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\b|([\p{Ll}-]+)\s+(?:of|at|for)\s)/gu;

/**
 * Names the tagger missed or mistyped that an apposition marks as a person: "said Jane McDoe, a
 * spokeswoman for the mayor". Two or three capitalised words after a lower-case word, untagged or
 * tagged in part as anything but a person, then a comma and "a"/"an" before one person's role word
 * within three words, or the role word alone before "of", "at" or "for".
 */
export function apposedNames(
  text: string,
  tokens: readonly Token[],
  mentions: readonly EntityMention[],
): EntityMention[] {
  const replaced = new Set<EntityMention>();
  const added: EntityMention[] = [];
  // From each apposition back over the name: far fewer appositions than tokens.
  for (const apposition of text.matchAll(roleApposition)) {
    const role = (apposition[1] ?? apposition[2])!;
    // One person's role ("spokeswoman"), not many ("officials").
    if (!isRole(role) || role.endsWith('s')) continue;
    const comma = firstTokenFrom(tokens, apposition.index);
    let first = comma;
    while (first > comma - 4 && first > 0 && nameWord.test(tokens[first - 1]!.text)) {
      const word = tokens[first - 1]!.text;
      if (notAName.test(word) || isRole(word)) break;
      first--;
    }
    if (comma - first < 2 || comma - first > 3 || !/^\p{Ll}/u.test(tokens[first - 1]?.text ?? '')) continue;
    const span: Span = [tokens[first]!.span[0], tokens[comma - 1]!.span[1]];
    if (inTitleCase(text, span[0])) continue;
    const overlapping = mentions.filter((m) => m.span[0] < span[1] && span[0] < m.span[1]);
    // (A whole name tagged as something else stays so: "Acme Nation, a leader in the movement".)
    const within = overlapping.every(
      (m) =>
        m.type !== 'person' &&
        span[0] <= m.span[0] &&
        m.span[1] <= span[1] &&
        m.span[1] - m.span[0] < span[1] - span[0],
    );
    if (!within) continue;
    for (const mention of overlapping) replaced.add(mention);
    added.push({ type: 'person', span });
  }
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.span[0] - b.span[0]);
}
