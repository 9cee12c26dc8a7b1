import {
  type DatedEvent,
  datedEvents,
  dateForm,
  datesAgree,
  insideQuote,
  participantOverlap,
  weekdayName,
} from '../events.ts';
import { evidenceAt, evidenceOfSpan, type StoryContext } from '../story.ts';
import type { Detector, Finding, Observation } from '../types.ts';
import { conceptsOf } from '../words.ts';

/**
 * Date: the same happening given different days or weekdays ("Trump said Wednesday" in three
 * outlets, "stated on Thursday" in one), or a weekday that does not fit the stated date. Two dated
 * mentions are the same happening when they are of the same kind, with the same people, in
 * sentences about the same thing; then their dates must agree.
 */

export interface EventMatch {
  readonly same: boolean;
  readonly reason: string;
}

/** Same kind of happening with the same people: the hard condition before wording is weighed. */
function sameKindAndPeople(a: DatedEvent, b: DatedEvent): boolean {
  if (a.action !== b.action) return false;
  const overlap = participantOverlap(a.participants, b.participants);
  if (a.action === 'speech') return overlap === 1;
  return overlap >= 0.5 || a.participants.length + b.participants.length === 0;
}

/** How similar the sentences must be, given how much the people overlap. */
function similarityNeeded(a: DatedEvent, b: DatedEvent): number {
  if (a.action === 'speech') return 0.2;
  const overlap = participantOverlap(a.participants, b.participants);
  return overlap >= 0.6 ? 0.2 : overlap >= 0.5 ? 0.35 : 0.6;
}

/** Whether two dated mentions name the same happening, with the reason. */
export function sameHappening(story: StoryContext, a: DatedEvent, b: DatedEvent): EventMatch {
  const similarity = story.similarity(a.sentenceText, b.sentenceText);
  const same = sameKindAndPeople(a, b) && similarity >= similarityNeeded(a, b);
  return { same, reason: describeMatch(a, b, similarity) };
}

function describeMatch(a: DatedEvent, b: DatedEvent, similarity: number): string {
  const who = a.participants.length > 0 ? a.participants.join(', ') : 'no one named';
  const overlap = participantOverlap(a.participants, b.participants);
  return `${a.action} (${a.trigger} / ${b.trigger}) with ${who}; people overlap ${overlap.toFixed(2)}, sentence similarity ${similarity.toFixed(2)}`;
}

/**
 * Groups mentions of the same happening: a mention joins the cluster whose every member has the
 * same kind and people, and whose sentences are on average similar enough to its own (average,
 * so one terse sentence among several does not split a happening in two).
 */
export function clusterHappenings(
  story: StoryContext,
  events: readonly DatedEvent[],
  minimumArticles = 2,
): DatedEvent[][] {
  const clusters: DatedEvent[][] = [];
  for (const event of events) {
    let best: { cluster: DatedEvent[]; score: number } | undefined;
    for (const cluster of clusters) {
      if (!cluster.every((other) => sameKindAndPeople(other, event))) continue;
      const scores = cluster.map((other) => story.similarity(other.sentenceText, event.sentenceText));
      const average = scores.reduce((x, y) => x + y, 0) / scores.length;
      const needed = Math.max(...cluster.map((other) => similarityNeeded(other, event)));
      if (average >= needed && (!best || average > best.score)) best = { cluster, score: average };
    }
    if (best) best.cluster.push(event);
    else clusters.push([event]);
  }
  return clusters.filter((cluster) => new Set(cluster.map((e) => e.article)).size >= minimumArticles);
}

/** How a date is shown and compared: the weekday when any mention only names one, else the day. */
function dateValue(event: DatedEvent, byWeekday: boolean): { key: string; display: string } | undefined {
  if (event.form === 'month') return undefined;
  if (byWeekday) {
    if (event.weekday === undefined) return undefined;
    const name = weekdayName(event.weekday);
    return { key: name, display: event.form === 'weekday' ? name : `${name} (${event.date.text})` };
  }
  if (!event.day) return undefined;
  const key = event.yearKnown ? event.day : event.day.slice(5);
  return { key, display: event.date.text === event.day ? event.day : `${event.day} (${event.date.text})` };
}

