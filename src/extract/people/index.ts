import type { Entity, EntityMention, EntityType, Person, Sentence, Span, Title } from '../../model/index.ts';
import { editDistance } from '../../text/edit-distance.ts';
import { firstTokenFrom, type Token, tokenize } from '../../text/tokens.ts';
import { sentenceAt } from '../sentences/index.ts';
import { isCommonWord } from './common-words.ts';
import {
  armedGroupName,
  asHomePlace,
  headlineNames,
  institutionNotPerson,
  isGroupOrDoctrine,
  isInWebAddress,
  isNationalityWord,
  isOpeningAdverb,
  isTailOfTheName,
  legalCompanyName,
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
  withoutLeadingCommonWord,
  withoutLeadingWords,
  withoutRolesAsNames,
  withQuotedNicknames,
  withTitleOwners,
  withUserHandles,
} from './conventions.ts';
import { usualSexOf } from './given-names.ts';
import { newsOutlets } from './outlets.ts';
import {
  apposedNames,
  capitalisedTokens,
  isCapitalised,
  isClericalTitle,
  isRole,
  leadingTitleLength,
  titledNames,
  titlesOfMention,
} from './titles.ts';

/**
 * People, organisations and places of one article: mentions grouped into entities, a short form
 * merged into the one full name it can stand for ("Smith" → "Jane Smith"; an ambiguous
 * "Smith" with two full-name Smiths stays apart), and titles bound to each person.
 */

const generational = /^(?:jr|sr|ii|iii|iv)\.?$/;
/** An Arabic article joined to a surname: "al-Assad" is written "Assad" too. */
const joinedArticle = /^(?:al|el)-(?=\p{L}{2})/u;
/** A nickname in quotation marks inside a name: "Harry “Big Bad Hal” Roe". */
const quotedNickname = /\s[“"]([^“”"]+)[”"](?=\s)/u;

/**
 * A name's words for matching, without a generational suffix ("John G. Roe Jr." is matched as
 * "John G. Roe", "Roe Jr." as "Roe"), a joined article ("Jane al-Doe" as "Jane Doe") or a nickname
 * in quotation marks; the suffix apart, without its stop ("jr"; "" for none), and the nickname's words.
 */
interface NameWords {
  words: string[];
  suffix: string;
  nickname: string[];
}
function nameWords(name: string): NameWords {
  const nicknameMatch = quotedNickname.exec(name);
  const nickname = nicknameMatch ? splitName(nicknameMatch[1]!) : [];
  const words = splitName(nicknameMatch ? name.replace(quotedNickname, '') : name);
  return words.length > 1 && generational.test(words.at(-1)!)
    ? { words: words.slice(0, -1), suffix: words.at(-1)!.replace('.', ''), nickname }
    : { words, suffix: '', nickname };
}
const splitName = (name: string): string[] =>
  name.toLowerCase().split(/\s+/).filter(Boolean).map(withoutJoinedArticle);
/** "assad" of "al-assad" (its first letters looked at before the Unicode pattern, which costs more). */
const withoutJoinedArticle = (word: string): string =>
  word.startsWith('al-') || word.startsWith('el-') ? word.replace(joinedArticle, '') : word;
/** Whether the last words of `longer` are `words` (compared in place: this runs for every pair of names). */
function endsWithWords(longer: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0 || words.length > longer.length) return false;
  for (let k = 0; k < words.length; k++)
    if (longer[longer.length - words.length + k] !== words[k]) return false;
  return true;
}

/**
 * Every full name each name as written may stand for: "Smith" or "Jane" inside "Jane Smith";
 * "Vladimir Putin" inside "Vladimir V. Putin" (same first and last word, the longer adds middle
 * names or initials); "John Roe Jr." or "Roe Jr." inside "John G. Roe Jr." (a suffix is no
 * surname), but neither "John Roe" nor "Roe" alone is "John Roe Jr.": the father is written so as
 * often as the son. A name that stands for no longer one maps to nothing. Of people (`misspelt`),
 * a long surname alone also stands for the full name whose surname it is but for one letter
 * ("Tulemaganbetov" for "Damir Tulemagabetov": news misspells long names, and a near twin of a
 * long surname in the same article is far more often the same name than another person).
 */
export function nameCandidates(names: readonly string[], misspelt = false): Map<string, string[]> {
  return candidatesOf(wordsOfNames(names), misspelt);
}

/** Each distinct name's words (see nameWords). */
function wordsOfNames(names: readonly string[]): Map<string, NameWords> {
  const words = new Map<string, NameWords>();
  for (const name of names) if (!words.has(name)) words.set(name, nameWords(name));
  return words;
}

/**
 * The last word of a longer name that, after an organisation's one-word name, still names the
 * organisation itself: "Acme Inc.", "Acme Stores Inc.", "Acme Resorts International", "Acme Magazine".
 * Other endings name a part of it or something else ("Comcast Controller", "ESPN PR", "Breitbart
 * Texas", "NBC News", "Senate Judiciary Committee", "Apple Store"), which the one word alone does not
 * stand for.
 */
const corporateEnding =
  /^(?:inc\.?|incorporated|corp\.?|corporation|co\.?|company|ltd\.?|limited|llc|plc|ag|sa|group|holdings?|international|magazine|media)$/;

/** Whether `words` are `first` and then words that name something else: "Comcast Controller" of "Comcast". */
const startsPartOf = (words: readonly string[], first: string): boolean =>
  words.length > 1 && words[0] === first && !corporateEnding.test(words.at(-1)!);

/**
 * nameCandidates, of names already split into their words. `organisations`: a one-word name that
 * starts a longer name of something else ("Comcast" and "Comcast Controller", "House" and "House
 * Republicans": see corporateEnding) stands for itself alone; a person's given name alone stands for any
 * full name it starts.
 */
function candidatesOf(
  names: ReadonlyMap<string, NameWords>,
  misspelt: boolean,
  organisations = false,
): Map<string, string[]> {
  // Each name's words are split once, not once per pair of names.
  const distinct: ({ name: string } & NameWords)[] = [];
  for (const [name, { words, suffix, nickname }] of names) distinct.push({ name, words, suffix, nickname });
  distinct.sort((a, b) => b.words.length - a.words.length || a.name.localeCompare(b.name));
  const canonical = new Map<string, string>();
  const candidates = new Map<string, string[]>();
  for (const { name, words, suffix } of distinct) {
    if (
      organisations &&
      words.length === 1 &&
      distinct.some((other) => startsPartOf(other.words, words[0]!))
    ) {
      candidates.set(name, []);
      canonical.set(name, name);
      continue;
    }
    const longer = distinct.filter(({ words: otherWords, suffix: otherSuffix, nickname }) => {
      // "Big Bad Hal" or "Hal" for "Harry “Big Bad Hal” Roe": the nickname or its last words.
      if (suffix === '' && endsWithWords(nickname, words)) return true;
      // "Sami Poe" for "Sami “Bo” Poe": the same words without the nickname.
      if (nickname.length > 0 && otherSuffix === suffix && otherWords.join(' ') === words.join(' '))
        return true;
      if (otherWords.length <= words.length) return false;
      // A suffix names one of a father and a son: "Roe Jr." is only ever a "… Roe Jr.".
      if (suffix !== '' && otherSuffix !== suffix) return false;
      // "Roe" alone is the father as often as the son: only a longer form ("John Roe") reaches "John G. Roe Jr.".
      if (otherSuffix !== '' && words.length === 1 && suffix === '') return false;
      const tail = endsWithWords(otherWords, words);
      const head = words.length === 1 && otherWords[0] === words[0];
      const middle = words.length > 1 && otherWords[0] === words[0] && otherWords.at(-1) === words.at(-1);
      return tail || head || middle;
    });
    const near =
      misspelt && longer.length === 0 && words.length === 1 && words[0]!.length >= minimumMisspeltLength
        ? distinct.filter(
            ({ words: otherWords }) => otherWords.length > 1 && oneLetterApart(otherWords.at(-1)!, words[0]!),
          )
        : [];
    const targets = [
      ...new Set([...longer, ...near].map(({ name: other }) => canonical.get(other) ?? other)),
    ];
    candidates.set(name, targets);
    canonical.set(name, targets.length === 1 ? targets[0]! : name);
  }
  return candidates;
}

