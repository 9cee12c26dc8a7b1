import type { Block, Diagnostic, Entity, Person, Quote, Sentence, Span } from '../../model/index.ts';
import { diagnostic } from '../../model/index.ts';
import { findQuoteMarks, type QuoteMarks } from './marks.ts';

/**
 * Direct quotations with their speakers. In order of trust: attribution right after the quote
 * ('," Trump said', '," the party leader, Jane Doe, said', '," said Putin's adviser, Yuri
 * Doe'), "according to X", the subject of the last verb of saying before it in the sentence
 * ('Rubio said that "..."'), and else the speaker of the quote just before (a quote that goes on,
 * or a second quote after one attribution). Pronouns ("he said") take the latest person who
 * spoke, in a quote or in reported speech ("Rubio emphasized that ...").
 */

const speechVerbSource =
  '(?:said|says|say|told|tells|tell|added|adds|add|noted|notes|note|stated|states|remarked|explained|confirmed|confirms|emphasi[sz]ed|stressed|warned|warns|warn|wrote|writes|asked|argued|insisted|declared|tweeted|posted|announced|announces|reported|reports|continued|replied|responded|acknowledged|admitted|claimed|claims|recalled|suggested|observed|disclosed|indicated|highlighted|described|describes|describe|called|calls|urged|cautioned|conceded|maintained|countered|quipped|saying|adding|telling|noting|arguing|warning|calling|tweeting|writing|asking|declaring|stating|explaining|insisting)';
const speechVerb = new RegExp(`\\b${speechVerbSource}\\b`, 'giu');
/** An adverb may stand between a speaker and the verb: "Rubio later said", "Warner also stressed". */
const adverb = '(?:(?:\\w+ly|also|then|later|again|further|only)\\s+)?';
const startsWithSpeechVerb = new RegExp(`^${adverb}${speechVerbSource}\\b`, 'iu');
const pronoun = /\b(he|she|they)\b/gi;
/** "Jerrold Nadler of New York": a home state or town after a name. */
const homePlace = "(?:\\s+of\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)?";
const speakerForName = /^\s+(?:aide|spokes(?:man|woman|person)|adviser|advisor|lawyer|attorney|official)\b/i;
/** Someone speaking for a named person: "a spokeswoman for", "an aide to", "a lawyer for". */
const speaksFor =
  /\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|representative)\s+(?:for|to|of)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/iu;

interface Named {
  readonly name: string;
  readonly span: Span;
  readonly isPerson: boolean;
}

interface Attribution {
  readonly speaker: string | null | 'pronoun';
  readonly span?: Span;
}

/** Every named person or organisation mention with its canonical name, in text order. */
function namedMentions(people: readonly Person[], organizations: readonly Entity[]): Named[] {
  const all: Named[] = [];
  for (const person of people)
    for (const span of person.spans) all.push({ name: person.name, span, isPerson: true });
  for (const org of organizations)
    for (const span of org.spans) all.push({ name: org.name, span, isPerson: false });
  return all.sort((a, b) => a.span[0] - b.span[0]);
}

