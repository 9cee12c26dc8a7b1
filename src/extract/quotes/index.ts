import type { Block, Diagnostic, Entity, Person, Quote, Sentence, Span } from '../../model/index.ts';
import { contains, diagnostic } from '../../model/index.ts';
import { lastMatch } from '../../text/matches.ts';
import { firstTokenFrom } from '../../text/tokens.ts';
import { isRole, isTitleWord } from '../people/titles.ts';
import { sentenceAt } from '../sentences/index.ts';
import {
  continuedQuotes,
  findQuoteMarks,
  type QuoteMarks,
  quotesWithSingleMarks,
  withDoubleQuoteMarks,
} from './marks.ts';

/**
 * Direct quotations with their speakers. In order of trust: attribution right after the quote
 * ('," Trump said', '," the party leader, Jane Doe, said', '," said the president's adviser,
 * Jim Doe', '," the statement said'), "according to X", "X quoted Y", the subject of the verb of saying
 * before it in the sentence ('Rubio said that "..."'; the outer one when one speaker relays
 * another: 'Doe said Roe told them "..."'), and else the speaker of the quote just before (a quote
 * that goes on, also into the next paragraphs, or a second quote after one attribution). Pronouns
 * ("he said") take the subject of their own sentence if it names a person, else the person the
 * text was last about (the speaker or subject of the sentences before). Words quoted again keep
 * the speaker who first said them.
 */

/** `words` as one non-capturing alternation, the words grouped by their first letter in the order given. */
function alternativesByFirstLetter(words: readonly string[]): string {
  const byLetter = new Map<string, string[]>();
  for (const word of words) {
    const rest = byLetter.get(word[0]!) ?? [];
    rest.push(word.slice(1));
    byLetter.set(word[0]!, rest);
  }
  return `(?:${Array.from(byLetter, ([letter, rests]) => `${letter}(?:${rests.join('|')})`).join('|')})`;
}

/** Verbs of saying, in every form the quote finder reads ("[sz]" for either spelling). */
const speechVerbForms =
  'said|says|say|told|tells|tell|added|adds|add|noted|notes|note|stated|states|remarked|explained|confirmed|confirms|emphasi[sz]ed|stressed|warned|warns|warn|wrote|writes|asked|argued|insisted|declared|tweeted|posted|announced|announces|reported|reports|continued|replied|responded|acknowledged|admitted|claimed|claims|recalled|suggested|observed|disclosed|revealed|reveals|concluded|concludes|demanded|demands|shouted|yelled|wondered|indicated|highlighted|described|describes|describe|called|calls|urged|cautioned|conceded|maintained|countered|quipped|objected|objecting|complained|complaining|contended|asserted|predicted|vowed|joked|lamented|boasted|scoffed|testified|reiterated|posited|posits|opined|opines|echoed|retorted|proclaimed|exclaimed|commented|answered|pledged|promised|recounted|mused|griped|explains|recalls|insists|argues|adds|notes|writes|asks|saying|adding|telling|noting|arguing|warning|calling|tweeting|writing|asking|declaring|stating|explaining|insisting|claiming|announcing|acknowledging|admitting|suggesting|urging|replying|responding|stressing|promising|vowing|posting|recalling|describing|blasted|slammed|denounced|dismissed|dismisses|labeled|labelled|branded|portrayed|portrays|portraying|characteri[sz]ed|characteri[sz]es|characteri[sz]ing|hailed|praised|criticized|criticised|decried|derided|ridiculed|mocked|condemned|lambasted|touted|rapped|raps|sang|sings|pointed out|points out|pointing out';
/**
 * The verbs as one alternation, grouped by first letter ("(?:s(?:aid|ays|...)|t(?:old|...)|...)"): the
 * regex engine tries the words of one letter where a word starts, not all two hundred. (The order
 * of the choices does not matter: every pattern holding them ends a verb at a word's end.)
 */
const speechVerbSource = alternativesByFirstLetter(speechVerbForms.split('|'));
const speechVerb = new RegExp(`\\b${speechVerbSource}\\b`, 'gi');
/**
 * An adverb may stand between a speaker and the verb: "Rubio later said", "Warner also stressed".
 * Only in lower case ("Connolly said" is a name and a verb), so the patterns holding it are
 * case-sensitive: a verb of saying after its subject is written in lower case.
 */
const adverbWord =
  '(?:\\p{Ll}+ly|also|then|later|earlier|once|first|previously|often|still|again|further|only|just)';
const adverb = `(?:${adverbWord}\\s+)?`;
/**
 * Auxiliaries before a verb of saying: "is expected to say", "will tell", "has said", "went on to
 * say", and a recording's "is shown saying", "could be heard telling".
 */
const auxiliary =
  '(?:(?:(?:is|was|are|were)\\s+(?:expected|scheduled|set|due|likely|going|quoted\\s+as)\\s+(?:to\\s+)?|(?:is|was|are|were|(?:can|could)\\s+be)\\s+(?:shown|seen|heard)\\s+|(?:will|would|has|had|have|went\\s+on\\s+to)\\s+)' +
  adverb +
  ')?';
const startsWithSpeechVerb = new RegExp(`^${adverb}${auxiliary}${speechVerbSource}\\b`, 'u');
const pronoun = /\b(he|she|they)\b/gi;
/** A sentence opening on its speaker, a pronoun or a capitalised name, then perhaps an adverb. */
const sentenceSpeaker = `^\\s+(?:He|She|They|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}?)\\s*${adverb}`;
/**
 * A sentence of only a speaker (a pronoun or a capitalised name) and a verb of saying, perhaps with
 * a day or whom it was told: "Roe said.", "He told CNN on Monday.". Its paragraph ends after it, or
 * another quotation opens.
 */
const attributionSentence = new RegExp(
  `${sentenceSpeaker}(?:said|says|added|adds|wrote|writes|explained|noted|told\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,4})(?:\\s+(?:on\\s+)?(?:\\p{Lu}\\p{Ll}+day|today|yesterday|later))?\\.(?:\\s*$|\\s+[“"])`,
  'u',
);
/**
 * '“... cash.” Doe continued, “This is ...”': a sentence that goes on to someone's next words with a
 * verb that says they spoke before ("continued", "added", "went on") attributes the quote before too.
 */
const continuingAttribution = new RegExp(
  `${sentenceSpeaker}(?:continued|added|went\\s+on)\\s*[,:]\\s*$`,
  'u',
);
/**
 * "Jerrold Nadler of New York", "Jane Doe of the Acme Institute", "Jim Roe from Acme University's
 * Department of Biology": a home place or institution after a name.
 */
const homePlace =
  "(?:\\s+(?:of|from|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+|the\\s+)?\\p{Lu}[\\p{L}.'’-]*)*)?";
/**
 * 'a Doe aide', "a Senate Democratic aide", "the Trump campaign", "a Twitter user", "an Acme editorial
 * employee", "an Acme Organization (AO) official", "an Acme Daily reporter": one capitalised word
 * and one adjective may come between, and the name's initials in brackets.
 */
