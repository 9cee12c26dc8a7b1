import type { EntityMention, Span } from '../../model/index.ts';
import { isCommonWord } from './common-words.ts';
import { usualSexOf } from './given-names.ts';
import {
  headlineOf,
  inTitleCase,
  isInstitutionName,
  isRole,
  leadingTitleLength,
  mayBeCapitalised,
  notAName,
} from './titles.ts';

/**
 * How news names are written, where the tagger (trained mostly on 1996 newswire) does not know:
 * a leading "The" (or "An", or a lower-case word) is not part of an organisation's name, a
 * nationality word before a noun or a sentence adverb is not a person, a home place after "Person
 * of" and a city's state are places, armed groups are organisations, the seat of a government is
 * an organisation when it acts and a place when it is a location, a people in the plural is nobody,
 * a name given to a person ("known only as Lena") is a person's, and the name before "-based" is a
 * place. Each of these reads only the text around one mention; five read the whole list: an Arabic
 * particle joins a name to the one before it, a given name runs through a surname that is also a
 * common word, an organisation through "of" and the capitalised words after it, a one-word "person"
 * before a title and its holder is the title's place or body, and a name run on into a title-case
 * headline is cut to the name the text uses.
 */

// Patterns with \p{…} are module constants: tsx (esbuild) compiles such a literal to
// `new RegExp(…)`, which a literal inside a function would build again at every call.
const leadingWords = /^(?:(?:[Tt]he|[Aa]n?|\p{Ll}+)\s+)+(?=\p{Lu})/u;
const lowerCaseWordNext = /^\s+\p{Ll}/u;

/**
 * Whether the name at `span` ends in one of `letters`: a look at one character that rules most
 * names out before a pattern with Unicode classes, which costs far more, is tried on them.
 */
const endsInOneOf = (text: string, span: Span, letters: string): boolean =>
  letters.includes(text[span[1] - 1] ?? '');

/**
 * "The Washington Post" → "Washington Post", "An Iraqi Defense Ministry" → "Iraqi Defense Ministry",
 * "any organized Acme campaign" → "Acme": an article or a lower-case word before an organisation's
 * capitalised name is not part of it.
 */
export function withoutLeadingWords(text: string, mention: EntityMention): EntityMention {
  if (mention.type !== 'organization') return mention;
  // (A name opening with a capital other than the "T" of "The" or the "A" of "An" has none.)
  const first = text[mention.span[0]] ?? '';
  if (first >= 'B' && first <= 'Z' && first !== 'T') return mention;
  const the = leadingWords.exec(text.slice(mention.span[0], mention.span[1]));
  return the ? { ...mention, span: [mention.span[0] + the[0].length, mention.span[1]] } : mention;
}

/** A name's first word and the space after it: "Bewildered " of "Bewildered Jane Yen". */
const firstWordOfName = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u;
/**
 * What comes before a sentence's or a line's first word: the text's start, a line break, or a
 * stop or colon (a closing mark may follow it) and a space; then an opening mark or bracket, if any.
 */