/** Surnames shorter than this are not matched with a letter wrong ("Johnson" is not "Johnston"). */
const minimumMisspeltLength = 9;
const oneLetterApart = (a: string, b: string): boolean =>
  Math.abs(a.length - b.length) <= 1 && a !== b && editDistance(a, b) === 1;

/** The canonical form of each name, from its candidates: the one full name, else itself. */
const canonicalOf = (candidates: ReadonlyMap<string, readonly string[]>): Map<string, string> =>
  new Map([...candidates].map(([name, targets]) => [name, targets.length === 1 ? targets[0]! : name]));

/** Maps every name as written to the canonical (longest unambiguous) form it stands for. */
export function canonicalNames(names: readonly string[]): Map<string, string> {
  return canonicalOf(nameCandidates(names));
}

/**
 * The role words ("president", "sen.") of the titles each full name is written with, so that a short
 * form with a title of its own goes to the one person who holds it: "President Obama" after both
 * "President Barack Obama" and "first lady Michelle Obama" is Barack Obama, whichever was written last.
 */
class RoleHolders {
  private readonly rolesByName = new Map<string, Set<string>>();

  constructor(
    mentions: readonly EntityMention[],
    written: readonly string[],
    canonical: ReadonlyMap<string, string>,
    private readonly titlesBySpan: ReadonlyMap<number, readonly Title[]>,
  ) {
    for (let i = 0; i < mentions.length; i++) {
      const titles = titlesBySpan.get(mentions[i]!.span[0]);
      if (!titles || titles.length === 0) continue;
      const name = canonical.get(written[i]!) ?? written[i]!;
      const roles = this.rolesByName.get(name) ?? new Set<string>();
      for (const title of titles) roles.add(roleWordOf(title));
      this.rolesByName.set(name, roles);
    }
  }

  /** The one of `targets` holding a role the mention at `at` is written with, if exactly one does. */
  holderOf(at: number, targets: readonly string[]): string | undefined {
    const titles = this.titlesBySpan.get(at);
    if (!titles || titles.length === 0) return undefined;
    const roles = titles.map(roleWordOf);
    const holders = targets.filter((target) => roles.some((role) => this.rolesByName.get(target)?.has(role)));
    return holders.length === 1 ? holders[0] : undefined;
  }
}

/** The last word of a title, lower-cased: "president" of "Russian President". */
const roleWordOf = (title: Title): string => title.text.slice(title.text.lastIndexOf(' ') + 1).toLowerCase();

/** (A lower-case ASCII second letter, as in most names, settles it without upper-casing the name.) */
const isAllCaps = (name: string) => {
  const second = name.charCodeAt(1);
  return name.length > 3 && !(second >= 0x61 && second <= 0x7a) && name === name.toUpperCase();
};

/**
 * The full name an ambiguous short form stands for where it is written: of the full names it
 * could be ("Mr. Smith" with Jane and John Smith in the article), the one written last before it,
 * outside quotation marks if any is; on the opening line (a headline), else the first written
 * after it.
 */
function nearestFullName(
  text: string,
  targets: readonly string[],
  at: number,
  written: readonly string[],
  mentions: readonly EntityMention[],
  canonical: ReadonlyMap<string, string>,
): string | undefined {
  /** The full name mention `i` is written for, if it is one of the targets. */
  const targetAt = (i: number): string | undefined => {
    const name = canonical.get(written[i]!) ?? written[i]!;
    return targets.includes(name) ? name : undefined;
  };
  let quoted: string | undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const name = mentions[i]!.span[0] < at ? targetAt(i) : undefined;
    if (!name) continue;
    // A name inside someone's quoted words ("the ad read, “Meet Jane Doe”") is not whom the
    // writer goes on about: the latest one outside quotation marks first.
    if (!insideQuotation(text, mentions[i]!.span[0])) return name;
    quoted ??= name;
  }
  if (quoted || !onOpeningLine(text, at)) return quoted;
  // A headline's "President Smith", written before any of them: the one the text names first,
  // whom a story introduces before the others. (Not further on: there a bare "Smith" the text
  // did not introduce is often one it never names in full, a famous father of a "Smith Jr.")
  for (let i = 0; i < mentions.length; i++) {
    const name = mentions[i]!.span[0] > at ? targetAt(i) : undefined;
    if (name && !insideQuotation(text, mentions[i]!.span[0])) return name;
  }
  return undefined;
}

/** The persons a short form was read as under honorifics other than `key`'s ("mrs doe" besides "miss doe"). */
function honorificReadingsBesides(
  readings: ReadonlyMap<string, string>,
  key: string,
  short: string,
): string[] {
  return [...readings]
    .filter(([reading]) => reading !== key && reading.endsWith(` ${short}`))
    .map(([, person]) => person);
}

/** Whether `at` is on the text's first line (its headline, when it has one). */
const onOpeningLine = (text: string, at: number): boolean => !text.slice(0, at).includes('\n');

/** Whether `at` lies inside double quotation marks opened earlier in its paragraph. */
function insideQuotation(text: string, at: number): boolean {
  const paragraph = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const curly = paragraph.lastIndexOf('“') > paragraph.lastIndexOf('”');
  return curly || (paragraph.split('"').length - 1) % 2 === 1;
}

/**
 * Of the full names a short form with an honorific may stand for, those whose given name is not
 * usually the other sex's: "Mrs. Doe" is not John Doe. (All of them when that leaves none,
 * or when one given name may be short for another.)
 */
function ofHonorificSex(targets: readonly string[], honorific: string | undefined): readonly string[] {
  if (!honorific || honorific === 'Dr') return targets;
  const given = targets.map((name) => name.split(' ')[0]!.toLowerCase());
  // "Jess Roe" and "Jessica Roe" may be one woman by a short name (and "Jess" reads as male).
  if (given.some((a, i) => given.some((b, j) => i !== j && a.length >= 3 && b.startsWith(a)))) return targets;
  const other = honorific === 'Mr' ? 'female' : 'male';
  const fitting = targets.filter((_, i) => usualSexOf(given[i]!) !== other);
  return fitting.length > 0 ? fitting : targets;
}

/** A verb of saying and a pronoun right after a name: " said that he", " told reporters she". */
const verbThenPronoun =
  /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told\s+\p{Ll}+|added|wrote|tweeted|insisted|argued)\s*,?\s+(?:that\s+)?(he|she)\b/u;

/**
 * The sex a pronoun right after a bare surname tells, as an honorific would ("Doe said that he was
 * saddened": Mr), for choosing among people of that surname; undefined if none follows.
 */
function pronounSexAfter(text: string, at: number): string | undefined {
  const pronoun = verbThenPronoun.exec(text.slice(at, at + 40))?.[1];
  return pronoun === undefined ? undefined : pronoun === 'he' ? 'Mr' : 'Ms';
}