const speakerForName =
  /^(?:['’]s?)?(?:\)|\s+\([\p{Lu}\p{N}.&-]{2,12}\))?\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:\p{Ll}+(?:al|ic|ive|ior|ary)\s+)?(?:[Aa]ide|[Ss]pokes(?:man|woman|person)|[Aa]dvis[eo]r|[Ll]awyer|[Aa]ttorney|[Oo]fficial|[Cc]ampaign|[Uu]ser|[Ee]mployee|[Ss]taffer|[Ss]ource|[Ee]xecutive|[Jj]ournalist|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Pp]hotographer|[Pp]roducer|[Vv]iewer|[Rr]eader|[Ll]istener|[Cc]ommenter|[Ss]ubscriber|[Ff]an|[Ff]ollower|[Ss]upporter)s?\b/u;
/**
 * After a name: an aside perhaps, a verb of speaking (not of judging), then one quotation, up to a
 * pronoun: '[Doe], the police chief, told Acme by phone, “We heard it,” [he said]'.
 */
const speakingThenQuotation =
  /^(?:\s*,[^,“”"]{1,60},)?\s+(?:\p{Ll}+ly\s+)?(?:told|tells|said|says|spoke|speaks|talked|wrote)\b[^“”"]{0,80}[“"‘][^“”"]*[”"’]\s*,?\s*$/u;
/** "Minister of Justice ", "Secretary of the Navy ": an "of" between a title's capitalised words (group 1 the word before). */
const ofInTitle = /(\p{Lu}[\p{L}.'’-]*)\s+of\s+(?:the\s+)?(?=\p{Lu}[\p{L}.'’-]*\s)/gu;
/** A lower-case word right after a name, ending the subject phrase: "[The GOP] front-runner, who". */
const roleAfterName = /^\s+(\p{Ll}[\p{Ll}-]+)(?=\s*,|\s+(?:who\b|\p{Ll}+ly\s|\p{Ll}+(?:s|ed)\b))/u;
/** Someone speaking for a named person: "a spokeswoman for", "an aide to", "a lawyer for". */
const speaksFor =
  /\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|representative)\s+(?:for|to|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/iu;
/** Words that carry someone's words without being anyone: "the statement said", "Doe's account tweeted". */
const documentNoun =
  '(?:statement|report|letter|release|tweets?|post|memo|e-?mail|message|account|feed|website|editorial|board|response|filing|complaint|lawsuit|ruling|study|analysis|column|op-ed|article|story|announcement|note|reply|indictment|apology|speech|remarks|testimony|memoir|book|blog|poll|survey)';
/** A document and "from" or "by", before its author's name: "a recent report from ", "a statement by ". */
const documentFrom = new RegExp(`\\b${documentNoun}s?\\s+(?:from|by)\\s+(?:the\\s+)?$`, 'i');
/** "according to a statement", "according to a new report": a document, not a name, follows (group 1). */
const documentAfterAccording = new RegExp(
  `^(?:an?\\s+|the\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(${documentNoun})\\b`,
  'u',
);
/**
 * A document right before a verb of saying: "the report", "Doe's account", "a response from the
 * party only", "a poll in Ohio".
 */
const documentBeforeVerb = new RegExp(
  `\\b(${documentNoun})(?:\\s+(?:from|by|in)\\s+(?:(?!wh)[^,.;“”"]){1,40}?)?(?:\\s+${adverb.slice(0, -1)})?\\s*$`,
  'u',
);
/**
 * A document no name owns, then a relative pronoun before the verb: "a TV report late last month
 * that said" (group 1 the noun). (Of "Doe's remarks that claimed" the owner is not clearly the subject.)
 */
const documentThenRelative = new RegExp(
  `\\b(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${documentNoun})\\s+(?:\\p{Ll}+\\s+){0,3}?(?:that|which)\\s+${adverb}$`,
  'du',
);
/** "quoted", "quoting" (not "quoted by"), before the one quoted. */
const quotingVerb = /\bquot(?:ed|ing)\s+(?!by\b)/giu;
const relativeAtEnd = /\b(?:that|which)\s+(?:\p{Ll}+\s+)?$/u;
/** A verb that puts out a document, right before it: "published an article". */
const publishedBefore = /\s(?:published|posted|released|issued|put\s+out|sent|shared)\s+$/;
/** ', Doe's aside, said': a name's home place and an aside in commas, then the verb. */
const asideThenVerb = new RegExp(`^${homePlace}\\s*,[^“”"]*,\\s*${adverb}$`, 'u');
/**
 * Capitalised words the recogniser named nothing in, then an apposition up to a name: "Democracy for
 * America, the committee founded by " (the name is the apposition's, not the subject).
 */
const apposedToUnnamed =
  /^[\s“"‘]*\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:for|of|and|the)\s+)?\p{Lu}[\p{L}.&'’-]*){0,5},\s+(?:the|an?)\s+[^,;“”"]*$/u;
/** An apposition of lower-case words up to where someone works: ", managing editor of North Korean paper ". */
const workplaceApposition =
  /^\s*,\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,4}(?:of|at|for|with)\s+(?:the\s+)?(?:\p{L}[\p{L}-]*\s+){0,3}$/u;
/** "who" right before a verb of saying: " who ", ", who later ". */
const whoBeforeVerb = new RegExp(`\\s+who\\s+${adverb}$`, 'u');
/** Someone described, then a qualifier, ending right before "who": "a spokesperson from Doe's camp". */
const describedBeforeWho =
  /\b(?:an?|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:\s+(?:from|for|of|at|in|with)\s+[^,;“”"]{1,50})?\s*$/u;
/** The end of an apposition before its verb: ", ", ", also ". */
const commaThenAdverb = new RegExp(`^\\s*,\\s*${adverb}$`, 'u');
/** '... and said', '... but also called': a second verb with the subject of the first. */
const andThenVerb = new RegExp(`\\b(?:and|but)\\s+${adverb}$`, 'u');
/** Right after a quotation, "and" or "but" before the next verb: '“...,” and asked'. */
const joinedAfterQuote = new RegExp(`^[\\s,]*(?:and|but)\\s+${adverb}$`, 'u');
/** ', the party said in a statement Monday.' at the end of a sentence. */
const closingClause = new RegExp(
  `,\\s*([^,“”"]{1,60}?)\\s+${adverb}${speechVerbSource}\\b[^,“”"]{0,40}[.!]?\\s*$`,
  'u',
);
/** A document and its author introducing a quote with a colon: "a statement from the council: “". */
const documentIntroducing = new RegExp(`\\b(${documentNoun})\\s+(?:from|by)\\s+[^:;“”"]{1,60}:\\s*$`, 'iu');
/** A document from someone right before a participle: "a letter from Jane Doe, Democrat of Vermont, ". */
const documentFromBefore = new RegExp(`\\b(${documentNoun})\\s+(?:from|by)\\s+[^;:“”"]{1,80}?,\\s*$`, 'u');
/** A document and "read(s)" closing a quote: '," the statement read.' ("read" says nothing after anyone else). */
const documentRead = new RegExp(`^((?:[^“”",.;\\s]+\\s+){1,4}?)(${documentNoun})\\s+reads?\\b`, 'u');
const letterOrDigit = /[\p{L}\p{N}]/u;
const doubleMark = /[“"]/;
const quotedWords = /[\p{L}\p{N}'’-]+/gu;
/** The most words a quoted title or term has ("the “Doe Doctrine”"); longer quotations are speech. */
const longestTerm = 3;

/** More words than a term has: a word, then `longestTerm` more, each after something else. */
const longerThanTerm = new RegExp(
  `^[^\\p{L}\\p{N}'’-]*[\\p{L}\\p{N}'’-]+(?:[^\\p{L}\\p{N}'’-]+[\\p{L}\\p{N}'’-]+){${longestTerm}}`,
  'u',
);

/**
 * A quotation of at most `longestTerm` words with words of its sentence on both sides: a title or a term
 * (Acme TV's “Morning” show, called it “a disgrace” on Monday), not speech later quotations go on from.
 */
function termInSentence(text: string, mark: QuoteMarks, sentence: Span): boolean {
  return (
    !longerThanTerm.test(text.slice(mark.span[0], mark.span[1])) &&
    letterOrDigit.test(text.slice(sentence[0], mark.outer[0])) &&
    letterOrDigit.test(text.slice(mark.outer[1], sentence[1]))
  );
}

/** Words of a title in title case, at most seven, with no closing stop: "Meet the Press", "Fox & Friends". */
const titleCased =
  /^\p{Lu}[\p{L}\p{N}’'.:&!-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}’'.:&!-]*|of|the|and|a|an|in|on|to|for|at|with|&|\d+)){0,6}$/u;
/**
 * A show, film or book before its quoted title: "the movie ", "the CNN program ", "an episode of ",
 * "said on ", "told Fox News' Jane Roe on ", "an interview with ".
 */
const workBefore =
  /\b(?:(?:the|a|an|his|her|their|\p{Lu}[\p{L}.&-]*['’]s)\s+(?:[\p{L}'’.-]+\s+){0,2}?(?:movie|film|show|program(?:me)?|series|sitcom|drama|book|novel|memoir|song|album|single|hit|track|record|anthem|ballad|poem|opera|musical|play|documentary|podcast)|episode\s+of(?:\s+the)?|(?:titled|entitled)|(?:said|says|told|spoke|speaking|interview(?:ed)?)\b[^.“”"]{0,60}?\s(?:on|with)(?:\s+the)?|appear(?:ed|ing|s|ance)?\s+(?:on|with)(?:\s+the)?|(?:starr(?:ed|ing)|stars?|appear(?:ed|ing|s)?|roles?|cast|play(?:s|ed|ing)?)\b[^.“”"]{0,50}?\sin(?:\s+\p{Lu}[\p{L}.&-]*['’]s)?(?:\s+the)?),?\s+$/u;
/** Works named as examples: "hits like ", "films such as ", "roles in movies including ". */
const worksLikeBefore =
  /\b(?:hits|films|movies|shows|series|songs|albums|books|novels|games)\s+(?:like|such as|including)\s+$/i;
/** Quoted titles listed before this one: '"Long Road" and ', '"Long Road," "Short Walk" or '. */
const titlesListedBefore = /(?:[“"][^“”"]{1,60}[”"],?\s+(?:and\s+|or\s+)?)+$/u;
/** The kind of work right after its quoted title: '"Star Wars" movie', '"Homeland" series'. */
const workAfter =
  /^\s*(?:movie|film|show|series|sitcom|franchise|album|song|single|book|novel|trilogy|episode|musical|documentary|podcast|video game|issue|edition|column|segment|program|programme|exhibition|report)s?\b/i;
/**
 * A work named in an apposition after the title: '“The Social Network,” the 2010 film about', '“Long
 * Road”, her first album.' (Not '“...,” the film's director said' nor '“...,” the show host said'.)
 */
const workApposedAfter =
  /^[\s,]*(?:the|a|an|his|her|their)\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:movie|film|series|sitcom|album|song|single|book|novel|memoir|documentary|musical|play|podcast)(?=\s*[,.;]|\s+(?:about|by|from|that|which|starring|directed|written|released|based)\b)/u;
/** An owner's possessive right before the quote: "NBC's ", "Fox News’ the ". */
const possessiveBefore = /['’]s?\s+(?:the\s+)?$/u;

/**
 * A show, film or book named in quotation marks ("NBC's “Meet the Press”", "said on “Fox News
 * Sunday”", "the movie “The American President”"): a name of a thing, no one's quoted words.
 * An owner's possessive must be an organisation's (a person's: "Obama's “War on Religion”" is
 * another's words about his).
 */
function isTitleOfWork(text: string, mark: QuoteMarks, organizations: readonly Entity[]): boolean {
  // (A comma closing the title is American punctuation, inside the marks: 'on "Fox News Sunday,"'.)
  if (!titleCased.test(text.slice(mark.span[0], mark.span[1]).trim().replace(/,$/, ''))) return false;
  const before = text.slice(Math.max(0, mark.outer[0] - 60), mark.outer[0]);
  if (workBefore.test(before)) return true;
  // "hits like “Long Road” and “Short Walk”": the titles listed after the first too.
  const beforeList = text
    .slice(Math.max(0, mark.outer[0] - 160), mark.outer[0])
    .replace(titlesListedBefore, '');
  if (worksLikeBefore.test(beforeList)) return true;
  if (workAfter.test(text.slice(mark.outer[1], mark.outer[1] + 20))) return true;
  if (workApposedAfter.test(text.slice(mark.outer[1], mark.outer[1] + 60))) return true;
  const possessive = possessiveBefore.exec(before);
  if (possessive === null) return false;
  const ownerEnd = mark.outer[0] - possessive[0].length;
  return organizations.some((organisation) => organisation.spans.some((span) => span[1] === ownerEnd));
}

/**
 * Whether the end of `before` (a quotation's words up to a name) is inside a quotation nested in
 * it: a single mark opened after a space or punctuation, not closed since.
 */
function withinNestedQuote(before: string): boolean {
  const opened = lastMatch(nestedOpening, before);
  if (!opened) return false;
  return !nestedClosing.test(before.slice(opened.index + opened[0].length));
}
const nestedOpening = /(?:^|[\s,:;(—-])[‘']/g;
const nestedClosing = /[’'](?=[\s,.;:!?)—-]|$)/;

/** A web address in marks, as in markup left in the text ('<a href="http://...">'): no one's words. */
const isWebAddress = (words: string): boolean => /^\s*(?:https?:\/\/|www\.)\S*\s*$/i.test(words);

/**
 * A string in script or data left in scraped text ('google_ad_type = "text";', '"interval" :
 * "10000"', '$("#live")'): straight marks after an equals sign, around a colon between two
 * strings, or as the only argument of a call (a name right before the bracket: not '("Candy")' in prose).
 */
function isCodeString(text: string, mark: QuoteMarks): boolean {
  if (text[mark.outer[0]] !== '"') return false;
  const before = text.slice(Math.max(0, mark.outer[0] - 4), mark.outer[0]);
  const after = text.slice(mark.outer[1], mark.outer[1] + 4);
  return (
    /=\s*$/.test(before) ||
    /^\s*:\s*"/.test(after) ||
    /"\s*:\s*$/.test(before) ||
    (/[\w$]\($/.test(before) && /^\)/.test(after))
  );
}

/** A quotation's words as a title, without the comma or stop American punctuation puts inside the marks. */
const titleKey = (text: string, mark: QuoteMarks): string =>
  text
    .slice(mark.span[0], mark.span[1])
    .trim()
    .replace(/[,.!?]$/, '');

/**
 * Words in title case quoted twice or more in one article ("“Rapper's Delight” became a hit",
 * then "Rodgers said later of “Rapper's Delight.”"): the name of a work, a show, a nickname or a
 * menu's option, each time; no one's quoted words.
 */
function titlesQuotedTwice(text: string, marks: readonly QuoteMarks[][]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const list of marks)
    for (const mark of list) {
      if (!mark.closed) continue;
      const key = titleKey(text, mark);
      if (!titleCased.test(key)) continue;
      if (seen.has(key)) twice.add(key);
      seen.add(key);
    }
  return twice;
}

/** A nickname in marks inside a name ("Harry “Big Bad Hal” Roe"): no one's quoted words. */
const insideNameWithMarks = (text: string, people: readonly Person[], mark: QuoteMarks): boolean =>
  people.some((person) =>
    person.spans.some((name) => contains(name, mark.outer) && doubleMark.test(text.slice(name[0], name[1]))),
  );

/**
 * A quoted term made with a name rather than quoted speech: at most `longestTerm` words, not all
 * of them the name's ("the “Doe Doctrine,”", but not a name in quotation marks: writing to “Jane”).
 */
function termWithName(quoted: string, name: string): boolean {
  const words = quoted.toLowerCase().match(quotedWords) ?? [];
  const nameWords = new Set(name.toLowerCase().split(/\s+/));
  return words.length <= longestTerm && words.some((word) => !nameWords.has(word));
}

/** "I'm Big Bank Hank", "my name is Jane Doe": a name right after these, inside a quotation, is its speaker's. */
const selfIntroductionBefore = /\b(?:I['’]m|I am|[Mm]y name is)\s+$/;
const selfIntroduction = /\b(?:I['’]m|I am|[Mm]y name is)\s/;

/** A closing clause that has an outlet report what the sentence says: ', the Metro has reported.' */
const outletReports = /^(?:[^“”"]*,)?\s*[^,“”"]{1,60}?\s+(?:has\s+|have\s+)?report(?:ed|s)\b[^“”"]*$/;
/** A verb that issues a document, a few words before it: "said in a", "released a". */
const issuedBefore = new RegExp(
  `(?:${speechVerbSource}|released|issued|sent|posted|put out)\\s+(?:\\S+\\s+){0,3}$`,
  'iu',
);
const leadingHomePlace = new RegExp(`^${homePlace}`, 'u');
/** Nothing but an adverb up to the verb. */
const onlyAdverb = new RegExp(`^\\s*${adverb}$`, 'u');
/**
 * A verb of reporting or quoting, its object, then "as" before "saying": "reports a police
 * spokesperson as " (not a passive's agent: "was quoted by The Post as ").
 */
const objectReportedAs =
  /\b(?:report(?:s|ed)?|quot(?:es|ed)|cit(?:es|ed))\s+(?!(?:in|by|on|at|from|to)\s)([^,;“”"]{1,80}?)\s+as\s+$/;
/**
 * "known as " before a quoted name, or before the names listed so far: 'known as “John,” “George,”
 * and ', 'known among former hostages as ' (not 'known in his songs as ', his own words).
 */
const knownAsBefore =
  /\b(?:known(?:\s+(?:among|to|in|by)\s+(?!(?:his|her|their)\s)[^,;“”"]{1,40}?)?|referred\s+to)\s+(?:only\s+)?as\s+(?:(?:the|an?)\s+(?:[\p{L}-]+['’]s?\s+)?)?(?:[“"][^“”"]{1,40}[”"],?\s+(?:(?:and|or)\s+)?)*$/u;
/**
 * "a video called ", "a British group called ", "a man named ": something and the name it goes by
 * (group 1 the noun, group 2 the verb: before "called" the noun must be no person's, "which the
 * governor called" being the governor calling it something).
 */
const thingCalledBefore =
  /\b(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}{3,})\s+(called|named|nicknamed)\s+$/u;
/** A short phrase, then a verb of saying: '[the statement] said'. */
const phraseThenVerb = new RegExp(`^([^“”",.;]{1,70}?)\\s+${adverb}${speechVerbSource}\\b`, 'u');
/**
 * A plural noun that is also a verb of saying, then a verb, a participle or a preposition: "reports
 * say", "claims suggest", "reports given to states", "reports from Acme".
 */
const pluralNounThenVerb =
  /^(?:reports|claims|notes|posts|tweets|comments|statements)\s+(?:say|said|suggest|suggested|show|showed|indicate|indicated|claim|claimed|given|seen|obtained|published|issued|released|filed|from|by|in|on|of|that)\b/i;
/**
 * Sentence openings that are not their subject, up to their comma: "Two days later,", "In an
 * interview with X,", "Asked about it,", "On Friday,". (Read by `introductionAt`: a time counted
 * from another is slow to fail along a sentence, and is tried only where its word is.)
 */
const countedTimeIntroduction = /^[\s“"‘]*[^,“”"]{0,40}\b(?:later|earlier|ago|afterwards?)\s*,\s*/iu;
const countedTimeWord = /later|earlier|ago|afterward/i;
const introductoryPhrase =
  /^[\s“"‘]*(?:back\s[^,“”"]{0,40},\s*|(?:(?:the|a|one)\s+)?(?:day|night|morning|evening|week|weekend|month|year)\s+(?:after|before|that|when)\b[^,“”"]{0,100},\s*|(?:(?:even|just|long|shortly|soon|only|right)\s+)?(?:in|on|at|after|before|under|when|while|as|asked|ahead|during|despite|since|though|although|if|following|with|without|for|from|prior|amid|amidst|until|upon|unlike|like|because|throughout|given|across|against|beyond|besides|within|toward|towards|through|to|via|per|speaking|earlier|later|meanwhile|however|still|now|instead|separately|once|last|this|next|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,“”"]{0,100},\s*)/iu;
/** Conjunctions and adverbs that open a sentence before its subject: "But Doe said", "Then Roe arrived". */
const leadingConjunction = /^[\s“"‘]*(?:(?:and|but|yet|so|then|also|still|now)\s+)*/iu;
/**
 * "The pope referred", "the former senator later answered", "the senator also took": a description,
 * then a verb in the past (regular, or one of the common irregular ones).
 */
/** An adverb ending a subject phrase, before its verb: "The Democratic senator also". */
const adverbAtEnd = new RegExp(`\\s+${adverbWord}\\s*$`, 'u');
const reflexiveAtEnd = /\s+(?:himself|herself|themselves)\s*$/;
/** Verbs in the past that do not end in "-ed", as news writes them. */
const irregularPast =
  'took|made|gave|went|came|told|sent|left|met|held|spoke|wrote|ran|won|lost|saw|got|put|brought|thought|struck|hit|set|kept|led|threw|broke|began|chose|sought|fought|drew|laid|shook|stood|found|felt|heard|knew|paid|said|sold|spent|became|bought|caught|built|grew|meant|sang|shot|flew|fell|ate|drove|wore|stole|fled';
const describedThenPastVerb = new RegExp(
  `^([Tt]he\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)(?:\\s*,[^,“”"]{1,60},)?\\s+(?=${adverb}(?:\\p{Ll}+ed|${irregularPast})\\b)`,
  'u',
);
/** A subject phrase in lower case, an aside perhaps, then a verb: "The masked man, in black, identifies". */
const describedThenVerb = new RegExp(
  `^\\s*([Tt]he\\s+(?:(?!(?:was|is|are|were|has|had|have|been|${irregularPast})\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?!(?:was|is|are|were|has|had|have|been|${irregularPast})\\s)\\p{Ll}[\\p{Ll}-]*)(?:\\s*,[^,“”"]{1,80},)?\\s+(?!(?:was|is|has|does)\\s)(?:\\p{Ll}+(?:s|ed)|${irregularPast})\\b`,
  'u',
);
/** A subject phrase that describes someone without a name: "The source with knowledge of ...", "Two officials". */
const describedSource =
  /^\s*(?:the|one|another|some|several|many|two|three|four|five)\s+(?:[\p{L}-]+\s+){0,2}?(?:sources?|officials?|persons?|people|aides?|diplomats?|analysts?|residents?|witnesses|witness|experts?|officers?|members?|spokes(?:man|woman|person)|lawmakers?|insiders?)\b/iu;
/** Roles an article usually leaves unnamed when it quotes them by role alone. */
const unnamedRole =
  /^(?:officials?|spokes(?:man|woman|person|men|women)|aides?|sources?|analysts?|experts?|diplomats?|officers?|insiders?|lawyers?|attorneys?|agents?|staffers?|users?|members?|employees?|workers?|witness(?:es)?|neighbou?rs?|residents?)$/i;
/** People described in the plural, then a verb: "The four Islamic attorneys call" (group 1 the noun). */
const describedPeopleThenVerb =
  /^(?:The|These|Those|Some|Many|Several|Other)\s+(?:[\p{L}\d-]+\s+){0,3}?(\p{Ll}+s)\s+(?:\p{Ll}+ly\s+)?(?!(?:of|in|at|on|for|from|with|who|that|and|or)\b)\p{Ll}+\b/u;
/** A lower-case noun for a person: "the nun", "the woman", "the friend", "the actress", "the senator". */
const personNoun =
  /^(?:\p{Ll}*(?:wo)?man|girl|boy|lady|gentleman|nun|priest|monk|person|child|victim|suspect|survivor|patient|student|pupil|soldier|driver|passenger|tourist|employee|resident|customer|witness)$/u;
const isPersonNoun = (word: string): boolean =>
  personNoun.test(word) ||
  kinWordOnly.test(word) ||
  relationNoun.test(word) ||
  protagonistNoun.test(word) ||
  (/^\p{Ll}/u.test(word) && isRole(word));
/** The head of a description that stands for an organisation: "the group", "the ministry". */
const organisationNoun =
  /^(?:group|organi[sz]ation|company|firm|agency|ministry|department|party|union|network|campaign|committee|council|embassy|website|site|newspaper|paper|magazine|charity|university|hospital|giant|retailer|automaker|carmaker|broadcaster|insurer|lender|conglomerate|outlet|publication|tabloid)$/i;
/** Nouns any organisation may be called by, whatever its name. */
const genericOrganisationNoun = /^(?:group|organi[sz]ation|company|firm|outlet|giant)$/i;
/** Someone described, then a preposition: "One official in the report", "The commander of". */
const describedThenPreposition =
  /^\s*(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:by|of|for|from|with|in|to|on|at)\s/u;
/**
 * A thing, then what it is about, before a name that ends the subject phrase: "At least two autopsies
 * performed on ", "A report on President ", "An investigation into " (group 1 the thing).
 */
const thingAboutName =
  /^[\s“"‘]*(?:(?:[Aa]t\s+least|[Mm]ore\s+than|[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|\d+)\s+)+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})\s+(?:\p{Ll}+ed\s+)?(?:on|about|into|against|regarding|concerning)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
/**
 * Someone described by whom they work for or belong to, before that one's name: "A lawyer for ",
 * "An aide to " (group 1 the noun).
 */
const personForWhom =
  /^\s*(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:for|to|of)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u;
/**
 * A description opening a clause, then an aside in commas: "The Somali official, speaking ...,"
 * (group 1 the description).
 */
const describedThenAside = /^\s*((?:[Tt]he|[Aa]n?)\s+[^,“”"]{1,60}?),[^,“”"]*,/u;
/** A word opening a subordinate clause right before its subject: "where ", "whether ", "because ". */
const subordinateBefore = /\b(?:where|when|what|whether|if|because|since|although|though|while)\s+$/i;
/**
 * A word opening a clause of time or cause, then its subject: "after ", "when ", "because ". ("as"
 * opens too much else: "such as", "as well as".)
 */
const subordinatingWord = '(?:after|when|because|since|before|while|until|once|though|although)';
const subordinateOpener = new RegExp(`\\b${subordinatingWord}\\s+`, 'gi');
/** Right after an inverted verb, a preposition and its phrase before any name: " in his verses about ". */
const verbPhraseBefore =
  /^\s+(?:\p{Ll}+ly\s+)?(?:in|about|with|for|on|at|from|during|after|before|into|over)\s+(?:his|her|their|its|a|an)\b/u;
/** A noun for someone by what they do: "blogger", "commentator", "columnist", "historian". */
const agentNoun = /^(?!paper)\p{Ll}{3,}(?:er|ist|ian|ator|itor)s?$/u;
/**
 * What a story calls the person it is about, once named: "the real estate mogul and reality TV star",
 * "the billionaire", "the actress", "the teenager", "the pensioner".
 */
const protagonistNoun =
  /^(?:mogul|tycoon|billionaire|millionaire|magnate|star|celebrity|actor|actress|singer|rapper|comedian|entrepreneur|businessman|businesswoman|athlete|golfer|swimmer|Olympian|teen|teenager|youngster|schoolgirl|schoolboy|pensioner|grandmother|grandfather|pontiff)$/;
/** Someone known by whom they know: "a close friend of Doe", "a neighbour of the family". */
const relationNoun =
  /^(?:friends?|neighbou?rs?|classmates?|colleagues?|acquaintances?|relatives?|associates?|schoolmates?|roommates?|flatmates?)$/;
/** Someone introduced by a description and a relative clause: "One longtime Acme employee who ...". */
const describedThenRelative =
  /^\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,3}?\p{Ll}+\s+(?:who|that)\s/u;
/** "the father of four", "the mother-of-two": a description of someone by their children. */
const parentOfChildren =
  /^\s*the\s+(?:[\p{L}-]+\s+){0,2}?(?:father|mother|dad|mum|mom|grandfather|grandmother)(?:\s+of\s+|-of-)[\p{L}\d]+\s*$/iu;

/** People an article quotes without naming them: "sources", "an official", "a spokeswoman". */
const unnamedPersonNoun =
  '(?:sources?|officials?|insiders?|employees?|staffers?|aides?|spokes(?:man|woman|person))';
/**
 * Someone described by whom they work for and left unnamed: "an Acme source", "the White House
 * official", "one former Acme editorial employee".
 */
const unnamedWithEmployer = new RegExp(
  `^\\s*(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:(?:former|senior|longtime|current|ex-)\\s+)?(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){1,3}(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${unnamedPersonNoun}\\s*$`,
  'u',
);
/** '," aides said ': lower-case reporters and their verb, then (after "that" or a title) the one reported. */
const reportedSpeakerAfter =
  /^(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:said|say|says|recalled|recall)\s+(?:that\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?/u;
/** "for the health ministry " right before a name: an organisation described in lower case, then its spokesperson's name. */
const forDescribedOrganisation =
  /\b(?:for|of)\s+the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:ministry|department|office|council|agency|committee|company|government|police|army|embassy|campaign|group)\s+$/u;
/** '," claimed the Mirror's source,': a source or insider no name is given, after an inverted verb. */
const unnamedSourceAfterVerb =
  /^\s+(?:the|a|an|one)\s+(?:(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s?\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:sources?|insiders?)\s*(?:,|$)/u;
/** '," a spokesman in the embassy in London told': someone unnamed, whatever the words after "in" or "at" name. */
const unnamedAt = new RegExp(
  `^\\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(?:${unnamedPersonNoun}|press\\s+officer|diplomat)\\s+(?:in|at|with|inside)\\s`,
  'u',
);

/**
 * "Doe's lawyer", "Jane Doe’s former campaign manager": a name's possessive, then lower-case words
 * (group 1; the last word, the head, group 2).
 */
const possessedDescription =
  /^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*))\s*$/u;
/** A preposition (and "the") right before a name: the name is its object ("with Doe", "at the Acme Institute"). */
const objectOfPreposition = /\b(?:with|to|about|against|by|from|at|on|in|into|over|under)\s+(?:the\s+)?$/i;
/** " to the Guardian", " in an interview": whom or where a description's speaker spoke, after it. */
const addresseeAtEnd = /\s+(?:to|in|on|at|with)\s.*$/su;
/**
 * The same opening a clause, in either case, then its verb: "Doe's lawyer said", "The Prime
 * Minister's Deputy Official Spokesman declined" (group 1 the phrase, 2 the words after the
 * possessive, 3 the head).
 */
const possessedRoleThenVerb =
  /^\s*((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+((?:[\p{L}-]+\s+){0,2}([\p{L}-]+)))\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|said|says|told)\b/u;

/** Words of kinship a text introduces a relative by ("his father, Jim Doe", "her sister Jane"): a man's, a woman's, any. */
const maleKinWord = '(?:brother|father|husband|son|nephew|uncle|boyfriend|grandfather|grandson)';
const femaleKinWord = '(?:sister|mother|wife|daughter|niece|aunt|girlfriend|grandmother|granddaughter)';
const kinWord = `(?:${maleKinWord}|${femaleKinWord}|dad|mom|mum|cousin|fianc[eé]e?)`;
const kinWordOnly = new RegExp(`^${kinWord}$`, 'i');
/** "his father", "Doe's mother", "her older sister" as the whole phrase before a verb of saying (group 1 the kin word). */
const kinDescription = new RegExp(
  `^\\s*(?:[Hh]is|[Hh]er|[Tt]heir|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*['’]s?)\\s+(?:\\p{Ll}+\\s+)?(${kinWord})\\s*$`,
  'u',
);

/**
 * A relative of someone, not named, as the subject of a clause and its verb: "Roe's girlfriend, who
 * asked not to be named, also backs" (group 1 the kin word). Not "his mother, Diane," (named).
 */
const unnamedKinThenVerb = new RegExp(
  `^\\s*(?:[Hh]is|[Hh]er|[Tt]heir|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*['’]s?)\\s+(?:\\p{Ll}+\\s+)?(${kinWord})(?:\\s*,\\s*(?:who|whose)\\b[^,“”"]*,)?\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?(?=\\p{Ll})`,
  'u',
);
/** "the mum said", "the father told": a kin word as a subject, then a verb of saying (group 1 the kin word). */
const kinThenSaid = new RegExp(`\\bthe\\s+(${kinWord})\\s+(?:said|says|told|tells|added)\\b`, 'i');
const maleKinOnly = new RegExp(`^(?:${maleKinWord}|dad)$`, 'i');
const femaleKinOnly = new RegExp(`^(?:${femaleKinWord}|mom|mum)$`, 'i');
/** The pronoun a kin word stands for ("girlfriend" she), if it tells one ("cousin" does not). */
const kinSex = (kin: string): 'he' | 'she' | undefined =>
  maleKinOnly.test(kin) ? 'he' : femaleKinOnly.test(kin) ? 'she' : undefined;
/**
 * "A 104-year-old woman from Texas gave ...", "A local man said": someone introduced with "a" by a
 * noun that tells their sex (group 1), opening the clause, with a lower-case word (the verb) next.
 */
const introducedPersonThenVerb = new RegExp(
  `^\\s*[Aa]n?\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?((?:wo)?man|girl|boy|lady|gentleman|${kinWord}|fighter|militant|soldier|resident|witness|neighbou?r|${unnamedPersonNoun})(?:\\s+(?:from|of|in)\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){1,3}|\\s+)(?:\\p{Ll}+ly\\s+|also\\s+)?(?=\\p{Ll})`,
  'u',
);
/** The pronoun a noun for a person stands for: "woman" she, "boy" he, a kin word's (see kinSex). */
const personNounSex = (noun: string): 'he' | 'she' | undefined =>
  /^(?:man|boy|gentleman)$/i.test(noun) ? 'he' : /^(?:woman|girl|lady)$/i.test(noun) ? 'she' : kinSex(noun);

/**
 * Words other than titles that may come before a subject's name: articles, a possessive, a relative
 * ("His son Jeff", "Her husband, Jim Doe,").
 */
const subjectLeadWord = new RegExp(`^(?:the|a|an|['’]s|his|her|their|${kinWord})$`, 'i');
/**
 * A whole phrase that describes someone in lower-case words: "the user", "a senior official", "one",
 * "the two remaining members of the group", "the group's founders"; a party's or nationality's
 * adjective may stand among them ("the Democratic staffer", "a senior Israeli official").
 */
const lowerCaseDescription =
  /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Bb]oth|[Ss]everal|[Ss]ome|[Mm]any)(?:\s+(?:\p{Ll}[\p{Ll}'’-]*|Democratic|Republican|Conservative|Labour|Liberal|\p{Lu}\p{Ll}+(?:an|ese|ish|i))){0,6}\s+\p{Ll}[\p{Ll}'’-]*|[Oo]ne|[Aa]nother)$/u;
/** "A hooded militant", "an official": someone introduced, not named. */
const indefiniteSubject =
  /^\s*[Aa]n?\s+(?:(?:\p{Lu}[\p{L}.&'’-]*|\d+)\s+){0,3}(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*\b/u;
/** The verb that publishes a document of the noun ("posted" a post, "tweeted" a tweet), if one does. */
function publishingVerbOf(noun: string): RegExp | undefined {
  if (/^post$/i.test(noun)) return posted;
  if (/^tweets?$/i.test(noun)) return tweeted;
  if (/^e-?mail$/i.test(noun)) return emailed;
  return undefined;
}
const posted = /\bposted\b/giu;
const tweeted = /\btweeted\b/giu;
const emailed = /\be-?mailed\b/giu;

/** A document opening a sentence as its subject: "The Acme report has ..." (group 1 the noun). */
const documentOpensSentence = new RegExp(
  `^\\s*(?:The|This|That|An?)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?(${documentNoun})\\b`,
  'u',
);

/** A possessive and the words it owns, after a name: "'s response", "’s terse reply". */
const ownedResponse = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:response|reply|answer|reaction|retort)\b/u;

/**
 * An unnamed source and the verb after it, opening a clause: "A second State Department official
 * sought", "A spokesman for Acme confirmed".
 */
const unnamedSourceThenVerb =
  /^\s*(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s+(?:[\p{L}-]+\s+){0,4}?(?:sources?|officials?|spokes(?:man|woman|person)|aides?|diplomats?|insiders?)(?:\s+(?:for|of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|sought|took|made|gave|spoke|put|held|says|said)\b/u;
/** Capitalised words, then people in the plural they qualify: "ISIS sympathisers", "Twitter accounts", "Labour MPs". */
const namedGroupOfPeople =
  /^\s*(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(?:accounts|users|sympathi[sz]ers|supporters|fighters|militants|activists|followers|critics|protesters|lawmakers|MPs|loyalists|insiders|staffers|employees|fans)\b/u;
/** Sites people post on, named before what they post there: "the Facebook comment", "a Twitter post". */
const socialPlatform =
  /^(?:Facebook|Twitter|Instagram|YouTube|TikTok|Reddit|WhatsApp|Telegram|LinkedIn|Snapchat|Weibo|WeChat|Tumblr)$/;
/** A site named before what is on it ("the Facebook comment", "a Twitter account"): no speaker itself. */
const siteBeforeNoun = (text: string, mention: Named): boolean =>
  socialPlatform.test(mention.name) && /^\s+\p{Ll}/u.test(text.slice(mention.span[1], mention.span[1] + 3));
/** Someone counted among others, not named: "Another", "One Twitter user", "A third", "The second man". */
const countedWords =
  '(?:[Aa]nother|[Oo]ne|[Aa]\\s+(?:second|third|fourth|fifth|further)|[Tt]he\\s+(?:second|third|fourth|other))';
const countedSubject = new RegExp(`^\\s*${countedWords}(?:\\s+[\\p{L}-]+){0,3}?\\s*$`, 'u');
/**
 * The same, then a verb of saying or posting ("Another posted", not "One released by Acme found"),
 * or a person's noun and a verb in the past ("One Twitter user wrote", not "A third shooting took").
 */
const countedThenVerb = new RegExp(
  `^\\s*${countedWords}(?:(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s+(?:user|man|woman|person|resident|neighbou?r|friend|witness|commenter|poster|reader|viewer|fan|critic|official|source)\\s+(?:\\p{Ll}+ed|said|says|wrote|writes|told|took|sent|made|put)|\\s+(?:said|says|wrote|writes|posted|tweeted|added|commented|replied|told|shared))\\b`,
  'u',
);
/** A word that counts people, for a quick test before countedThenVerb. */
const countingWord = /\b(?:[Aa]nother|[Oo]ne|second|third|fourth|fifth|further|other)\b/;
/** An apostrophe, for a quick test before possessedRoleThenVerb. */
const apostrophe = /['’]/;
/** A subject phrase naming nobody: a described source or someone introduced with "a/an". */
const isUnnamedSubject = (phrase: string): boolean =>
  describedSource.test(phrase) || indefiniteSubject.test(phrase);
/** "someone", "somebody", "no one": nobody named. */
const indefinitePronoun = /^\s*(?:[Ss]ome(?:one|body)|[Aa]ny(?:one|body)|[Nn]o(?:\s+one|body))\b/;
/**
 * The subject of a verb of saying that names nobody: an unnamed subject or "someone" ('someone
 * shouted "..."'). (Only there: a sentence opening on "No one" is as often inside a quotation, and
 * tells nothing of whom the text is about.)
 */
const isUnnamedSpeaker = (phrase: string): boolean =>
  isUnnamedSubject(phrase) || indefinitePronoun.test(phrase);

/** After "told", where a story is told rather than to whom: " in the book", " through his eyes". */
const toldWhere = /^\s+(?:in|through|from|as|on)\b/;
/** A relative pronoun right before a clause's subject: "in which ", "whom ", "where ". */
const relativeBeforeSubject = /\b(?:which|whom|where)\s+$/i;
/** Clause boundaries: a speaker before one is not the speaker of a verb after it. */
const clauseBoundary = /;|,\s*(?:and|but|while|whereas)\b|\bbut\b/iu;
const clauseBoundaryAll = new RegExp(clauseBoundary.source, 'giu');
/**
 * The determiner of a noun phrase ending right before a noun: "his latest", "the joint"; the words
 * between are modifiers, not another phrase's ("his position after a poll" is no "his poll").
 */
const nounDeterminer =
  /\b(the|this|that|its|his|her|their)\s+(?:(?!(?:an?|the|of|in|on|at|to|for|from|by|with|after|before|and|or|but|that|which)\s)[\p{L}-]+\s+){0,3}$/iu;
/** A verb joined after the quotation, before a name: " and then took a swipe at ", " and mocked ". */
const objectThenParticiple = /\b(?:and|then)\s+\p{Ll}/u;
// Patterns with \p{…} are module constants: tsx (esbuild) compiles such a literal to `new RegExp(…)`,
// which a literal inside a function would build again at every call.
/** A finite verb right after a subject: "was", "has", "said", "disagreed", "wants". */
const finiteVerbAfter =
  /^\s+(?:\p{Ll}+ly\s+)?(?:was|were|is|are|has|had|have|did|does|do|would|will|could|can|said|told|\p{Ll}+ed|\p{Ll}+s)\b/u;
/** "An angry ", "A visibly emotional ": an indefinite article and one or two lower-case words. */
const articleThenAdjectives = /^\s*[Aa]n?\s+(?:\p{Ll}+\s+){1,2}$/u;
/** Where a sentence's clauses join: a semicolon, or a comma then "and" or "but". */
const clauseJoint = /;\s*|,\s+(?:and|but)\s+/g;
/** The same joints, where the clause after opens on a capital (perhaps after a quotation mark). */
const clauseJointBeforeCapital = /(?:;\s*|,\s+(?:and|but)\s+)(?=[“"‘]?\p{Lu})/gu;
/**
 * A clause opening on capitalised words (not a pronoun), perhaps after lower-case ones ("West
 * Hollywood bar The Abbey"), then a verb in the past or present: a subject named but not recognised.
 */
const unknownNameThenVerb =
  /^(?!(?:He|She|They|It|We|I|that|which|who|whom|whose)\b)(?:\p{L}[\p{L}'’.-]*\s+){0,5}?\p{Lu}[\p{L}'’.-]*\s+(?:\p{Ll}+ly\s+)?(?!(?:was|is|has|does)\b)\p{Ll}+(?:ed|s)\b/u;
/** Verbs of saying that judge someone, who is the subject of them in the passive ("was branded a"). */
const judgingVerb =
  /^(?:called|branded|label+ed|described|slammed|blasted|criticised|criticized|ridiculed|mocked|condemned|lambasted|derided|decried|denounced|praised|hailed|dismissed|portrayed|characteri[sz]ed|rapped)$/i;
/**
 * A naming or accusing verb in the passive that is no verb of saying (those are read with the verbs,
 * see judgingVerb), perhaps after an apposition in commas: " has been dubbed the", ", 47, dubbed
 * the", " accused of", " under fire from both sides over".
 */
const judgedInPassive =
  /^(?:\s*,[^,;“”"]{1,80},)?\s*(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|being|comes?|came)\s+)?(?:dubbed|nicknamed|accused\s+of|under\s+fire\b[^,;“”"]{0,40}?\s(?:over|for))\s/i;
/**
 * A naming in the passive, with its auxiliary, right before a quotation: " was recently designated
 * a ", " had also been labelled ", " is described as ", " were dubbed ".
 */
const passiveNaming =
  /\b(?:is|was|are|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:designated|labell?ed|branded|described\s+as|called|deemed|termed|characteri[sz]ed\s+as|classified\s+as|dubbed|nicknamed)\s+(?:as\s+)?(?:an?\s+|the\s+)?$/u;
/** A quotation's words, its closing mark and "by" right before the agent's name: '“high risk traveller” by '. */
const agentBefore = /^[“"‘']?[^“”"]*[”"’']\s*,?\s*by\s+(?:the\s+)?$/u;
/** A word, then perhaps a comma or colon, right before a quotation mark: the quote goes on a clause. */
const wordBeforeMark = /[\p{L}\d][\s,:]*$/u;
/** A comma closing a phrase, then up to four words (group 1) before a name: ",” Senator ". */
const commaThenWords = /,[”"’]?\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;
/** The last word of a possessive name (group 1): "Doe" in "Jane Doe's lawyer". */
const possessiveName = /(\p{Lu}[\p{L}.-]*)['’]s?\s/u;
/** "what aides called", "what Jane Doe described as": the subject of a clause opened by "what" (group 1). */
const whatThenSubject = new RegExp(
  `\\bwhat\\s+((?:(?!(?:he|she|they|it|is|was|are|were|has|had)\\s)[^\\s,;“”"]+\\s+){1,4}?)${adverb}$`,
  'iu',
);
/** "which former security agents have ", "that officials ": a relative clause's bare plural subject. */
const relativeThenUnnamedPlural = new RegExp(
  `\\b(?:which|that)\\s+(?!(?:the|a|an|his|her|its|their|our|these|those|some|many|it|we|they)\\s)(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?!(?:was|has|does|is|this|its|us)\\s)\\p{Ll}{2,}s\\s+(?:(?:have|had)\\s+)?${adverb}$`,
  'u',
);
/**
 * A possessive opening a clause, then lower-case words right before a verb (group 1; the last
 * word, the head, group 2): "the former secretary of state's campaign ", ", and his lawyer ",
 * "that Doe's campaign ".
 */
const possessedBeforeVerb = new RegExp(
  `(?:^|[,;]\\s+|\\s[—–-]\\s+|\\b(?:and|but|that)\\s+)(?:(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+['’]s|\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}['’]s|(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?!(?:and|but|or|that|who|which|been|was|is)\\s)(\\p{Ll}[\\p{Ll}-]*))\\s+${adverb}$`,
  'u',
);
const documentNounOnly = new RegExp(`^${documentNoun}$`);
const documentNamed = new RegExp(`\\b${documentNoun}\\b`, 'u');
/** "he said," "she later added,": a pronoun and its verb set off by a comma after them. */
const pronounThenVerbInCommas = new RegExp(`^\\p{L}+\\s+${adverb}\\p{Ll}+\\s*,`, 'u');
/** A word that opens a clause of time or cause right before its subject: "after Doe", "when Roe". */
const subordinator = /\b(?:after|when|as|because|since|once|before)\s+$/i;
/** A clause opening on a document and "from" or "by" before its author: "An article from The ", "A new report by ". */
const documentSubjectBefore = new RegExp(
  `^[\\s“"‘]*(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${documentNoun}\\s+(?:from|by)\\s+(?:the\\s+)?$`,
  'iu',
);
/**
 * A clause's whole subject, someone counted and unnamed, a lower-case noun last: "now a U.S.
 * senator ", "one former aide ".
 */
const unnamedClauseSubject =
  /^(?:(?:now|then|also|later|meanwhile)\s+)?(?:an?|one|another)\s+(?:[^,;“”"]{1,50}?\s+)?\p{Ll}[\p{Ll}-]*\s+(?:\p{Ll}+ly\s+)?$/u;
/** Capitalised words, then the end of the sentence or a comma: " Gossip Cop.", " Acme Watch,". */
const capitalisedNameThenStop = /^\s+(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}\p{Lu}[\p{L}'’&-]*\s*[.,;!?]/u;
/** (Not a noun: "when the shots were fired" is a passive, whose subject did nothing.) */
const auxiliaryVerb = '(?:was|were|is|are|be|been|has|had|have|does|did)\\b';
/**
 * A clause opened by "after", "because", ... whose subject is unnamed ("a police investigation",
 * "the judge"), with its verb, running on to the end (to a quotation after it).
 */
const unnamedSubordinateSubject = new RegExp(
  `\\b${subordinatingWord}\\s+(?:an?|the)\\s+(?:(?!${auxiliaryVerb})[\\p{Ll}-]+\\s+){0,3}?(?!${auxiliaryVerb})[\\p{Ll}-]+\\s+${adverb}(?!${auxiliaryVerb})\\p{Ll}+(?:ed|s)\\b[^,;:“”"]*$`,
  'u',
);
/** A participle opening a sentence, perhaps after a preposition: "After threatening to", "Speaking on". */
const openingParticiple =
  /^[\s“"‘]*(?:(?:After|Before|While|When|Since|Upon|On|By|Without|Despite)\s+)?\p{L}\p{Ll}*ing\s/u;
/**
 * A verb in the active voice, perhaps after an adverb, right after a clause's subject: " publicly
 * chided", " accuses" (not "was given": the subject of a passive is not the one speaking).
 */
const verbAfterSubject = new RegExp(`^\\s+${adverb}(?!(?:was|is|has|does)\\b)\\p{Ll}+(?:ed|s)\\b`, 'u');
/** Short forms of roles as written before names, for "the governor said" after "Gov. Jane Doe". */
const roleForms: Record<string, string> = {
  'gov.': 'governor',
  'sen.': 'senator',
  'rep.': 'representative',
  'gen.': 'general',
  'pres.': 'president',
  'amb.': 'ambassador',
  'prof.': 'professor',
};

/**
 * Role words a description may use for a title written otherwise ("the congressman said" after
 * "Rep. Jane Doe", "the lawmaker" after "Sen. Jane Doe", "the chief executive" after "Acme CEO Jane Doe").
 */
const roleSynonyms: Record<string, readonly string[]> = {
  congressman: ['representative', 'congresswoman'],
  congresswoman: ['representative', 'congressman'],
  lawmaker: ['representative', 'senator', 'congressman', 'congresswoman'],
  executive: ['ceo'],
};

const pronounGender: Record<string, 'he' | 'she'> = {
  he: 'he',
  his: 'he',
  him: 'he',
  she: 'she',
  her: 'she',
};

/**
 * Verbs whose object is the one spoken to or about, not the speaker: "told Doe", "asked Doe",
 * "praised Doe as “a friend”".
 */
const objectTaking =
  /^(?:told|tells|tell|telling|asked|asking|urged|called|calls|calling|described|describes|describe|blasted|slammed|denounced|dismissed|dismisses|labell?ed|branded|portray(?:ed|s|ing)|characteri[sz](?:ed|es|ing)|hailed|praised|critici[sz]ed|decried|derided|ridiculed|mocked|condemned|lambasted|touted)$/i;

/** Verbs that take a name, not what was said, as their object ("called Roe", "asked Roe"): they relay no words. */
const notRelaying =
  /^(?:call|ask|describ|blast|slam|denounc|dismiss|label|brand|hail|prais|critici|decri|derid|ridicul|mock|condemn|lambast|tout)/i;

interface Named {
  readonly name: string;
  readonly span: Span;
  readonly isPerson: boolean;
  /** A place speaks only as the one right before a verb of saying ("Moscow said"), never as a topic. */
  readonly isPlace?: boolean;
}

/** An attribution with its pronoun resolved. */
type Resolved = Omit<Attribution, 'speaker'> & { readonly speaker: string | null };

interface Attribution {
  readonly speaker: string | null | 'pronoun';
  readonly span?: Span;
  /**
   * No speaker, and nobody the text turns to: people in the plural ("ISIS sympathisers"), or
   * whoever judged the one a passive names ("Doe was branded a “fraud”"). A "he said" after such
   * words does not stand for someone unnamed.
   */
  readonly nobodyIntroduced?: true;
}

/** A person the text is about, and where it said so. */
interface Referent {
  readonly name: string;
  readonly at: number;
}

/** Whether `span` lies inside one of `spans`. */
const insideAny = (spans: readonly Span[], span: Span): boolean =>
  spans.some((outer) => contains(outer, span));

/**
 * Every named person, organisation or place mention outside quotation marks, with its canonical name,
 * in text order. Places speak for their governments ("Moscow said", "the White House said").
 */
function namedMentions(
  text: string,
  people: readonly Person[],
  organizations: readonly Entity[],
  places: readonly Entity[],
  quoted: readonly Span[],
): Named[] {
  const all: Named[] = [];
  for (const person of people)
    for (const span of person.spans)
      if (!insideAny(quoted, span)) all.push({ name: person.name, span, isPerson: true });
  for (const organisation of organizations)
    for (const span of organisation.spans)
      if (!insideAny(quoted, span)) all.push({ name: organisation.name, span, isPerson: false });
  for (const place of places)
    for (const span of place.spans)
      if (!insideAny(quoted, span)) all.push({ name: place.name, span, isPerson: false, isPlace: true });
  all.sort((a, b) => a.span[0] - b.span[0]);
  // "Sen. Jane Doe of Maine said", "Jane Doe of Columbia University told": a person's home place
  // or institution never speaks for them. Nor does a party named in a court case ("Shelby County v.
  // Holder"), and it is not whom the text goes on about.
  return all.filter(
    (m, i) =>
      !(
        !m.isPerson &&
        all[i - 1]?.isPerson &&
        /^\s+of\s+$/.test(text.slice(all[i - 1]!.span[1], m.span[0]))
      ) && !inCaseName(text, m.span),
  );
}

const caseNameJoinBefore = /\sv(?:s)?\.\s+$/;
const caseNameJoinAfter = /^\s+v(?:s)?\.\s/;
/** A name joined to another by "v." or "vs.": a party in a case's name ("Roe v. Doe"). */
const inCaseName = (text: string, span: Span): boolean =>
  caseNameJoinBefore.test(text.slice(Math.max(0, span[0] - 6), span[0])) ||
  caseNameJoinAfter.test(text.slice(span[1], span[1] + 6));

/** "Doe's response", "Doe’s angry reaction": words of that person are to follow. */
const responseAfter =
  /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:response|reaction|reply|answer|statement|remarks|comments|rebuttal|retort)\b/u;

/**
 * Whether `span` lies in an aside in brackets that opens after `from` and closes before `to`: not
 * a name alone in them, which is another name of the one before ("the Acme Centre (ACME) said").
 */
function inBrackets(text: string, span: Span, from: number, to: number): boolean {
  const open = text.lastIndexOf('(', span[0]);
  if (open < from || text.lastIndexOf(')', span[0]) > open) return false;
  const close = text.indexOf(')', span[1]);
  return close >= 0 && close < to && text.slice(open + 1, close).trim() !== text.slice(span[0], span[1]);
}

/** "Doe's" and "Jones’": the name owns what follows. */
const isPossessor = (text: string, mention: Named) =>
  /^['’](?:s\b|\s)/.test(text.slice(mention.span[1], mention.span[1] + 3));

/** Whether only "and" (perhaps after a comma) stands between `from` and `to`. */
const joinedByAnd = (text: string, from: number, to: number): boolean =>
  joinedNames.test(text.slice(from, to));
/**
 * What joins two people's names on one line: "and", perhaps after the first one's home state or
 * party ("of California", "(D-Calif.)", ", R-Ky.,") and before the second one's title ("and
 * Senator ", "and Police Commissioner ").
 */
const joinedNames =
  /^(?: of (?:\p{Lu}[\p{L}.]* ?){1,3}| ?\([^()]{1,16}\)|, ?[RDI]-[\p{L}.]+)?,? +and +(?:\p{Lu}[\p{L}.]* +){0,3}$/u;

/**
 * "Jane Doe, in an interview with the Post, called it": a name after a preposition is no subject.
 * (Unless a relative clause makes it the subject: "We reached out to Acme, which said".)
 */
const organisationAfterPreposition = (text: string, mention: Named): boolean =>
  !mention.isPerson &&
  objectOfPreposition.test(text.slice(Math.max(0, mention.span[0] - 16), mention.span[0])) &&
  !/^\s*,\s*(?:who|which)\s/.test(text.slice(mention.span[1], mention.span[1] + 10));

const named = (mention: Named | undefined): Attribution | undefined =>
  mention ? { speaker: mention.name, span: mention.span } : undefined;

/**
 * Persons first: "said the leader of the Senate, Jane Doe" names Jane Doe, not the Senate; and of
 * persons the one a title leads to: "said Doe campaign manager Jane Roe" names Jane Roe.
 */
function preferPerson(text: string, candidates: readonly Named[]): Named | undefined {
  const persons = candidates.filter((m) => m.isPerson);
  let chosen = persons[0];
  for (const next of persons.slice(1)) {
    const between = text.slice(chosen!.span[1], next.span[0]).match(/\S+/g) ?? [];
    if (between.length === 0 || between.length > 5 || !between.every(isTitleWord)) break;
    chosen = next;
  }
  return chosen ?? candidates[0];
}

/** Whether every word of `words` may stand in a title ("Rep.", "Senate Minority Leader"); true for none. */
const onlyTitleWords = (words: string): boolean => (words.match(/\S+/g) ?? []).every(isTitleWord);
/**
 * Whether the words between an organisation and a person are the person's title there: title
 * words, or lower-case words ending in a role ('," said Acme news editor, Jane Roe'), perhaps
 * with a comma before the name.
 */
function isTitleBetween(between: string): boolean {
  const words = between.replace(/,\s*$/, '').trim();
  if (onlyTitleWords(words)) return true;
  return /^(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*$/u.test(words) && isRole(words.split(/\s+/).at(-1)!);
}

/**
 * "Senate" in "Senate Minority Leader Jane Doe" or in "The City Council speaker, Jane Doe, said": a
 * name inside the title of the person named right after it.
 */
const inTitleOf = (text: string, mention: Named, next: Named): boolean => {
  if (mention.isPerson || !next.isPerson || next.span[0] - mention.span[1] >= 30) return false;
  // "Senate Minority Leader Jane Doe", "Tea party activist Jane Doe": only title words between.
  let between = text.slice(mention.span[1], next.span[0]);
  // "speaker, Jane Doe,": a title set off in commas before the name, which a comma closes.
  const apposed = /^(.*\S),\s+$/.exec(between);
  if (apposed && /^\s*,/.test(text.slice(next.span[1], next.span[1] + 3))) between = `${apposed[1]} `;
  else if (apposed) return false;
  return /^\s+$/.test(between.replace(/\S+/g, '')) && onlyTitleWords(between);
};

/**
 * A time opening a sentence without a comma before its subject: "On Tuesday he repeated ...",
 * "Last week Doe said ...", "In 2007 Doe was quoted as saying". (Case-exact: under the i flag \p{Lu}
 * would match any letter.)
 */
const timeOpening =
  /^[\s“"‘]*(?:(?:(?:[Oo]n|[Ll]ate|[Ee]arly)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+that)\s+(?:week|month|year|morning|afternoon|evening)|[Yy]esterday|[Tt]oday|[Ii]n\s+(?:(?:early|late)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4}))\s+(?=(?:he|she|they)\b|\p{Lu})/u;
/**
 * A document or speech opening a sentence without a comma before its subject: "In a statement Commander
 * Doe said", "In Wednesday's speech the senator also took a swipe at ...", "In his letter he wrote".
 */
const documentOpening =
  /^[\s“"‘]*[Ii]n\s+(?:an?|the|his|her|their|\p{Lu}\p{Ll}+['’]s)\s+(?:\p{Ll}+\s+)?(?:statement|interview|tweet|letter|post|e-?mail|video|speech|address|remarks|op-ed|column|briefing)\s+(?=\p{Lu}|(?:the|he|she|they)\s)/u;
/** A noun for someone's words right before a quote: "claim that it is a “...", "remark that “...". */
const claimBefore =
  /\b(claims?|comments?|remarks?|words|assertion|characteri[sz]ation|opinion|view|belief|contention|assessment|promises?|pledges?|vows?|warnings?|message|slogan|mantra|motto|complaint|argument|objection)(?:\s*:\s*|\s+(?:(?:from|by)\s+[^“”":;]{1,60}?\s+)?(?:(?:on|last|this)\s+\w+\s+)?(?:(?:(?:is|was)\s+)?(?:that|of|as)\s+[^“”"]{0,80})?)$/iu;
/** A claim or view and "that" right before a quote's clause: "Doe's opinion that the suit is ", "Doe's comment on Sunday that ". */
const claimThatBefore =
  /\b(?:claims?|comments?|remarks?|assertion|opinion|view|belief|contention|assessment|argument|warnings?|promises?|pledges?|vows?)\s+(?:(?:on|last|this)\s+\w+\s+)?that\s+[^“”"]{0,80}$/iu;
/** A noun for a saying right before its words, after its author's name: " sentence ", " quote, ". */
const sayingNounBefore =
  /\s+(?:sentence|quote|quotation|line|phrase|saying|maxim|dictum|adage|aphorism)\s*,?\s*$/u;
/** The one a claim is from: "warnings from the Obama administration that" (group 1 what follows "from"). */
const claimFrom = /^\S+\s+(?:from|by)\s+(?:the\s+)?([^“”":;]+)$/iu;

/** A participle opening a sentence: "Trying to quell the furor, Doe issued ...", "Laughing, he said". */
const participleIntroduction = /^[\s“"‘]*\p{Lu}\p{Ll}+ing(?:\s+\p{Ll}[^,“”"]{0,80})?,\s*/u;

/**
 * The introductory phrase `opening` starts with, if any: a counted time first, then the others
 * (as when they were one pattern's choices; the others start on a letter, so only a counted time
 * could match after fewer of the leading spaces and marks, and then it matches after all of them).
 * Every one ends in a comma: without one nothing is tried.
 */
function introductionAt(opening: string): RegExpExecArray | null {
  const comma = opening.indexOf(',');
  if (comma < 0) return null;
  // (A counted time's word comes before the first comma.)
  const countedTime = countedTimeWord.test(opening.slice(0, comma))
    ? countedTimeIntroduction.exec(opening)
    : null;
  return countedTime ?? introductoryPhrase.exec(opening);
}

/** Where the subject of a sentence may start: after a leading conjunction and an introductory phrase. */
const nameThenComma = /\p{Lu}[\p{L}'’-]*,\s*$/u;
const descriptionInCommasBeforeName = /^(?:an?|the)\s+[^,“”"]{1,100},\s*(?=\p{Lu})/u;
function clauseStart(text: string, sentence: Span): number {
  // The opening words are all it reads (every pattern below is anchored and bounded well within
  // 300 characters), not a whole long sentence each time it is asked.
  const rest = text.slice(sentence[0], Math.min(sentence[1], sentence[0] + 300));
  // "But when the draft was sent to Doe, he ...": a conjunction may come before the introduction too.
  // A time with no comma first: "On Tuesday he said ..., calling" is no introduction up to the comma.
  const opening = leadingConjunction.exec(rest)![0].length;
  const intro =
    timeOpening.exec(rest.slice(opening)) ??
    documentOpening.exec(rest.slice(opening)) ??
    introductionAt(rest.slice(opening)) ??
    participleIntroduction.exec(rest.slice(opening));
  let after = intro ? opening + intro[0].length : 0;
  // "On Wednesday, in anticipation of the vote, Doe ...": a second introduction may follow the first.
  if (intro) after += introductionAt(rest.slice(after))?.[0].length ?? 0;
  // "When a court sentenced Jane Roe, an Acme operative, Doe said": an apposition to the name that
  // ends the introduction belongs to it, when a name opens the clause after.
  if (intro && nameThenComma.test(rest.slice(0, after)))
    after += descriptionInCommasBeforeName.exec(rest.slice(after))?.[0].length ?? 0;
  return sentence[0] + after + leadingConjunction.exec(rest.slice(after))![0].length;
}

/** "Doe said she would", "Doe told reporters that he": the pronoun after a name's verb of saying is theirs. */
const saidThenPronoun =
  /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told\s+\p{Ll}+|added|wrote|writes)\s+(?:that\s+)?(he|she)\b/u;

/** Kin named right before a name, which tells the gender a pronoun can check: "his brother John", "her mother, Diane". */
const maleKin = new RegExp(`\\b${maleKinWord}\\s*,?\\s+$`, 'i');
const femaleKin = new RegExp(`\\b${femaleKinWord}\\s*,?\\s+$`, 'i');
/** Honorifics and titles of rank that tell a sex, right before a name ("Mr. Doe", "Queen Jane"). */
const maleHonorific = /\b(?:Mr\.?|Sir|Lord|King|Prince|Duke|Emperor)\s+$/;
const femaleHonorific = /\b(?:Ms\.?|Mrs\.?|Miss|Dame|Lady|Queen|Princess|Duchess|Empress|Countess)\s+$/;
/**
 * What the text tells of each person's gender: an honorific, or a kinship word before the name.
 * Nothing when it tells both (a couple's "Mr and Mrs Doe" is written under their son's surname
 * too); "they" for a name only ever written after "Mr and Mrs", a couple, neither a "he" nor a "she".
 */
function gendersOf(text: string, people: readonly Person[]): Map<string, 'he' | 'she' | 'they'> {
  const genders = new Map<string, 'he' | 'she' | 'they'>();
  for (const person of people) {
    let told: 'he' | 'she' | undefined;
    let couples = 0;
    for (const span of person.spans) {
      const before = text.slice(Math.max(0, span[0] - 16), span[0]);
      if (couple.test(before)) {
        couples++;
        continue;
      }
      const gender =
        maleHonorific.test(before) || maleKin.test(before)
          ? 'he'
          : femaleHonorific.test(before) || femaleKin.test(before)
            ? 'she'
            : (saidThenPronoun.exec(text.slice(span[1], span[1] + 40))?.[1]?.toLowerCase() as
                | 'he'
                | 'she'
                | undefined);
      if (gender && told && gender !== told) {
        told = undefined;
        break;
      }
      told = gender ?? told;
    }
    if (couples === person.spans.length) genders.set(person.name, 'they');
    else if (told) genders.set(person.name, told);
  }
  return genders;
}
/** "Mr and Mrs ", "Mr & Mrs ": a couple under one surname. */
const couple = /\bMr\.?\s+(?:and|&)\s+Mrs\.?\s+$/;

export interface QuotesLayer {
  readonly quotes: Quote[];
  readonly diagnostics: Diagnostic[];
}

/** The quote-finding state of one article: its text, names, and who it was last about. */
class Attributor {
  private readonly mentions: Named[];
  private readonly genders: Map<string, 'he' | 'she' | 'they'>;
  private readonly personNames: Set<string>;
  /** The person the text was last about: the speaker or person subject of the latest sentence with one. */
  topic: Referent | undefined;
  /** The (last) speaker of each sentence noted so far whose quotes open in it, by where it starts. */
  private readonly speakerOfSentence = new Map<number, string>();
  /** Where the last sentence whose quotes are someone's the text does not name began, if no one was named since. */
  private unnamedSpokeAt: number | undefined;
  /** The sex of that someone, where the text tells it ("his girlfriend"): a pronoun of the other is not them. */
  private unnamedSex: 'he' | 'she' | undefined;
  /** The organisation the sentence before was about, for "they". */
  private groupTopic: string | undefined;

  /** The organisation the latest sentence was about, if it was about one. */
  get organisationTopic(): string | undefined {
    return this.groupTopic;
  }

  /** The verbs of saying in the text, in order. */
  private readonly verbs: SpeechVerbAt[];
  /** `clauseStart` of the sentences asked about, by their start and (clipped) length. */
  private readonly clauseStarts = new Map<number, number>();

  constructor(
    private readonly text: string,
    private readonly people: readonly Person[],
    private readonly sentences: readonly Sentence[],
    organizations: readonly Entity[],
    places: readonly Entity[],
    private readonly quoted: readonly Span[],
  ) {
    this.mentions = namedMentions(text, people, organizations, places, quoted);
    this.genders = gendersOf(text, people);
    this.personNames = new Set(people.map((p) => p.name));
    this.verbs = speechVerbsOf(text);
  }

  /** Where the subject of a sentence may start (asked many times about each sentence). */
  clauseStart(sentence: Span): number {
    // (Only the first 300 characters are read: a longer sentence's end does not change it.)
    const key = sentence[0] * 301 + Math.min(300, sentence[1] - sentence[0]);
    let start = this.clauseStarts.get(key);
    if (start === undefined) {
      start = clauseStart(this.text, sentence);
      this.clauseStarts.set(key, start);
    }
    return start;
  }

  /** The verbs of saying in [from, to). */
  speechVerbsIn(from: number, to: number): SpeechVerbAt[] {
    return speechVerbsWithin(this.text, this.verbs, from, to);
  }

  /** The mentions that start in [from, to), found by binary search (mentions are in text order). */
  mentionsIn(from: number, to: number): Named[] {
    const { mentions } = this;
    const first = firstTokenFrom(mentions, from);
    let end = first;
    while (end < mentions.length && mentions[end]!.span[0] < to) end++;
    return mentions.slice(first, end);
  }

  /** The person a quotation names as the one speaking ("My name is Luke Somers."), if it does. */
  selfNamed(quote: Span): string | undefined {
    // (Asked of every quotation: most say none of these words, and are passed over at once.)
    if (!selfIntroduction.test(this.text.slice(quote[0], quote[1]))) return undefined;
    for (const person of this.people)
      for (const span of person.spans)
        if (
          contains(quote, span) &&
          selfIntroductionBefore.test(this.text.slice(Math.max(quote[0], span[0] - 16), span[0]))
        )
          return person.name;
    return undefined;
  }

  /** Whether the person `name` is mentioned in `sentence` (or its quotation) only inside the quotation. */
  namedOnlyInside(name: string, quote: Span, sentence: Span): boolean {
    const from = Math.min(sentence[0], quote[0]);
    const to = Math.max(sentence[1], quote[1]);
    const spans = (this.people.find((p) => p.name === name)?.spans ?? []).filter(
      (s) => from <= s[0] && s[1] <= to,
    );
    // ("the Trump Administration" inside the quote names an institution, not the person. Nor does a
    // quotation the speaker quotes: '“People said, ‘Trump is crazy,’” he said'.)
    const inside = spans.filter((s) => contains(quote, s));
    if (inside.some((s) => withinNestedQuote(this.text.slice(quote[0], s[0])))) return false;
    return (
      inside.length > 0 &&
      inside.length === spans.length &&
      inside.some((s) => !nameAsModifier.test(this.text.slice(s[1], s[1] + 16)))
    );
  }

  isPerson(name: string | null): name is string {
    return name !== null && this.personNames.has(name);
  }

  /** The subject of a sentence if it is a name (before `before`), or "pronoun" if it is he/she/they. */
  subject(sentence: Span, before = sentence[1]): Named | 'pronoun' | undefined {
    // A sentence that opens with a quotation has its speaker after it, not a subject inside it.
    if (/^\s*[“"‘]/.test(this.text.slice(sentence[0], sentence[0] + 3))) return undefined;
    const start = this.clauseStart(sentence);
    if (/^(?:he|she|they)\b/i.test(this.text.slice(start, start + 5))) return 'pronoun';
    // "His response: ...", "Her reply was": the owner of the words is the subject.
    if (
      /^(?:his|her|their)\s+(?:[\p{L}-]+\s+)?(?:response|reply|answer|reaction|retort)\b/iu.test(
        this.text.slice(start, start + 40),
      )
    )
      return 'pronoun';
    const candidates = this.mentionsIn(start, before).filter((m) => m.span[1] <= before && !m.isPlace);
    // "Doe's response: ...", "Doe's terse reply was": the same, with the owner named.
    const owner = candidates[0];
    if (owner?.span[0] === start && ownedResponse.test(this.text.slice(owner.span[1], owner.span[1] + 40)))
      return owner;
    // "Doe's lawyer Jane Roe said", "Senate leader Jane Roe said": the possessor and the institution
    // in a title come before the subject's name.
    const first = candidates.find(
      (m, i) =>
        !isPossessor(this.text, m) && !(candidates[i + 1] && inTitleOf(this.text, m, candidates[i + 1]!)),
    );
    if (!first || first.span[0] - start > 90) return undefined;
    // "A lawyer for Mr. Doe, Jim Roe of Acme, said": the name set in apposition to someone
    // described by whom they work for is the subject.
    const forWhom = personForWhom.exec(this.text.slice(start, first.span[0]));
    const apposed =
      forWhom && isPersonNoun(forWhom[1]!) ? candidates[candidates.indexOf(first) + 1] : undefined;
    if (
      apposed?.isPerson &&
      /^\s*,\s*$/.test(this.text.slice(first.span[1], apposed.span[0])) &&
      /^(?:\s+of\s+[^,“”"]{1,40})?\s*,/.test(this.text.slice(apposed.span[1], apposed.span[1] + 60))
    )
      return apposed;
    // The subject opens the clause: only title words may come before it ("Senate leader Jane Doe"),
    // not a verb ("The scholars corrected Doe"); or a description set off by a comma before a name
    // that a comma closes ("Another former candidate, Gov. Jane Doe, said").
    const leadText = this.text.slice(start, first.span[0]);
    const described = /^[^,]{3,60},\s*([^,]*)$/.exec(leadText);
    // ("Another friend, Jane Doe of Acme, praised": a home place may come before the closing comma.)
    const inApposition =
      described !== null &&
      /^\s*,/.test(this.text.slice(first.span[1], first.span[1] + 80).replace(leadingHomePlace, ''));
    // ("Canada's Minister of Justice Peter MacKay": an "of" between a title's capitalised words is
    // the title's own, not a preposition before the subject.)
    const leadOf = leadText.includes(' of ') ? leadText.replace(ofInTitle, '$1 ') : leadText;
    const titleLead = inApposition ? described[1]!.replace(ofInTitle, '$1 ') : leadOf;
    if (!inApposition && first.span[0] - start > 45) return undefined;
    const lead = titleLead.match(/[\p{L}][\p{L}.'’-]*/gu) ?? [];
    // ("An angry Doe lashed out": "a" and adjectives before a person's name describe the person.)
    const adjectives = first.isPerson && articleThenAdjectives.test(titleLead);
    if (!adjectives && !lead.every((word) => isTitleWord(word) || subjectLeadWord.test(word)))
      return undefined;
    // "A spokeswoman for Doe", "the wife of Doe": a name after a preposition is not the subject.
    if (/\b(?:for|to|of|by|with|from|about|against)\s/i.test(leadOf)) return undefined;
    // "The GOP front-runner, who ...": a name that qualifies a role is not the subject; the one
    // with the role is, named or not. (Those speaking for a name are left to speakerForName.)
    const after = this.text.slice(first.span[1], first.span[1] + 40);
    const role = first.isPerson ? null : roleAfterName.exec(after);
    if (role && isRole(role[1]!) && !speakerForName.test(after)) return undefined;
    return first;
  }

  /**
   * "Roe reported that an expert, Jane Doe, explained ...": the person whose words the sentence
   * reports, introduced after "that", is the one whose quotes come next.
   */
  private reportedSpeaker(sentence: Span, subject: Named): string | undefined {
    const verbs = this.speechVerbsIn(subject.span[1], sentence[1]);
    if (verbs.length < 2) return undefined;
    const inner = this.subjectOf(sentence, verbs.at(-1)!.at);
    const speaker = inner?.speaker ?? null;
    const at = inner?.span?.[0];
    if (!this.isPerson(speaker) || at === undefined || speaker === subject.name) return undefined;
    const introduced = /\bthat\s+(?:(?:an?|the)\s+[^,“”"]{1,60},\s*)?$/.test(
      this.text.slice(verbs[0]!.at, at),
    );
    return introduced ? speaker : undefined;
  }

  /**
   * Who reports words without quotation marks in a sentence that quotes nobody: `null` for someone
   * unnamed ("An official from the press office says the rumour is false": the text turns away from
   * whoever it was about), a person named in an inverted closing ("..., said Jane Doe, a
   * spokeswoman."), or undefined.
   */
  private reporterWithoutMarks(sentence: Span): string | null | undefined {
    const { text } = this;
    const start = this.clauseStart(sentence);
    // (The verbs are looked for only where the sentence opens on someone unnamed: most do not.)
    if (isUnnamedSubject(text.slice(start, sentence[1]))) {
      const firstVerb = this.speechVerbsIn(start, sentence[1])[0];
      if (
        firstVerb &&
        isUnnamedSubject(text.slice(start, firstVerb.at)) &&
        !this.mentionsIn(start, firstVerb.at).some((m) => m.isPerson)
      )
        return null;
      // "A second State Department official sought to downplay the reports.": an unnamed source the
      // text turns to, whatever they did, if it names nobody else; a "he said" next is theirs.
      if (
        unnamedSourceThenVerb.test(text.slice(start, sentence[1])) &&
        !this.mentionsIn(start, sentence[1]).some((m) => m.isPerson)
      )
        return null;
    }
    // "The woman was travelling with two sons, interior minister Jim Doe told Acme TV late
    // Wednesday.": the one a closing clause has saying it.
    // (Only from the last comma before the sentence's last verb of saying, near its end: most
    // sentences have no such verb.)
    const lastVerb = this.speechVerbsIn(sentence[0], sentence[1]).at(-1);
    const comma = lastVerb ? text.lastIndexOf(',', lastVerb.at) : -1;
    const nearEnd =
      lastVerb !== undefined &&
      comma > sentence[0] &&
      lastVerb.at - comma <= 80 &&
      sentence[1] - (lastVerb.at + lastVerb.word.length) <= 45;
    const closing = nearEnd ? closingClause.exec(text.slice(comma, sentence[1])) : null;
    if (closing) {
      const from = comma + closing.index + closing[0].indexOf(closing[1]!);
      const person = this.mentionsIn(from, from + closing[1]!.length).findLast(
        (m) => m.isPerson && m.span[1] <= from + closing[1]!.length && !isPossessor(text, m),
      );
      // (Only title words before the name: not ", a spokesman for Archbishop Doe says".)
      if (
        person &&
        /^\s*$/.test(text.slice(person.span[1], from + closing[1]!.length)) &&
        onlyTitleWords(text.slice(from, person.span[0]))
      )
        return person.name;
    }
    // (Not "Doe, an editor, said Roe is desperate": the name must close the sentence or an apposition.)
    if (!/,\s*(?:said|says|added|according to)\s/i.test(text.slice(...sentence))) return undefined;
    const inverted = this.closingInverted(sentence, sentence[0]);
    const reporter = inverted?.speaker ?? null;
    const closes = inverted?.span && /^\s*(?:[,.!]|$)/.test(text.slice(inverted.span[1], sentence[1]));
    return this.isPerson(reporter) && closes ? reporter : undefined;
  }

  /**
   * Updates the topic from a sentence: a person subject names it; a pronoun subject keeps it.
   * `unnamedSpeaker`: the sentence's quotes are all someone's whom the text does not name ('," the
   * source said', or "they" standing for nobody named): the text has turned away from whoever it
   * was about. `describedSpeaker`: that someone is described ("the source"), so a "he said" soon
   * after is them.
   */
  noteSentence(
    sentence: Span,
    speakers: readonly (string | null)[],
    unnamedSpeaker = false,
    describedSpeaker = unnamedSpeaker,
  ): void {
    this.turnTopic(sentence, speakers, unnamedSpeaker);
    const lastSpeaker = speakers.filter((s) => s !== null).at(-1);
    if (lastSpeaker) this.speakerOfSentence.set(sentence[0], lastSpeaker);
    // Someone described and unnamed spoke last ("a network source said"): a "he said" soon after
    // is them, not a person named before. ("They" standing for nobody named is no one described.)
    if (describedSpeaker && speakers.every((s) => s === null)) this.noteUnnamed(sentence);
    else if (this.topic || this.groupTopic) this.unnamedSpokeAt = undefined;
  }

  /** Someone unnamed spoke, or was the subject, in `sentence` (`sex` if the text tells it). */
  private noteUnnamed(sentence: Span, sex?: 'he' | 'she'): void {
    this.unnamedSpokeAt = sentence[0];
    this.unnamedSex = sex;
  }

  /** Who the text is about after `sentence`: its speaker, someone asked, its subject, or nobody. */
  private turnTopic(sentence: Span, speakers: readonly (string | null)[], unnamedSpeaker: boolean): void {
    const speaker = speakers.filter((s) => this.isPerson(s)).at(-1);
    this.groupTopic = undefined;
    if (unnamedSpeaker && speakers.every((s) => s === null)) {
      this.topic = undefined;
      return;
    }
    const mentions = this.mentionsIn(sentence[0], sentence[1]);
    // 'Roe asked Doe, "Is it true?"', "prompted Roe to ask Doe if ...": the one asked answers next.
    // (A question, not a request: "asking Doe to take her home" is not.)
    const asked = mentions.find(
      (m) =>
        m.isPerson &&
        /\bask(?:ed|s|ing)?\s+$/i.test(this.text.slice(Math.max(0, m.span[0] - 8), m.span[0])) &&
        /^\s*(?:,\s*[“"]|(?:if|whether|about|why|what|how|when|who)\b)/i.test(
          this.text.slice(m.span[1], m.span[1] + 12),
        ),
    );
    if (asked) {
      this.topic = { name: asked.name, at: sentence[0] };
      return;
    }
    if (speaker) {
      this.topic = { name: speaker, at: sentence[0] };
      return;
    }
    // "Another posted a photo of ...", "One Twitter user wrote that ...": the text turns to someone
    // counted among others and not named; a "he wrote" next is theirs.
    // (Only a sentence with a counting word near its start can open so: most are passed over at
    // once, without finding where their clause starts.)
    const clauseAt = countingWord.test(this.text.slice(sentence[0], sentence[0] + 120))
      ? this.clauseStart(sentence)
      : undefined;
    const counted =
      clauseAt === undefined ? null : countedThenVerb.exec(this.text.slice(clauseAt, sentence[1]));
    if (counted && !mentions.some((m) => m.isPerson && m.span[0] < clauseAt! + counted[0].length)) {
      this.topic = undefined;
      this.noteUnnamed(sentence);
      return;
    }
    // A question ("Governor Doe?") asks about someone; the one answering is still the one before.
    const sentenceText = this.text.slice(sentence[0], sentence[1]);
    if (/\?\s*$/.test(sentenceText)) return;
    // Quotes from an organisation ("the board said") turn the text away from the person before,
    // to the organisation ("it said" next).
    if (speakers.some((s) => s !== null)) {
      this.topic = undefined;
      this.groupTopic = speakers.filter((s) => s !== null).at(-1) ?? undefined;
      return;
    }
    if (speakers.length === 0) {
      // "Roe's girlfriend, who asked not to be named, also backs his account.": a relative the text
      // does not name is whom it turned to; a "she said" next is hers (not a "he said"). So is
      // someone it introduces unnamed: "A 104-year-old woman from Texas praised the drink."
      const start = this.clauseStart(sentence);
      const clause = this.text.slice(start, sentence[1]);
      // "The Prime Minister's deputy spokeswoman declined to comment, saying ...": the one with that
      // role, if the text named them so, else someone unnamed; a "she said" next is theirs.
      // (Only a clause with an apostrophe near its start can open on a possessive.)
      const possessed = apostrophe.test(clause.slice(0, 100)) ? possessedRoleThenVerb.exec(clause) : null;
      if (possessed && unnamedRole.test(possessed[3]!)) {
        const holder = this.someoneOfAnother(possessed[2]!, possessed[3]!, start, possessed[1]!).speaker;
        this.topic = this.isPerson(holder) ? { name: holder!, at: sentence[0] } : undefined;
        if (!this.topic) this.noteUnnamed(sentence);
        return;
      }
      const unnamed = unnamedKinThenVerb.exec(clause) ?? introducedPersonThenVerb.exec(clause);
      const unnamedSubject =
        unnamed &&
        !this.mentionsIn(start + unnamed[0].length, sentence[1]).some(
          (m) => m.isPerson && !isPossessor(this.text, m),
        )
          ? unnamed
          : undefined;
      const reporter = this.reporterWithoutMarks(sentence);
      if (reporter !== undefined) {
        this.topic = reporter === null ? undefined : { name: reporter, at: sentence[0] };
        // (An unnamed source was the subject: a "he said" soon after is theirs, as after their quote.
        // Not any unnamed subject: after "A few of his colleagues urged him to resign", "he" is him.)
        if (reporter === null && unnamedSubject)
          this.noteUnnamed(sentence, personNounSex(unnamedSubject[1]!));
        else if (reporter === null && unnamedSourceThenVerb.test(clause)) this.noteUnnamed(sentence);
        return;
      }
      // "His sister is ill and, though the mum said she loved them, ...": a relative the text named
      // before ("his mum, Jane Doe") who says something in the sentence is whom it turned to.
      // (Only a clause with a verb of saying in it can have one: most are passed over at once.)
      const kinSaid = this.speechVerbsIn(start, sentence[1]).length > 0 ? kinThenSaid.exec(clause) : null;
      const kin = kinSaid ? this.namedAsKin(kinSaid[1]!, start + kinSaid.index) : undefined;
      if (kin) {
        this.topic = { name: kin, at: sentence[0] };
        return;
      }
      if (unnamedSubject) {
        this.topic = undefined;
        this.noteUnnamed(sentence, personNounSex(unnamedSubject[1]!));
        return;
      }
    }
    // "Doe thought it a diary, but Roe was less certain.": the subject of a later clause joined by
    // "but", "and" or a semicolon is the one the text goes on about.
    // (Only a clause opening on a capital can open on a name: the others are not looked at.)
    const lastClause = lastMatch(clauseJointBeforeCapital, sentenceText);
    if (lastClause) {
      const clauseSubject = this.subject([
        sentence[0] + lastClause.index + lastClause[0].length,
        sentence[1],
      ]);
      if (
        clauseSubject &&
        clauseSubject !== 'pronoun' &&
        clauseSubject.isPerson &&
        // (A clause, with its verb: not the last of a list, "and Jane Roe of Ohio are ...".)
        finiteVerbAfter.test(this.text.slice(clauseSubject.span[1], clauseSubject.span[1] + 30))
      ) {
        this.topic = { name: clauseSubject.name, at: sentence[0] };
        return;
      }
    }
    // "Parents should, he said, play a stronger role.": a pronoun's verb of saying set off in commas
    // keeps the text on the one it was about, as of this sentence.
    const aside = saidInCommas.exec(sentenceText);
    if (aside && this.topic && this.fits(this.topic.name, aside[1]!)) {
      this.topic = { name: this.topic.name, at: sentence[0] };
      return;
    }
    const subject = this.subject(sentence);
    // "One Facebook user posted:": someone unnamed, whom the name only qualifies, is what the text is about.
    if (
      subject &&
      subject !== 'pronoun' &&
      speakerForName.test(this.text.slice(subject.span[1], subject.span[1] + 30))
    )
      this.topic = undefined;
    else if (subject && subject !== 'pronoun' && subject.isPerson)
      this.topic = { name: this.reportedSpeaker(sentence, subject) ?? subject.name, at: sentence[0] };
    else if (subject && subject !== 'pronoun') this.groupTopic = subject.name;
    else if (subject === 'pronoun') {
      // "She wrote that ...": the text is still about the one it was about, as of this sentence.
      const [from, to] = this.openingPronoun(sentence);
      const word = this.text.slice(from, to);
      if (this.topic && /^(?:he|she)$/i.test(word) && this.fits(this.topic.name, word))
        this.topic = { name: this.topic.name, at: sentence[0] };
    } else if (subject === undefined) {
      // "The senator addressed the crowd after meeting Jane Roe.": a subject described as a person
      // the text named is the one it is about; the name ending the sentence is not.
      const at = this.clauseStart(sentence);
      const described = describedThenPastVerb.exec(this.text.slice(at, sentence[1]));
      if (described) {
        const speaker = this.describedSubject(at, described, at + described[0].length)?.speaker ?? null;
        if (this.isPerson(speaker)) {
          this.topic = { name: speaker, at: sentence[0] };
          return;
        }
        // "A 33-year-old nun gave birth. ... The nun told her social worker ...": the one the text
        // introduced unnamed is whom it turned to; a "she said" next is hers, not a name's before.
        if (speaker === null && this.introducedUnnamed(described[1]!, at)) {
          this.noteUnnamed(sentence);
          return;
        }
      }
      // "Weeks before the election, asked if the campaign was “in cahoots” with Acme, Roe denied it.":
      // the subject of the main clause after the opening ones, whoever the quotation in them is from.
      // (Only a sentence with a quotation: the others would be read comma by comma for nothing.)
      const main = speakers.length > 0 ? this.mainSubjectAfter(sentence, sentence[0])?.speaker : undefined;
      if (main && main !== 'pronoun' && this.isPerson(main)) {
        this.topic = { name: main, at: sentence[0] };
        return;
      }
      // "That did not satisfy Justice Roe.": a sentence ending on a person turns the text to them.
      // ("Not for Jane Doe of Chile.": a home place may follow the name.)
      const last = mentions.filter((m) => !m.isPlace).at(-1);
      const rest = this.text.slice(last?.span[1] ?? sentence[1], sentence[1]).replace(leadingHomePlace, '');
      if (last?.isPerson && /^[\s.!”"’]*$/.test(rest)) {
        this.topic = { name: last.name, at: sentence[0] };
        return;
      }
      // "Then there was Doe's response.": the text turns to the one whose words come next.
      const owner = mentions.find(
        (m) =>
          m.isPerson &&
          isPossessor(this.text, m) &&
          responseAfter.test(this.text.slice(m.span[1], m.span[1] + 40)),
      );
      if (owner) {
        this.topic = { name: owner.name, at: sentence[0] };
        return;
      }
      // "Doe's religion has played a role in his career.": a person's possessive opening the clause
      // makes the sentence about them (if it names nobody else: "Doe's plan alienated Roe").
      const start = this.clauseStart(sentence);
      const opening = mentions.find((m) => m.span[0] >= start);
      if (
        opening?.isPerson &&
        isPossessor(this.text, opening) &&
        mentions.every((m) => !m.isPerson || m.name === opening.name) &&
        /^[\s“"‘]*$/.test(this.text.slice(start, opening.span[0]))
      )
        this.topic = { name: opening.name, at: sentence[0] };
      // "Video images showed Doe walking back to his office.": a sentence that names one person
      // only, and quotes nobody, is about them.
      else if (speakers.length === 0) {
        const named = new Set(mentions.filter((m) => m.isPerson).map((m) => m.name));
        if (named.size === 1) this.topic = { name: [...named][0]!, at: sentence[0] };
      }
    }
  }

  private fits(name: string, word: string): boolean {
    const gender = this.genders.get(name);
    const wanted = pronounGender[word.toLowerCase()];
    return gender === undefined || wanted === undefined || gender === wanted;
  }

  /** The person a pronoun at `at` in `sentence` stands for. */
  pronounReferent(sentence: Span, at: number): string | null {
    const word = this.text.slice(at, at + 4).replace(/\W.*$/s, '');
    // "they" and "it" are a group: the organisation the text was just about, never one person;
    // or "it" is the document the sentence before quoted ('Doe says on his website: “...” / “...,” it says').
    if (/^(?:it|its)$/i.test(word) && !this.groupTopic) return this.documentQuotedBefore(sentence);
    if (/^(?:they|their|it|its)$/i.test(word)) return this.groupTopic ?? null;
    const subject = this.subject(sentence, at);
    // A name the pronoun is set off in commas right after is not its referent: in "Doe, he said,
    // was wrong" he is not Doe.
    const setOffAfter = (m: Named) =>
      /^\s*,\s*$/.test(this.text.slice(m.span[1], at)) &&
      pronounThenVerbInCommas.test(this.text.slice(at, at + 40));
    // "Doe said he ..." — but not across a quotation or a question: in 'Roe? “Fine,” he said' the
    // one asked about is not the one speaking.
    const ownSubject =
      subject &&
      subject !== 'pronoun' &&
      !setOffAfter(subject) &&
      !/[“”"?]/.test(this.text.slice(subject.span[1], at))
        ? subject
        : undefined;
    if (ownSubject?.isPerson && this.fits(ownSubject.name, word)) return ownSubject.name;
    // "Doe blasted Roe's ruling, “So much for modesty,” she said": across the sentence's own quotation
    // the subject still speaks, when no question comes between and nobody else it could be is named
    // (a possessor only owns a thing the subject acts on).
    // (Not the object of an opening participle, whose subject the pronoun is: "Praising Doe as “a
    // son,” she asked".)
    if (
      subject &&
      subject !== 'pronoun' &&
      subject.isPerson &&
      subject.span[0] >= sentence[0] &&
      !setOffAfter(subject) &&
      !openingParticiple.test(this.text.slice(sentence[0], subject.span[0])) &&
      !this.text.slice(subject.span[1], at).includes('?') &&
      this.fits(subject.name, word) &&
      !this.mentionsIn(subject.span[1], at).some(
        (m) => m.isPerson && m.name !== subject.name && !isPossessor(this.text, m) && this.fits(m.name, word),
      )
    )
      return subject.name;
    // "When the draft was sent to Doe, he dismissed it": the person of the introduction.
    // (Not a name used as a modifier: "Amplifying the Doe campaign message, he ...".)
    const introduced = this.mentionsIn(sentence[0], this.clauseStart(sentence))
      .filter(
        (m) =>
          m.isPerson &&
          m.span[1] <= at &&
          !isPossessor(this.text, m) &&
          !/^\s+\p{Ll}/u.test(this.text.slice(m.span[1], m.span[1] + 3)) &&
          !setOffAfter(m) &&
          this.fits(m.name, word),
      )
      .at(-1);
    if (introduced && subject === 'pronoun') return introduced.name;
    // "While Gen. Jim Doe, the police chief, told Acme by phone, “...,” he said": the one an
    // introduction has speaking, right before the quotation the pronoun attributes.
    if (
      introduced &&
      subject === undefined &&
      speakingThenQuotation.test(this.text.slice(introduced.span[1], at))
    )
      return introduced.name;
    if (
      !this.topic &&
      this.unnamedSpokeAt !== undefined &&
      at - this.unnamedSpokeAt < 800 &&
      (this.unnamedSex === undefined || this.unnamedSex === word.toLowerCase())
    )
      return null;
    if (this.topic && at - this.topic.at < 1500 && this.fits(this.topic.name, word)) return this.topic.name;
    const before = this.mentionsIn(Math.max(0, at - 3000), at).filter(
      (m) => m.isPerson && m.span[1] <= at && !setOffAfter(m) && this.fits(m.name, word),
    );
    const latest = before.filter((m) => !isPossessor(this.text, m)).at(-1);
    if (latest) return latest.name;
    // "Jane Doe's truck was seen in Syria. ... “It's ugly,” he said.": the one person named
    // before, if only as an owner, when nobody else is.
    const owners = new Set(before.map((m) => m.name));
    return owners.size === 1 ? [...owners][0]! : null;
  }

  resolve(found: Attribution | undefined, sentence: Span): Resolved | undefined {
    if (!found) return undefined;
    // "Jane Doe and John Roe said": words two people say together are no one person's.
    if (found.speaker !== 'pronoun' && found.span && this.saidJointly(found.span))
      return { speaker: null, span: found.span };
    if (found.speaker !== 'pronoun') return { ...found, speaker: found.speaker };
    return { speaker: this.pronounReferent(sentence, found.span![0]), span: found.span! };
  }

  /** Whether the person named at `span` is joined by "and" to another person ("Jane Doe and John Roe"). */
  private saidJointly(span: Span): boolean {
    const people = this.mentionsIn(Math.max(0, span[0] - 60), span[1] + 60).filter((m) => m.isPerson);
    const self = people.find((m) => m.span[0] === span[0]);
    return (
      self !== undefined &&
      people.some(
        (m) =>
          m !== self &&
          (joinedByAnd(this.text, self.span[1], m.span[0]) ||
            joinedByAnd(this.text, m.span[1], self.span[0])),
      )
    );
  }

  /** The person a definite description stands for ("the president", "the governor"): the latest one titled so. */
  private described(head: string, before: number, rank?: string): Attribution | undefined {
    const word = head.toLowerCase();
    // "the president" is not the vice president, nor a former one; "the vice president" is one.
    const titled = this.people.filter((person) =>
      person.titles.some((title) => {
        const words = title.text.toLowerCase().split(/[\s-]+/);
        return (
          words.some(
            (w) => w === word || roleForms[w] === word || roleSynonyms[word]?.includes(roleForms[w] ?? w),
          ) &&
          (rank
            ? words.includes(rank)
            : !words.some((w) => /^(?:vice|deputy|assistant|former|acting|then-|ex-)/.test(w)))
        );
      }),
    );
    const latest = (person: Person) =>
      Math.max(-1, ...person.spans.filter((s) => s[1] <= before).map((s) => s[0]));
    const best = titled.filter((p) => latest(p) >= 0).sort((a, b) => latest(b) - latest(a))[0];
    return best ? { speaker: best.name } : undefined;
  }

  /**
   * "Doe's lawyer", "his press secretary": the person titled before `before` with every word of the
   * phrase (`head` its last), else someone unnamed ("the White House's press secretary" is not any
   * secretary the text named); `written` is the phrase with its owner as the text has it.
   */
  private someoneOfAnother(phrase: string, head: string, before: number, written: string): Attribution {
    if (kinWordOnly.test(head)) return this.relativeCalled(head, before);
    const titled = this.described(head, before);
    const words = phrase.toLowerCase().split(/\s+/);
    const person = titled && this.people.find((p) => p.name === titled.speaker);
    // (Never the owner: "Doe's lawyer" is not Doe, whatever title Doe was given.)
    const owner = possessiveName.exec(written)?.[1];
    const isOwner = owner !== undefined && person?.name.split(/\s+/).at(-1) === owner;
    return !isOwner && person?.titles.some((t) => words.every((w) => t.text.toLowerCase().includes(w)))
      ? titled!
      : { speaker: null };
  }

  /**
   * "his father said": the person the text introduced before `before` by that kinship word ("Doe's
   * father, Jim," or "her father Jim Doe"), the latest one; else a relative it does not name.
   */
  private relativeCalled(kin: string, before: number): Attribution {
    const introduced = new RegExp(`\\b${kin}\\s*,?\\s+$`, 'i');
    let latest: { name: string; at: number } | undefined;
    for (const person of this.people) {
      for (const [at] of person.spans) {
        if (at >= before || (latest && latest.at > at)) continue;
        if (introduced.test(this.text.slice(Math.max(0, at - 20), at))) latest = { name: person.name, at };
      }
    }
    return { speaker: latest?.name ?? null };
  }

  /**
   * "the presumptive nominee" as the whole of a subject phrase: the person the article gave that title;
   * `titledOnly`: that person or, for a role nobody was given, someone unnamed (not the person the
   * text is about, nor an organisation).
   */
  description(phrase: string, before: number, titledOnly = false): Attribution | undefined {
    // "The Democratic senator also said", "The president himself responded": an adverb or a
    // reflexive before the verb is not part of the description.
    const withoutAdverb = phrase.replace(adverbAtEnd, ' ').replace(reflexiveAtEnd, ' ');
    const match =
      /^\s*the\s+(?:[\p{L}\d-]+\s+){0,3}?(?:[\p{L}\d-]+\s+and\s+(?:[\p{L}\d-]+\s+){0,2}?)?([\p{L}\d-]+)(?=\s*(?:,[^,]*,\s*)?$)/iu.exec(
        withoutAdverb,
      );
    if (!match) return undefined;
    const head = match[1]!;
    if (organisationNoun.test(head) && !titledOnly) return this.organisationCalled(head, before);
    if (isRole(head)) {
      // "the former vice president": the rank right before the role word narrows who it is.
      const rank = new RegExp(`\\b(vice|deputy|assistant)[\\s-]+${head}\\b`, 'i').exec(withoutAdverb)?.[1];
      const titled = this.described(head, before, rank?.toLowerCase());
      if (titled || titledOnly) return titled ?? { speaker: null };
    }
    if (titledOnly) return undefined;
    // "the mum said" after "his 29-year-old mum, Meng Xiangyan": the one the text named so.
    if (kinWordOnly.test(head)) {
      const kin = this.namedAsKin(head, before);
      if (kin) return { speaker: kin };
    }
    // "The Arizona Republican said", "the 72-year-old said", "the senator said" with nobody titled so:
    // the person the text is about, if the text was just about one.
    // Not "the official said": officials, spokesmen and sources quoted so are usually unnamed ones.
    if (/\b(?:unidentified|anonymous|unnamed)\b/i.test(withoutAdverb) || unnamedRole.test(head))
      return undefined;
    // ("The father of four told the paper": a parent by their children is the person the text is about.)
    const aboutSomeone =
      isRole(head) ||
      /^(?:Republican|Democrat|Independent|\d+-year-old)$/u.test(head) ||
      protagonistNoun.test(head) ||
      parentOfChildren.test(withoutAdverb);
    return aboutSomeone && this.topic && before - this.topic.at < 600
      ? { speaker: this.topic.name }
      : undefined;
  }

  /**
   * The one person the text named right after the kin word `kin` before `before` ("his mum, Jane
   * Doe", "Mum Jane Doe"), if only one.
   */
  private namedAsKin(kin: string, before: number): string | undefined {
    const kinBefore = new RegExp(`\\b${kin}\\s*,?\\s+$`, 'i');
    const named = new Set(
      this.mentionsIn(Math.max(0, before - 3000), before)
        .filter((m) => m.isPerson && kinBefore.test(this.text.slice(Math.max(0, m.span[0] - 24), m.span[0])))
        .map((m) => m.name),
    );
    return named.size === 1 ? [...named][0] : undefined;
  }

  /** Whether `sentence`'s clause opens on people described in the plural before `before`: "The four attorneys call". */
  opensOnUnnamedPeople(sentence: Span, before: number): boolean {
    const start = this.clauseStart(sentence);
    const plural = describedPeopleThenVerb.exec(this.text.slice(start, Math.min(before, start + 80)));
    return plural !== null && isPersonNoun(plural[1]!.replace(/s$/, ''));
  }

  /**
   * Whether the text introduced the one `phrase` ("the Salvadorean nun") describes, before `before`,
   * with "a" and no name: "a 33-year-old Salvadorean nun", not "a nun, Jane Doe," nor "Jane Doe, a
   * nun" (nor "a visit to the nun": the words between are the description's own).
   */
  private introducedUnnamed(phrase: string, before: number): boolean {
    const head = /([\p{L}-]+)\s*$/u.exec(phrase)?.[1];
    if (!head || !isPersonNoun(head)) return false;
    const introduction = new RegExp(
      `\\b[Aa]n?\\s+(?:(?!(?:the|a|an|of|to|by|for|with|from|and|in|at|on|his|her|their)\\s)[\\p{L}\\d-]+\\s+){0,3}?${head}\\b`,
      'gu',
    );
    const from = Math.max(0, before - 3000);
    for (const found of this.text.slice(from, before).matchAll(introduction)) {
      const [start, end] = [from + found.index, from + found.index + found[0].length];
      const named = this.mentionsIn(Math.max(0, start - 40), end + 4).some(
        (m) => m.isPerson && (m.span[0] >= end || /^\s*,\s*$/.test(this.text.slice(m.span[1], start))),
      );
      if (!named) return true;
    }
    return false;
  }

  /**
   * Whom a subject described at `at` stands for ("The presenter found", "The author, known only as
   * Jane, wrote"): the person an aside in it names, else whom its description stands for.
   */
  private describedSubject(at: number, described: RegExpExecArray, before: number): Attribution | undefined {
    const phraseEnd = at + described.index + described[0].indexOf(described[1]!) + described[1]!.length;
    const inAside = this.mentionsIn(phraseEnd, at + described.index + described[0].length).find(
      (m) => m.isPerson,
    );
    return named(inAside) ?? this.description(described[1]!, before);
  }

  /**
   * "the group said", "the ministry said": the organisation the text was about if its name has that
   * word, else the latest one named before whose name has it ("the ministry" → "Defense Ministry"),
   * else the one the text was about, else (for a word any organisation goes by) the one named last.
   */
  private organisationCalled(noun: string, before: number): Attribution {
    const word = new RegExp(`\\b${noun}\\b`, 'i');
    // The organisation the text is about, unless its name lacks the word and another's has it
    // ("the hospital said" after a committee's words is the hospital). (A place too when its name
    // has the word: "the hospital" is the "Mercy Hospital Center" the tagger read as a place.)
    if (this.groupTopic && word.test(this.groupTopic)) return { speaker: this.groupTopic };
    const earlier = this.mentionsIn(Math.max(0, before - 1500), before).findLast(
      (m) => !m.isPerson && word.test(m.name),
    );
    // A noun any organisation may go by ("the group claims") is the one named last, not far back.
    const latest = genericOrganisationNoun.test(noun)
      ? this.mentionsIn(Math.max(0, before - 600), before).findLast((m) => !m.isPerson && !m.isPlace)
      : undefined;
    return { speaker: (earlier?.name ?? this.groupTopic ?? latest?.name) || null };
  }

  /**
   * Who wrote a document named at `nounSpan`: a possessor ("Doe's account"), "from/by X", or for
   * "the statement" the author of the latest statement the text named before; else nobody named.
   */
  documentAuthor(nounSpan: Span, depth = 0): Attribution {
    const { text } = this;
    // "the joint statement": several people's.
    if (/\bjoint\s+$/i.test(text.slice(Math.max(0, nounSpan[0] - 6), nounSpan[0]))) return { speaker: null };
    const possessor = this.possessorOf(nounSpan);
    if (possessor) return named(possessor)!;
    // "an Acme Daily report", "the Acme Times article": a name right before the noun is its author
    // (not the site it is on: "the Facebook comment" is its writer's).
    const modifier = this.mentionsIn(Math.max(0, nounSpan[0] - 60), nounSpan[0]).find(
      (m) =>
        !m.isPlace &&
        m.span[1] < nounSpan[0] &&
        /^\s+$/.test(text.slice(m.span[1], nounSpan[0])) &&
        !socialPlatform.test(m.name),
    );
    if (modifier) return named(modifier)!;
    // ("a statement attributed to the Acme Group": the one it is attributed to.)
    const from = /^\s+(?:from|by|attributed\s+to)\s+(?:the\s+)?/i.exec(
      text.slice(nounSpan[1], nounSpan[1] + 24),
    );
    if (from) {
      // ("a letter from Representative Jane Doe": a title may come before the name.)
      const at = nounSpan[1] + from[0].length;
      const [first, ...rest] = this.mentionsIn(at, at + 90);
      // ("a statement from Doe's attorney, Jim Roe": the one named after the possessor's role.)
      const apposed =
        first && isPossessor(text, first)
          ? rest.find(
              (m) =>
                m.isPerson &&
                /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+$/u.test(text.slice(first.span[1], m.span[0])),
            )
          : undefined;
      const author = apposed ?? first;
      if (author && (apposed || onlyTitleWords(text.slice(at, author.span[0])))) return named(author)!;
      // "a statement from the Democratic committee": the organisation the text named so before.
      const described = /^(?:\p{L}+\s+)?(\p{Ll}+)\b/u.exec(text.slice(at, at + 40));
      if (described && organisationNoun.test(described[1]!))
        return this.organisationCalled(described[1]!, nounSpan[0]);
    }
    const windowStart = Math.max(0, nounSpan[0] - 40);
    const determiner = nounDeterminer.exec(text.slice(windowStart, nounSpan[0]));
    if (!determiner || depth > 0) return { speaker: null };
    if (/^(?:his|her|their)$/i.test(determiner[1]!)) {
      const at = windowStart + determiner.index;
      return { speaker: 'pronoun', span: [at, at + determiner[1]!.length] };
    }
    const earlier = this.earlierDocumentAuthor(text.slice(nounSpan[0], nounSpan[1]), nounSpan[0], depth);
    // "the article said" right after quoting an organisation: that organisation's article.
    if (earlier.speaker === null && this.groupTopic) return { speaker: this.groupTopic };
    return earlier;
  }

  /** "Doe's statement", "Doe's on-camera claim": the name owning the noun at `nounSpan`. */
  private possessorOf(nounSpan: Span): Named | undefined {
    return this.mentionsIn(nounSpan[0] - 80, nounSpan[0]).find(
      (m) =>
        m.span[1] <= nounSpan[0] &&
        isPossessor(this.text, m) &&
        /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}$/u.test(this.text.slice(m.span[1], nounSpan[0])),
    );
  }

  /**
   * "his on-camera claim that Afghanistan is a “war of choice”", "Doe's remark that it was “odd”":
   * words quoted as what someone's claim or remark says are that someone's.
   */
  claimOwner(sentence: Span, quoteStart: number): Attribution | undefined {
    // "a statement from the Acme Council: “...”": the document's author.
    const introduced = documentIntroducing.exec(this.text.slice(sentence[0], quoteStart));
    if (introduced) {
      const at = sentence[0] + introduced.index;
      return this.documentAuthor([at, at + introduced[1]!.length]);
    }
    // "the famous Carl von Clausewitz sentence “...”": words a name qualifies as its author's.
    const saying = sayingNounBefore.exec(this.text.slice(Math.max(sentence[0], quoteStart - 40), quoteStart));
    if (saying) {
      const nounAt = quoteStart - saying[0].length;
      const author = this.mentionsIn(nounAt - 60, nounAt).find((m) => m.isPerson && m.span[1] === nounAt);
      if (author) return named(author);
    }
    const claim = claimBefore.exec(this.text.slice(sentence[0], quoteStart));
    if (!claim) return undefined;
    const at = sentence[0] + claim.index;
    const possessor = this.possessorOf([at, at + claim[1]!.length]);
    if (possessor) return named(possessor);
    // "warnings from the Obama administration that it was “misguided”": the one named after "from".
    const from = claimFrom.exec(claim[0].replace(/\s+(?:that|of|as)\s[^“”"]*$/i, ''));
    if (from) {
      const fromAt = at + claim[0].indexOf(from[1]!);
      // (The whole of what follows: "from the Obama administration" is not Obama's.)
      const fromEnd = fromAt + from[1]!.trimEnd().length;
      const source = this.mentionsIn(fromAt, fromEnd).find(
        (m) => m.span[0] === fromAt && m.span[1] === fromEnd,
      );
      if (source) return named(source);
    }
    const windowStart = Math.max(0, at - 40);
    const owner = /\b(his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu.exec(this.text.slice(windowStart, at));
    if (!owner) return undefined;
    const ownerAt = windowStart + owner.index;
    return { speaker: 'pronoun', span: [ownerAt, ownerAt + owner[1]!.length] };
  }

  /** The author of the latest earlier mention of the same kind of document ("Doe said in a statement"). */
  private earlierDocumentAuthor(noun: string, before: number, depth: number): Attribution {
    const { text } = this;
    const from = Math.max(0, before - 2500);
    const earlier = [...text.slice(from, before).matchAll(new RegExp(`\\b${noun}\\b`, 'giu'))];
    // Back over "the statement" written before too: it is the same document, whose author an
    // earlier mention may name.
    for (const mention of earlier.reverse()) {
      const span: Span = [from + mention.index, from + mention.index + mention[0].length];
      const author = this.issuedBy(span, depth);
      if (author.speaker !== null) return author;
      if (!/\bthe\s+$/i.test(text.slice(Math.max(0, span[0] - 4), span[0]))) break;
    }
    // "Doe posted on Facebook that ...", then "the post continued": the one who posted it.
    const published = publishingVerbOf(noun);
    const verb = published && lastMatch(published, text.slice(from, before));
    if (verb) {
      const at = from + verb.index;
      const sentence = sentenceAt(this.sentences, at);
      const author = sentence && this.resolve(this.subjectOf(sentence.span, at), sentence.span);
      if (author?.speaker) return { speaker: author.speaker };
    }
    return { speaker: null };
  }

  /** Who issued the document named at `span`: its author, or the subject of "Doe said in a statement". */
  private issuedBy(span: Span, depth: number): Attribution {
    const { text } = this;
    const direct = this.documentAuthor(span, depth + 1);
    if (direct.speaker !== null) return direct;
    // "Doe said in a statement", "Doe released a statement", "In a statement, Doe confirmed": the
    // subject of that sentence.
    const lead = text.slice(Math.max(0, span[0] - 60), span[0]);
    const opening =
      /(?:^|[.!?]\s+|\n)(?:in|via)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(lead) &&
      /^\s*,/.test(text.slice(span[1], span[1] + 3));
    if (!issuedBefore.test(lead) && !opening) return { speaker: null };
    const sentence = sentenceAt(this.sentences, span[0]);
    const subject = sentence
      ? this.subject([sentence.span[0], opening ? sentence.span[1] : span[0]])
      : undefined;
    if (subject && subject !== 'pronoun') return named(subject)!;
    // ('“...,” the tech giant said in a statement.': whoever the words quoted in that paragraph up to
    // there were given to; not so after "In a letter, ...", where the sentence may quote another.)
    if (opening) return { speaker: null };
    const paragraphStart = text.lastIndexOf('\n', span[0]) + 1;
    let latest: { at: number; speaker: string } | undefined;
    for (const [at, speaker] of this.speakerOfSentence)
      if (at >= paragraphStart && at < span[0] && (!latest || at > latest.at)) latest = { at, speaker };
    return { speaker: latest?.speaker ?? null };
  }

  /** The last sentence that ends before `at`. */
  private sentenceBefore(at: number): Sentence | undefined {
    return this.sentences.findLast((s) => s.span[1] <= at);
  }

  /**
   * Whether a sentence opens on someone counted but not named before its first verb of saying:
   * "Another said the country was plagued by two types of people:", "One Twitter user wrote:".
   */
  countedSpeakerOpens(sentence: Span): boolean {
    const start = this.clauseStart(sentence);
    const verb = this.speechVerbsIn(start, sentence[1])[0];
    return (
      verb !== undefined &&
      countedSubject.test(this.text.slice(start, verb.at)) &&
      !this.mentionsIn(start, verb.at).some((m) => m.isPerson)
    );
  }

  /** Whether the sentence ending before `at` has a verb of saying ("The Acme Times reported that ..."). */
  reportsBefore(at: number): boolean {
    const before = this.sentenceBefore(at);
    return before !== undefined && this.speechVerbsIn(before.span[0], before.span[1]).length > 0;
  }

  /** The speaker of the sentence right before `sentence` if it names a document (" on his website: "), else nobody. */
  private documentQuotedBefore(sentence: Span): string | null {
    const before = this.sentenceBefore(sentence[0]);
    if (!before || sentence[0] - before.span[1] > 4) return null;
    const speaker = this.speakerOfSentence.get(before.span[0]);
    return speaker && documentNamed.test(this.text.slice(before.span[0], before.span[1])) ? speaker : null;
  }

  /** The subject of a verb of saying at `verbAt`: the name, pronoun, document or description before it. */
  subjectOf(sentence: Span, verbAt: number): Attribution | undefined {
    const { text } = this;
    // "As she explains in a Facebook post, “...”": a verb inside the opening clause has its subject
    // there, after the word that opens the clause.
    const clauseAt = this.clauseStart(sentence);
    const opener =
      clauseAt > verbAt ? /^[\s“"‘]*(?:as|when|while|since)\s+/i.exec(text.slice(sentence[0], verbAt)) : null;
    const start = opener ? sentence[0] + opener[0].length : clauseAt;
    // "The Acme report has other problems. It falsely stated that “...”": "it" is the document the
    // sentence before opened on, whose author speaks.
    if (/^[Ii]t\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(start, verbAt))) {
      const before = this.sentenceBefore(sentence[0]);
      const opening = before && documentOpensSentence.exec(text.slice(before.span[0], before.span[0] + 100));
      if (before && opening) {
        const at = before.span[0] + opening[0].length - opening[1]!.length;
        return this.documentAuthor([at, at + opening[1]!.length]);
      }
    }
    const nearVerb = text.slice(Math.max(start, verbAt - 60), verbAt);
    // "Doe left Acme captivity in a swap, and now a U.S. senator claims": a clause joined after the
    // first whose subject is someone unnamed, not a name in the clause before.
    const joint = lastMatch(clauseJoint, text.slice(start, verbAt));
    const jointEnd = joint ? start + joint.index + joint[0].length : 0;
    if (
      joint &&
      unnamedClauseSubject.test(text.slice(jointEnd, verbAt)) &&
      !this.mentionsIn(jointEnd, verbAt).some((m) => m.isPerson)
    )
      return { speaker: null };
    // "Doe denied the warning, which former agents have told Acme amounted to “...”": a relative
    // clause whose subject is a bare plural, people the text does not name.
    if (relativeThenUnnamedPlural.test(nearVerb)) return { speaker: null };
    // "ISIS sympathisers are circulating ...", "Twitter accounts linked to the group claimed": people
    // an organisation's name only qualifies, unnamed (if the clause names no person before the verb).
    // (Not when a pronoun is the verb's subject: "Acme loyalists, he said, are ...".)
    const pronounRightBefore = /\b(?:he|she|they)\s+(?:\w+\s+)?$/i.test(
      text.slice(Math.max(sentence[0], verbAt - 20), verbAt),
    );
    if (
      namedGroupOfPeople.test(text.slice(start, verbAt)) &&
      !pronounRightBefore &&
      !this.mentionsIn(start, verbAt).some((m) => m.isPerson)
    )
      return { speaker: null, nobodyIntroduced: true };
    // "Acme talked to a spokesperson from Doe's camp who said": the one "who" stands for, the name
    // right before it ("Acme talked to Jane Roe, who said"), else someone described and unnamed.
    const who = whoBeforeVerb.exec(nearVerb);
    if (who) {
      const whoAt = verbAt - who[0].length;
      const antecedent = this.mentionsIn(start, whoAt).findLast((m) => !m.isPlace);
      if (antecedent && /^\s*,?\s*$/.test(text.slice(antecedent.span[1], whoAt))) return named(antecedent);
      const describedFrom = Math.max(start, whoAt - 80);
      const described = describedBeforeWho.exec(text.slice(describedFrom, whoAt));
      if (described) {
        // ("Jane Roe, a writer who claims": the description is an apposition to the name before it.)
        const at = describedFrom + described.index;
        const apposed = this.mentionsIn(start, at).findLast((m) => m.isPerson);
        return apposed && /^\s*,\s*$/.test(text.slice(apposed.span[1], at))
          ? named(apposed)
          : { speaker: null };
      }
    }
    // "Doe pointed to what aides called “...”": the subject of the clause "what" opens, whom the
    // sentence may not name.
    const what = whatThenSubject.exec(nearVerb);
    if (what) {
      const from = verbAt - what[0].length + what[0].indexOf(what[1]!);
      const clauseSubject = this.mentionsIn(from, verbAt).find((m) => !m.isPlace && m.span[1] <= verbAt);
      return named(clauseSubject) ?? { speaker: null };
    }
    // (A place only right before the verb: "Moscow said". Nobody named in brackets: "Jim Roe (who
    // Acme Weekly says was there) said".)
    const before = this.mentionsIn(sentence[0], verbAt).filter(
      (m) =>
        m.span[1] <= verbAt &&
        !isPossessor(text, m) &&
        !inBrackets(text, m.span, sentence[0], verbAt) &&
        // (Nor a site before what is on it: "A Twitter account set up by Doe's family said".)
        !siteBeforeNoun(text, m) &&
        (!m.isPlace || onlyAdverb.test(text.slice(m.span[1], verbAt))) &&
        !organisationAfterPreposition(text, m),
    );
    // "the senator's spokesman said", "his lawyer said": someone of another's speaks, the one the
    // text gave that role if there is one, else someone unnamed (documents are their authors': below).
    const possessed = possessedBeforeVerb.exec(text.slice(Math.max(start, verbAt - 80), verbAt));
    if (possessed && !documentNounOnly.test(possessed[2]!))
      return this.someoneOfAnother(possessed[1]!, possessed[2]!, verbAt, possessed[0]);
    let subject = before.at(-1);
    // "the Boko Haram leader said", "the GOP front-runner said": an organisation's officer speaks,
    // the one the text titled so (else someone unnamed), not the organisation.
    const officerWord =
      subject &&
      !subject.isPerson &&
      /^\s+(\p{Ll}+(?:-\p{Ll}+)*)\s+$/u.exec(text.slice(subject.span[1], verbAt));
    if (officerWord && isRole(officerWord[1]!)) {
      // (The word before the name, "the", after a space or at a paragraph's start.)
      const phraseStart =
        Math.max(text.lastIndexOf(' ', subject!.span[0] - 2), text.lastIndexOf('\n', subject!.span[0] - 2)) +
        1;
      return this.description(text.slice(phraseStart, verbAt), verbAt, true);
    }
    // "One official in the report assembled by Jane Doe said": the one described speaks, not the
    // name after a preposition in the description (not "A message from Doe said": a document).
    const lead = subject ? text.slice(start, subject.span[0]) : '';
    const describedPerson = describedThenPreposition.exec(lead);
    if (
      subject &&
      describedPerson &&
      (describedSource.test(lead) ||
        isRole(describedPerson[1]!) ||
        relationNoun.test(describedPerson[1]!) ||
        (agentNoun.test(describedPerson[1]!) && !documentNounOnly.test(describedPerson[1]!))) &&
      !this.mentionsIn(start, subject.span[0]).some((m) => m.isPerson) &&
      (/\b(?:by|of|for|from|with|in|to|on|at)\s+(?:the\s+)?(?:[^\s,]+\s+){0,3}$/i.test(lead) ||
        // ("the mayor of Springfield, Ill., said": a town and its state.)
        (!subject.isPerson && /\b(?:of|in|from)\s+[^\s,]+,\s+$/i.test(lead)))
    )
      return { speaker: null };
    // "At least two autopsies performed on Doe have concluded", "An investigation into Doe found":
    // the one a thing is about is not the one saying it; the thing (or its unnamed authors) is.
    // (From the sentence's start: clauseStart takes "At least" for an opening phrase.)
    const topic = subject?.isPerson ? thingAboutName.exec(text.slice(sentence[0], subject.span[0])) : null;
    if (topic && !isPersonNoun(topic[1]!.replace(/s$/, '')) && !isPersonNoun(topic[1]!))
      return { speaker: null };
    // "One longtime employee who has worked with Doe ... said": the name is inside the relative clause.
    if (
      subject &&
      describedThenRelative.test(lead) &&
      !this.mentionsIn(start, subject.span[0]).some((m) => m.isPerson)
    )
      return { speaker: null };
    // "Warner, whose committee has been investigating Trump, said": the name before the aside;
    // "Doe called it “troubling” and said": a second verb joined by "and" shares the subject.
    const sentenceSubject = this.subject(sentence, verbAt);
    const first = sentenceSubject === 'pronoun' ? undefined : sentenceSubject;
    const joinedVerb = andThenVerb.test(text.slice(subject?.span[1] ?? start, verbAt));
    // "Doe left after the man approached him and asked if ...": the verbs joined inside a clause of
    // time or cause share that clause's subject, not the sentence's.
    const clauseOpener =
      first && joinedVerb ? lastMatch(subordinateOpener, text.slice(first.span[1], verbAt)) : null;
    if (clauseOpener) {
      const at = first!.span[1] + clauseOpener.index + clauseOpener[0].length;
      const opened = text.slice(at, verbAt);
      if (subject && subject.span[0] === at) return named(subject);
      const pronounOpens = /^(?:he|she|they)\b/i.exec(opened);
      if (pronounOpens) return { speaker: 'pronoun', span: [at, at + pronounOpens[0].length] };
      // (Someone unnamed in such a clause is no one the text turns to: a "he said" next is still
      // about the sentence's subject.)
      const described = describedThenVerb.exec(opened);
      const titled = described && this.description(described[1]!, verbAt);
      if (titled?.speaker) return titled;
      if (described || isUnnamedSubject(opened)) return { speaker: null, nobodyIntroduced: true };
    }
    if (first && (asideThenVerb.test(text.slice(first.span[1], verbAt)) || joinedVerb)) subject = first;
    // "She was at the rally to see Doe and called him a “relatable guy”": the pronoun both verbs share.
    else if (sentenceSubject === 'pronoun' && joinedVerb)
      return { speaker: 'pronoun', span: this.openingPronoun(sentence) };
    // "a hooded militant blames Roe ... and says": the unnamed subject of the first verb says it;
    // "The masked executioner, speaking in English, identifies Roe and says": the one described
    // (the person titled so, else someone unnamed), not the first verb's object.
    else if (!sentenceSubject && joinedVerb) {
      if (isUnnamedSpeaker(text.slice(start, verbAt))) return { speaker: null };
      const described = describedThenVerb.exec(text.slice(start, verbAt));
      // ("The statement identified her as Jane Doe and said": the document's author.)
      const document = described && documentBeforeVerb.exec(described[1]!);
      if (document) {
        const at = start + described[0].indexOf(described[1]!) + document.index;
        return this.documentAuthor([at, at + document[1]!.length]);
      }
      if (described) return this.describedSubject(start, described, verbAt) ?? { speaker: null };
    }
    // "Choe Kwan-il, managing editor of North Korean paper Choson Sinbo, told": the person before an
    // apposition that names where they work, not the workplace.
    if (subject && !subject.isPerson && commaThenAdverb.test(text.slice(subject.span[1], verbAt))) {
      const person = before.findLast(
        (m) =>
          m.isPerson &&
          m.span[1] <= subject!.span[0] &&
          workplaceApposition.test(text.slice(m.span[1], subject!.span[0])),
      );
      if (person) return named(person);
    }
    // "Democracy for America, the committee founded by Jane Doe, also said": the subject is the
    // capitalised words the recogniser missed, not the name in their apposition.
    if (
      subject &&
      !first &&
      apposedToUnnamed.test(text.slice(start, subject.span[0])) &&
      commaThenAdverb.test(text.slice(subject.span[1], verbAt))
    )
      return { speaker: null };
    // "a spokeswoman for Speaker Jane Doe said", "a Doe aide said": the one speaking is unnamed
    // (unless a pronoun stands right before the verb: "the Doe campaign message, he also said").
    if (
      subject &&
      !pronounRightBefore &&
      (speaksFor.test(text.slice(Math.max(sentence[0], subject.span[0] - 40), subject.span[0])) ||
        speakerForName.test(text.slice(subject.span[1], subject.span[1] + 20)))
    ) {
      return { speaker: null, span: subject.span };
    }
    // "Her comments, said Jane Doe, were ...": a verb set off by a comma with the name after it.
    const verbWord = /^\S+/.exec(text.slice(verbAt))![0];
    if (!subject && /,\s*$/.test(text.slice(sentence[0], verbAt)) && !objectTaking.test(verbWord)) {
      const after = verbAt + verbWord.length;
      const inverted = this.mentionsIn(after, after + 6).find((m) => m.isPerson);
      if (inverted && /^\s+(?:the\s+)?$/i.test(text.slice(after, inverted.span[0]))) return named(inverted);
    }
    // "When Acme magazine profiled Doe in 2000, it said": "it" right before the verb is the
    // organisation the sentence named last, else the one the text was about.
    const it = /\bit\s+(?:\p{Ll}+ly\s+)?$/u.exec(text.slice(Math.max(start, verbAt - 20), verbAt));
    if (it) {
      const organisation = before.findLast((m) => !m.isPerson && !m.isPlace);
      const at = Math.max(start, verbAt - 20) + it.index;
      return organisation ? named(organisation) : { speaker: 'pronoun', span: [at, at + 2] };
    }
    const gap = text.slice(subject?.span[1] ?? start, verbAt);
    const document = documentBeforeVerb.exec(gap);
    if (document) {
      const at = (subject?.span[1] ?? start) + document.index;
      return this.documentAuthor([at, at + document[1]!.length]);
    }
    // (Tried only when a relative pronoun ends the gap: the pattern is costly to fail along a long one.)
    const relative = relativeAtEnd.test(gap) ? documentThenRelative.exec(gap) : null;
    const relativeTo = relative?.indices?.[1];
    if (relative && relativeTo) {
      const from = subject?.span[1] ?? start;
      // "Acme published an article that says": the publisher's, named right before the verb.
      const articleAt = from + relative.index;
      const published = publishedBefore.exec(text.slice(sentence[0], articleAt));
      if (published) {
        const verbStart = sentence[0] + published.index;
        const publisher = this.mentionsIn(sentence[0], verbStart).findLast(
          (m) => !m.isPlace && /^\s*$/.test(text.slice(m.span[1], verbStart)),
        );
        return named(publisher) ?? { speaker: null };
      }
      return this.documentAuthor([from + relativeTo[0], from + relativeTo[1]]);
    }
    const lastPronoun = lastMatch(pronoun, gap);
    // "The Somali official, speaking ... since he was not authorized to speak, said": a pronoun
    // inside an aside after a description is the one described; the description says who.
    const describedBeforeAside = lastPronoun && !subject ? describedThenAside.exec(gap) : null;
    if (describedBeforeAside && lastPronoun!.index < describedBeforeAside[0].length)
      return this.description(describedBeforeAside[1]!, verbAt) ?? { speaker: null };
    // "A man sat next to her upon discovering where she is going says:": a pronoun opening a
    // clause inside an unnamed subject's phrase is that clause's subject, not the speaker's.
    if (
      lastPronoun &&
      !subject &&
      subordinateBefore.test(gap.slice(0, lastPronoun.index)) &&
      isUnnamedSpeaker(gap.slice(0, lastPronoun.index))
    )
      return { speaker: null };
    if (lastPronoun) {
      const at = (subject?.span[1] ?? start) + lastPronoun.index;
      return { speaker: 'pronoun', span: [at, at + lastPronoun[0].length] };
    }
    if (!subject || subject.span[0] < start) {
      const description = this.description(text.slice(start, verbAt), verbAt);
      if (description) return description;
      // "The source with knowledge of ... said": someone the text describes but does not name.
      // (Also when the only name is in the introduction: "Asked if Doe was concerned, a No 10
      // spokeswoman said".)
      if (isUnnamedSpeaker(text.slice(start, verbAt))) return { speaker: null };
    }
    return named(subject);
  }

  /** The attribution of a sentence's verb of saying at `verb`, taking the participle's sentence subject. */
  private verbAttribution(
    sentence: Span,
    verb: SpeechVerbAt,
    verbs: readonly SpeechVerbAt[] = [],
  ): Attribution | undefined {
    // "Doe was told by Roe that “...”", "it was described by Roe as “...”": the agent says it.
    const afterVerb = verb.at + verb.word.length;
    const byWord = byAgent.exec(this.text.slice(afterVerb, afterVerb + 5));
    if (byWord) {
      // (Just after "by": the match ends with the space after it.)
      const by = afterVerb + byWord[0].length - 1;
      const agent = this.mentionsIn(by, by + 40).find((m) => !m.isPlace);
      if (!agent || !/^\s+(?:the\s+)?[^,;“”"]*$/.test(this.text.slice(by, agent.span[0]))) return undefined;
      // (Not words quoted past an aside about the agent: "confirmed by Doe, the manager of “...”".)
      const toQuote = this.text.slice(agent.span[1], sentence[1]).split(/[“"]/)[0]!;
      return /[,;]/.test(toQuote) ? undefined : named(agent);
    }
    // "She was told the seats were “full.”": whoever told her is not named; she only heard it.
    // (Not a story "told in the book": no one was told anything.)
    if (
      verb.word === 'told' &&
      passiveAuxiliary.test(this.text.slice(Math.max(0, verb.at - 20), verb.at)) &&
      !toldWhere.test(this.text.slice(afterVerb, afterVerb + 10))
    )
      return { speaker: null };
    // "Doe was branded a “fraud”", "Acme councillor slammed for “cheap stunt”": the one judged is
    // not the one judging, whom the sentence does not name.
    // (Not "what he described as": only "for" or "over" tells a passive without its auxiliary, and
    // not after "called", which asks for something. Not "was called in", "called" naming nothing.
    // And not a verb inside a quotation: 'not all creatures “are called to eternity” and ... “...”'.)
    // (A participle opening its sentence or a clause after a semicolon or colon is a passive too,
    // its subject left out: "...; Called a ‘Hero’", "Slammed for “lies”, Doe hit back". Not after a
    // dash, which may close an aside: "which the governor — and many others — called “sexist”".)
    if (judgingVerb.test(verb.word) && !insideAny(this.quoted, [verb.at, afterVerb])) {
      const wordsAfter = this.text.slice(afterVerb, afterVerb + 6);
      const passive =
        passiveAuxiliary.test(this.text.slice(Math.max(0, verb.at - 20), verb.at)) ||
        /(?:^|[;:])\s*$/.test(this.text.slice(Math.max(sentence[0], verb.at - 4), verb.at));
      if (
        verb.word.toLowerCase() === 'called'
          ? passive && /^\s+(?:an?\s|the\s|[“"‘'])/i.test(wordsAfter)
          : passive || /^\s+(?:for|over)\s/.test(wordsAfter)
      )
        return { speaker: null, nobodyIntroduced: true };
    }
    if (!verb.word.endsWith('ing')) return this.subjectOf(sentence, verb.at);
    // "Acme News reports a police spokesperson as saying", "quoted Jane Doe as saying": the one
    // reported or quoted says it, named or not.
    const reportedAs = objectReportedAs.exec(this.text.slice(Math.max(sentence[0], verb.at - 100), verb.at));
    if (reportedAs) {
      const objectAt = verb.at - reportedAs[0].length + reportedAs[0].indexOf(reportedAs[1]!);
      const object = this.mentionsIn(objectAt, objectAt + reportedAs[1]!.length).find((m) => !m.isPlace);
      return object && !isPossessor(this.text, object) ? named(object) : { speaker: null };
    }
    // "Telling the crowd it was “your day,” Doe closed her speech": a participle opening the
    // sentence has the main clause's subject, right after the comma that ends the participle's phrase.
    if (/^[\s“"‘]*$/.test(this.text.slice(sentence[0], verb.at))) {
      const main = this.mentionsIn(verb.at, sentence[1]).find((m) => {
        // (Title words may come between: ", Senator Jane Doe voted".)
        const lead = commaThenWords.exec(this.text.slice(verb.at, m.span[0]));
        return (
          !m.isPlace &&
          lead !== null &&
          onlyTitleWords(lead[1]!) &&
          verbAfterSubject.test(this.text.slice(m.span[1], m.span[1] + 40))
        );
      });
      if (main) return named(main);
    }
    // "signed a letter from Jane Doe, Democrat of Vermont, calling it “unfair”": the document's author.
    const letter = documentFromBefore.exec(this.text.slice(sentence[0], verb.at));
    if (letter) {
      const at = sentence[0] + letter.index;
      const author = this.documentAuthor([at, at + letter[1]!.length]);
      if (author.speaker) return author;
    }
    // "The ad ends with Doe claiming", "with a site called Acme claiming": with no person as the
    // sentence's subject, a person or organisation right before the participle is its subject.
    // (Not "Roe explained it was Doe telling them": Roe relays.)
    const rightBefore = this.mentionsIn(sentence[0], verb.at)
      .filter((m) => !m.isPlace && m.span[1] <= verb.at)
      .at(-1);
    const sentenceSubject = rightBefore && this.subject(sentence, verb.at);
    if (
      rightBefore &&
      onlyAdverb.test(this.text.slice(rightBefore.span[1], verb.at)) &&
      (sentenceSubject === undefined || (sentenceSubject !== 'pronoun' && !sentenceSubject.isPerson))
    )
      return named(rightBefore);
    // "..., Doe said, adding": the one adding is the subject of the verb before (not a verb of an
    // introduction: "Asked whether ..., Doe did not back down, saying").
    const start = this.clauseStart(sentence);
    // (Not a verb of a relative clause: ", which the Post first reported, telling the paper".)
    const finite = verbs
      .filter(
        (v) => v.at >= start && v.at < verb.at && !v.word.endsWith('ing') && !this.inRelativeClause(v.at),
      )
      .at(-1);
    if (finite && !clauseBoundary.test(this.text.slice(finite.at, verb.at))) {
      // ("The Times reports Liz Cheney first articulated her position, saying": the one reported
      // on speaks, not the outlet reporting.)
      const reportedAfter = /^report/.test(finite.word)
        ? this.mentionsIn(finite.at + finite.word.length, verb.at).find((m) => m.isPerson)
        : undefined;
      if (
        reportedAfter &&
        /^\s+(?:that\s+)?$/.test(this.text.slice(finite.at + finite.word.length, reportedAfter.span[0]))
      )
        return named(reportedAfter);
      return this.subjectOf(sentence, finite.at);
    }
    return this.subjectAttribution(sentence, verb.at);
  }

  /**
   * Whether the words from the last comma before `at` open a relative clause with a subject of its
   * own (", which the Post reported"); not ", who writes books,", whose subject is the one before it.
   */
  private inRelativeClause(at: number): boolean {
    const comma = this.text.lastIndexOf(',', at);
    return (
      comma >= 0 && at - comma < 80 && /^,\s*(?:which|whom)\b[^,;“”"]*$/.test(this.text.slice(comma, at))
    );
  }

  /** Whether `sentence` names no person (outside quotations) and has no "he", "she" or "they" in it. */
  namesNoOne(sentence: Span): boolean {
    return (
      !this.mentionsIn(sentence[0], sentence[1]).some((m) => m.isPerson) &&
      !/\b(?:he|she|they|his|her|their)\b/i.test(this.text.slice(sentence[0], sentence[1]))
    );
  }

  /**
   * "He was recently designated a “high risk traveller” by the Canadian government": the name of
   * the agent after "by" and the quotation opening at `at`, if the text names one there.
   */
  agentAfter(at: number, sentence: Span): string | undefined {
    return this.mentionsIn(at, Math.min(sentence[1], at + 160)).find(
      (m) => agentBefore.test(this.text.slice(at, m.span[0])) && !isPossessor(this.text, m),
    )?.name;
  }

  /** The sentence subject before `before` as an attribution; a pronoun subject is marked where the clause starts. */
  subjectAttribution(sentence: Span, before: number): Attribution | undefined {
    // "To Rep. Jane Doe, D-Calif., the bill “grabs power”": the view of the one the sentence opens on.
    const toWhom = /^[\s“"‘]*To\s+/.exec(this.text.slice(sentence[0], before));
    if (toWhom) {
      const first = this.mentionsIn(sentence[0], before).find((m) => !m.isPlace);
      const lead = first ? this.text.slice(sentence[0] + toWhom[0].length, first.span[0]) : '';
      if (
        first?.isPerson &&
        onlyTitleWords(lead) &&
        /^(?:,[^,“”"]{1,40})?,\s/.test(this.text.slice(first.span[1], first.span[1] + 60))
      )
        return named(first);
    }
    // "That did little to calm it, and Doe on Saturday accused them of “...”": the subject of the
    // clause the quote is in.
    const lastClause = lastMatch(clauseJoint, this.text.slice(sentence[0], before));
    const quoteClause: Span = lastClause
      ? [sentence[0] + lastClause.index + lastClause[0].length, sentence[1]]
      : sentence;
    const ownSubject = this.subject(quoteClause, before);
    // (Not when the quote's clause opens on a name the text never recognised: in "Doe tweeted her
    // view, and West Hollywood bar The Abbey introduced a “...” sandwich", Doe said nothing of it.)
    if (
      lastClause &&
      ownSubject === undefined &&
      unknownNameThenVerb.test(this.text.slice(quoteClause[0], before))
    )
      return undefined;
    const clause = ownSubject === undefined ? sentence : quoteClause;
    const subject = ownSubject ?? (lastClause ? this.subject(sentence, before) : undefined);
    // "The pope referred to heaven, saying": a description opening the clause before a verb in the
    // past is its subject, as it would be right before "said".
    if (subject === undefined) {
      const at = this.clauseStart(clause);
      const described = describedThenPastVerb.exec(this.text.slice(at, before));
      const describedSpeaker = described && this.describedSubject(at, described, before);
      if (describedSpeaker) return describedSpeaker;
      // "It came after Doe chided Roe on Friday, accusing him of “...”": with no one named as the
      // subject, the subject of a clause opened by "after", "when" or "as" is the one quoted (not
      // one opening the sentence: "After Doe spoke, responding to ..., Roe replied").
      const subordinate = this.mentionsIn(clause[0], before)
        .filter((m) => {
          const lead = this.text.slice(clause[0], m.span[0]);
          const opener = subordinator.exec(lead);
          return (
            m.isPerson &&
            opener !== null &&
            /\p{L}/u.test(lead.slice(0, opener.index)) &&
            verbAfterSubject.test(this.text.slice(m.span[1], m.span[1] + 40))
          );
        })
        .at(-1);
      if (subordinate && !clauseBoundary.test(this.text.slice(subordinate.span[1], before)))
        return named(subordinate);
      // "An article from The Telegraph cited “unconfirmed reports”", "A report by Acme described the
      // raids as “...”": a document from someone, as the subject, speaks for its author.
      const author = this.mentionsIn(at, Math.min(before, at + 80)).find((m) =>
        documentSubjectBefore.test(this.text.slice(at, m.span[0])),
      );
      if (author && verbAfterSubject.test(this.text.slice(author.span[1], author.span[1] + 40)))
        return named(author);
    }
    // "After threatening to “spill the beans” on Doe's wife, Jane, he retweeted": a quote in an
    // opening participle clause is said by the subject of the main clause after it.
    if (subject === undefined && openingParticiple.test(this.text.slice(sentence[0], before))) {
      const main = this.mainSubjectAfter(sentence, before);
      if (main) return main;
    }
    // "A top Senate Democratic aide put it this way": the one named only qualifies the speaker.
    if (
      subject &&
      subject !== 'pronoun' &&
      speakerForName.test(this.text.slice(subject.span[1], subject.span[1] + 30))
    )
      return { speaker: null, span: subject.span };
    // "ISIS sympathisers took to social media to identify the ‘cub fighter’": people an
    // organisation's name only qualifies, unnamed, as before a verb of saying (see subjectOf).
    if (
      subject &&
      subject !== 'pronoun' &&
      !subject.isPerson &&
      namedGroupOfPeople.test(this.text.slice(this.clauseStart(clause), before))
    )
      return { speaker: null, nobodyIntroduced: true };
    // "Jane Doe, 47, dubbed the “guru in bling”": the subject of a naming in the passive is the one
    // named; whoever named them is not named here.
    if (subject && subject !== 'pronoun') {
      const verbFrom = ownSubject === undefined ? quoteClause[0] : subject.span[1];
      if (judgedInPassive.test(this.text.slice(verbFrom, before)))
        return { speaker: null, nobodyIntroduced: true };
    }
    // "Acme was cleared after a police inquiry failed to find “any basis”": the words of the
    // subordinate clause's subject, which the text does not name.
    const subjectEnd = subject === 'pronoun' ? this.openingPronoun(clause)[1] : subject?.span[1];
    // "He was recently designated a “high risk traveller” by the Canadian government", "one who
    // was dubbed “George”": a naming in the passive is the agent's after "by", if the text names
    // one, else someone unnamed's.
    if (passiveNaming.test(this.text.slice(subjectEnd ?? this.clauseStart(clause), before))) {
      const agent = this.agentAfter(before, sentence);
      return agent ? { speaker: agent } : { speaker: null, nobodyIntroduced: true };
    }
    if (subjectEnd !== undefined && unnamedSubordinateSubject.test(this.text.slice(subjectEnd, before)))
      return { speaker: null, nobodyIntroduced: true };
    if (subject !== 'pronoun') return named(subject);
    return { speaker: 'pronoun', span: this.openingPronoun(clause) };
  }

  /**
   * The subject of the main clause after an opening clause that ends after `after`: the first
   * pronoun or person's name right after a comma with a verb after it (not an apposition: ", Jane
   * Doe, who").
   */
  private mainSubjectAfter(sentence: Span, after: number): Attribution | undefined {
    for (const comma of this.text.slice(after, sentence[1]).matchAll(/,\s+/g)) {
      const at = after + comma.index + comma[0].length;
      const pronounSubject = /^(?:he|she|they)\b/i.exec(this.text.slice(at, at + 5));
      if (pronounSubject && verbAfterSubject.test(this.text.slice(at + pronounSubject[0].length, at + 40)))
        return { speaker: 'pronoun', span: [at, at + pronounSubject[0].length] };
      const person = this.mentionsIn(at, at + 60).find((m) => m.span[0] === at && m.isPerson);
      if (person && verbAfterSubject.test(this.text.slice(person.span[1], person.span[1] + 40)))
        return named(person);
    }
    return undefined;
  }

  /** The pronoun a clause opens with, where `subject` found one ("he", "She", "they"). */
  private openingPronoun(clause: Span): Span {
    const at = this.clauseStart(clause);
    return [at, at + (/^\p{L}+/u.exec(this.text.slice(at, at + 8))?.[0].length ?? 0)];
  }

  /**
   * The speaker for the last verb of saying before a quote. When that verb's subject stands inside
   * what an earlier verb reports ("Doe left saying Roe told them '...'"), the earlier one relays it.
   */
  relayedSubject(sentence: Span, verbs: readonly SpeechVerbAt[]): Attribution | undefined {
    const last = verbs.at(-1)!;
    const found = this.verbAttribution(sentence, last, verbs);
    const subjectAt = found?.span?.[0];
    if (subjectAt === undefined) return found;
    // "Doe called Roe, who said ...": a relative clause is the inner speaker's own.
    if (/\b(?:who|which)\b/i.test(this.text.slice(subjectAt, last.at))) return found;
    // "a video in which Roe says ...": so is one opening on its named subject. A pronoun there
    // ("the remarks he made, in which he said") is the one relaying, if a person relays ("Acme
    // wrote, with a quote from Jane Doe in which she said": no organisation is a "she").
    const afterRelative = relativeBeforeSubject.test(this.text.slice(Math.max(0, subjectAt - 12), subjectAt));
    if (afterRelative && found?.speaker !== 'pronoun') return found;
    // ("When Acme predicted a slump, Doe said: “...”": a verb in the sentence's opening clause relays
    // nothing said in the main clause after it.)
    const mainClauseAt = this.clauseStart(sentence);
    for (const outer of verbs) {
      if (outer.at >= subjectAt) break;
      if (notRelaying.test(outer.word) || clauseBoundary.test(this.text.slice(outer.at, subjectAt))) continue;
      if (outer.at < mainClauseAt && subjectAt >= mainClauseAt) continue;
      const relaying = this.verbAttribution(sentence, outer);
      if (!relaying?.speaker) continue;
      // ("Acme News reports that one eyewitness, Jane Roe, told a station, “...”": an organisation
      // reporting what someone said relays it; the words are theirs.)
      if (/^report/.test(outer.word) && relaying.speaker !== 'pronoun' && !this.isPerson(relaying.speaker))
        return found;
      return afterRelative && relaying.speaker !== 'pronoun' && !this.isPerson(relaying.speaker)
        ? found
        : relaying;
    }
    return found;
  }

  /**
   * A reporting clause that ends the sentence after the quote: 'Doe thinks Roe “will step aside” if
   * it is true, the party said in a statement Thursday.'
   */
  closingAttribution(sentence: Span, after: number): Attribution | undefined {
    const { text } = this;
    const rest = text.slice(after, sentence[1]);
    const clause = closingClause.exec(rest);
    if (!clause || clause.index === undefined) return this.closingInverted(sentence, after);
    const from = after + clause.index + clause[0].indexOf(clause[1]!);
    const to = from + clause[1]!.length;
    const phrase = clause[1]!;
    if (/^(?:he|she|they|it)$/i.test(phrase)) return { speaker: 'pronoun', span: [from, to] };
    // ('..., a senior U.S. official said.': someone unnamed who works for the one named.)
    if (unnamedWithEmployer.test(phrase) || unnamedAt.test(phrase)) return { speaker: null };
    const inside = this.mentionsIn(from, to).filter((m) => m.span[1] <= to && !isPossessor(text, m));
    if (inside.length > 0) return named(preferPerson(text, inside));
    const document = documentBeforeVerb.exec(phrase);
    if (document)
      return this.documentAuthor([from + document.index, from + document.index + document[1]!.length]);
    // '..., a regional source with knowledge of the operation told the network.': nobody named.
    return this.description(phrase, from) ?? (isUnnamedSpeaker(phrase) ? { speaker: null } : undefined);
  }

  /**
   * '..., said Jane Doe, a former official.' closing the sentence after the quote: the one named
   * right after the verb gives the whole sentence, the quoted words included.
   */
  private closingInverted(sentence: Span, after: number): Attribution | undefined {
    const inverted = /,\s*(?:said|says|added|according to)\s+(?:the\s+)?/i.exec(
      this.text.slice(after, sentence[1]),
    );
    if (!inverted) return undefined;
    const at = after + inverted.index + inverted[0].length;
    const speaker = this.mentionsIn(at, at + 40).find((m) => m.isPerson);
    if (!speaker || !this.text.slice(at, speaker.span[0]).split(/\s+/).filter(Boolean).every(isTitleWord))
      return undefined;
    return named(speaker);
  }

  /** "according to [the] X" anywhere in the sentence: X. */
  accordingTo(sentence: Span, quoteAt: number): Attribution | undefined {
    const according = /according to\s+(?:the\s+)?/i.exec(this.text.slice(sentence[0], sentence[1]));
    if (!according) return undefined;
    const at = sentence[0] + according.index + according[0].length;
    // "According to a magazine, the editor said: “...”": the source reports who says it.
    if (this.speechVerbsIn(at, quoteAt).length > 0) return undefined;
    // "according to a statement from the ministry": the document's author.
    const document = documentAfterAccording.exec(this.text.slice(at, quoteAt));
    if (document) {
      // (An author the text does not name says nothing of whose words these are: "according to a
      // report, Doe saw “a light”" may be Doe's own.)
      const nounAt = at + document[0].length - document[1]!.length;
      const author = this.documentAuthor([nounAt, nounAt + document[1]!.length]);
      return author.speaker ? author : undefined;
    }
    const first = this.mentionsIn(at, at + 4)[0];
    // "according to Acme Magazine writer Jane Doe", "according to Moroccan reporter Jane Doe": the
    // person the title words before lead to.
    const person = this.mentionsIn(at, at + 60).find(
      (m) =>
        m.isPerson &&
        this.text
          .slice(at, m.span[0])
          .split(/\s+/)
          .filter(Boolean)
          .every((word) => isTitleWord(word) || /^(?:the|a|an)$/i.test(word)),
    );
    return named(first && !first.isPerson && person ? person : (first ?? person));
  }

  /** "X quoted Jane Doe" or "quoting Jane Doe" before `before` in the sentence: Jane Doe. */
  quotedSource(sentence: Span, before: number): Attribution | undefined {
    const window = this.text.slice(sentence[0], before);
    const quoting = lastMatch(quotingVerb, window);
    if (!quoting) return undefined;
    const at = sentence[0] + quoting.index + quoting[0].length;
    return named(this.mentionsIn(at, at + 5).find((m) => !m.isPlace));
  }

  /** Attribution right after the closing mark. */
  attributionAfter(quote: QuoteMarks, limit: number): Attribution | undefined {
    const { text } = this;
    // A quote closed by a full stop ends its sentence: '“... democracy.” He said ...' starts another,
    // unless that sentence only attributes it ('“... the start.” Roe said.': a full stop for a comma),
    // or a verb of saying in lower case goes on with it ('“... headquarters.” said Jane Doe').
    const next = text.slice(quote.outer[1], limit);
    // (A quote that goes on is one that opens its sentence: in 'Roe said that the "plan is
    // good." He added, "..."' the sentence has its speaker, and "He" is only found from it.)
    const opensSentence = () =>
      /(?:^|\n|[.!?]["”’]?\s)\s*$/.test(text.slice(Math.max(0, quote.outer[0] - 4), quote.outer[0]));
    const attributedOnly =
      attributionSentence.test(next) ||
      (continuingAttribution.test(next) && opensSentence()) ||
      /^\s+(?:said|says|added|wrote|told)\s/.test(next);
    if (/\.\s*$/.test(text.slice(quote.span[0], quote.span[1])) && !attributedOnly) return undefined;
    // So does a question or an exclamation before a capitalised pronoun: '“... won? ” He continued'.
    if (
      !attributedOnly &&
      /[?!]\s*$/.test(text.slice(quote.span[0], quote.span[1])) &&
      /^\s*(?:He|She|They|It|We|I)\b/.test(text.slice(quote.outer[1], quote.outer[1] + 8))
    )
      return undefined;
    const end = Math.min(limit, quote.outer[1] + 120);
    const after = text.slice(quote.outer[1], end);
    const lead = /^[\s,.!?;:—–-]*/.exec(after)![0].length;
    const start = quote.outer[1] + lead;
    const rest = text.slice(start, end);
    // 'Doe called it “a disgrace,” and Roe said ...': quoted words inside a clause are that clause's;
    // a conjunction after them opens another clause with its own subject.
    const insideClause = wordBeforeMark.test(text.slice(Math.max(0, quote.outer[0] - 4), quote.outer[0]));
    if (insideClause && /^(?:and|but|while|whereas)\s/i.test(rest)) return undefined;
    const pronounFirst = /^(he|she|they|it)\s+(.*)$/is.exec(rest);
    if (pronounFirst && startsWithSpeechVerb.test(pronounFirst[2]!)) {
      return { speaker: 'pronoun', span: [start, start + pronounFirst[1]!.length] };
    }
    const according = /^according to\s+/i.exec(rest);
    // '“...,” adding that it would not satisfy the House': a participle goes on with the speaker
    // before the quote; what follows it is not the speaker.
    if (!according && /^(?:\w+ly\s+)?\w+ing\b/i.test(rest) && startsWithSpeechVerb.test(rest))
      return undefined;
    // '," called on Doe to ...', '," told Doe': the one named after a verb that takes the one spoken
    // to is not speaking ('," asked Doe' is Doe asking, though).
    const verbWord = /^(?:\p{Ll}+ly\s+)?(\w+)/u.exec(rest)?.[1] ?? '';
    // ('“credible intelligence” reports say': a noun, the subject of the verb after it.)
    const invertible =
      (!objectTaking.test(verbWord) || /^ask/i.test(verbWord)) && !pluralNounThenVerb.test(rest);
    if (according || (invertible && startsWithSpeechVerb.test(rest))) {
      // '," said Jane Doe' and '," according to Jane Doe': the speaker follows.
      const verb = according?.[0] ?? startsWithSpeechVerb.exec(rest)![0];
      // ('a “senior official” also confirmed that Doe ...': a verb with a "that" clause after it has
      // its subject before it, no one inverted after it.)
      if (!according && /^\s+that\b/.test(text.slice(start + verb.length, start + verb.length + 8)))
        return undefined;
      // (Not a site before what was posted on it: '," said the Facebook comment'.)
      const window = this.mentionsIn(start + verb.length + 1, start + 100).filter(
        (m) =>
          m.span[1] <= limit &&
          !isPossessor(text, m) &&
          !siteBeforeNoun(text, m) &&
          // (Nor a name that only qualifies a noun: '," tweeted Acme, a leader in the Resist Doe movement'.)
          !nameAsModifier.test(text.slice(m.span[1], m.span[1] + 16)),
      );
      // ('," said Acme Group, one of several groups bashing Doe': a name right after the verb is the
      // speaker, unless titles lead on from it to a person: '," said Senate Leader Jane Doe'.)
      const [first] = window;
      const person = window.find((m) => m.isPerson);
      const firstSpeaks =
        first !== undefined &&
        person !== undefined &&
        !first.isPerson &&
        !first.isPlace &&
        /^\s*(?:the\s+)?$/i.test(text.slice(start + verb.length, first.span[0])) &&
        !isTitleBetween(text.slice(first.span[1], person.span[0]));
      // (A place speaks only right after the verb, '," says Moscow': '," tweeted the Brooklyn, N.Y.,
      // chapter of Acme' is Acme's.)
      const speaker = firstSpeaks
        ? first
        : preferPerson(
            text,
            window.filter(
              (m) => !m.isPlace || (m === first && /^\s*$/.test(text.slice(start + verb.length, m.span[0]))),
            ),
          );
      // '," claimed the Mirror's source, who ...': an unnamed source, whoever the aside names.
      if (unnamedSourceAfterVerb.test(text.slice(start + verb.length, start + verb.length + 60)))
        return { speaker: null };
      // ('Hank, known as “...,” rapped in his verses about Superman': a verb whose phrase goes on
      // before any name is the sentence's own, not an inverted attribution; its subject came first.)
      if (!according && speaker && verbPhraseBefore.test(text.slice(start + verb.length, speaker.span[0])))
        return undefined;
      // '," said the source, who has ties to X': an unnamed speaker, described (or not) by a noun.
      const described = /^([^,]*)(?:,|$)/.exec(
        text.slice(start + verb.length + 1, speaker?.span[0] ?? end),
      )![1]!;
      const nameAfterAside =
        speaker !== undefined && !/\b(?:who|which|that|whose)\b/i.test(text.slice(start, speaker.span[0]));
      // '," said Doe's publicist to the Post, backing up what Roe had said': someone of Doe's speaks,
      // not a name further on (one in an apposition, '," said Doe's lawyer, Jim Roe', does speak).
      const possessed = possessedDescription.exec(described.replace(addresseeAtEnd, ''));
      const apposed =
        speaker !== undefined &&
        /^\s*,\s*$/.test(text.slice(start + verb.length + 1 + described.length, speaker.span[0]));
      if (possessed && !apposed)
        return this.someoneOfAnother(possessed[1]!, possessed[2]!, start, possessed[0]);
      // '," said the report': the document's author.
      const document = !speaker && documentBeforeVerb.exec(described.replace(/[.!?]?\s*$/, ''));
      if (document) {
        const at = start + verb.length + 1 + document.index;
        return this.documentAuthor([at, at + document[1]!.length]);
      }
      // ('," says a recent report from Acme': the document's author, named after it.)
      if (speaker && documentFrom.test(described)) return named(speaker);
      if (lowerCaseDescription.test(described.trim()) && !according && !nameAfterAside)
        return this.description(described, start) ?? { speaker: null };
      // '," said one Acme follower', '," said a spokesman for Acme': someone counted, not named.
      const counted = /^\s*(?:an?|one|another|two|three|several|some)\s/i.test(described);
      if (counted && !according && !speaker?.isPerson) return { speaker: null };
      // '," reported Gossip Cop.': a name right after the verb that the text has no mention of is
      // still the speaker, one we cannot name: not whoever the text was about before.
      if (!speaker && !according && capitalisedNameThenStop.test(text.slice(start + verb.length, end)))
        return { speaker: null };
      return named(speaker);
    }
    // '," the paper quoted Jane Doe': the one quoted.
    const quoting = /^[^,“”"]{0,40}?\bquot(?:ed|ing)\s+/iu.exec(rest);
    if (quoting) {
      const at = start + quoting[0].length;
      const source = this.mentionsIn(at, at + 16).find((m) => m.isPerson);
      if (source) return named(source);
    }
    const read = documentRead.exec(rest);
    if (read) {
      const at = start + read[1]!.length;
      return this.documentAuthor([at, at + read[2]!.length]);
    }
    // '," the statement said', '," the presumptive nominee said', '," Doe's office said'.
    // '," aides said Mr. Doe told colleagues': whom the ones speaking report as saying it.
    const reported = reportedSpeakerAfter.exec(rest);
    if (reported) {
      const at = start + reported[0].length;
      const person = this.mentionsIn(at, at + 40).find((m) => m.span[0] === at && m.isPerson);
      const afterName = text.slice(person?.span[1] ?? at, (person?.span[1] ?? at) + 40).trimStart();
      if (person && startsWithSpeechVerb.test(afterName)) return named(person);
    }
    const verbAfter = phraseThenVerb.exec(rest);
    // '," an Acme source said', '," the White House official said': a name only says whom they work for.
    if (verbAfter && (unnamedWithEmployer.test(verbAfter[1]!) || unnamedAt.test(verbAfter[1]!)))
      return { speaker: null };
    const phraseEnd = start + (verbAfter?.[1]?.length ?? 0);
    const inPhrase = verbAfter
      ? this.mentionsIn(start, phraseEnd).filter((m) => m.span[1] <= phraseEnd && !isPossessor(text, m))
      : [];
    const document = verbAfter && documentBeforeVerb.exec(verbAfter[1]!);
    // '," the Acme Daily report said': a name right before the document is its author (documentAuthor).
    const authorBefore =
      document &&
      inPhrase.length === 1 &&
      /^\s+$/.test(text.slice(inPhrase[0]!.span[1], start + document.index));
    if (document && (inPhrase.length === 0 || authorBefore))
      return this.documentAuthor([start + document.index, start + document.index + document[1]!.length]);
    // '," Doe's lawyer said', '," Doe's husband told': someone of Doe's speaks, not Doe; the person
    // the text gave that role if there is one ("Doe's lawyer, Jim Roe," before), else someone unnamed.
    const possessed = verbAfter && possessedDescription.exec(verbAfter[1]!);
    if (possessed && this.mentionsIn(start, phraseEnd).some((m) => isPossessor(text, m)))
      return this.someoneOfAnother(possessed[1]!, possessed[2]!, start, possessed[0]);
    // '," the House speaker continued': a name inside a description is no speaker; the description says who.
    const describedWithName =
      verbAfter && inPhrase.length > 0 && /^\s*the\s[^,]*\s\p{Ll}+\s*$/u.test(verbAfter[1]!)
        ? this.description(verbAfter[1]!, start, true)
        : undefined;
    if (describedWithName) return describedWithName;
    // '," his father said': the relative the text introduced so, else one it does not name.
    const kin = verbAfter && kinDescription.exec(verbAfter[1]!);
    if (kin && inPhrase.length === 0) return this.relativeCalled(kin[1]!.toLowerCase(), start);
    if (verbAfter && inPhrase.length === 0) {
      const description = this.description(verbAfter[1]!, start);
      if (description) return description;
      // '," the user wrote', '," the family spokesperson said', '," one wrote': someone described
      // whom the article does not name.
      if (lowerCaseDescription.test(verbAfter[1]!.trim())) return { speaker: null };
    }
    // '," Trump said', '," the Republican leader, Jane Doe, said', '," Warner, D-Va., told', '," X quoted Jane Doe'.
    // Only the words of an attribution come between: not a new clause ("... after the Post reported"),
    // nor "of" going on from the quoted words ('decried the “cowardice” of the Acme Group, saying').
    // (Words, not acronyms: '," WHO's director of communications Jane Doe told' has no clause in it.)
    const nearby = this.mentionsIn(start, start + 70).filter(
      (m) =>
        !/^[Oo]f\b|[“”"]|\b(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Bb]ecause|[Ss]ince|[Aa]s|[Tt]hough|[Aa]lthough|[Ii]f|[Uu]ntil|[Bb]ut|[Ww]hich|[Ww]ho|[Tt]hat)\b/.test(
          text.slice(start, m.span[0]),
        ),
    );
    for (const mention of nearby) {
      if (speechVerb.test(text.slice(start, mention.span[0]))) break;
      speechVerb.lastIndex = 0;
      // '” and then took a swipe at Acme, saying': the object of another verb, with a participle
      // after it, is not who speaks (the participle goes with the sentence's subject).
      if (
        objectThenParticiple.test(text.slice(start, mention.span[0])) &&
        /^\s*,\s*\p{Ll}+ing\b/u.test(text.slice(mention.span[1], mention.span[1] + 20))
      )
        continue;
      // The name, perhaps a home state ("of New York") and asides in commas (", D-Va.,", ", the
      // Democratic leader,", ", D-N.Y., the former chairman of the subcommittee on A, B and C,") or
      // dashes, then the verb.
      const afterName = text
        .slice(mention.span[1], Math.min(limit, mention.span[1] + 240))
        .replace(leadingHomePlace, '')
        .replace(/^\s*\([^()]{1,16}\)/, '');
      const plain = afterName.replace(/^\s*,?\s*/, '');
      // (One aside may be long: ", associate professor at Acme University's Department of Natural
      // Resource Sciences,"; with 60 characters at most, the organisation it names spoke instead.)
      const aside = afterName.replace(/^\s*,(?:[^,“”"]{0,120}|\s*(?:who|whose)\b[^“”";]{0,160}?),\s*/, '');
      // (Each aside within the sentence: a full stop before a capital ends it.)
      const asides = afterName.replace(/^\s*(?:,(?:[^,“”";.]|\.(?!\s+\p{Lu})){0,160}){2,5},\s*/u, '');
      // "Jane Doe, WHO's director of communications told", "Jane Doe, a KFC employee said": a
      // person's apposition with a role word or a noun for a person (one person's: not
      // "officials") whose closing comma was left out.
      const unclosed = /^\s*,([^,“”";]{0,80}?)\s+(?=(?:told|said|says|added|wrote)\b)/.exec(afterName);
      const unclosedAside =
        unclosed &&
        mention.isPerson &&
        unclosed[1]!.split(/\s+/).some((word) => (isRole(word) || isPersonNoun(word)) && !/s$/.test(word))
          ? afterName.slice(unclosed[0].length)
          : afterName;
      // ", Democrat of New York and the chairman — where any inquiry must begin — said".
      const dashAside = afterName.replace(/^\s*,[^“”";—–]{0,160}[—–][^“”"—–]{0,100}[—–]\s*/, '');
      if (isPossessor(text, mention)) continue;
      // ('," the man seen in the video with Doe, reports the Post': the object of a preposition
      // is not who speaks; the author after "a statement from" is.)
      const before = text.slice(start, mention.span[0]);
      if (objectOfPreposition.test(before) && !documentFrom.test(before)) continue;
      // (A place speaks only right before the verb, "Moscow said", not before an aside: in '," chief
      // of the agency in Gaza, Brigadier General Jane Doe, told' Gaza is part of the description.)
      const forms = mention.isPlace ? [plain] : [plain, aside, asides, dashAside, unclosedAside];
      if (forms.some((rest) => startsWithSpeechVerb.test(rest))) {
        // '," a spokesman for the Foreign Office told': someone unnamed speaks for the one named.
        // (Not '," spokesperson for the health ministry Ahmed Doe says': the name is the spokesperson's.)
        const lead = text.slice(start, mention.span[0]);
        if (speaksFor.test(lead) && !(mention.isPerson && forDescribedOrganisation.test(lead)))
          return { speaker: null, span: mention.span };
        return named(mention);
      }
    }
    speechVerb.lastIndex = 0;
    return undefined;
  }
}

interface SpeechVerbAt {
  readonly at: number;
  readonly word: string;
}

/** A participle with its agent after it: "announced by", "was told by". */
const byAgent = /^\s+by\s/i;
/** The passive auxiliary before a participle: "was told by", "has been described by". */
const passiveAuxiliary = new RegExp(`\\b(?:is|was|are|were|been|being|be)\\s+${adverb}$`, 'u');

/** Every verb of saying in a text, in order (found once per article: its sentences are asked about often). */
function speechVerbsOf(text: string): SpeechVerbAt[] {
  const verbs: SpeechVerbAt[] = [];
  speechVerb.lastIndex = 0;
  for (let verb = speechVerb.exec(text); verb !== null; verb = speechVerb.exec(text))
    verbs.push({ at: verb.index, word: verb[0].toLowerCase() });
  return verbs;
}

/**
 * The verbs of saying in [from, to), of those found in `text`. A participle modifying a noun, with
 * its agent after it ("the deal announced by Doe", "a letter signed by"), says nothing of the
 * sentence's quotes; a passive's does ("was told by").
 */
function speechVerbsWithin(
  text: string,
  verbs: readonly SpeechVerbAt[],
  from: number,
  to: number,
): SpeechVerbAt[] {
  let low = 0;
  let high = verbs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (verbs[middle]!.at < from) low = middle + 1;
    else high = middle;
  }
  const found: SpeechVerbAt[] = [];
  for (let i = low; i < verbs.length && verbs[i]!.at + verbs[i]!.word.length <= to; i++) {
    const verb = verbs[i]!;
    if (
      !byAgent.test(text.slice(verb.at + verb.word.length, verb.at + verb.word.length + 5)) ||
      passiveAuxiliary.test(text.slice(Math.max(from, verb.at - 30), verb.at))
    )
      found.push(verb);
  }
  return found;
}

/**
 * Every run of characters other than letters and digits, save a lone space, which is left as it
 * is: one pass, and none over the space between each two words. (No run starts at an ASCII letter
 * or digit: the look-ahead says so cheaply, about twice as fast over lower-case text.)
 */
const wordBreak = /(?![a-z0-9])(?: ?[^\p{L}\p{N} ][^\p{L}\p{N}]*| {2,}[^\p{L}\p{N}]*)/gu;

/** A name that modifies the noun after it: "the Doe administration", "Doe Tower", "the Resist Doe movement". */
const nameAsModifier =
  /^['’]?s?\s+(?:administration|campaign|organi[sz]ation|foundation|tower|hotel|family|presidency|era|team|doctrine|movement)\b/i;

/** A verb of naming, its object and "a", "an" or "as" right before the quote: "calling the attack an ". */
const verbOfNamingBefore =
  /\b(?:call|describ|label|brand|dubb?)\p{Ll}*\s+(?:[^“”".;,]{1,40}?\s+)?(?:an?|as(?:\s+an?)?)\s+$/u;

/** Quote words compared for repetition: lower case, letters and digits only, one space apart. */
export const quoteKey = (words: string): string => words.toLowerCase().replace(wordBreak, ' ').trim();

/** The longest quotation, in characters, that keepFirstSpeakers looks for again. */
const longestRequoted = 200;

/**
 * "Doe promised “spiritual guidance”" and later "Roe doubted the “spiritual guidance”": words quoted
 * again keep the speaker who said them first (unless the text gives them to someone by name).
 */
function keepFirstSpeakers(quotes: Quote[], explicit: ReadonlySet<Quote>): Quote[] {
  const firstSpeaker = new Map<string, string>();
  return quotes.map((quote) => {
    // (Words quoted again are a phrase or a sentence: a longer quotation is never keyed, which
    // spares lower-casing every long one.)
    if (quote.text.length > longestRequoted) return quote;
    const key = quoteKey(quote.text);
    const first = key.includes(' ') ? firstSpeaker.get(key) : undefined;
    if (quote.speaker !== null && !firstSpeaker.has(key)) firstSpeaker.set(key, quote.speaker);
    if (first === undefined || first === quote.speaker || explicit.has(quote)) return quote;
    const { speakerSpan: _, ...rest } = quote;
    return { ...rest, speaker: first };
  });
}

/**
 * One paragraph's sentences, noted to the attributor in order as its quotes reach them, with what
 * the quotes told of each sentence's speakers. (A class, not closures made for each paragraph.)
 */
class ParagraphNotes {
  /** The speakers of each sentence's quotes, by where the sentence starts. */
  readonly speakersBySentence = new Map<number, (string | null)[]>();
  /**
   * Sentences with a quote whose speaker an attribution describes without naming (true), or
   * refers to by a pronoun that stands for nobody named (false).
   */
  readonly unnamedSpeakerSentences = new Map<number, boolean>();
  private notedUpTo = 0;

  constructor(
    private readonly attributor: Attributor,
    private readonly sentences: readonly Sentence[],
  ) {}

  /** Sentences wholly before `upTo` update who the text is about, in order. */
  noteUpTo(upTo: number): void {
    for (; this.notedUpTo < this.sentences.length; this.notedUpTo++) {
      const sentence = this.sentences[this.notedUpTo]!;
      if (sentence.span[1] > upTo) break;
      this.attributor.noteSentence(
        sentence.span,
        this.speakersBySentence.get(sentence.span[0]) ?? [],
        this.unnamedSpeakerSentences.has(sentence.span[0]),
        this.unnamedSpeakerSentences.get(sentence.span[0]) === true,
      );
    }
  }
}

/** The sentence before `sentence`, in its paragraph (`blockSentences`), reports someone's words and made them the topic. */
function reportedJustBefore(
  text: string,
  attributor: Attributor,
  blockSentences: readonly Sentence[],
  sentence: Span,
): boolean {
  if (!/^\s*[“"]/.test(text.slice(sentence[0], sentence[0] + 4))) return false;
  const before = blockSentences.filter((s) => s.span[1] <= sentence[0]).at(-1);
  return (
    before !== undefined &&
    attributor.topic?.at === before.span[0] &&
    (attributor.speechVerbsIn(before.span[0], before.span[1]).length > 0 ||
      statementIssued.test(text.slice(before.span[0], before.span[1])))
  );
}

/** "Doe issued a statement denouncing the killing.": words of Doe's follow. */
const statementIssued =
  /\b(?:issued|released|put\s+out|sent\s+out|posted)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:statement|message|note|letter)\b/u;

/** Whether the last quote so far is `speaker`'s and lies in the paragraph before (from `blockStart`). */
const spokeInPreviousBlock = (quotes: readonly Quote[], speaker: string, blockStart: number): boolean => {
  const last = quotes.at(-1);
  return last !== undefined && last.span[0] >= blockStart && last.speaker === speaker;
};

/** ", he said," in the middle of a sentence. */
const saidInCommas = /,\s*(he|she)\s+(?:said|says|added|explained|noted|argued|insisted)\s*,/i;

/** The longest paragraph without quotation marks read as a caption inside a quotation left open. */
const shortParagraph = 250;
/** How many such paragraphs in a row may stand inside one quotation. */
const mostCaptionsInQuotation = 10;
/** Blocks around the reporting that a quotation running over paragraphs skips. */
const asideKinds: ReadonlySet<Block['kind']> = new Set(['caption', 'credit', 'cta', 'byline']);

export function findQuotes(
  articleText: string,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  people: readonly Person[],
  organizations: readonly Entity[],
  places: readonly Entity[] = [],
): QuotesLayer {
  // Quotes are found and attributed on a copy in one convention (double marks outside); their
  // words are taken from the article as written.
  const text = quotesWithSingleMarks(articleText) ? withDoubleQuoteMarks(articleText, blocks) : articleText;
  const marksFound = blocks.map((block) => findQuoteMarks(text, block.span));
  const repeatedTitles = titlesQuotedTwice(text, marksFound);
  const marksByBlock = continuedQuotes(
    text,
    blocks,
    marksFound.map((marks) =>
      marks.filter(
        (mark) =>
          !isWebAddress(text.slice(mark.span[0], mark.span[1])) &&
          !isCodeString(text, mark) &&
          !insideNameWithMarks(text, people, mark) &&
          !(
            mark.closed &&
            (repeatedTitles.has(titleKey(text, mark)) || isTitleOfWork(text, mark, organizations))
          ),
      ),
    ),
  );
  // Who the text is about matters only to the quotes: past the last paragraph with one, nothing is read.
  const lastBlockWithQuotes = marksByBlock.findLastIndex((marks) => marks.length > 0);
  if (lastBlockWithQuotes < 0) return { quotes: [], diagnostics: [] };
  // Names in links, credits and bylines ("PHOTOS: Ten Famous Couples") are nobody the reporting
  // around them is about: no pronoun or topic goes back to them.
  const asides = blocks.filter((b) => b.kind === 'cta' || b.kind === 'credit' || b.kind === 'byline');
  const reported = <T extends Entity>(entity: T): T =>
    asides.length === 0
      ? entity
      : {
          ...entity,
          spans: entity.spans.filter((s) => !asides.some((b) => contains(b.span, s))),
        };
  const quotedSpans: Span[] = [];
  for (const marks of marksByBlock) for (const mark of marks) quotedSpans.push(mark.outer);
  const attributor = new Attributor(
    text,
    people.map(reported),
    sentences,
    organizations.map(reported),
    places.map(reported),
    quotedSpans,
  );
  const quotes: Quote[] = [];
  const explicit = new Set<Quote>();
  const diagnostics: Diagnostic[] = [];
  let previousBlockEndedInQuote = false;
  let previousQuoteOpen = false;
  let previousBlockStart = Number.POSITIVE_INFINITY;
  let asideBefore = false;
  /** Paragraphs passed over as captions since a quotation was left open (see captionInQuotation). */
  let captionsInQuotation = 0;
  /** Who the sentence ending the paragraph before with a colon has speaking ("Doe tweeted:"), if anyone. */
  let introducer: { speaker: string | null } | undefined;

  const sentencesByBlock = blocks.map((): Sentence[] => []);
  for (const sentence of sentences) sentencesByBlock[sentence.block]?.push(sentence);

  for (let blockIndex = 0; blockIndex <= lastBlockWithQuotes; blockIndex++) {
    const block = blocks[blockIndex]!;
    const marks = marksByBlock[blockIndex]!;
    // A picture caption, a credit or a link between two paragraphs ("Cared for: Staff looked after
    // the dog", "MORE: Masked gang filmed ...") neither ends a quotation that goes on after it nor
    // turns the text to whom it shows; but a quotation alone after it is no longer next to what the
    // paragraph before was about.
    // (So does a heading or a short paragraph while a quotation is open: "Doe with his wife in 2010
    // (Reuters)", "Is that a pool? If so, it's an ambitious choice..." set between the paragraphs of
    // one speech are captions, whatever they were read as.)
    // (At most a few in a row: after more, the quotation was left open by mistake, and the text goes on.)
    const captionInQuotation =
      previousQuoteOpen &&
      captionsInQuotation < mostCaptionsInQuotation &&
      (block.kind === 'other' || block.span[1] - block.span[0] <= shortParagraph);
    if ((asideKinds.has(block.kind) || captionInQuotation) && marks.length === 0) {
      if (!asideKinds.has(block.kind)) captionsInQuotation++;
      asideBefore = true;
      continue;
    }
    captionsInQuotation = 0;
    let previousInBlock:
      | { speaker: string | null; sentence: Span; end: number; explicit: boolean }
      | undefined;
    // The speaker of the paragraph's latest quotation that is not a term inside a sentence (see
    // `termInSentence`): the one a later quotation with no attribution of its own goes on from.
    let previousSpeech: { speaker: string | null } | undefined;
    const blockSentences = sentencesByBlock[blockIndex]!;
    const notes = new ParagraphNotes(attributor, blockSentences);
    const { speakersBySentence, unnamedSpeakerSentences } = notes;

    for (let index = 0; index < marks.length; index++) {
      const mark = marks[index]!;
      notes.noteUpTo(mark.outer[0]);
      if (!mark.closed && blockIndex === blocks.length - 1) {
        diagnostics.push(diagnostic('quotes/unclosed', 'info', undefined, mark.outer));
      }
      const sentence =
        blockSentences.find((s) => s.span[0] <= mark.outer[0] && mark.outer[0] < s.span[1])?.span ??
        block.span;
      const limit = Math.min(block.span[1], marks[index + 1]?.outer[0] ?? block.span[1]);
      const verbs = attributor.speechVerbsIn(sentence[0], mark.outer[0]);
      const lastVerb = verbs.at(-1);
      const sameSentence = previousInBlock && previousInBlock.sentence[0] === sentence[0];
      const isTerm = termInSentence(text, mark, sentence);
      let found: Resolved | undefined;
      let isExplicit = false;
      if (mark.continues) {
        // The words of a quote left open at the end of the paragraph before.
        found = { speaker: quotes.at(-1)?.speaker ?? null };
      } else {
        found = attributor.resolve(attributor.attributionAfter(mark, limit), sentence);
        isExplicit = found !== undefined;
        // 'Doe asserted that he had “the right,” according to CNN': the source relays the words of
        // the person the sentence has saying them; so does an outlet that reports them ('Doe said she
        // was “ready,” the Metro has reported'), of whoever the sentence has saying them, named or not.
        if (lastVerb && /^[\s,]*according to\b/i.test(text.slice(mark.outer[1], mark.outer[1] + 20))) {
          const relayed = attributor.resolve(attributor.relayedSubject(sentence, verbs), sentence);
          if (relayed && attributor.isPerson(relayed.speaker)) found = relayed;
        } else if (lastVerb && found && outletReports.test(text.slice(mark.outer[1], sentence[1]))) {
          // (Whoever it is: 'One local said: “...,” the Daily Mirror reports' is no words of the Mirror's.)
          found = attributor.resolve(attributor.relayedSubject(sentence, verbs), sentence) ?? {
            speaker: null,
          };
        }
      }
      if (!found) {
        found = attributor.resolve(attributor.accordingTo(sentence, mark.outer[0]), sentence);
        isExplicit = found !== undefined;
      }
      if (!found) found = attributor.resolve(attributor.quotedSource(sentence, mark.outer[0]), sentence);
      if (!found) {
        // ('The company will go on a “deal spree” in 2015, Mr Smith told the FT.': the sentence names
        // who said it, as an attribution right after the quote does.)
        found = attributor.resolve(attributor.closingAttribution(sentence, mark.outer[1]), sentence);
        isExplicit = found !== undefined && found.speaker !== null;
      }
      // ('An aide called her, and Jane Doe sent a letter citing “...”': a verb of saying in a clause
      // before the quotation's own is not its attribution; the subject of the quotation's clause is.)
      // (A clause with a subject of its own: not '..., he said, but “...”', nor 'reported that ...,
      // and that “...”'. And not inside what the verb reports: in 'Doe said that his envoy, Jim
      // Roe, and his adviser, Jane Poe, held a “very good” meeting' the "and" joins two names.)
      const boundary =
        !found && lastVerb ? lastMatch(clauseBoundaryAll, text.slice(lastVerb.at, mark.outer[0])) : undefined;
      const reportedBefore =
        boundary !== undefined && /\bthat\b/i.test(text.slice(lastVerb!.at, lastVerb!.at + boundary.index));
      const clauseAfter: Span | undefined =
        boundary && !reportedBefore
          ? [lastVerb!.at + boundary.index + boundary[0].length, sentence[1]]
          : undefined;
      const clauseSubject = clauseAfter && attributor.subject(clauseAfter, mark.outer[0]);
      // (Or a subject named but never recognised: ", and West Hollywood bar The Abbey introduced a “...”".)
      const verbInClauseBefore =
        (clauseSubject !== undefined && clauseSubject !== 'pronoun') ||
        (clauseAfter !== undefined &&
          clauseSubject === undefined &&
          unknownNameThenVerb.test(text.slice(clauseAfter[0], mark.outer[0]).trimStart()));
      // ('Roe told the Post that he agrees with Doe’s opinion that the suit is “without merit”': a
      // claim or view after the last verb of saying, whose owner the text names, is the owner's.)
      // (With "that": not 'called Doe's comments “unacceptable”', the caller's judgement of them.)
      if (!found && lastVerb && claimThatBefore.test(text.slice(lastVerb.at, mark.outer[0]))) {
        const owned = attributor.claimOwner([lastVerb.at, sentence[1]], mark.outer[0]);
        if (owned?.speaker && owned.speaker !== 'pronoun') found = attributor.resolve(owned, sentence);
      }
      if (!found && lastVerb && !verbInClauseBefore) {
        // ('“A,” said Doe's publicist, backing up what Roe had said: “B.”': a verb with a subject of
        // its own after the attribution of the quotation before starts over.)
        const verbsBetween = sameSentence ? verbs.filter((v) => v.at > previousInBlock!.end) : [];
        // (A name or a pronoun: '“A,” Acme said in a message that quoted Doe, in which she said “B”'.)
        const lastVerbHasSubject =
          verbsBetween.length > 1 &&
          (attributor
            .mentionsIn(verbsBetween.at(-2)!.at, lastVerb.at)
            .some(
              (m) =>
                !isPossessor(text, m) && /^\s+(?:had\s+|has\s+)?$/.test(text.slice(m.span[1], lastVerb.at)),
            ) ||
            /\b(?:he|she|they)\s+(?:had\s+|has\s+)?$/i.test(
              text.slice(verbsBetween.at(-2)!.at, lastVerb.at),
            ));
        if (
          sameSentence &&
          (lastVerb.word.endsWith('ing') ||
            (previousInBlock!.explicit && lastVerb.at > previousInBlock!.end && !lastVerbHasSubject) ||
            // ('urged patience “until ...,” and asked that readers “...”': a verb joined right after
            // the quotation before shares its speaker.)
            (lastVerb.at > previousInBlock!.end &&
              joinedAfterQuote.test(text.slice(previousInBlock!.end, lastVerb.at))))
        )
          // "..., adding that X", '“A,” said Doe, “B.”': whoever spoke before in the sentence goes on.
          found = { speaker: previousInBlock!.speaker };
        else found = attributor.resolve(attributor.relayedSubject(sentence, verbs), sentence);
      }
      if (!found) found = attributor.resolve(attributor.claimOwner(sentence, mark.outer[0]), sentence);
      if (!found && (!sameSentence || verbInClauseBefore)) {
        // "Conaway attacked Schiff for driving a “false narrative”": words quoted in a sentence whose
        // subject is a person or organisation, with no verb of saying (or none whose speaker could be
        // told), are that subject's.
        found = attributor.resolve(attributor.subjectAttribution(sentence, mark.outer[0]), sentence);
      }
      let speaker: string | null = found?.speaker ?? null;
      // The quotation opens its paragraph; and it is the whole paragraph, with no picture or link
      // between it and the paragraph before.
      const opensParagraph = index === 0 && !text.slice(block.span[0], mark.outer[0]).trim();
      const aloneAfterParagraph =
        opensParagraph &&
        marks.length === 1 &&
        !asideBefore &&
        /^[\s.,!?]*$/.test(text.slice(mark.outer[1], block.span[1]));
      // 'Jane Doe? “A patriot.”': an answer to a question is the one being asked, not the one named.
      const answers = /\?\s*$/.test(text.slice(block.span[0], mark.outer[0]));
      if (!found && answers) speaker = attributor.topic?.name ?? null;
      else if (
        !found &&
        previousInBlock &&
        verbs.length === 0 &&
        attributor.opensOnUnnamedPeople(sentence, mark.outer[0])
      )
        // "The four attorneys call themselves “judges”": a sentence about other people, unnamed, does
        // not go on with the paragraph's speaker. (With no verb of saying: "The bishops noted that
        // “...”" are someone's the text named, found otherwise.)
        speaker = null;
      else if (!found && previousInBlock)
        // (A term goes on from the paragraph's last quotation, whatever it was; speech skips terms.)
        speaker = (isTerm ? previousInBlock : (previousSpeech ?? previousInBlock)).speaker;
      else if (!found && reportedJustBefore(text, attributor, blockSentences, sentence)) {
        // 'Jane Doe, an adviser, said it was strange. “We have to ask.”': a quotation opening the
        // sentence after one that reports what a person said is that person's.
        speaker = attributor.topic!.name;
      } else if (!found && opensParagraph && previousQuoteOpen) {
        // A paragraph that opens with a quote after one left open goes on with its speaker.
        speaker = quotes.at(-1)?.speaker ?? null;
      } else if (!found && opensParagraph && introducer) {
        // 'Acme issued a brief statement after the speech:' then a paragraph that opens with a
        // quotation: the words are those of the subject of the sentence that introduced them.
        speaker = introducer.speaker;
      } else if (
        !found &&
        opensParagraph &&
        attributor.topic &&
        (previousBlockEndedInQuote || (aloneAfterParagraph && attributor.topic.at >= previousBlockStart))
      ) {
        // A paragraph that opens with a quote and names nobody goes on with the one the text is
        // about: after a paragraph ending in a quote, or when the quote is the whole paragraph and the
        // paragraph before was about someone ("Doe voiced his support." then a quotation alone).
        speaker = attributor.topic.name;
      } else if (
        !found &&
        opensParagraph &&
        attributor.organisationTopic &&
        (previousBlockEndedInQuote ||
          (aloneAfterParagraph &&
            (spokeInPreviousBlock(quotes, attributor.organisationTopic, previousBlockStart) ||
              attributor.reportsBefore(block.span[0]))))
      ) {
        // The same after an organisation's quotation ('“...,” it said.' then a quotation alone), or
        // its words or report before a paragraph that is one quotation ('“...,” the agency announced,
        // according to Reuters.', "The Acme Times reported that ...": not "The board met.").
        speaker = attributor.organisationTopic;
      }
      // '“Nothing would have happened without Glenn,” she said': a speaker found by reference (a
      // pronoun, a description, the topic), whom the sentence does not name outside the quotation,
      // is not someone the quotation itself names. (A person: a company names itself in its statements.
      // Not a quoted term of a few words, which names them as a coinage does: "the “Doe Doctrine”".)
      // A quotation in which someone introduces themselves ('He said: "My name is Luke Somers. ..."',
      // '“I’m Big Bank Hank, everywhere,” he raps') is theirs, unless an attribution names another.
      // 'the three men known as “John,” “George,” and “Ringo”': names someone goes by, nobody's words.
      // (So is the name a thing is "called": 'a YouTube video called "Behind the Scenes"'.)
      const before = text.slice(Math.max(sentence[0], mark.outer[0] - 120), mark.outer[0]);
      // (Only before a quotation right after "called" or "named": most are passed over at once.)
      const called = /(?:called|named)\s*$/.test(before.slice(-12)) ? thingCalledBefore.exec(before) : null;
      if (
        ((before.includes('known') || before.includes('referred')) && knownAsBefore.test(before)) ||
        (called &&
          (called[2] !== 'called' || !isPersonNoun(called[1]!)) &&
          !/\b(?:which|what|that)\s/.test(before))
      )
        speaker = null;
      const selfNamed = attributor.selfNamed(mark.span);
      if (selfNamed && !isExplicit) speaker = selfNamed;
      if (
        attributor.isPerson(speaker) &&
        speaker !== selfNamed &&
        attributor.namedOnlyInside(speaker, mark.span, sentence) &&
        !termWithName(text.slice(mark.span[0], mark.span[1]), speaker)
      )
        speaker = null;
      const list = speakersBySentence.get(sentence[0]) ?? [];
      list.push(speaker);
      speakersBySentence.set(sentence[0], list);
      if (found && found.speaker === null && !found.nobodyIntroduced) {
        const byPronoun = found.span !== undefined && /^(?:he|she|they|it)$/i.test(text.slice(...found.span));
        unnamedSpeakerSentences.set(
          sentence[0],
          unnamedSpeakerSentences.get(sentence[0]) === true || !byPronoun,
        );
      }
      previousInBlock = { speaker, sentence, end: mark.outer[1], explicit: isExplicit };
      if (!isTerm) previousSpeech = { speaker };
      const words = articleText.slice(mark.span[0], mark.span[1]);
      const withSpan: Quote = found?.span
        ? { text: words, speaker, span: mark.span, speakerSpan: found.span }
        : { text: words, speaker, span: mark.span };
      // "Roe released a statement calling it an “act of terror”": words Roe gives something as its
      // name are Roe's own, even when Doe used them first.
      const namesIt = speaker !== null && verbOfNamingBefore.test(text.slice(sentence[0], mark.outer[0]));
      if (isExplicit || namesIt) explicit.add(withSpan);
      quotes.push(withSpan);
    }
    notes.noteUpTo(block.span[1]);
    // A caption that quotes someone is still a caption ("Skepticism: ... producing 'prank' videos"):
    // the text after it does not go on from its quotation.
    const aside = asideKinds.has(block.kind);
    asideBefore = aside;
    previousBlockStart = block.span[0];
    const lastMark = marks.at(-1);
    previousQuoteOpen = lastMark !== undefined && !lastMark.closed;
    // A paragraph that ends in a quote, or introduces one ("Trump tweeted:"), may go on in the next.
    const endsWithColon = text.slice(block.span[0], block.span[1]).trimEnd().endsWith(':');
    previousBlockEndedInQuote =
      !aside &&
      ((lastMark !== undefined && text.slice(lastMark.outer[1], block.span[1]).length < 60) || endsWithColon);
    const lastSentence = blockSentences.at(-1)?.span;
    // (A sentence that names no person and has no "he" or "she" introduces words of no one the
    // text was about: "Here's the site's disclaimer:", "Other headlines on the fake site include:".)
    introducer =
      endsWithColon && lastSentence
        ? (attributor.resolve(attributor.subjectAttribution(lastSentence, lastSentence[1]), lastSentence) ??
          (attributor.countedSpeakerOpens(lastSentence) || attributor.namesNoOne(lastSentence)
            ? { speaker: null }
            : undefined))
        : undefined;
  }
  return { quotes: keepFirstSpeakers(quotes, explicit), diagnostics };
}