export function findDateConflicts(story: StoryContext, events: readonly DatedEvent[]): Finding[] {
  const findings: Finding[] = [];
  for (const cluster of clusterHappenings(story, events)) {
    const dayPrecise = cluster.filter((e) => e.form !== 'month');
    const considered = dayPrecise.length >= 2 ? dayPrecise : cluster;
    const byWeekday = considered.some((e) => e.form === 'weekday' || !e.yearKnown);
    // Value classes: a mention joins the first class whose first date agrees with it ("October"
    // and "late October" agree); mentions that cannot be compared stay out.
    const classes: DatedEvent[][] = [];
    for (const event of considered) {
      const home = classes.find((c) => datesAgree(c[0]!, event) === true);
      if (home) home.push(event);
      else if (classes.length === 0 || classes.every((c) => datesAgree(c[0]!, event) === false))
        classes.push([event]);
    }
    if (classes.length < 2 || new Set(considered.map((e) => e.article)).size < 2) continue;
    const observations: Observation[] = classes.flatMap((members, index) =>
      members.flatMap((event) => {
        const value = event.form === 'month' ? { display: event.date.text } : dateValue(event, byWeekday);
        if (!value) return [];
        const view = story.byId.get(event.article)!;
        return [
          {
            article: event.article,
            key: `date-${index}`,
            display: value.display,
            evidence: evidenceOfSpan(view.article, event.sentence),
          },
        ];
      }),
    );
    if (new Set(observations.map((o) => o.key)).size < 2) continue;
    const first = cluster[0]!;
    const who = first.participants.length > 0 ? ` of ${first.participants.join(', ')}` : '';
    findings.push({
      kind: 'date',
      topic: `when the ${first.action === 'speech' ? 'remarks' : first.action}${who} took place`,
      observations,
      reasons: [
        `the dated mentions name the same happening: ${sameHappening(story, first, cluster.find((e) => e.article !== first.article)!).reason}`,
        byWeekday
          ? 'compared by weekday, since some articles give only the weekday (a written date gives its weekday)'
          : 'compared by calendar day',
      ],
    });
  }
  return findings;
}

const weekdayWritten = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/** "Thursday, Dec. 3, 2025" when December 3, 2025 was a Wednesday: the text disagrees with itself. */
export function weekdayMismatches(story: StoryContext): Finding[] {
  const findings: Finding[] = [];
  for (const view of story.articles) {
    for (const date of view.article.extraction.dates) {
      const named = weekdayWritten.exec(date.text)?.[1];
      // Only with the year written: a guessed year would make any weekday look wrong.
      if (!named || date.grain !== 'day' || !date.value || !/\d{4}/.test(date.text)) continue;
      const form = dateForm(date, view.datesTrusted);
      if (form?.form !== 'explicit' || form.weekday === undefined) continue;
      const actual = weekdayName(form.weekday);
      if (actual.toLowerCase() === named.toLowerCase()) continue;
      const evidence = evidenceAt(view.article, date.span[0]);
      const written = date.text.replace(weekdayWritten, '').replace(/^[\s,]+|[\s,]+$/g, '');
      findings.push({
        kind: 'date',
        topic: `which day "${date.text}" is`,
        observations: [
          { article: view.article.id, key: named.toLowerCase(), display: `${named} (as written)`, evidence },
          {
            article: view.article.id,
            key: actual.toLowerCase(),
            display: `${actual} (${written})`,
            evidence,
          },
        ],
        reasons: [`${written} fell on a ${actual}, not a ${named}`],
      });
    }
  }
  return findings;
}

/** Sentences this alike tell the same thing; their dates must agree even where no happening was recognised. */
const alignedSentence = 0.65;