/** A kinship word introducing a relative right before a name: "His wife, ", "her father, the Rev. ", "the husband of ". */
const relativeBefore =
  /\b(?:wife|husband|son|daughter|father|mother|brother|sister|widow|fianc[eé]e?)(?:\s+of)?\s*,?\s+(?:the\s+)?(?:(?:Rev|Dr|Mrs?|Ms)\.?\s+)?$/i;

/** An honorific right before a name ("Mrs Smith", "Mr. Smith"). */
const honorificBefore = /\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+$/;

const acronymInBrackets = /^\s*\((\p{Lu}{2,8})\)/u;
const acronymShape = /^\p{Lu}{2,6}$/u;

/**
 * Acronyms an article defines: "the Civil Defense Agency (CDA)" makes "CDA" a name of the agency
 * wherever it is written; so does naming the agency anywhere, if no other name has those
 * initials. The letters must be the initials of the name's words in order, each capitalised word
 * giving one ("of" and "the" may give one or none: "Office of Water (OOW)").
 */
function acronymsIn(
  text: string,
  mentions: readonly EntityMention[],
  written: readonly string[],
): Map<string, string> {
  const acronyms = new Map<string, string>();
  mentions.forEach((mention, index) => {
    const after = text.slice(mention.span[1], mention.span[1] + 12);
    // (Most names have no bracket after them: a plain search rules them out before the pattern.)
    const defined = after.includes('(') ? acronymInBrackets.exec(after)?.[1] : undefined;
    if (!defined) return;
    const words = written[index]!.split(' ');
    if (words.length > 1 && spellsInitials(defined, words)) acronyms.set(defined, written[index]!);
  });
  // Undefined ones too ("the NRA" where the article also names the National Rifle Association),
  // when exactly one name of the article has those initials.
  const fullNames = [...new Set(written.filter((name) => name.includes(' ')))];
  for (const name of new Set(written)) {
    if (acronyms.has(name) || !acronymShape.test(name)) continue;
    const spelt = fullNames.filter((full) => spellsInitials(name, full.split(' ')));
    if (spelt.length === 1) acronyms.set(name, spelt[0]!);
  }
  return acronyms;
}

/** Whether `letters` are the initials of `words` in order, lower-case words giving one or none. */
function spellsInitials(letters: string, words: readonly string[]): boolean {
  if (words.length === 0) return letters.length === 0;
  const [word, ...rest] = words as [string, ...string[]];
  const takes = letters[0] === word[0]!.toUpperCase() && spellsInitials(letters.slice(1), rest);
  return takes || (/^\p{Ll}/u.test(word) && spellsInitials(letters, rest));
}

/**
 * What grouping works out about the short forms of one list of mentions, each once when first
 * asked (a class, not closures made at every call: tsx wraps each named closure as it is made,
 * and such closures were found several times slower to call).
 */
class ShortForms {
  /** Each mention's words, and whether a kinship word introduces it. */
  private wordsOf: string[][] | undefined;
  private isRelative: (boolean | undefined)[] | undefined;
  /** The last words of the names of more than one word. */
  private lastWords: Set<string> | undefined;
  /**
   * A short form the text used while only one of its full names had been written keeps that
   * person: once "Doe" is John Doe, a "Jane Doe" introduced later is "Jane" or "Mrs. Doe" to the
   * writer, and a bare "Doe" is still John. (Settled at its first use after the headline, or at a
   * headline's use if a full name came before it; '' when it was not one person's then.)
   */
  private readonly establishedReading = new Map<string, string>();
  /** Whether a short form is another person than its only full name (see anotherOfTheName). */
  private readonly separate = new Map<string, boolean>();

  constructor(
    private readonly text: string,
    private readonly mentions: readonly EntityMention[],
    private readonly written: readonly string[],
    /** The words of each name written (see nameWords). */
    private readonly wordsByName: ReadonlyMap<string, NameWords>,
    private readonly canonical: ReadonlyMap<string, string>,
  ) {}

  /** A name's words for matching (see nameWords). */
  private wordsOfName(name: string): string[] {
    return this.wordsByName.get(name)!.words;
  }

  /**
   * The longer names the text wrote before `at` that end in the words of `short` (a "Doe Jr." too),
   * but for relatives introduced as such ("his wife, Jane Doe"): the writer calls them otherwise.
   */
  private longerNamesBefore(short: string, at: number): Set<string> {
    const { mentions, written } = this;
    if (this.wordsOf === undefined) {
      this.wordsOf = [];
      for (const name of written) this.wordsOf.push(this.wordsOfName(name));
    }
    const wordsOf = this.wordsOf;
    this.lastWords ??= new Set(wordsOf.filter((words) => words.length > 1).map((words) => words.at(-1)!));
    const words = this.wordsOfName(short);
    const names = new Set<string>();
    // (Most one-word names end no longer name: nothing to look for.)
    if (!this.lastWords.has(words.at(-1)!)) return names;
    for (let i = 0; i < mentions.length; i++) {
      if (mentions[i]!.span[0] >= at) continue;
      const longer = wordsOf[i]!;
      if (longer.length > words.length && endsWithWords(longer, words))
        names.add(this.canonical.get(written[i]!) ?? written[i]!);
    }
    // (Whether a kinship word comes before a mention is read only for mentions of the names found.)
    if (names.size === 0) return names;
    const relatives = new Set<string>();
    for (let i = 0; i < mentions.length; i++) {
      if (mentions[i]!.span[0] >= at) continue;
      const name = this.canonical.get(written[i]!) ?? written[i]!;
      if (names.has(name) && this.isRelativeAt(i)) relatives.add(name);
    }
    for (const relative of relatives) names.delete(relative);
    return names;
  }

  /** Whether a kinship word introduces mention `index` ("his wife, Jane Doe"). */
  private isRelativeAt(index: number): boolean {
    this.isRelative ??= [];
    let relative = this.isRelative[index];
    if (relative === undefined) {
      const at = this.mentions[index]!.span[0];
      relative = relativeBefore.test(this.text.slice(Math.max(0, at - 24), at));
      this.isRelative[index] = relative;
    }
    return relative;
  }

  /** The person the short form of mention `index` was settled as (see establishedReading), if any. */
  establishedAt(index: number): string | undefined {
    const short = this.written[index]!;
    const at = this.mentions[index]!.span[0];
    if (!this.establishedReading.has(short)) {
      const [first, ...others] = this.longerNamesBefore(short, at);
      if (first !== undefined || !onOpeningLine(this.text, at))
        this.establishedReading.set(short, first !== undefined && others.length === 0 ? first : '');
    }
    return this.establishedReading.get(short) || undefined;
  }

  /**
   * "Mr. Trump" in the text before "the first lady, Melania Trump", its only full name: a short
   * form used before that full name, with an honorific of the other sex, is another person.
   */
  anotherOfTheName(short: string, target: string): boolean {
    let found = this.separate.get(short);
    if (found === undefined) {
      const { text, mentions, written } = this;
      const honorifics: string[] = [];
      for (let i = 0; i < mentions.length; i++) {
        if (written[i] !== short) continue;
        const at = mentions[i]!.span[0];
        const honorific = honorificBefore.exec(text.slice(Math.max(0, at - 6), at))?.[1];
        if (honorific) honorifics.push(honorific);
      }
      const sex = honorifics.length > 0 ? usualSexOf(target.split(' ')[0]!.toLowerCase()) : undefined;
      const clashing = sex === 'female' ? ['Mr'] : sex === 'male' ? ['Mrs', 'Ms', 'Miss'] : [];
      found = honorifics.some((h) => clashing.includes(h)) && this.firstOf(short) < this.firstOf(target);
      this.separate.set(short, found);
    }
    return found;
  }