const sentenceOpening = /(?:^|[\n.!?:]["”’)]?\s+|\n)["“‘'(]?$/;
/**
 * Common words that are also honorifics, ranks or a surname's particle before a name: "Father Jim
 * Roe", "Private Jane Doe", "De Roe" (which opens a sentence capitalised).
 */
const honorificWord =
  /^(?:Father|Brother|Sister|Mother|Aunt|Uncle|Major|Private|Lady|Big|Little|Young|Old|Saint|Dame|De|Da|Di|Del|Della|Van|Von|Der|Den|La|Le|Du|Dos|Das|Al|El|Bin|Ben|Abu|Mac|San|Santa)$/;

/**
 * "Bewildered Jane Yen", "Schoolboy Jim Roe": a common English word opening a sentence or a line,
 * which the tagger took into the name after it (where every word is capitalised, a capital tells
 * nothing). A role is left for the titles ("Actress Jane Roe"), and so are given names ("Will
 * Roe"), honorifics ("Father Jim Roe") and particles ("De Roe").
 */
export function withoutLeadingCommonWord(text: string, mention: EntityMention): EntityMention {
  if (mention.type !== 'person') return mention;
  const [start, end] = mention.span;
  // (Ruled out first, by a look at a few characters: a name of one word, and a name inside a
  // sentence, after a space and a letter or a comma. Most names are one or the other.)
  const space = text.indexOf(' ', start);
  if (space < 0 || space >= end) return mention;
  const before = text[start - 2] ?? '\n';
  if (text[start - 1] === ' ' && (before === ',' || letterOrDigit.test(before))) return mention;
  if (!sentenceOpening.test(text.slice(Math.max(0, start - 4), start))) return mention;
  const first = firstWordOfName.exec(text.slice(start, end));
  if (!first) return mention;
  const word = first[1]!;
  if (!isCommonWord(word) || isRole(word) || usualSexOf(word) || honorificWord.test(word)) return mention;
  return { ...mention, span: [start + first[0].length, end] };
}
const letterOrDigit = /[\p{L}\p{N}]/u;

const nationalityShape = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u;
const determinerBefore = /\b(?:a|an|the|his|her|their|its)\s+$/i;

/**
 * "a Somali analyst", "the Pakistani official": one capitalised word shaped like a nationality,
 * after a determiner and before a lower-case word, describes someone; it does not name them.
 */
export function isNationalityWord(text: string, mention: EntityMention): boolean {
  // ("-an", "-ese", "-ish", "-i".)
  if (mention.type !== 'person' || !endsInOneOf(text, mention.span, 'nehi')) return false;
  const word = text.slice(mention.span[0], mention.span[1]);
  if (!nationalityShape.test(word)) return false;
  return (
    determinerBefore.test(text.slice(Math.max(0, mention.span[0] - 8), mention.span[0])) &&
    lowerCaseWordNext.test(text.slice(mention.span[1], mention.span[1] + 3))
  );
}

/** Plural words for peoples and faiths: "Muslims", "Syrians", "Shiites", "Islamists". */
const groupOfPeople =
  /^(?:\p{Lu}\p{Ll}+(?:ians|ims|ites|ists)|Jews|Arabs|Kurds|Sunnis|Turks|Afghans|Israelis|Pakistanis|Iraqis|Saudis|Yemenis|Somalis|Democrats|Republicans|Hindus|Sikhs|Catholics|Protestants|Mormons|Evangelicals)$/u;

/**
 * A doctrine or a movement: "Progressivism", "Communism", "Thatcherism"; a branch of a faith,
 * "Sunni Islam" (not "Islam" alone, a surname too: "Mohammed Islam").
 */
const doctrine = /^(?:\p{Lu}\p{Ll}{3,}ism|(?:Sunni|Shia|Shiite|Radical|Political|Militant)\s+Islam)$/u;

/**
 * "the Muslims", "Syrians": a people or a faith in the plural is no person (the guidelines label no
 * groups); nor is a doctrine ("Progressivism, Doe said, is the problem"), which the tagger reads as a
 * person at the start of a sentence, where its capital says nothing.
 */
export function isGroupOrDoctrine(text: string, mention: EntityMention): boolean {
  // (A people or faith in the plural ends in "s", a doctrine in "m".)
  if (!endsInOneOf(text, mention.span, 'sm')) return false;
  const name = text.slice(mention.span[0], mention.span[1]);
  return (
    (mention.type === 'person' || mention.type === 'place' || mention.type === 'organization') &&
    (groupOfPeople.test(name) || doctrine.test(name))
  );
}

/** "the National " right before a one-word name: the capitalised word is part of the same name. */
const theCapitalisedBefore = /\b[Tt]he (\p{Lu}\p{Ll}+) $/u;

/**
 * "the National Mall", "the Lincoln Memorial": a one-word "person" after "the" and a capitalised
 * word that is no role or nationality is the last word of a place's or a thing's name ("the
 * Rev. Doe", "the President Doe", "the Kenyan Doe" stay).
 */
export function isTailOfTheName(text: string, mention: EntityMention): boolean {
  if (mention.type !== 'person' || /\s/.test(text.slice(mention.span[0], mention.span[1]))) return false;
  // (The space before the name and the "he " of "the" are looked for before the pattern.)
  if (text[mention.span[0] - 1] !== ' ') return false;
  const window = text.slice(Math.max(0, mention.span[0] - 30), mention.span[0]);
  if (!window.includes('he ')) return false;
  const before = theCapitalisedBefore.exec(window);
  return before !== null && !isRole(before[1]!) && !nationalityShape.test(before[1]!);
}

/** "The author, known only as", "a woman named": a person, then the words that give a name. */
const personThenNaming =
  /\b(\p{Ll}+),?\s+(?:who\s+(?:is|was)\s+)?(?:known|identified|named|nicknamed|called)(?:\s+only)?(?:\s+as)?\s+$/u;
const namingWordBefore = /(?:as|named|called)\s+$/;
/** Nouns for a person that are no role: "a woman named", "the teenager, identified as". */
const personNoun =
  /^(?:woman|man|girl|boy|mother|father|wife|husband|son|daughter|child|teen|teenager|person|victim|suspect|customer|resident|user|patient|student|blogger|author|friend|neighbo(?:u)?r|citizen|worker|employee)$/;

/**
 * "The author, known only as Lena", "a woman named Jane": a one-word name given to a person is a
 * person's, whatever the tagger typed it ("a company named Acme" stays as it is).
 */
export function namedPerson(text: string, mention: EntityMention): EntityMention {
  if (mention.type === 'person' || mention.type === 'misc') return mention;
  // (Most names have no naming word right before them: a short look rules them out.)
  if (!namingWordBefore.test(text.slice(Math.max(0, mention.span[0] - 8), mention.span[0]))) return mention;
  const naming = personThenNaming.exec(text.slice(Math.max(0, mention.span[0] - 60), mention.span[0]));
  if (!naming || !(personNoun.test(naming[1]!) || isRole(naming[1]!))) return mention;
  return { ...mention, type: 'person' };
}

/**
 * A web address's marks: a scheme, "www.", or a lower-case domain with a path after it
 * ("pic.twitter.com/x1"; not a credit run on to a caption, "Ultron'.Facebook/Star Wars").
 */
const webAddress = /[A-Za-z]+:\/\/|[Ww]{3}\.|\.[a-z]{2,}\//;

/**
 * Whether the mention lies in a web address ("http://t.co/0L2Sis54hv", "pic.twitter.com/g2cN"),
 * whose letters the tagger reads as names. (A site named without a path, "Huzlers.com", is an
 * organisation's name, and stays.)
 */
export function isInWebAddress(text: string, mention: EntityMention): boolean {
  let start = mention.span[0];
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  let end = mention.span[1];
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return webAddress.test(text.slice(start, end));
}

/** Sentence adverbs the tagger takes for names when they open a sentence: "Unfortunately, ...". */
const openingAdverb =
  /^(?:\p{Lu}\p{Ll}+ly|Likewise|Meanwhile|However|Moreover|Nevertheless|Nonetheless|Still|Instead|Indeed|Yet|Also|Otherwise|Therefore|Thus|Hence|Besides|Furthermore|Regardless|Overall|Now|Then|Later|Earlier|Afterwards?|Next|Again|Today|Yesterday|Elsewhere)$/u;

/** One word opening a sentence (or a line) before a comma, shaped like an adverb, names nobody. */
export function isOpeningAdverb(text: string, mention: EntityMention): boolean {
  if (text[mention.span[1]] !== ',') return false;
  const word = text.slice(mention.span[0], mention.span[1]);
  if (!openingAdverb.test(word)) return false;
  return /(?:^|[.!?:]["”’]?\s+|\n\s*)["“]?$/u.test(
    text.slice(Math.max(0, mention.span[0] - 4), mention.span[0]),
  );
}

/**
 * "Sen. Jane Doe of Delaware": one word after a person and "of" is where they come from; the
 * tagger, seeing a name-like word beside a name, may call it a person.
 */
export function asHomePlace(
  text: string,
  mention: EntityMention,
  previous: EntityMention | undefined,
): EntityMention {
  if (mention.type !== 'person' || previous?.type !== 'person') return mention;
  if (/\s/.test(text.slice(mention.span[0], mention.span[1]))) return mention;
  if (!/^\s+of\s+$/.test(text.slice(previous.span[1], mention.span[0]))) return mention;
  return { ...mention, type: 'place' };
}

/** A word for an armed or political group after a name: "the al-Shabab terrorist group", "Hamas fighters". */
const groupNounAfter =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:group|groups|militants|fighters|rebels|movement|network|organi[sz]ation|faction|insurgents|extremists|militia|militias)\b/u;

/**
 * The tagger (after CoNLL) calls the names of armed groups MISC; followed by a word for a group
 * they name an organisation, as the guidelines want.
 */
export function miscAsGroup(text: string, mention: EntityMention): EntityMention {
  if (mention.type !== 'misc') return mention;
  if (!groupNounAfter.test(text.slice(mention.span[1], mention.span[1] + 40))) return mention;
  return { ...mention, type: 'organization' };
}

/** The Arabic word for a front, army, movement or brigade that opens an armed group's name: "Jabhat al-Nusra". */
const armedGroupOpening =
  /^(?:Jabhat|Jaish|Jaysh|Harakat|Liwa|Katibat|Kata['’]ib|Hizb|Ansar|Jamaat|Jama['’]at|Tanzim|Saraya)\s/;

/** "Jabhat Ansar al-Deen", "Jaish al-Islam": an armed group's name, whatever the tagger read it as. */
export function armedGroupName(text: string, mention: EntityMention): EntityMention {
  if (
    mention.type === 'organization' ||
    !armedGroupOpening.test(text.slice(mention.span[0], mention.span[1]))
  )
    return mention;
  return { ...mention, type: 'organization' };
}

/** The legal form that ends a company's name: "Acme Inc.", "Doe & Roe L.L.P.", "Acme Holdings plc". */
const legalForm = /\s(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|LLP|L\.L\.P|PLC|plc|GmbH|S\.A|N\.V|AG)\.?$/;

/** A name ending in a company's legal form is an organisation, whatever the tagger read it as. */
export function legalCompanyName(text: string, mention: EntityMention): EntityMention {
  if (mention.type === 'organization' || !legalForm.test(text.slice(mention.span[0], mention.span[1])))
    return mention;
  return { ...mention, type: 'organization' };
}

/** A name of two or more words ending in an institution's word is an organisation, not a person. */
export function institutionNotPerson(text: string, mention: EntityMention): EntityMention {
  if (mention.type !== 'person' || !isInstitutionName(text.slice(mention.span[0], mention.span[1])))
    return mention;
  return { ...mention, type: 'organization' };
}

/** A hyphenated ending that makes a name an adjective: "Singapore-based", "U.S.-led", "Russia-themed". */
const compoundEnding = /-(?:based|led|backed|born|themed|owned|run|held|controlled)$/;
/** Capitalised words of a name written before it ("San" before "Francisco-based"), not "The" or "In". */
const nameWordsBefore =
  /(?:(?<=^|[^\p{L}.])(?!(?:The|A|An|In|On|At|For|By|From|With|And|But|Of|To|This|That|Its|His|Her|Their) )\p{Lu}[\p{L}.]* ){1,2}$/u;
/** Words that make a compound an adjective and name no place: "Egyptian-born", "Democrat-led". */
const notAPlace = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic|en)|Democrat|GOP|Labour|Tory|Party)$/u;