/** Concepts of the few words before a date: what it dates, for pairing dates across two sentences. */
function leftContext(text: string, sentenceStart: number, dateStart: number): Set<string> {
  const before = text.slice(Math.max(sentenceStart, dateStart - 40), dateStart);
  return new Set(conceptsOf(before).slice(-3));
}

/**
 * Dates in two sentences that say the same thing, paired by the words before them ("said on
 * Friday" / "said on Saturday"): they must agree. Catches what happening recognition misses.
 */
export function alignedDateConflicts(story: StoryContext, covered: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const pair of story.similarSentences(alignedSentence)) {
    const key = [`${pair.a.article}:${pair.a.span[0]}`, `${pair.b.article}:${pair.b.span[0]}`]
      .sort()
      .join('|');
    if (covered.has(key)) continue;
    const [viewA, viewB] = [story.byId.get(pair.a.article)!, story.byId.get(pair.b.article)!];
    const datesIn = (view: typeof viewA, span: readonly [number, number]) =>
      view.article.extraction.dates.filter((d) => d.span[0] >= span[0] && d.span[1] <= span[1]);
    const [inA, inB] = [
      datesIn(viewA, pair.a.span).filter((d) => !insideQuote(viewA, d.span)),
      datesIn(viewB, pair.b.span).filter((d) => !insideQuote(viewB, d.span)),
    ];
    for (const dateA of inA) {
      const contextA = leftContext(viewA.article.text, pair.a.span[0], dateA.span[0]);
      const partners = inB.filter((dateB) => {
        const contextB = leftContext(viewB.article.text, pair.b.span[0], dateB.span[0]);
        return inA.length === 1 && inB.length === 1 ? true : [...contextA].some((c) => contextB.has(c));
      });
      if (partners.length !== 1) continue;
      const dateB = partners[0]!;
      const formA = dateForm(dateA, viewA.datesTrusted);
      const formB = dateForm(dateB, viewB.datesTrusted);
      if (!formA || !formB || formA.form === 'month' || formB.form === 'month') continue;
      const eventA = { ...formA, date: dateA } as DatedEvent;
      const eventB = { ...formB, date: dateB } as DatedEvent;
      if (datesAgree(eventA, eventB) !== false) continue;
      const byWeekday =
        formA.form === 'weekday' || formB.form === 'weekday' || !formA.yearKnown || !formB.yearKnown;
      const valueA = dateValue(eventA, byWeekday);
      const valueB = dateValue(eventB, byWeekday);
      if (!valueA || !valueB) continue;
      findings.push({
        kind: 'date',
        topic: `the date in "${pair.a.text.length > 90 ? `${pair.a.text.slice(0, 89)}…` : pair.a.text}"`,
        observations: [
          {
            article: pair.a.article,
            key: 'first',
            display: valueA.display,
            evidence: evidenceOfSpan(viewA.article, pair.a.span),
          },
          {
            article: pair.b.article,
            key: 'second',
            display: valueB.display,
            evidence: evidenceOfSpan(viewB.article, pair.b.span),
          },
        ],
        reasons: [
          `the two sentences say the same thing (similarity ${pair.similarity.toFixed(2)})`,
          `but date it ${valueA.display} and ${valueB.display}`,
        ],
      });
    }
  }
  return findings;
}

export const dateDetector: Detector = {
  kind: 'date',
  name: 'date',
  detect(story) {
    const happenings = findDateConflicts(
      story,
      story.articles.flatMap((view) => datedEvents(view)),
    );
    // Sentence pairs a happening finding already shows are not reported twice.
    const covered = new Set<string>();
    for (const finding of happenings)
      for (const a of finding.observations)
        for (const b of finding.observations)
          if (a.article !== b.article)
            covered.add(
              [`${a.article}:${a.evidence.span[0]}`, `${b.article}:${b.evidence.span[0]}`].sort().join('|'),
            );
    return [...happenings, ...alignedDateConflicts(story, covered), ...weekdayMismatches(story)];
  },
};