  /** Where the text first writes `name` after its opening line (Infinity if it does not). */
  private firstOf(name: string): number {
    const { text, mentions, written } = this;
    return (
      mentions.find((m, i) => written[i] === name && !onOpeningLine(text, m.span[0]))?.span[0] ?? Infinity
    );
  }
}

/**
 * The mentions grouped by the name they stand for. Of `people`, an ambiguous short form goes to
 * the person it was first used for while it was not ambiguous yet, else to the full name written
 * last before it; a misspelt surname goes to its full name.
 */
/**
 * Words the text uses as surnames: the last word of a longer name, or a name alone after an
 * honorific or a title ("Mr. Obama", "President Obama").
 */
function surnamesIn(
  text: string,
  mentions: readonly EntityMention[],
  written: readonly string[],
): Set<string> {
  const surnames = new Set<string>();
  written.forEach((name, index) => {
    if (anySpace.test(name)) {
      surnames.add(name.split(' ').at(-1)!);
      return;
    }
    const before = text.slice(Math.max(0, mentions[index]!.span[0] - 30), mentions[index]!.span[0]);
    const titleWord = /(\p{Lu}\p{L}*)\.?\s+$/u.exec(before)?.[1];
    if (honorificBefore.test(before) || (titleWord && isRole(titleWord))) surnames.add(name);
  });
  return surnames;
}

/**
 * Given names joined to a full name by "and" share its surname: "Diane and John Foley", "Bill and
 * Hillary Clinton" name Diane Foley and Bill Clinton. (Both first words must be given names: not
 * "Acme and John Foley".)
 */
function sharedSurnames(
  text: string,
  mentions: readonly EntityMention[],
  written: readonly string[],
): string[] {
  const names: string[] = [];
  // ("Obama and Paul Ryan": a word another name ends with is a surname there, whatever the list says.)
  let surnames: Set<string> | undefined;
  for (let index = 0; index + 1 < mentions.length; index++) {
    const given = written[index]!;
    const next = written[index + 1]!;
    if (anySpace.test(given) || !anySpace.test(next)) continue;
    if (!/^\s+and\s+$/.test(text.slice(mentions[index]!.span[1], mentions[index + 1]!.span[0]))) continue;
    const [nextGiven, ...surname] = next.split(' ');
    if (!usualSexOf(given) || !usualSexOf(nextGiven!)) continue;
    surnames ??= surnamesIn(text, mentions, written);
    if (!surnames.has(given)) names.push(`${given} ${surname.join(' ')}`);
  }
  return names;
}

function groupEntities(
  text: string,
  mentions: readonly EntityMention[],
  type: 'person' | 'organization' | 'place',
  titlesBySpan: ReadonlyMap<number, readonly Title[]> = new Map(),
): { name: string; spans: Span[]; variants: string[] }[] {
  const people = type === 'person';
  const written = mentions.map((m) => withSingleSpaces(text.slice(m.span[0], m.span[1])));
  // ("Diane" of "Diane and John Foley" is Diane Foley: a name no mention has, but one her other
  // mentions, "his mother, Diane", stand for.)
  const wordsByName = wordsOfNames(
    people ? [...written, ...sharedSurnames(text, mentions, written)] : written,
  );
  const candidates = candidatesOf(wordsByName, people, type === 'organization');
  const canonical = canonicalOf(candidates);
  if (!people) for (const [short, full] of acronymsIn(text, mentions, written)) canonical.set(short, full);
  const groups = new Map<string, { name: string; spans: Span[]; variants: string[] }>();
  const groupOfName = new Map<string, { name: string; spans: Span[]; variants: string[] }>();
  // An ambiguous short form stands for the full name written last before it; one with an honorific
  // keeps the person it first stood for: once "Miss Smith" is Jane Smith, a Joan Smith named later
  // is written out in full, not called "Miss Smith" too. (A bare "Smith" is left to the nearest
  // name, unless it was settled below: without an honorific, writers use it for whichever Smith
  // the paragraph is about.)
  const honorificReading = new Map<string, string>();
  const shortForms = new ShortForms(text, mentions, written, wordsByName, canonical);
  const roleHolders = people ? new RoleHolders(mentions, written, canonical, titlesBySpan) : undefined;
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    const targets = candidates.get(written[index]!) ?? [];
    const single = people && !anySpace.test(written[index]!);
    const established = single ? shortForms.establishedAt(index) : undefined;
    let nearest: string | undefined;
    if (single && targets.length === 1 && shortForms.anotherOfTheName(written[index]!, targets[0]!)) {
      nearest = written[index]!;
    } else if (established && !targets.includes(established)) {
      // "Mr. Doe" in a story that has named only "John Doe Jr." so far: the son. (A surname alone
      // is no candidate for a "Jr.", being the father's as often, unless the text settled it so.)
      nearest = established;
    } else if (people && targets.length > 1) {
      const title = honorificBefore.exec(text.slice(Math.max(0, mention.span[0] - 6), mention.span[0]))?.[1];
      const key = title && `${title.toLowerCase()} ${written[index]!}`;
      // One person keeps one honorific: once "Miss Doe" is Jane Doe, "Mrs Doe" is another Doe.
      const calledOtherwise = key ? honorificReadingsBesides(honorificReading, key, written[index]!) : [];
      const free = targets.filter((target) => !calledOtherwise.includes(target));
      nearest =
        (key && honorificReading.get(key)) ||
        roleHolders?.holderOf(mention.span[0], targets) ||
        (!title && established) ||
        nearestFullName(
          text,
          ofHonorificSex(free.length > 0 ? free : targets, title ?? pronounSexAfter(text, mention.span[1])),
          mention.span[0],
          written,
          mentions,
          canonical,
        );
      if (key && nearest && !honorificReading.has(key)) honorificReading.set(key, nearest);
    }
    const name = nearest ?? canonical.get(written[index]!) ?? written[index]!;
    // "MOSCOW" in a dateline and "Moscow" in the body are one place. (Each name's group is kept
    // by the name as well: most names recur, and are lower-cased once.)
    let group = groupOfName.get(name);
    if (!group) {
      const key = name.toLowerCase();
      group = groups.get(key);
      if (!group) {
        group = { name, spans: [], variants: [] };
        groups.set(key, group);
      }
      groupOfName.set(name, group);
    }
    if (isAllCaps(group.name) && !isAllCaps(name)) group.name = name;
    group.spans.push(mention.span);
    if (!group.variants.includes(written[index]!)) group.variants.push(written[index]!);
  }
  return [...groups.values()];
}

export interface PeopleLayer {
  readonly people: Person[];
  readonly organizations: Entity[];
  readonly places: Entity[];
}

const honorific = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?$/i;
// Patterns with \p{…} are module constants: tsx (esbuild) compiles such a literal to
// `new RegExp(…)`, which a literal inside a function would build again at every call.
const notLetterOrDigit = /[^\p{L}\p{N}]/u;
const notLetterDigitOrStop = /[^\p{L}\p{N}.]/u;
/** A count or a conjunction that opens a sentence before a name: "One Facebook user", "Though Doe". */
const openingWord =
  /^(?:One|Another|Some|Many|Most|Several|Both|Two|Three|Four|Five|Though|Although|While|Whereas|When|Whenever|After|Before|Because|Since|Unless|Until|If|But|And|However|Meanwhile)\s+(?=\p{Lu})/u;