/**
 * "the San Francisco-based investor": the tagger reads the whole compound as a MISC name; the name
 * before the hyphen is a place (its type elsewhere in the article wins the vote on types). A word
 * shaped like a nationality or a party is none ("Egyptian-born", "Republican-led").
 */
export function placeBeforeCompound(text: string, mention: EntityMention): EntityMention {
  if (mention.type !== 'misc') return mention;
  const ending = compoundEnding.exec(text.slice(mention.span[0], mention.span[1]));
  if (!ending || ending.index === 0) return mention;
  const before = nameWordsBefore.exec(text.slice(Math.max(0, mention.span[0] - 40), mention.span[0]));
  const start = mention.span[0] - (before?.[0].length ?? 0);
  const name = text.slice(start, mention.span[0] + ending.index);
  if (notAPlace.test(name)) return mention;
  return { type: 'place', span: [start, mention.span[0] + ending.index] };
}

/**
 * An apposition that says what kind of place a name is: ", a town of 200,000", ", the capital of"
 * (the place word ends its phrase: not ", a city council member", ", the state's attorney").
 */
const placeNounAfter =
  /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:town|city|village|hamlet|suburb|district|province|region|county|state|country|nation|island|port|capital|borough|municipality|neighbou?rhood|commune)(?=\s*[,.;:]|\s+(?:of|in|on|near|that|where|which|with|about|outside|along|north|south|east|west)\b)/u;

