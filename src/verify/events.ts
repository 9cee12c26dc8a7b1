import type { DateMention, Span } from '../model/index.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import type { ArticleView } from './story.ts';
import { dayNumber } from './window.ts';
import { conceptOf } from './words.ts';

/**
 * Dated events: which happening a date in a sentence belongs to ("said Wednesday" dates the
 * remarks, "meeting Tuesday" the meeting), what kind of happening it is, and who took part. The
 * date and the cross-article checks compare events of the same kind with the same people.
 */

export type DateForm = 'weekday' | 'explicit' | 'relative' | 'month';

export interface EventMention {
  readonly article: string;
  /** Kind of happening: 'speech', 'meeting', 'travel', ... or the trigger's own concept. */
  readonly action: string;
  /** The word that names the happening ("said", "meeting"). */
  readonly trigger: string;
  /** Story-level ids of the people taking part (for speech: the speaker). */
  readonly participants: readonly string[];
  /** Places and organisations named in the sentence, lower case ("oval office", "kremlin"). */
  readonly places: readonly string[];
  readonly sentence: Span;
  readonly sentenceText: string;
}

export interface DatedEvent extends EventMention {
  readonly date: DateMention;
  readonly form: DateForm;
  /** 0 = Sunday … 6 = Saturday, when the text names or fixes the weekday. */
  readonly weekday?: number;
  /** ISO day, when the text fixes it (month and day written, or a relative day in a trusted article). */
  readonly day?: string;
  /** The year of `day` is written or resolved against a trusted publication date. */
  readonly yearKnown: boolean;
  /** For month-precise dates: the days covered. */
  readonly range?: readonly [string, string];
}

const actionClasses: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    speech:
      'say stated statement tell remark comment speak speech brief briefing interview announce announcement declare ' +
      'tweet write testify testimony address press conference',
    meeting: 'meet talk discussion discuss negotiation negotiate session summit conversation call',
    travel: 'visit travel arrive trip fly land depart',
    vote: 'vote pass approve reject sign veto',
    violence: 'kill shoot shot attack bomb bombing explosion explode crash stab',
    legal: 'arrest charge indict sentence convict rule ruling file sue',
    release: 'release publish unveil launch introduce report',
    appointment: 'resign fire appoint name nominate elect',
  }).flatMap(([action, words]) => words.split(' ').map((word) => [conceptOf(word) ?? word, action] as const)),
);

/** Day 0 of the epoch (1970-01-01) was a Thursday. */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdayPattern = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const relativeDay = /\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening)\b/i;

/** Reads how a date mention is written and what it fixes. */
export function dateForm(
  date: DateMention,
  trusted: boolean,
): Pick<DatedEvent, 'form' | 'weekday' | 'day' | 'yearKnown' | 'range'> | undefined {
  const named = weekdayPattern.exec(date.text)?.[1]?.toLowerCase();
  const hasDayNumber = /\d{1,2}(?:st|nd|rd|th)?\b/.test(date.text.replace(/\b\d{4}\b/g, ''));
  const monthWritten = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i.test(date.text);
  if (date.grain === 'day' && hasDayNumber && monthWritten && date.value) {
    // Without a written year the weekday hangs on the publication year being right.
    const yearKnown = /\d{4}/.test(date.text) || trusted;
    const day = yearKnown ? dayNumber(date.value) : undefined;
    return {
      form: 'explicit',
      day: date.value,
      yearKnown,
      ...(day !== undefined ? { weekday: weekdayOf(day) } : {}),
    };
  }
  if (named) {
    const weekday = weekdays.indexOf(named);
    return trusted && date.value
      ? { form: 'weekday', weekday, day: date.value, yearKnown: true }
      : { form: 'weekday', weekday, yearKnown: false };
  }
  if (relativeDay.test(date.text)) {
    if (!trusted || !date.value) return undefined;
    const day = dayNumber(date.value);
    return {
      form: 'relative',
      day: date.value,
      yearKnown: true,
      ...(day !== undefined ? { weekday: weekdayOf(day) } : {}),
    };
  }
  if (date.grain === 'month' && date.range && (trusted || /\d{4}/.test(date.text)))
    return { form: 'month', range: date.range, yearKnown: true };
  return undefined;
}

const speechVerb =
  /\b(said|says|told|stated|added|noted|announced|declared|confirmed|remarked|explained|argued|insisted|wrote|tweeted|claimed)\b/i;

/** Tokens that end a clause for the purpose of finding who took part. */
const clauseBreak = /^(?:;|—|–|that|which|who|when|where|while|but|because|although)$/i;

interface Trigger {
  readonly index: number;
  readonly action: string;
  readonly word: string;
}