const wordBeforeHonorific = /^\p{Lu}\p{Ll}+\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu})/u;
/** An honorific opening a name: "Mr. Doe", "Miss Doe" (not a pageant: "Miss America", "Miss World"). */
const honorificThenName =
  /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s|Miss\s+(?!(?:America|Universe|World|USA|Earth|International|Teen)\b)\p{Lu})/u;
const anySpace = /\s/;
/** Whitespace other than single spaces between words (a tab, a line break, two spaces). */
const irregularSpace = /[^\S ]| {2}/;
/** The name with each run of whitespace as one space (most names are written so already, and returned as they are). */
const withSingleSpaces = (name: string): string =>
  irregularSpace.test(name) ? name.replace(/\s+/g, ' ') : name;
const nonSpaceRuns = /\S+/g;
const wordAndSpaces = /\S+\s*/g;
const firstWordAndSpace = /^\S+\s+/;
/** A letter or digit of ASCII, read off its code: most names' first and last characters, checked before a Unicode pattern. */
const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const firstNameAndSurname = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}$/u;

/**
 * "Trump’s" → "Trump", "Secretary Jane Smith" → "Jane Smith", "Mr. Royce" → "Royce": a
 * possessive ending, a leading title or an honorific is never part of a person's name (titles are
 * bound separately).
 */
/** A lower-case word after a name's first one that is no particle of a name. */
const lowerCaseInnerWord =
  /\s+(?!(?:al|el|bin|ibn|bint|abu|de|del|della|delle|dei|degli|dal|dalla|der|den|di|da|das|do|dos|du|la|le|van|von|vom|ter|ten|y|zu|zur|st)\s)\p{Ll}+(?=\s|$)/u;

function trimmedMention(text: string, mention: EntityMention): EntityMention {
  let [start, end] = mention.span;
  // The tagger sometimes takes a quotation mark or bracket in with the name.
  while (start < end && !isAsciiLetterOrDigit(text.charCodeAt(start)) && notLetterOrDigit.test(text[start]!))
    start++;
  while (
    end > start &&
    !isAsciiLetterOrDigit(text.charCodeAt(end - 1)) &&
    notLetterDigitOrStop.test(text[end - 1]!)
  )
    end--;
  if (end - start > 3 && text[end - 1] === 's' && (text[end - 2] === "'" || text[end - 2] === '’')) end -= 2;
  // (A one-word name holds no opening word, honorific, title, description or run-on word: nothing
  // below can match in it.)
  if (!anySpace.test(text.slice(start, end)))
    return start === mention.span[0] && end === mention.span[1]
      ? mention
      : { ...mention, span: [start, end] };
  // "One Facebook user", "Though Doe": a count or conjunction opening the sentence is no part of a name.
  const opening = openingWord.exec(text.slice(start, end));
  if (opening) start += opening[0].length;
  // "Mr. Doe", "Miss Doe" are persons whatever the tagger called them ("Miss America" is a pageant).
  const type = honorificThenName.test(text.slice(start, end)) ? 'person' : mention.type;
  if (type === 'person' && anySpace.test(text.slice(start, end))) {
    // "Bewildered Ms Yen", "Fearless Mr Doe": a word before an honorific describes the person.
    const describedThenHonorific = wordBeforeHonorific.exec(text.slice(start, end));
    if (describedThenHonorific) start += describedThenHonorific[0].length;
    // "Vice President Jane Doe": a whole title ending in a role word, then any single role words.
    const titleWords = leadingTitleLength(text.slice(start, end).match(nonSpaceRuns) ?? []);
    // (Most names open with no title: the words' offsets are read only for one that does.)
    if (titleWords > 0)
      for (const word of [...text.slice(start, end).matchAll(wordAndSpaces)].slice(0, titleWords))
        start += word[0].length;
    for (
      let word = firstWordAndSpace.exec(text.slice(start, end));
      word;
      word = firstWordAndSpace.exec(text.slice(start, end))
    ) {
      const bare = word[0].trim();
      if (!(isRole(bare) || isClericalTitle(bare) || honorific.test(bare))) break;
      start += word[0].length;
    }
    // "Lin confronts Thomas": a lower-case word after the first that is no name particle ("de",
    // "van", "bin") is a verb or a noun the tagger ran on into; the name ends before it.
    const inner = lowerCaseInnerWord.exec(text.slice(start, end));
    if (inner) end = start + inner.index;
  }
  return start === mention.span[0] && end === mention.span[1] && type === mention.type
    ? mention
    : { ...mention, type, span: [start, end] };
}

/**
 * The tagger misses a name it found elsewhere in the same article (often at the start of a
 * sentence, where capitals say nothing). Every other occurrence of a recognised name, and of the
 * surname of a recognised full name, is a mention too; so is every news outlet's name (see
 * outlets.ts). Matching is on whole tokens, case-sensitive.
 */
export function recoverMentions(
  text: string,
  mentions: readonly EntityMention[],
  tokens: readonly Token[] = tokenize(text),
  alsoTaken: readonly Span[] = [],
  capitalised: readonly number[] = capitalisedTokens(tokens),
): EntityMention[] {
  /** Known names as token sequences, indexed by their first token; each name once (the first type seen). */
  const byFirstToken = new Map<string, KnownName[]>();
  let anyParticleSurname = false;
  let first = 0;
  for (const mention of mentions) {
    first = firstTokenOnFrom(tokens, mention.span[0], first);
    const words: string[] = [];
    let letters = 0;
    for (let i = first; i < tokens.length && tokens[i]!.span[1] <= mention.span[1]; i++) {
      words.push(tokens[i]!.text);
      letters += tokens[i]!.text.length;
    }
    if (words.length === 0 || !isCapitalised(words[0]!) || letters < 3) continue;
    addKnownName(byFirstToken, words, mention.type);
    const surname = words.at(-1)!;
    // (A capitalised one: "Chibok schoolgirls" makes no name of "schoolgirls"; or one joined to an
    // Arabic particle, "al-Sheikh", found again below among the words that open so.)
    if (mention.type === 'person' && words.length > 1 && surname.length >= 3) {
      const particle = particleSurname.test(surname);
      if (isCapitalised(surname) || particle) addKnownName(byFirstToken, [surname], 'person');
      anyParticleSurname ||= particle;
    }
  }
  // Words the tagger took into a name (a title trimmed off it included) are no other name.
  const taken = new SpanSet(mentions, alsoTaken);
  const recovered: EntityMention[] = [];
  /** The tagger's names an outlet's name holds whole, which it stands for. */
  let replaced: Set<EntityMention> | undefined;
  // Every known name starts with a capital: only tokens that may start with one are read.
  // (`next` is the token after the last name found: the next name starts there or later.)
  let next = 0;
  const starts = anyParticleSurname ? withParticleWords(tokens, capitalised) : capitalised;
  for (const i of starts) {
    if (i < next) continue;
    const known = byFirstToken.get(tokens[i]!.text);
    const outlets = outletsByFirstToken.get(tokens[i]!.text);
    if (!known && !outlets) continue;
    const named = known && knownNameAt(known, tokens, i);
    // And news organisations, whether or not the tagger found them here: a longer one than the
    // article's own name there, unless it runs on into a longer name, a show's ("Fox News Sunday").
    const outlet = outlets && knownNameAt(outlets, tokens, i);
    const after = outlet && tokens[i + outlet.words.length];
    const runsOn =
      after !== undefined &&
      isCapitalised(after.text) &&
      after.span[0] === tokens[i + outlet!.words.length - 1]!.span[1] + 1;
    const match = outlet && !runsOn && (!named || outlet.words.length > named.words.length) ? outlet : named;
    if (!match) continue;
    const span: Span = [tokens[i]!.span[0], tokens[i + match.words.length - 1]!.span[1]];
    if (!taken.overlaps(span)) recovered.push({ type: match.type, span });
    else if (match === outlet) {
      // "The Times of Israel" read as "Times" and "Israel", "The Globe and Mail" as "Globe": an
      // outlet's name holding the tagger's names whole is one name, theirs.
      // (Not when a name runs out of it, the tagger's own as it read it included.)
      const overlapping = (other: Span) => other[0] < span[1] && other[1] > span[0];
      const inside = (other: Span) => other[0] >= span[0] && other[1] <= span[1];
      const parts = mentions.filter((m) => overlapping(m.span));
      if (parts.every((m) => inside(m.span)) && alsoTaken.filter(overlapping).every(inside)) {
        replaced ??= new Set();
        for (const part of parts) replaced.add(part);
        recovered.push({ type: match.type, span });
      }
    }
    next = i + match.words.length;
  }
  if (recovered.length === 0) return [...mentions];
  const kept = replaced ? mentions.filter((m) => !replaced.has(m)) : mentions;
  return [...kept, ...recovered].sort((a, b) => a.span[0] - b.span[0]);
}