/**
 * "Doeville, a town of 20,000 people": a name the sentence itself calls a town or a country is a
 * place, whatever the tagger read (it takes a one-word name it does not know for a person's).
 */
export function placeByApposition(text: string, mention: EntityMention): EntityMention {
  // (The apposition opens with a comma right after the name: a look at it comes first.)
  if (mention.type === 'place' || text[mention.span[1]] !== ',') return mention;
  if (!placeNounAfter.test(text.slice(mention.span[1], mention.span[1] + 60))) return mention;
  return { ...mention, type: 'place' };
}

/** AP-style state abbreviations, written with a full stop the tagger leaves out of the name. */
const stateAbbreviations = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo'.split(
    ' ',
  ),
);

/** "Kansas City, Mo." → "Mo." (the full stop is part of the abbreviation). */
export function withAbbreviationStop(text: string, mention: EntityMention): EntityMention {
  if (mention.type !== 'place' || text[mention.span[1]] !== '.') return mention;
  if (!stateAbbreviations.has(text.slice(mention.span[0], mention.span[1]))) return mention;
  return { ...mention, span: [mention.span[0], mention.span[1] + 1] };
}

/**
 * "Washington, D.C." and "Augusta, Me." are two places each, a city and its state, as the
 * guidelines label datelines.
 */
export function splitCityAndState(text: string, mention: EntityMention): EntityMention[] {
  if (mention.type !== 'place') return [mention];
  const comma = /,\s+/.exec(text.slice(mention.span[0], mention.span[1]));
  if (!comma) return [mention];
  const cityEnd = mention.span[0] + comma.index;
  return [
    { ...mention, span: [mention.span[0], cityEnd] },
    { ...mention, span: [cityEnd + comma[0].length, mention.span[1]] },
  ];
}

const fourWords = /\S \S+ \S+ \S/;
/** A name of two or three capitalised words ending the text: "Jane Doe", "Terry O'Neill". */
const nameAtEnd = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u;

/**
 * "National Organization for Women President Jane Doe" read as one organisation: an organisation,
 * its officer's role and the officer's name, split into the organisation and the person (whose
 * title the people stage then finds before the name).
 */
export function splitOfficerFromOrganisation(text: string, mention: EntityMention): EntityMention[] {
  if (mention.type !== 'organization') return [mention];
  const written = text.slice(mention.span[0], mention.span[1]);
  // (An organisation, a role and a two-word name make four words at least; most names are shorter.)
  if (!fourWords.test(written)) return [mention];
  for (const role of written.matchAll(/ (\p{Lu}\p{Ll}+)(?= )/gu)) {
    const nameFrom = role.index + role[0].length + 1;
    if (!isRole(role[1]!) || !nameAtEnd.test(written.slice(nameFrom))) continue;
    return [
      { ...mention, span: [mention.span[0], mention.span[0] + role.index] },
      { type: 'person', span: [mention.span[0] + nameFrom, mention.span[1]] },
    ];
  }
  // "Ambassador to the United Nations Samantha Power": the role and "to" before the organisation,
  // the name a given name the name list knows and a surname.
  const name = givenNameAndSurnameAtEnd.exec(written);
  const roleBefore = roleThenPreposition.exec(text.slice(Math.max(0, mention.span[0] - 40), mention.span[0]));
  if (name && roleBefore && isRole(roleBefore[1]!) && usualSexOf(name[1]!) !== undefined)
    return [
      { ...mention, span: [mention.span[0], mention.span[0] + name.index] },
      { type: 'person', span: [mention.span[0] + name.index + 1, mention.span[1]] },
    ];
  return [mention];
}
/** A given name and a surname ending an organisation's words, after a space (group 1 the given name). */
const givenNameAndSurnameAtEnd = / (\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]+$/u;
/**
 * A role, then "to" (perhaps "the"), right before an organisation: "Ambassador to the " (group 1 the
 * role). (Not "of": "a founder of the Greater Phoenix Tea Party", "team leader of Keller Williams
 * Greater Cleveland West" end in words the name list also has.)
 */
const roleThenPreposition = /\b(\p{L}+)\s+to\s+(?:the\s+)?$/u;

const seatOfGovernment = /^(?:White House|Kremlin|Pentagon|Élysée|Elysee)$/;
/** Words before the name that make it a location: "at the Kremlin", "went back to the White House". */
const locationBefore =
  /\b(?:at|in|into|inside|outside|near|visit(?:s|ed|ing)?|(?:back|way|returned|went|came|headed|go|going|come|coming)\s+to|(?:Office|Room|doors?|grounds|gates?|fence(?: line)?|lawn|front)\s+of)\s+(?:the\s+)?$/i;
/** Words after it that make it the place of an event or a part of the site: "the Kremlin meeting". */
const locationAfter =
  /^\s+(?:meetings?|complex|address|dinner|lawn|grounds|residence|gates?|fence|event|ceremony|visit|summit|briefing room|Rose Garden|East Room|West Wing|Oval Office)\b/;