function triggerOf(tokens: readonly Token[], index: number): Trigger | undefined {
  const word = tokens[index]!.text;
  if (!/^\p{L}/u.test(word)) return undefined;
  const concept = conceptOf(word);
  if (concept === undefined) return undefined;
  let action = actionClasses[concept];
  // "spoke with X" is a call or a meeting, not a statement.
  if (action === 'speech' && concept === 'speak' && /^with$/i.test(tokens[index + 1]?.text ?? ''))
    action = 'meeting';
  if (action) return { index, action, word };
  // Any other past-tense verb names a happening of its own kind.
  if (/^\p{Ll}+ed$/u.test(word) && word.length > 4) return { index, action: concept, word };
  return undefined;
}

/**
 * The happening a date belongs to: a known kind of trigger just before it ("said Wednesday",
 * "meeting Tuesday"), else one just after it ("On Tuesday, ... met"), else a past-tense verb near it.
 */
function triggerFor(tokens: readonly Token[], first: number, last: number): Trigger | undefined {
  const known = (found: Trigger | undefined) =>
    found !== undefined && actionClasses[conceptOf(found.word) ?? ''] !== undefined;
  for (let i = first - 1; i >= Math.max(0, first - 9); i--) {
    const found = triggerOf(tokens, i);
    if (known(found)) return found;
    // "disputed on Friday": a verb right before the date is what it dates.
    if (found && first - i <= 2) return found;
    if (tokens[i]!.text === ';') break;
  }
  // After the date only an opener ("On Tuesday, ... met") reaches far; elsewhere the next words.
  const reach = first <= 1 ? 13 : 5;
  for (let i = last + 1; i < Math.min(tokens.length, last + reach); i++) {
    const found = triggerOf(tokens, i);
    if (known(found) || (found && i - last <= 3)) return found;
  }
  return undefined;
}

const within = (span: Span, range: Span) => span[0] >= range[0] && span[1] <= range[1];