/** A surname joined to a lower-case Arabic particle: "al-Sheikh", "el-Sisi". */
const particleSurname = /^(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu}/u;

/** The capitalised tokens' indexes with those of words like "al-Sheikh" merged in, in order. */
function withParticleWords(tokens: readonly Token[], capitalised: readonly number[]): number[] {
  const particles = tokens.flatMap((token, i) => (particleSurname.test(token.text) ? [i] : []));
  return [...capitalised, ...particles].sort((a, b) => a - b);
}

/** The news outlets (see outlets.ts) as known names, by their first word: the same for every article. */
const outletsByFirstToken = new Map<string, KnownName[]>();
for (const outlet of newsOutlets) addKnownName(outletsByFirstToken, [...outlet], 'organization');

/** A name recoverMentions looks for: its tokens' words, and the type of its first mention. */
interface KnownName {
  words: string[];
  type: EntityType;
}

/** Adds a name (its words) under its first word, longest names first, unless it is known already. */
function addKnownName(byFirstToken: Map<string, KnownName[]>, words: string[], type: EntityType): void {
  const list = byFirstToken.get(words[0]!);
  if (list === undefined) {
    byFirstToken.set(words[0]!, [{ words, type }]);
    return;
  }
  // A name known already is under the same first word. (Its words compared one by one, not joined
  // into a key: no token holds a space, so that is the same, without a string made per mention.)
  for (const known of list) if (sameWords(known.words, words)) return;
  // After the names as long or longer, where a stable sort by length would put it. (Put there
  // directly: sorting the list again for every name cost more than finding the names.)
  let at = 0;
  while (at < list.length && list[at]!.words.length >= words.length) at++;
  list.splice(at, 0, { words, type });
}

/** Whether two names are the same words in the same order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * The first of the known names (longest first) whose words are the tokens from `at` on.
 * (A loop, not find and every: closures made for each capitalised token cost more than the look.)
 */
function knownNameAt(
  known: readonly KnownName[],
  tokens: readonly Token[],
  at: number,
): KnownName | undefined {
  for (const name of known) {
    let k = 0;
    while (k < name.words.length && tokens[at + k]?.text === name.words[k]) k++;
    if (k === name.words.length) return name;
  }
  return undefined;
}

const byStart = (a: Span, b: Span): number => a[0] - b[0];

/**
 * Spans asked whether any of them overlaps a given span, in O(log n) rather than a scan of them all
 * (every recurring name of an article asks): sorted by start, with the furthest end reached so far.
 */
class SpanSet {
  private readonly starts: number[];
  private readonly furthestEnds: number[];

  /** The spans of the mentions and the other spans. (One loop each: copies and maps cost more here.) */
  constructor(mentions: readonly EntityMention[], others: readonly Span[]) {
    const sorted: Span[] = [];
    for (const mention of mentions) sorted.push(mention.span);
    for (const span of others) sorted.push(span);
    sorted.sort(byStart);
    this.starts = [];
    this.furthestEnds = [];
    let furthest = Number.NEGATIVE_INFINITY;
    for (const span of sorted) {
      furthest = Math.max(furthest, span[1]);
      this.starts.push(span[0]);
      this.furthestEnds.push(furthest);
    }
  }

  /** Whether some span starts before `span` ends and ends after it starts. */
  overlaps(span: Span): boolean {
    // The spans starting before `span` ends are a prefix of the sorted list.
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! < span[1]) low = middle + 1;
      else high = middle;
    }
    return low > 0 && this.furthestEnds[low - 1]! > span[0];
  }
}

/**
 * The first token starting at or after `offset`, looked for from `from` on when it lies before
 * that token (mentions come in text order, mostly a few tokens apart: a step or two forward
 * costs less than a search over all the tokens).
 */
function firstTokenOnFrom(tokens: readonly Token[], offset: number, from: number): number {
  if (from > tokens.length || (from > 0 && tokens[from - 1]!.span[0] >= offset))
    return firstTokenFrom(tokens, offset);
  let first = from;
  while (first < tokens.length && tokens[first]!.span[0] < offset) first++;
  return first;
}

/** A company's name and its legal or corporate last word ("google inc.", "blackstone group"), lower case. */
const corporateWords = new Set(
  'inc inc. incorporated corp corp. corporation co. company ltd ltd. limited llc plc group holdings capital partners properties'.split(
    ' ',
  ),
);
/** "google" of "google inc." or "google, inc.", if the name ends in a corporate word. */
function companyName(name: string): string | undefined {
  const space = name.lastIndexOf(' ');
  if (space < 1 || !corporateWords.has(name.slice(space + 1))) return undefined;
  return name.slice(0, name[space - 1] === ',' ? space - 1 : space);
}

/**
 * Words before a town's name: "in", "near", "outside", "around", "the city of", "his hometown of".
 * (Not the seat-of-government cues of conventions.ts: "at" or "visited" before a one-word name is
 * as often a company's.)
 */
const townBefore =
  /\b(?:in|near|outside|around|(?:city|town|hometown|village|suburb|province|district) of)\s+$/;
/** A distance after a name in commas: "Tarsa, 80 miles north of the capital" is a place, whatever comes before. */
const distanceAfter =
  /^,\s+(?:about\s+|some\s+|roughly\s+)?\d[\d,.]*\s*(?:miles?|km|kilometres?|kilometers?)\s+(?:north|south|east|west)/;