/**
 * "the White House said" (it acts: an organisation) against "at the White House" (a location):
 * the tagger knows one type per word, the guidelines want the one the sentence means.
 */
export function seatOfGovernmentType(text: string, mention: EntityMention): EntityMention {
  if (mention.type === 'person') return mention;
  if (!seatOfGovernment.test(text.slice(mention.span[0], mention.span[1]))) return mention;
  const before = text.slice(Math.max(0, mention.span[0] - 40), mention.span[0]);
  const after = text.slice(mention.span[1], mention.span[1] + 20);
  const type = locationBefore.test(before) || locationAfter.test(after) ? 'place' : 'organization';
  return type === mention.type ? mention : { ...mention, type };
}

/** A lower-case Arabic particle and the name it joins: " al-Assad", " bin Salman". */
const nameParticleAfter =
  /^ (?:(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu}[\p{L}-]*|(?:bin|ibn|bint) \p{Lu}[\p{L}-]*)/u;

/**
 * "Bashar al-Assad", "Mohammed bin Salman": the tagger, reading a lower-case word as no name,
 * stops a person at the particle or takes what follows it for a second person. A person right
 * before a particle runs through it; whatever the tagger found inside the longer name goes.
 */
export function withNameParticles(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const joined: EntityMention[] = [];
  for (const mention of mentions) {
    const previous = joined.at(-1);
    if (previous && mention.span[0] < previous.span[1]) continue;
    const particle =
      mention.type === 'person'
        ? nameParticleAfter.exec(text.slice(mention.span[1], mention.span[1] + 40))
        : null;
    joined.push(
      particle ? { ...mention, span: [mention.span[0], mention.span[1] + particle[0].length] } : mention,
    );
  }
  return joined;
}

/**
 * "Diane Foley" read as two people, "Diane" and "Foley": the tagger sometimes opens a second person
 * at a surname it knows. A given name (one word the name list knows) and the person right after
 * it, one space apart, are one person.
 */
export function withGivenNamesJoined(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const joined: EntityMention[] = [];
  for (const mention of mentions) {
    const previous = joined.at(-1);
    if (
      previous?.type === 'person' &&
      mention.type === 'person' &&
      mention.span[0] === previous.span[1] + 1 &&
      text[previous.span[1]] === ' ' &&
      !/[\s.]/.test(text.slice(previous.span[0], previous.span[1])) &&
      usualSexOf(text.slice(previous.span[0], previous.span[1])) !== undefined
    )
      joined[joined.length - 1] = { ...previous, span: [previous.span[0], mention.span[1]] };
    else joined.push(mention);
  }
  return joined;
}

/**
 * A nickname in quotation marks after a given name: ' “Big Bad Hal” Roe', ' "Bo" Kay', " 'Wonder
 * Mike' Wright" (capitalised words only; single marks too, as British text quotes).
 */
const spaceThenQuotationMark = / [“"‘']/;
const openingMarks = '“"‘\'';
const nicknameWords = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}";
const quotedNicknameThenSurname = new RegExp(
  `^ (?:[“"]${nicknameWords}[”"]|[‘']${nicknameWords}[’']) (?<surname>\\p{Lu}(?:[\\p{L}-]*['’]\\p{Lu}[\\p{L}-]+|[\\p{L}-]+))`,
  'u',
);

/**
 * "Harry “Big Bad Hal” Roe", "Will "Bo" Kay": a nickname in quotation marks between a
 * person's given name and a surname. The tagger reads the marks as a break, so it finds a given
 * name (perhaps with the opening mark and the nickname run on), a surname and perhaps a name inside
 * the marks; they are one person, and the nickname is written alone later ("Big Bad Hal",
 * "Hal": see nameCandidates). The surname must be a name the tagger found there or the surname of
 * a person it found elsewhere: a capital after the marks alone is often a title-case headline.
 */
export function withQuotedNicknames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  // (The persons' last words, read only when some nickname is found.)
  let surnames: Set<string> | undefined;
  const joined: EntityMention[] = [];
  for (const mention of mentions) {
    const previous = joined.at(-1);
    if (previous && mention.span[0] < previous.span[1]) continue;
    const written = text.slice(mention.span[0], mention.span[1]);
    // The given name ends before an opening mark the tagger ran on into.
    const givenEnd = mention.span[0] + (spaceThenQuotationMark.exec(written)?.index ?? written.length);
    // (A quotation mark must open right after the space: most names have none, and skip the pattern.)
    const quoted = openingMarks.includes(text[givenEnd + 1] ?? '');
    const nickname =
      mention.type === 'person' && quoted
        ? quotedNicknameThenSurname.exec(text.slice(givenEnd, givenEnd + 60))
        : null;
    if (nickname)
      surnames ??= new Set(
        mentions
          .filter((m) => m.type === 'person')
          .map((m) => /\S+$/.exec(text.slice(m.span[0], m.span[1]))![0]),
      );
    const surname = nickname?.groups?.surname ?? '';
    const surnameAt = nickname ? givenEnd + nickname[0].length - surname.length : -1;
    const surnameMention = nickname
      ? mentions.find((m) => m.span[0] === surnameAt && m.type !== 'place')
      : undefined;
    const knownSurname = nickname !== null && surnames!.has(surname);
    const end = surnameMention?.span[1] ?? (knownSurname ? surnameAt + surname.length : -1);
    joined.push(end > mention.span[1] ? { ...mention, span: [mention.span[0], end] } : mention);
  }
  return joined;
}