/** People taking part in the happening named at `trigger` in the sentence. */
function participantsOf(
  view: ArticleView,
  sentence: Span,
  tokens: readonly Token[],
  trigger: Trigger,
  titleHolders: ReadonlyMap<string, string>,
): string[] {
  const text = view.article.text;
  const inSentence = view.people.filter((m) => within(m.span, sentence));
  const triggerStart = tokens[trigger.index]!.span[0];
  if (trigger.action === 'speech') {
    const before = inSentence.filter(
      (m) => m.span[1] <= triggerStart && !/^['’]/.test(text[m.span[1]] ?? ''),
    );
    // A speaker after the verb only in '..., said Rubio' order, not in 'a report that said Trump had'.
    const inverted = /[,”"]\s*$/.test(text.slice(Math.max(sentence[0], triggerStart - 4), triggerStart));
    const after = inverted ? inSentence.find((m) => m.span[0] > triggerStart) : undefined;
    const speaker = before.at(-1) ?? after;
    if (speaker) return [speaker.person];
    // "The comments from the US President": a title the article gives one person stands for them.
    const lower = text.slice(sentence[0], triggerStart + 60).toLowerCase();
    const holders = [...titleHolders.entries()]
      .filter(([title]) => lower.includes(title))
      .map(([, id]) => id);
    return [...new Set(holders)].slice(0, 1);
  }
  // The clause: from the last break before the trigger ("said that", "; ", "which") to the next one.
  let start = sentence[0];
  for (let i = trigger.index - 1; i >= 0; i--) {
    if (clauseBreak.test(tokens[i]!.text) || speechVerb.test(tokens[i]!.text)) {
      start = tokens[i]!.span[1];
      break;
    }
  }
  let end = sentence[1];
  for (let i = trigger.index + 1; i < tokens.length; i++) {
    if (/^(?:;|—|which|who|while|but|although)$/i.test(tokens[i]!.text)) {
      end = tokens[i]!.span[0];
      break;
    }
  }
  const ids = inSentence.filter((m) => m.span[0] >= start && m.span[1] <= end).map((m) => m.person);
  return [...new Set(ids)].sort();
}

function placesIn(view: ArticleView, sentence: Span): string[] {
  const x = view.article.extraction;
  const names = [...x.places, ...x.organizations]
    .filter((entity) => entity.spans.some((span) => within(span, sentence)))
    .map((entity) => entity.name.toLowerCase());
  return [...new Set(names)].sort();
}

/** Titles the article gives exactly one person ("us president" → Donald Trump), lower case. */
function titleHoldersOf(view: ArticleView): Map<string, string> {
  const holders = new Map<string, Set<string>>();
  for (const mention of view.titles) {
    const key = mention.title.text.toLowerCase();
    holders.set(key, (holders.get(key) ?? new Set()).add(mention.person));
  }
  const unique = new Map<string, string>();
  for (const [title, people] of holders)
    if (people.size === 1 && title.length > 4) unique.set(title, [...people][0]!);
  return unique;
}

export const insideQuote = (view: ArticleView, span: Span): boolean =>
  view.article.extraction.quotes.some((q) => q.span[0] <= span[0] && span[1] <= q.span[1]);

/** "WASHINGTON (December 3) –": a dateline dates the report, not an event. */
const datelineBefore = /^[\p{Lu}][\p{Lu} .,'’-]{2,40}[,(]\s*$/u;

/** The event a span of a sentence names (used for "a day after <clause>"), without a date. */
export function eventIn(view: ArticleView, sentence: Span, range: Span): EventMention | undefined {
  const text = view.article.text;
  const tokens = tokenize(text, sentence[0], sentence[1]);
  const inRange = tokens.map((t, i) => [t, i] as const).filter(([t]) => within(t.span, range));
  const holders = titleHoldersOf(view);
  for (const [, index] of inRange) {
    const trigger = triggerOf(tokens, index);
    if (!trigger || actionClasses[conceptOf(trigger.word) ?? ''] === undefined) continue;
    const rangeTokens = tokens.filter((t) => within(t.span, range));
    const participants =
      trigger.action === 'speech'
        ? participantsOf(
            view,
            range,
            rangeTokens,
            { ...trigger, index: rangeTokens.indexOf(tokens[index]!) },
            holders,
          )
        : [...new Set(view.people.filter((m) => within(m.span, range)).map((m) => m.person))].sort();
    return {
      article: view.article.id,
      action: trigger.action,
      trigger: trigger.word,
      participants,
      places: placesIn(view, sentence),
      sentence,
      sentenceText: text.slice(sentence[0], sentence[1]),
    };
  }
  return undefined;
}

/** Every dated event in the article's reporting sentences. */
export function datedEvents(view: ArticleView): DatedEvent[] {
  const text = view.article.text;
  const holders = titleHoldersOf(view);
  const events: DatedEvent[] = [];
  for (const sentence of view.reporting) {
    const dates = view.article.extraction.dates.filter((d) => within(d.span, sentence.span));
    if (dates.length === 0) continue;
    const tokens = tokenize(text, sentence.span[0], sentence.span[1]);
    for (const date of dates) {
      if (datelineBefore.test(text.slice(sentence.span[0], date.span[0]))) continue;
      // A quoted "yesterday" is relative to when it was said, not to the report.
      if (insideQuote(view, date.span)) continue;
      const form = dateForm(date, view.datesTrusted);
      if (!form) continue;
      const first = tokens.findIndex((t) => t.span[1] > date.span[0]);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.span[0] < date.span[1]) last++;
      if (first < 0) continue;
      const trigger = triggerFor(tokens, first, last);
      if (!trigger) continue;
      events.push({
        article: view.article.id,
        action: trigger.action,
        trigger: trigger.word,
        participants: participantsOf(view, sentence.span, tokens, trigger, holders),
        places: placesIn(view, sentence.span),
        sentence: sentence.span,
        sentenceText: text.slice(sentence.span[0], sentence.span[1]),
        date,
        ...form,
      });
    }
  }
  return events;
}

export const weekdayName = (weekday: number): string => {
  const name = weekdays[weekday] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** Jaccard overlap of two participant lists. */
export function participantOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = a.filter((id) => b.includes(id)).length;
  return shared / (a.length + b.length - shared);
}

/** Whether two dates could be the same day; undefined when they cannot be compared. */
export function datesAgree(a: DatedEvent, b: DatedEvent): boolean | undefined {
  if (a.form === 'month' || b.form === 'month') {
    const [ra, rb] = [rangeOf(a), rangeOf(b)];
    if (!ra || !rb) return undefined;
    return ra[0] <= rb[1] && rb[0] <= ra[1];
  }
  if ((a.form === 'explicit' || a.form === 'relative') && (b.form === 'explicit' || b.form === 'relative')) {
    if (!a.day || !b.day) return undefined;
    return a.yearKnown && b.yearKnown ? a.day === b.day : a.day.slice(5) === b.day.slice(5);
  }
  if (a.weekday !== undefined && b.weekday !== undefined) return a.weekday === b.weekday;
  return undefined;
}

function rangeOf(event: DatedEvent): readonly [string, string] | undefined {
  if (event.range) return event.range;
  return event.day ? [event.day, event.day] : undefined;
}