/** What follows a town's name: punctuation or a function word ("in Ferguson to", not "in Acme stores"). */
const townAfter =
  /^(?:[,.;:!?)”"]|\s+(?:to|and|or|on|for|with|at|in|of|is|was|were|will|would|has|had|have|are|last|this|that|where|when|after|before|since|as|by|from|during|until|the)\b)/;

/** Rules that rewrite one mention by the words in and around it, in this order. */
const mentionRules: readonly ((text: string, mention: EntityMention) => EntityMention)[] = [
  namedPerson,
  placeBeforeCompound,
  placeByApposition,
  miscAsGroup,
  trimmedMention,
  withoutLeadingWords,
  withoutLeadingCommonWord,
  withAbbreviationStop,
  // (After trimming: "Acme Inc.'s" ends in its legal form once the possessive is gone.)
  institutionNotPerson,
  legalCompanyName,
  armedGroupName,
];

/** A company's own people or owners right after its name: "Acme CEO", "Acme's co-founder", "Acme execs". */
const companyPeopleAfter =
  /^(?:['’]s)?\s+(?:CEO|CFO|COO|CTO|boss|co-?founder|cofounder|founder|chief executive|execs|executives|staffers|employees|shareholders|subscribers)\b/;
/** The same after a name read as a person's, where only a company's officers tell ("Doe's staffers" are a person's). */
const companyOfficersAfter = /^\s+(?:CEO|CFO|COO|CTO|co-?founder|cofounder)\b/;

/**
 * "Google Inc." makes "google" a company everywhere, and so does "Acme CEO" or "Acme's
 * co-founder" (a place has no chief executive), unless the name is a word of a person's full name
 * (`spared`). `names` are the mentions' names in lower case.
 */
function companiesOf(
  text: string,
  mentions: readonly EntityMention[],
  names: readonly string[],
  spared: ReadonlySet<string>,
): Set<string> {
  const companies = new Set<string>();
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    const short =
      mention.type === 'organization'
        ? companyName(names[index]!)
        : (mention.type === 'person' ? companyOfficersAfter : companyPeopleAfter).test(
              text.slice(mention.span[1], mention.span[1] + 20),
            ) && mention.type !== 'misc'
          ? names[index]!
          : undefined;
    if (short && !spared.has(short)) companies.add(short);
  }
  return companies;
}

/**
 * "in Ferguson", "near Aleppo", "the city of Kobani": one-word names read as a person somewhere
 * that the article writes as a location once, except those `spared` ("in Obama's speech" and "in
 * Acme stores" are no locations anyway).
 */
function locationsOf(
  text: string,
  mentions: readonly EntityMention[],
  names: readonly string[],
  spared: ReadonlySet<string>,
): Set<string> {
  const readAsPerson = new Set<string>();
  for (let index = 0; index < mentions.length; index++)
    if (mentions[index]!.type === 'person' && !names[index]!.includes(' ')) readAsPerson.add(names[index]!);
  const locations = new Set<string>();
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    const name = names[index]!;
    if (!readAsPerson.has(name) || spared.has(name)) continue;
    const before = text.slice(Math.max(0, mention.span[0] - 24), mention.span[0]);
    const after = text.slice(mention.span[1], mention.span[1] + 40);
    if ((townBefore.test(before) && townAfter.test(after)) || distanceAfter.test(after)) locations.add(name);
  }
  return locations;
}

/**
 * One name, one type per article: the tagger may call "Putin" a place in one sentence and a
 * person in the next. A name (or a single word of a multi-word person name) that is a person
 * anywhere in the article is a person everywhere; otherwise the type seen most often wins. A name
 * the article also writes as a company's ("Acme" and "Acme Inc.") is an organisation everywhere,
 * one it writes as a location ("in Ferguson") a place.
 */
export function harmoniseTypes(
  text: string,
  recognised: readonly EntityMention[],
  tokens: readonly Token[] = tokenize(text),
): EntityMention[] {
  // Each mention split, rewritten by the rules, kept or dropped and read as a home place, in one
  // loop: chained flatMap, map and filter calls cost more than the rules did.
  const cleaned: EntityMention[] = [];
  let previousKept: EntityMention | undefined;
  for (const recognisedMention of recognised)
    for (const cityOrState of splitCityAndState(text, recognisedMention))
      for (const part of splitOfficerFromOrganisation(text, cityOrState)) {
        // (A loop, not reduce: no closure made per mention.)
        let mention = part;
        for (const rule of mentionRules) mention = rule(text, mention);
        if (
          mention.span[1] > mention.span[0] &&
          !isNationalityWord(text, mention) &&
          !isOpeningAdverb(text, mention) &&
          !isInWebAddress(text, mention) &&
          !isGroupOrDoctrine(text, mention) &&
          !isTailOfTheName(text, mention)
        ) {
          cleaned.push(asHomePlace(text, mention, previousKept));
          previousKept = mention;
        }
      }
  // Rules that read a mention's neighbours in the list, one after the other.
  const trimmed = [
    withQuotedNicknames,
    withNameParticles,
    withGivenNamesJoined,
    withCommonWordSurnames,
    withOfComplement,
    withInstitutionNames,
    withTitleOwners,
    withoutRolesAsNames,
    withUserHandles,
  ].reduce((list, rule) => rule(text, list), cleaned);
  // (Both token loops below read only the tokens that may start with a capital, found once.)
  const capitalised = capitalisedTokens(tokens);
  const mentions = headlineNames(
    text,
    recoverMentions(
      text,
      apposedNames(text, tokens, titledNames(text, tokens, trimmed, capitalised)),
      tokens,
      recognised.map((m) => m.span),
      capitalised,
    ),
  );
  // Each mention's name once: the votes and the answer below both read it.
  const names = mentions.map((m) => withSingleSpaces(text.slice(m.span[0], m.span[1]).toLowerCase()));
  const personWords = new Set<string>();
  // How many full-name mentions give each word its place in personWords.
  const fullNamesWith = new Map<string, number>();
  const votes = new Map<string, TypeVotes>();
  // (Here and in the loops over all mentions below: an index, not entries(), whose pairs are made
  // for every mention.)
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    const name = names[index]!;
    const words = mention.type === 'person' && name.includes(' ') ? name.split(' ') : [];
    if (words.length > 1) {
      personWords.add(name);
      // Its first and last word, once each ("Roe Roe" counts once; no set made for two words).
      const first = words[0]!;
      const last = words.at(-1)!;
      for (const word of first === last ? [first] : [first, last]) {
        personWords.add(word);
        fullNamesWith.set(word, (fullNamesWith.get(word) ?? 0) + 1);
      }
    }
    let counts = votes.get(name);
    if (counts === undefined) {
      counts = new TypeVotes();
      votes.set(name, counts);
    }
    counts[mention.type]++;
  }
  // A word of a full name is a person everywhere, unless the word alone is read as a place more
  // than twice as often as as a person, counting the full names too: "Wadi Vale" mistaken for a
  // person twice does not make six "Vale"s people. (Surnames read as organisations are the
  // tagger's usual slip, and stay people.)
  for (const [word, withWord] of fullNamesWith) {
    const asPlace = votes.get(word)?.place ?? 0;
    if (asPlace > 2 * (withWord + (votes.get(word)?.person ?? 0))) personWords.delete(word);
  }
  // (Both before the one-word persons join personWords: only full names' words are spared.)
  const fullNameWords = new Set(personWords);
  const companies = companiesOf(text, mentions, names, personWords);
  const locations = locationsOf(text, mentions, names, new Set([...personWords, ...companies]));
  // A one-word name is a person everywhere when it is one at least as often as anything else
  // ("Pyongyang" read as a person once and as a place three times stays a place).
  // And the type each name is seen as most often (ties: alphabetical), once per name.
  const majority = new Map<string, EntityType>();
  for (const [name, counts] of votes) {
    const top = counts.top();
    if (counts.person > 0 && counts[top] <= counts.person) personWords.add(name);
    majority.set(name, top);
  }
  const diseases = diseasesOf(text, mentions, names, majority);
  const notNames = commonWordsAsNames(text, mentions, names, personWords, fullNameWords);
  return mentions.flatMap((mention, index) => {
    const name = names[index]!;
    if (diseases.has(name)) return asType(mention, 'misc');
    if (companies.has(name)) return asType(mention, 'organization');
    if (locations.has(name)) return asType(mention, 'place');
    if (notNames.has(name)) return [];
    if (personWords.has(name)) return asType(mention, 'person');
    if (mention.type !== 'person' && name.includes(' ')) {
      // "Justice Roe" read as an organisation, where Roe is a person of the article: a title and a name.
      const titled = titledPersonIn(text, mention, personWords);
      if (titled) return titled;
      // "Jane Roe" read as a place, where Roe is a person of the article: a first name and a surname.
      const words = name.split(' ');
      if (
        words.length <= 3 &&
        personWords.has(words.at(-1)!) &&
        firstNameAndSurname.test(text.slice(mention.span[0], mention.span[1]))
      )
        return { ...mention, type: 'person' };
    }
    return asType(mention, majority.get(name) ?? mention.type);
  });
}