const oneWordName = /^\p{Lu}\p{Ll}+$/u;
/** One capitalised word after a name on the same line, then no other capitalised word. */
const capitalisedWordAfter = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[,.;:!?)”"’']|\s+[^\p{Lu}\s]|\s*$)/u;
/** Words that open a clause or name an institution or a site, not a family. */
const notASurname =
  /^(?:With|To|Is|Are|Was|Were|For|On|After|About|In|At|By|From|But|Or|As|If|So|Than|Has|Had|Says|Said|Foundation|Institute|Center|Centre|University|College|School|Campus|Hospital|Clinic|Church|Museum|Library|Stadium|Arena|Square|Bridge|County|City|Camp|Campaign|Tower|Hotel|Street|Avenue|Road|Airport|Station|Park|Company|Records|Cable|News|Times|Post|Jr|Sr)$/;

/**
 * "Jeff Sessions", "Robert Plant", "Adam Sharp": where the surname is also a common word, the
 * tagger ends the person at the given name. A one-word person that the article never writes as
 * the surname of a longer name ("Obama" of "Barack Obama" before "Administration") runs through
 * one capitalised word right after it that no other mention takes, that is no role, day, month,
 * institution or clause word, and after which the capitals stop (not in a title-case line, where
 * every word is capitalised).
 */
export function withCommonWordSurnames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  // (Both read only once a one-word person is found.)
  let starts: Set<number> | undefined;
  let surnames: Set<string> | undefined;
  return mentions.map((mention) => {
    // (A space must follow the name, as the pattern below wants: a look at it comes first.)
    if (mention.type !== 'person' || text[mention.span[1]] !== ' ') return mention;
    const name = text.slice(mention.span[0], mention.span[1]);
    if (!oneWordName.test(name)) return mention;
    // (A capital must open the next word, as the pattern below wants: a look at it comes first.)
    if (!mayBeCapitalised(text[mention.span[1] + 1] ?? '')) return mention;
    surnames ??= new Set(
      mentions
        .filter((m) => m.type === 'person')
        .map((m) => text.slice(m.span[0], m.span[1]).split(/\s+/))
        .filter((words) => words.length > 1)
        .map((words) => words.at(-1)!),
    );
    if (surnames.has(name) || isRole(name)) return mention;
    const next = capitalisedWordAfter.exec(text.slice(mention.span[1], mention.span[1] + 40));
    starts ??= new Set(mentions.map((m) => m.span[0]));
    if (!next || starts.has(mention.span[1] + 1)) return mention;
    const surname = next[1]!;
    if (notAName.test(surname) || notASurname.test(surname) || isRole(surname)) return mention;
    if (inTitleCase(text, mention.span[0])) return mention;
    return { ...mention, span: [mention.span[0], mention.span[1] + next[0].length] };
  });
}

