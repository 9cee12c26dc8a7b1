import * as chrono from 'chrono-node';
import type { DateMention, Sentence, Span } from '../../model/index.ts';

/**
 * Date expressions resolved to calendar days against the publication date, with chrono-node's
 * default options (measured best on news: "Tuesday" in a Wednesday article is the day before).
 * On top of chrono: tense (a weekday attached to a past-tense verb is never in the future),
 * "late/early/mid" before a month (chrono drops them), and no "now" or bare clock times.
 */

const dayMs = 86_400_000;

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Parses an ISO date (YYYY-MM-DD) to noon UTC, so time zones never move the day. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * dayMs);

/** Expressions that are relative to another event, not to the publication date ("a day after"). */
const relativeToEvent = /\b(after|before|later|earlier|since|following)\b/i;
/** Spans chrono finds that are not dates of events. */
const notADate = /^(now|right now|today's|this week|last week|next week)$/i;

/** A past-tense verb at most three words before the date, with no "to" (an infinitive plan) between. */
const pastVerb =
  /\b(said|says|met|held|spoke|told|had|was|were|took|gave|made|came|went|saw|began|became|broke|brought|caught|chose|fell|felt|found|got|grew|heard|hit|kept|knew|led|let|paid|put|ran|rose|sent|set|shot|sold|spent|stood|struck|thought|threw|wrote|signed|announced|visited|arrived|left|won|lost|died|killed|\w+ed)(?:\s+(?!to\b)[\w'’-]+){0,3}\s+$/i;
const futureMarker =
  /\b(will|'ll|shall|going to|expected to|plans? to|set (?:to|for)|scheduled|slated|planned|due (?:to|on|in)|next|upcoming|would)\b/i;

/**
 * What every date chrono resolves here holds (a cue), found by a pattern cheap enough to skip chrono
 * on sentences without one (most of them). A word ending in "day" is found from its "day" and read
 * back by a lookbehind (the same matches as `\b\p{L}*day\b`): a pattern that opens on a letter
 * run tried the run at every word, and took as long again as a plain-substring pre-test that this
 * one is now as fast as. Month names are also read in capitals, as datelines write them ("NOV. 23,
 * 2014").
 */
const dateCues =
  /day(?<=\b\p{L}*day)\b|\b(?:tonight|night|month|ago|tomorrow|\d{1,2}\/\d{1,2}|\d{4}-\d\d)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b|\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b/gu;
/** Characters read on each side of a cue: long date expressions ("Wednesday, December 3, 2025 at 4 p.m.") fit. */
const cueReach = 40;

/**
 * The stretches of a sentence chrono reads (offsets in it): the words within `cueReach` characters
 * of each cue, overlapping stretches joined. Every day, weekday and month chrono resolves holds a
 * cue; reading the whole sentence only added durations and words far from any cue that are no
 * dates ("for three weeks", "the Sun", "sat", "march"), and cost a fifth more time.
 */
function cueStretches(sentence: string): [number, number][] {
  const stretches: [number, number][] = [];
  for (const cue of sentence.matchAll(dateCues)) {
    let from = Math.max(0, cue.index - cueReach);
    let to = Math.min(sentence.length, cue.index + cue[0].length + cueReach);
    // (Whole words only: a stretch cut inside "12," or "Sept." could read a different date.)
    while (from > 0 && !/\s/.test(sentence[from - 1]!)) from--;
    while (to < sentence.length && !/\s/.test(sentence[to]!)) to++;
    const last = stretches.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else stretches.push([from, to]);
  }
  return stretches;
}

const vagueness = /\b(early|mid|late)[\s-]+$/i;

/** Text a parser needs, tested once per sentence however many parsers share it (four read month names, five digits). */
class SentenceCue {
  private lastText: string | undefined;
  private lastFound = false;

  constructor(private readonly pattern: RegExp) {}

  foundIn(text: string): boolean {
    if (text !== this.lastText) {
      this.lastFound = this.pattern.test(text);
      this.lastText = text;
    }
    return this.lastFound;
  }
}

/**
 * Text each of chrono's English parsers needs before its pattern can match anywhere, read off the
 * patterns (chrono 2.10, all case-insensitive): a parser whose words are not in a sentence cannot
 * find anything in it, so it is not run. A parser missing here (one added by a newer chrono, or
 * "within|in|for", which nearly every sentence holds) always runs.
 */
const digit = new SentenceCue(/\d/);
const monthName = new SentenceCue(/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i);
const parserNeeds: Readonly<Record<string, SentenceCue>> = {
  ENYearMonthDayParser: digit,
  ISOFormatParser: digit,
  SlashDateFormatParser: digit,
  ENSlashMonthFormatParser: digit,
  ENTimeExpressionParser: digit,
  ENYearMonthNameParser: monthName,
  ENMonthNameLittleEndianParser: monthName,
  ENMonthNameMiddleEndianParser: monthName,
  ENMonthNameParser: monthName,
  ENWeekdayParser: new SentenceCue(/sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i),
  ENTimeUnitAgoFormatParser: new SentenceCue(/ago|before|earlier/i),
  ENTimeUnitLaterFormatParser: new SentenceCue(/(?:later|after|from now|henceforth|forward|out)(?!\w)/i),
  ENCasualDateParser: new SentenceCue(/now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i),
  ENCasualTimeParser: new SentenceCue(/morning|afternoon|evening|night|midday|noon/i),
  ENEndOfCurrentMonthParser: new SentenceCue(/month/i),
  ENRelativeDateFormatParser: new SentenceCue(/this|last|past|next/i),
  ENTimeUnitCasualRelativeFormatParser: new SentenceCue(/this|last|past|next|after|\+|-/i),
};
/** A pattern that matches nothing: chrono's loop over matches then ends at once. */
const nothing = /^(?!)/;

/**
 * chrono's casual English parser (what `chrono.parse` uses), each of its parsers run only on text
 * that holds what its pattern needs: the same results, for a third less time on news sentences
 * (the "ago/before/earlier" pattern alone took a quarter of chrono's time, tried at every word).
 */
export const dateParser = new chrono.Chrono({
  parsers: chrono.casual.parsers.map((parser): chrono.Parser => {
    const needs = parserNeeds[parser.constructor.name];
    if (!needs) return parser;
    return {
      pattern: (context) => (needs.foundIn(context.text) ? parser.pattern(context) : nothing),
      extract: (context, match) => parser.extract(context, match),
    };
  }),
  refiners: chrono.casual.refiners,
});

function monthRange(year: number, month: number, part: string | undefined): [string, string] {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const [from, to] =
    part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, lastDay] : [1, lastDay];
  const day = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return [day(from), day(to)];
}

/**
 * The year of a day written without one ("Sept. 14"): the year whose calendar has the weekday
 * written with it ("Friday, Sept. 14"); else, as news reports mostly look back, last year's date
 * when this year's would be more than two months ahead and nothing in the sentence says "will",
 * and next year's when the sentence does and this year's has passed.
 */
function yearOfMonthDay(day: Date, reference: Date, weekday: number | undefined, future: boolean): Date {
  const inYear = (offset: number) => {
    const moved = new Date(day.getTime());
    moved.setUTCFullYear(day.getUTCFullYear() + offset);
    return moved;
  };
  const candidates = [inYear(-1), day, inYear(1)];
  if (weekday !== undefined) {
    const matching = candidates.filter((candidate) => candidate.getUTCDay() === weekday);
    const distance = (candidate: Date) => Math.abs(candidate.getTime() - reference.getTime());
    if (matching.length > 0) return matching.sort((a, b) => distance(a) - distance(b))[0]!;
  }
  const ahead = day.getTime() - reference.getTime();
  if (!future && ahead > 60 * dayMs) return inYear(-1);
  // "slated for June 25" in a December report: next year's.
  if (future && ahead < -7 * dayMs) return inYear(1);
  return day;
}

/** Strips a leading "on"/"at"/"in"/"by" chrono keeps in its match, so spans cover the date itself. */
function dateSpan(text: string, start: number, end: number): Span {
  const lead = /^(?:on|at|in|by|since|from)\s+/i.exec(text.slice(start, end));
  let trimmedEnd = end;
  while (trimmedEnd > start && /[\s,.;:]/.test(text[trimmedEnd - 1]!)) trimmedEnd--;
  // ("at 4 p.m.": the abbreviation keeps its last dot, which also ends a sentence.)
  if (text[trimmedEnd] === '.' && /\b[ap]\.m$/i.test(text.slice(start, trimmedEnd))) trimmedEnd++;
  return lead ? [start + lead[0].length, trimmedEnd] : [start, trimmedEnd];
}

/** A date chrono found in the text it read (from `parsedFrom` on, within `sentence`), as a mention, or none. */
function resolveOne(
  text: string,
  sentence: Span,
  parsedFrom: number,
  result: chrono.ParsedResult,
  reference: Date | undefined,
): DateMention | undefined {
  const start = parsedFrom + result.index;
  const span = dateSpan(text, start, start + result.text.length);
  const written = text.slice(span[0], span[1]);
  if (notADate.test(written) || relativeToEvent.test(written)) return undefined;
  const components = result.start;
  const knowsDay = components.isCertain('day');
  const knowsWeekday = components.isCertain('weekday');
  const knowsMonth = components.isCertain('month');
  const casualDay = /\b(yesterday|today|tomorrow|tonight|last night)\b/i.test(written);
  if (!knowsDay && !knowsWeekday && !knowsMonth && !casualDay) return undefined;

  // Only a written year makes a date absolute: chrono also calls "yesterday" certain, relative to its reference.
  const absolute = knowsDay && knowsMonth && components.isCertain('year') && /\d{4}/.test(written);
  if (!reference && !absolute)
    return { text: written, value: null, grain: knowsDay || knowsWeekday ? 'day' : 'month', span };

  const year = components.get('year') ?? 0;
  const month = components.get('month') ?? 1;
  if (!knowsDay && !knowsWeekday && !casualDay) {
    const windowStart = Math.max(sentence[0], span[0] - 8);
    const vague = vagueness.exec(text.slice(windowStart, span[0]));
    const part = vague?.[1]?.toLowerCase();
    const range = monthRange(year, month, part);
    const vagueSpan: Span = vague ? [windowStart + vague.index, span[1]] : span;
    return {
      text: text.slice(vagueSpan[0], vagueSpan[1]),
      value: range[0],
      range,
      grain: 'month',
      span: vagueSpan,
    };
  }

  let day = new Date(Date.UTC(year, month - 1, components.get('day') ?? 1, 12));
  if (knowsDay && knowsMonth && reference && !/\d{4}/.test(written)) {
    const weekday = knowsWeekday ? (components.get('weekday') ?? undefined) : undefined;
    day = yearOfMonthDay(day, reference, weekday, futureMarker.test(text.slice(sentence[0], sentence[1])));
  }
  if (knowsWeekday && !knowsDay && reference) {
    // chrono picks the nearest such weekday; tense decides when the nearest is the wrong one.
    const before = text.slice(sentence[0], span[0]);
    const after = text.slice(span[1], Math.min(sentence[1], span[1] + 30));
    // "said Tuesday that he would go" is past: a future word after a past verb belongs to the reported clause.
    const saidBefore = pastVerb.test(before) && !futureMarker.test(before.slice(-40));
    if (day > reference && saidBefore) day = addDays(day, -7);
    else if (day < reference && !saidBefore && futureMarker.test(before.slice(-60) + after))
      day = addDays(day, 7);
  }
  return { text: written, value: isoDate(day), grain: 'day', span };
}

/** Every date expression in the sentences, resolved against `published` (ISO date) when known. */
export function findDates(
  text: string,
  sentences: readonly Sentence[],
  published: string | undefined,
): DateMention[] {
  const reference = published ? parseIsoDate(published) : undefined;
  const chronoReference = reference ?? new Date(Date.UTC(2000, 0, 1, 12));
  const mentions: DateMention[] = [];
  for (const sentence of sentences) {
    const sentenceText = text.slice(sentence.span[0], sentence.span[1]);
    for (const [from, to] of cueStretches(sentenceText)) {
      for (const result of dateParser.parse(sentenceText.slice(from, to), chronoReference)) {
        const mention = resolveOne(text, sentence.span, sentence.span[0] + from, result, reference);
        if (mention) mentions.push(mention);
      }
    }
  }
  return mentions;
}