const isPossessor = (text: string, mention: Named) =>
  /^['’]s?\b/.test(text.slice(mention.span[1], mention.span[1] + 2));

const named = (mention: Named | undefined): Attribution | undefined =>
  mention ? { speaker: mention.name, span: mention.span } : undefined;

/** Persons first: "said the leader of the Senate, Jane Doe" names Jane Doe, not the Senate. */
const preferPerson = (candidates: readonly Named[]) => candidates.find((m) => m.isPerson) ?? candidates[0];

/** The subject of a verb of saying at `verbAt`: the name (or pronoun) before it in the sentence. */
function subjectOf(
  text: string,
  sentence: Span,
  verbAt: number,
  mentions: readonly Named[],
): Attribution | undefined {
  const before = mentions.filter(
    (m) => m.span[0] >= sentence[0] && m.span[1] <= verbAt && !isPossessor(text, m),
  );
  let subject = before.at(-1);
  // "Warner, whose committee has been investigating Trump, said": the name before the aside.
  const first = before[0];
  if (
    first &&
    new RegExp(`^${homePlace}\\s*,[^“”"]*,\\s*${adverb}$`, 'u').test(text.slice(first.span[1], verbAt))
  )
    subject = first;
  // "a spokeswoman for Speaker Paul Ryan said": the one speaking is unnamed, not Ryan.
  // "a Pelosi aide said": likewise.
  if (
    subject &&
    (speaksFor.test(text.slice(Math.max(sentence[0], subject.span[0] - 40), subject.span[0])) ||
      speakerForName.test(text.slice(subject.span[1], subject.span[1] + 20)))
  ) {
    return { speaker: null, span: subject.span };
  }
  const lastPronoun = [...text.slice(subject?.span[1] ?? sentence[0], verbAt).matchAll(pronoun)].at(-1);
  if (lastPronoun?.index !== undefined) {
    const at = (subject?.span[1] ?? sentence[0]) + lastPronoun.index;
    return { speaker: 'pronoun', span: [at, at + lastPronoun[0].length] };
  }
  return named(subject);
}

/** The person a sentence opens with (its subject), if one is named near its start and before `before`. */
function sentenceSubject(
  text: string,
  sentence: Span,
  mentions: readonly Named[],
  before = sentence[1],
): Named | undefined {
  const first = mentions.find(
    (m) => m.span[0] >= sentence[0] && m.span[1] <= before && !isPossessor(text, m),
  );
  return first?.isPerson && first.span[0] - sentence[0] <= 40 ? first : undefined;
}

/** Attribution right after the closing mark. */
function attributionAfter(
  text: string,
  quote: QuoteMarks,
  limit: number,
  mentions: readonly Named[],
): Attribution | undefined {
  // A quote closed by a full stop ends its sentence: '“... democracy.” He said ...' starts another.
  if (/\.\s*$/.test(text.slice(quote.span[0], quote.span[1]))) return undefined;
  const end = Math.min(limit, quote.outer[1] + 120);
  const after = text.slice(quote.outer[1], end);
  const lead = /^[\s,.!?;:—–-]*/.exec(after)![0].length;
  const start = quote.outer[1] + lead;
  const rest = text.slice(start, end);
  const pronounFirst = /^(he|she|they)\s+(.*)$/is.exec(rest);
  if (pronounFirst && startsWithSpeechVerb.test(pronounFirst[2]!)) {
    return { speaker: 'pronoun', span: [start, start + pronounFirst[1]!.length] };
  }
  const according = /^according to\s+/i.exec(rest);
  if (according || startsWithSpeechVerb.test(rest)) {
    // '," said Jane Doe' and '," according to Jane Doe': the speaker follows.
    const verb = according?.[0] ?? startsWithSpeechVerb.exec(rest)![0];
    const window = mentions.filter(
      (m) =>
        m.span[0] > start + verb.length &&
        m.span[0] < start + 100 &&
        m.span[1] <= limit &&
        !isPossessor(text, m),
    );
    return named(preferPerson(window));
  }
  // '," Trump said', '," the Republican leader, Jane Doe, said', '," Warner, D-Va., told'.
  const nearby = mentions.filter(
    (m) => m.span[0] >= start && m.span[0] < start + 70 && !/[“”"]/.test(text.slice(start, m.span[0])),
  );
  for (const mention of nearby) {
    if (speechVerb.test(text.slice(start, mention.span[0]))) break;
    speechVerb.lastIndex = 0;
    // The name, perhaps a home state ("of New York") and an aside in commas (", D-Va.,", ", the
    // Democratic leader,"), then the verb.
    const afterName = text
      .slice(mention.span[1], Math.min(limit, mention.span[1] + 120))
      .replace(new RegExp(`^${homePlace}`, 'u'), '');
    const plain = afterName.replace(/^\s*,?\s*/, '');
    const aside = afterName.replace(/^\s*,[^,“”"]{0,60},\s*/, '');
    if (startsWithSpeechVerb.test(plain) || startsWithSpeechVerb.test(aside)) return named(mention);
  }
  speechVerb.lastIndex = 0;
  return undefined;
}

interface SpeechVerbAt {
  readonly at: number;
  readonly word: string;
}

function speechVerbsIn(text: string, from: number, to: number): SpeechVerbAt[] {
  return [...text.slice(from, to).matchAll(speechVerb)].map((m) => ({
    at: from + m.index!,
    word: m[0].toLowerCase(),
  }));
}

export interface QuotesLayer {
  readonly quotes: Quote[];
  readonly diagnostics: Diagnostic[];
}

export function findQuotes(
  text: string,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  people: readonly Person[],
  organizations: readonly Entity[],
): QuotesLayer {
  const mentions = namedMentions(people, organizations);
  const personNames = new Set(people.map((p) => p.name));
  const quotes: Quote[] = [];
  const diagnostics: Diagnostic[] = [];
  /** The latest person who spoke (quoted or reported), for pronouns. */
  let lastSpeaker: { name: string; at: number } | undefined;
  const spoke = (name: string | null, at: number) => {
    if (name && personNames.has(name) && (!lastSpeaker || at >= lastSpeaker.at)) lastSpeaker = { name, at };
  };
  const resolve = (found: Attribution | undefined): { speaker: string | null; span?: Span } | undefined => {
    if (!found) return undefined;
    if (found.speaker !== 'pronoun')
      return found.span ? { speaker: found.speaker, span: found.span } : { speaker: found.speaker };
    const pronounAt = found.span![0];
    const latestPerson = mentions
      .filter((m) => m.isPerson && m.span[1] <= pronounAt && !isPossessor(text, m))
      .at(-1);
    const speaker =
      lastSpeaker && pronounAt - lastSpeaker.at < 1500 ? lastSpeaker.name : (latestPerson?.name ?? null);
    return { speaker, span: found.span! };
  };
  let previousBlockEndedInQuote = false;

  blocks.forEach((block, blockIndex) => {
    const marks = findQuoteMarks(text, block.span);
    let previousInBlock: { speaker: string | null; sentence: Span } | undefined;
    const blockSentences = sentences.filter((s) => s.block === blockIndex);
    let reportedUpTo = block.span[0];
    // Reported speech without quotes ("Rubio emphasized that ...") also makes someone the last speaker.
    const noteReportedSpeech = (upTo: number) => {
      for (const sentence of blockSentences) {
        if (sentence.span[0] < reportedUpTo || sentence.span[1] > upTo) continue;
        const verb = speechVerbsIn(text, sentence.span[0], sentence.span[1])[0];
        const subject = verb ? resolve(subjectOf(text, sentence.span, verb.at, mentions)) : undefined;
        if (verb && subject) spoke(subject.speaker, verb.at);
        reportedUpTo = sentence.span[1];
      }
    };

    marks.forEach((mark, index) => {
      noteReportedSpeech(mark.outer[0]);
      if (!mark.closed && blockIndex === blocks.length - 1) {
        diagnostics.push(diagnostic('quotes/unclosed', 'info', undefined, mark.outer));
      }
      const sentence =
        blockSentences.find((s) => s.span[0] <= mark.outer[0] && mark.outer[0] < s.span[1])?.span ??
        block.span;
      const limit = Math.min(block.span[1], marks[index + 1]?.outer[0] ?? block.span[1]);
      const verbs = speechVerbsIn(text, sentence[0], mark.outer[0]);
      const lastVerb = verbs.at(-1);
      let found = resolve(attributionAfter(text, mark, limit, mentions));
      if (!found) {
        const according = /according to\s+(?:the\s+)?/i.exec(text.slice(sentence[0], sentence[1]));
        const source = according
          ? mentions.find(
              (m) =>
                m.span[0] >= sentence[0] + according.index + according[0].length &&
                m.span[0] <= sentence[0] + according.index + according[0].length + 3,
            )
          : undefined;
        found = resolve(named(source));
      }
      if (!found && lastVerb) {
        // "..., adding that X": the one adding is whoever spoke before in the sentence, else its subject.
        const participle = lastVerb.word.endsWith('ing');
        if (participle && previousInBlock && previousInBlock.sentence[0] === sentence[0])
          found = { speaker: previousInBlock.speaker };
        else if (participle) found = resolve(named(sentenceSubject(text, sentence, mentions)));
        else found = resolve(subjectOf(text, sentence, lastVerb.at, mentions));
      }
      if (!found && !lastVerb && !(previousInBlock && previousInBlock.sentence[0] === sentence[0])) {
        // "Conaway attacked Schiff for driving a “false narrative”": words quoted in a sentence whose
        // subject is a person, with no verb of saying, are that person's.
        found = resolve(named(sentenceSubject(text, sentence, mentions, mark.outer[0])));
      }
      let speaker: string | null = found?.speaker ?? null;
      if (!found && previousInBlock) speaker = previousInBlock.speaker;
      else if (
        !found &&
        index === 0 &&
        previousBlockEndedInQuote &&
        lastSpeaker &&
        !text.slice(block.span[0], mark.outer[0]).trim()
      ) {
        // A paragraph that opens with a quote and names nobody goes on with the last speaker.
        speaker = lastSpeaker.name;
      }
      spoke(speaker, mark.outer[1]);
      previousInBlock = { speaker, sentence };
      const quote: Quote = { text: text.slice(mark.span[0], mark.span[1]), speaker, span: mark.span };
      quotes.push(found?.span ? { ...quote, speakerSpan: found.span } : quote);
    });
    noteReportedSpeech(block.span[1]);
    const lastMark = marks.at(-1);
    // A paragraph that ends in a quote, or introduces one ("Trump tweeted:"), may go on in the next.
    previousBlockEndedInQuote =
      (lastMark !== undefined && text.slice(lastMark.outer[1], block.span[1]).length < 60) ||
      text.slice(block.span[0], block.span[1]).trimEnd().endsWith(':');
  });
  return { quotes, diagnostics };
}