/** Only spaces and capitalised words: " Police Officer ", " Chief Financial Officer ". */
const capitalisedWordsBetween = /^(?: \p{Lu}[\p{L}.'’-]*)+ $/u;
/**
 * "MP Jane Doe", "Labour MP John Roe": a role word the tagger read as an organisation or a name of
 * no type, right before a person, is that person's title (kept by the title rules), not a name.
 */
export function withoutRolesAsNames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((mention, index) => {
    const next = mentions[index + 1];
    return !(
      mention.type !== 'person' &&
      next?.type === 'person' &&
      /^ +$/.test(text.slice(mention.span[1], next.span[0])) &&
      isRole(text.slice(mention.span[0], mention.span[1]))
    );
  });
}

/**
 * A user name after the platform's word for its users: "Redditor janedoe", "Twitter user
 * @jdoe99" (group 1). Web news quotes people by handle, often in lower case, which the tagger
 * cannot see as a name.
 */
const platformUserHandle =
  /\b(?:Redditor|Reddit user|YouTuber|(?:Twitter|Instagram|TikTok|YouTube|Facebook|Imgur|Tumblr|Reddit) user|[Uu]ser name)\s+(@?[\p{L}\d_][\p{L}\d_-]{2,30})(?![\p{L}\d_-])/gu;

/** A verb of saying after a user name, and the adverb that may come between: "says", "later wrote", "further says". */
const handleSaying =
  '(?:(?:\\p{Ll}+ly|further|also)\\s+)?(?:says|said|wrote|writes|posted|posts|explained|explains|claims|claimed|commented|comments|tweeted|added|adds|noted|notes)\\b';
/** A verb of saying right after a handle: "janedoe says", "jdoe later wrote". */
const handleThenSaying = new RegExp(`^\\s+${handleSaying}`, 'u');

const lowerCaseLetters = /^\p{Ll}+$/u;

/**
 * Where a sentence or a line opens on a lower-case ASCII letter, a digit, "@" or "_", after a
 * stop (group 1, which must follow a lower-case letter: "a U.S. diplomat" opens no sentence) or a
 * line break. Rare in news, so the search, which skips to stops and line breaks, finds few.
 */
const lowerCaseOpening = /(?:([.!?])["”’]?[ \t]+|\n)(?=[a-z@\d_])/g;
/** An owner's possessive before a lower-case ASCII letter: "'s ", "’s ". */
const possessiveThenLowerCase = /^['’]s[ \t]+(?=[a-z@\d_])/;
const handleThenSayingAt = new RegExp(`(@?[\\p{Ll}\\d_]{3,31})\\s+${handleSaying}`, 'uy');
const sentenceEndLetter = /[\p{Ll}\d)]/u;

/**
 * Lower-case user names with a verb of saying right after, opening a sentence ("doctorkuddles
 * further says") or after an organisation's possessive ("Acme's jdoe77 wrote"; not "Kim's health
 * said"), that are no common English words ("officials said").
 */
function lowerCaseHandlesSaying(text: string, mentions: readonly EntityMention[]): string[] {
  const handles: string[] = [];
  const tryAt = (at: number) => {
    handleThenSayingAt.lastIndex = at;
    const handle = handleThenSayingAt.exec(text)?.[1];
    if (handle && !isCommonWord(handle.replace(/^@/, ''))) handles.push(handle);
  };
  tryAt(0);
  lowerCaseOpening.lastIndex = 0;
  for (let place = lowerCaseOpening.exec(text); place; place = lowerCaseOpening.exec(text)) {
    if (place[1] !== undefined && !sentenceEndLetter.test(text[place.index - 1] ?? '')) continue;
    tryAt(place.index + place[0].length);
  }
  // (Read from the organisations' ends, a few an article, not from every "'s" of the text.)
  for (const mention of mentions) {
    if (mention.type !== 'organization') continue;
    const possessive = possessiveThenLowerCase.exec(text.slice(mention.span[1], mention.span[1] + 6));
    if (possessive) tryAt(mention.span[1] + possessive[0].length);
  }
  return handles;
}

/**
 * Web news quotes people by user name, often in lower case, which the tagger cannot see as a name:
 * "Redditor janedoe says" (the platform word before it, which the tagger tends to read as the
 * name, is no name), "Twitter user @jdoe99", and a lower-case name opening a sentence with a verb
 * of saying ("jdoe77 wrote"). Every other place the article writes a user name so found is that
 * person too ("... said the photos were fake, jdoe77 added" after "Redditor jdoe77 says").
 */
export function withUserHandles(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const handles = new Set<string>();
  // Whatever the tagger found from the platform word to the handle's end gives way to the handle.
  const replaced: Span[] = [];
  // (Every platform word below holds "user", "User", "Redditor" or "YouTuber": a plain search
  // rules out most texts before the pattern scans them.)
  if (['user', 'User', 'Redditor', 'YouTuber'].some((word) => text.includes(word)))
    for (const match of text.matchAll(platformUserHandle)) {
      const end = match.index + match[0].length;
      // A handle in plain lower-case letters may be an ordinary word ("the Reddit user interface"):
      // only one saying something right after is taken.
      if (lowerCaseLetters.test(match[1]!) && !handleThenSaying.test(text.slice(end, end + 30))) continue;
      handles.add(match[1]!);
      replaced.push([match.index, end]);
    }
  for (const handle of lowerCaseHandlesSaying(text, mentions)) handles.add(handle);
  if (handles.size === 0) return [...mentions];
  const found: EntityMention[] = [];
  for (const handle of handles)
    for (let at = text.indexOf(handle); at >= 0; at = text.indexOf(handle, at + handle.length))
      if (
        !handleCharacter.test(text[at - 1] ?? ' ') &&
        !handleCharacter.test(text[at + handle.length] ?? ' ')
      )
        found.push({ type: 'person', span: [at, at + handle.length] });
  const overlapsAny = (spans: readonly Span[], m: EntityMention) =>
    spans.some(([from, to]) => m.span[0] < to && m.span[1] > from);
  const handleSpans = found.map((m) => m.span);
  return [
    ...mentions.filter((m) => !overlapsAny(replaced, m) && !overlapsAny(handleSpans, m)),
    ...found,
  ].sort((a, b) => a.span[0] - b.span[0]);
}
const handleCharacter = /[\p{L}\d_@-]/u;

/** "of", capitalised words and a role in lower case: " of Fine Arts conservator ". */
const ofNameThenRole = /^ of(?: \p{Lu}[\p{L}.'’-]*)+(?: \p{Ll}[\p{Ll}-]*){1,2} $/u;

/**
 * "Ferguson Police Officer Jane Doe", "Acme Chief Financial Officer John Roe", "Museum of Fine
 * Arts conservator Jane Doe": a one-word name the tagger read as a person, right before a title
 * and the person who holds it, is the place or body the title belongs to. It takes the type the
 * article gives that name elsewhere, or is dropped (the title keeps the word). A word of another
 * person's full name keeps its type ("Doe Campaign Chairman John Roe", where Jane Doe is in the
 * article, is Doe's chairman), and a lower-case title after a name is its own ("Doe campaign
 * chairman John Roe").
 */
export function withTitleOwners(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  // Index of an owner → its mention retyped, or null when it is dropped.
  const owners = new Map<number, EntityMention | null>();
  let fullNameWords: Set<string> | undefined;
  for (const [index, mention] of mentions.entries()) {
    if (mention.type !== 'person') continue;
    const name = text.slice(mention.span[0], mention.span[1]);
    if (!oneWordName.test(name)) continue;
    const holder = nextPerson(mentions, index);
    if (!holder || !titleBetween(text, mention, holder)) continue;
    fullNameWords ??= wordsOfFullNames(text, mentions);
    if (fullNameWords.has(name) || inTitleCase(text, mention.span[0])) continue;
    const elsewhere = mentions.find(
      (other) => other.type !== 'person' && text.slice(other.span[0], other.span[1]) === name,
    );
    owners.set(index, elsewhere ? { ...mention, type: elsewhere.type } : null);
  }
  if (owners.size === 0) return [...mentions];
  return mentions.flatMap((mention, index) => {
    const owner = owners.get(index);
    return owner === undefined ? [mention] : owner === null ? [] : [owner];
  });
}

/** The next person after a mention, past names inside a title ("of Fine Arts" may be an organisation's). */
function nextPerson(mentions: readonly EntityMention[], index: number): EntityMention | undefined {
  const end = mentions[index]!.span[1];
  for (let next = index + 1; next < mentions.length && mentions[next]!.span[0] < end + 80; next++)
    if (mentions[next]!.type === 'person') return mentions[next];
  return undefined;
}

/** Whether the words between a name and a person are a title that person holds. */
function titleBetween(text: string, owner: EntityMention, holder: EntityMention): boolean {
  const between = text.slice(owner.span[1], holder.span[0]);
  // (Both patterns below open with a space.)
  if (between[0] !== ' ') return false;
  const titleWords = between.trim().split(' ');
  if (ofNameThenRole.test(between)) return isRole(titleWords.at(-1)!);
  if (!capitalisedWordsBetween.test(between)) return false;
  const holderWords = text.slice(holder.span[0], holder.span[1]).split(/\s+/);
  return leadingTitleLength([...titleWords, ...holderWords]) === titleWords.length;
}

/** The words of every person's name of two words or more. */
function wordsOfFullNames(text: string, mentions: readonly EntityMention[]): Set<string> {
  const words = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'person') continue;
    const name = text.slice(mention.span[0], mention.span[1]).split(/\s+/);
    if (name.length > 1) for (const word of name) words.add(word);
  }
  return words;
}

/** " of Chemical Weapons", " of the Workers": capitalised words after "of" (and "the"). */
const ofCapitalisedWords = /^ of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u;

/**
 * "Organization for the Prohibition of Chemical Weapons", "Guinness Book of Records": the tagger
 * ends a long organisation's name at "of". Capitalised words after it that no other mention
 * takes are the rest of the name.
 */
export function withOfComplement(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const starts = mentions.map((m) => m.span[0]);
  return mentions.map((mention, index) => {
    if (mention.type !== 'organization') return mention;
    const complement = ofCapitalisedWords.exec(text.slice(mention.span[1], mention.span[1] + 120));
    if (!complement) return mention;
    const end = mention.span[1] + complement[0].length;
    const next = starts[index + 1];
    if (next !== undefined && next < end) return mention;
    return { ...mention, span: [mention.span[0], end] };
  });
}

/** Capitalised words ending in a word that names an institution: " Child Soldiers Initiative", " Foundation". */
const institutionAfter =
  /^(?: \p{Lu}[\p{L}'’-]*){0,3} (?:Initiative|Foundation|Institute|Center|Centre|Fund|Society|Project|Program|Programme|Library|Museum|School|University|College|Academy)\b/u;
/** A group's noun after an adjective of faith, creed or nation: " State", " Brotherhood", " Party". */
const groupAfter = /^ (?:State|Party|Front|Army|Movement|Brotherhood|Jihad)\b/;

/**
 * "the Jane Doe Child Soldiers Initiative", "Islamic State": the tagger reads a person the
 * body is named after, or an adjective before a group's noun, and stops there. The name runs on
 * to the institution's or group's noun and is an organisation; mentions inside it are dropped.
 */
export function withInstitutionNames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const result: EntityMention[] = [];
  let coveredTo = -1;
  for (const mention of mentions) {
    if (mention.span[0] < coveredTo) continue;
    const after = text.slice(mention.span[1], mention.span[1] + 80);
    const rest =
      mention.type === 'person'
        ? institutionAfter.exec(after)
        : mention.type === 'misc'
          ? groupAfter.exec(after)
          : null;
    if (!rest) {
      result.push(mention);
      continue;
    }
    coveredTo = mention.span[1] + rest[0].length;
    result.push({ type: 'organization', span: [mention.span[0], coveredTo] });
  }
  return result;
}

/**
 * "Trump Upends Democrats", "Doe Sends Troops": in a title-case headline the tagger runs a name
 * on into the capitalised words after it, and the long form would then become the person's name
 * for the whole article. A person in the headline whom the text never names so is cut to the
 * longest start of it that the text (outside the headline) names as a person or part of one.
 * (Only the headline, repeated or not: a title-case line inside the text is as often a caption
 * or a list of names; and only its start: a first name before the known one is a name.)
 */
export function headlineNames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const headlineSpan = headlineOf(text);
  if (!headlineSpan) return [...mentions];
  const headline = text.slice(headlineSpan[0], headlineSpan[1]);
  const inHeadline = mentions.map((m) => {
    if (m.type !== 'person') return false;
    const lineStart = text.lastIndexOf('\n', m.span[0]) + 1;
    const lineEnd = text.indexOf('\n', m.span[0]);
    return text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim() === headline;
  });
  if (!inHeadline.includes(true)) return [...mentions];
  const known = new Set<string>();
  mentions.forEach((mention, index) => {
    if (mention.type !== 'person' || inHeadline[index]) return;
    const name = text.slice(mention.span[0], mention.span[1]);
    known.add(name);
    for (const word of name.split(/\s+/)) known.add(word);
  });
  return mentions.map((mention, index) => {
    const name = text.slice(mention.span[0], mention.span[1]);
    if (!inHeadline[index] || known.has(name)) return mention;
    const words = [...name.matchAll(/\S+/g)];
    for (let length = words.length - 1; length > 0; length--) {
      const last = words[length - 1]!;
      const start = name.slice(0, last.index + last[0].length);
      if (known.has(start)) return { ...mention, span: [mention.span[0], mention.span[0] + start.length] };
    }
    return mention;
  });
}