/**
 * One-word "people" that are common words the article never writes as a name: "Click" opening a
 * link line, "Yep" opening a quotation, "Sisters" under a photo. There a capital only marks the
 * start of a sentence or a title-case line, and the tagger, which reads a capital as a name's
 * sign, took the word for a person. A word of a full name of the article ("Will Roe") is spared,
 * and so is a word the article capitalises right after a lower-case word ("said Will"), where a
 * capital does mark a name.
 */
function commonWordsAsNames(
  text: string,
  mentions: readonly EntityMention[],
  names: readonly string[],
  personWords: ReadonlySet<string>,
  fullNameWords: ReadonlySet<string>,
): Set<string> {
  const notNames = new Set<string>();
  const checked = new Set<string>();
  for (let index = 0; index < mentions.length; index++) {
    const name = names[index]!;
    if (checked.has(name) || !personWords.has(name) || fullNameWords.has(name) || name.includes(' '))
      continue;
    checked.add(name);
    if (!isCommonWord(name) && !isInterjection(name)) continue;
    const written = text.slice(mentions[index]!.span[0], mentions[index]!.span[1]);
    if (!capitalisedInsideSentence(text, written)) notNames.add(name);
  }
  return notNames;
}

/**
 * Words of exclamation, which open tweets and quotations ("Wow…. self proclaimed feminist",
 * "Ahhh"): the word list has few of them, and none drawn out with a letter three times.
 */
const isInterjection = (word: string): boolean =>
  /^(?:wow|oh|ah|aw|yay|hey|ugh|whoa|oops|omg|lol|yep|nope|wtf|hmm|huh|meh|yikes|ouch|hooray|haha)$/i.test(
    word,
  ) || /(\p{L})\1\1/iu.test(word);

/** Whether `word` stands anywhere in `text` right after a lower-case word and a space. */
function capitalisedInsideSentence(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) continue;
    if (at >= 2 && text[at - 1] === ' ' && /\p{Ll}/u.test(text[at - 2]!)) return true;
  }
  return false;
}

/** How often one name is read as each type. */
class TypeVotes {
  person = 0;
  organization = 0;
  place = 0;
  misc = 0;

  /** The type read most often (ties: the first in alphabetical order). */
  top(): EntityType {
    let top: EntityType = 'misc';
    for (const type of typesInAlphabeticalOrder) if (this[type] > this[top]) top = type;
    return top;
  }
}
const typesInAlphabeticalOrder: readonly EntityType[] = ['misc', 'organization', 'person', 'place'];

/** Words around a disease's name: "the Ebola virus", "an Ebola outbreak", "contracted Ebola". */
const diseaseAfter =
  /^(?:\s+(?:virus|outbreak|epidemic|pandemic|vaccines?|infections?|symptoms)\b|-(?:stricken|infected)\b)/;
const diseaseBefore =
  /\b(?:contracted|infected with|tested positive for|symptoms of|died of|cases of|outbreak of)\s+$/;

/**
 * One-word names the article writes as a disease's ("the Ebola virus") that the tagger read as an
 * organisation or a name of no type: a disease is no named entity. (Places stay places: "the Dallas
 * outbreak".)
 */
function diseasesOf(
  text: string,
  mentions: readonly EntityMention[],
  names: readonly string[],
  majority: ReadonlyMap<string, EntityType>,
): Set<string> {
  const diseases = new Set<string>();
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    const name = names[index]!;
    const type = majority.get(name);
    if (name.includes(' ') || (type !== 'organization' && type !== 'misc')) continue;
    const before = text.slice(Math.max(0, mention.span[0] - 24), mention.span[0]);
    const after = text.slice(mention.span[1], mention.span[1] + 16);
    if (diseaseAfter.test(after) || diseaseBefore.test(before)) diseases.add(name);
  }
  return diseases;
}

/** The mention with that type (itself when it has it already). */
const asType = (mention: EntityMention, type: EntityType): EntityMention =>
  type === mention.type ? mention : { ...mention, type };

/** The person in a mention made of a title and a known person's name ("Justice Roe"), if it is one. */
function titledPersonIn(
  text: string,
  mention: EntityMention,
  personWords: ReadonlySet<string>,
): EntityMention | undefined {
  const name = text.slice(mention.span[0], mention.span[1]);
  const titleWords = leadingTitleLength(name.match(nonSpaceRuns) ?? []);
  if (titleWords === 0) return undefined;
  // (The words' offsets are read only for a name that opens with a title, as few do.)
  const rest = [...name.matchAll(nonSpaceRuns)].slice(titleWords);
  if (!personWords.has(rest.map((word) => word[0].toLowerCase()).join(' '))) return undefined;
  return { type: 'person', span: [mention.span[0] + rest[0]!.index, mention.span[1]] };
}

const ofType = (mentions: readonly EntityMention[], type: EntityType) =>
  mentions.filter((m) => m.type === type);

export function groupPeople(
  text: string,
  sentences: readonly Sentence[],
  recognised: readonly EntityMention[],
  tokens: readonly Token[] = tokenize(text),
): PeopleLayer {
  // After harmonising: the seat of a government is the one name whose type depends on the sentence.
  const mentions = harmoniseTypes(text, recognised, tokens).map((mention) =>
    seatOfGovernmentType(text, mention),
  );
  const personMentions = ofType(mentions, 'person');
  const nameTokens = new Set<number>();
  // (Each name's tokens looked for from the previous name's on: see firstTokenOnFrom.)
  let previousFirst = 0;
  const ranges = personMentions.map((mention) => {
    const first = firstTokenOnFrom(tokens, mention.span[0], previousFirst);
    const end = firstTokenOnFrom(tokens, mention.span[1], first);
    for (let i = first; i < end; i++) nameTokens.add(i);
    previousFirst = first;
    return { first, end };
  });
  const sentenceOf = (offset: number): Span => sentenceAt(sentences, offset)?.span ?? [0, text.length];

  const titlesBySpan = new Map<number, Title[]>();
  personMentions.forEach((mention, index) => {
    const { first, end } = ranges[index]!;
    titlesBySpan.set(
      mention.span[0],
      titlesOfMention(text, tokens, first, end, sentenceOf(mention.span[0]), nameTokens),
    );
  });

  const people = groupEntities(text, personMentions, 'person', titlesBySpan).map((group): Person => {
    const titles: Title[] = [];
    for (const span of group.spans) {
      for (const title of titlesBySpan.get(span[0]) ?? []) {
        if (!titles.some((t) => t.text.toLowerCase() === title.text.toLowerCase())) titles.push(title);
      }
    }
    // (Written out, not spread: a spread copy costs several times as much, once per person.)
    return { name: group.name, spans: group.spans, variants: group.variants, titles };
  });
  return {
    people,
    organizations: groupEntities(text, ofType(mentions, 'organization'), 'organization'),
    places: groupEntities(text, ofType(mentions, 'place'), 'place'),
  };
}
