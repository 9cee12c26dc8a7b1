import {
  type DatedEvent,
  datedEvents,
  datesAgree,
  eventIn,
  participantOverlap,
  weekdayName,
} from '../events.ts';
import { type ArticleView, evidenceOfSpan, type StoryContext } from '../story.ts';
import type { Detector, Finding, Observation } from '../types.ts';

/**
 * Self-contradiction: an article that disagrees with itself about when something happened. The
 * telling case is a relative date: "the comments came a day after the meeting" when the article
 * dates the meeting Tuesday and the comments Thursday. Also one happening given two different
 * days in one article, when the two sentences clearly tell the same thing.
 */

const numberWords: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};

/** "a day after", "two days before", "the day after", "the next day": an offset in days between two happenings. */
const relativeOffset =
  /\b(?:(a|an|one|two|three|four|five|\d)\s+days?|the\s+(?:day|night)|a\s+week)\s+(after|before)\b|\bthe\s+(next|following|previous)\s+day\b/gi;

interface Relation {
  readonly sentence: { readonly span: readonly [number, number] };
  /** Days from the happening after the expression to the one before it. */
  readonly offset: number;
  readonly before: readonly [number, number];
  readonly after: readonly [number, number];
  readonly written: string;
}

function relationsIn(view: ArticleView): Relation[] {
  const text = view.article.text;
  const relations: Relation[] = [];
  for (const sentence of view.reporting) {
    const sentenceText = text.slice(sentence.span[0], sentence.span[1]);
    for (const match of sentenceText.matchAll(relativeOffset)) {
      if (match[3]) continue; // "the next day" has no second happening in the sentence to compare
      const count = match[1]
        ? (numberWords[match[1].toLowerCase()] ?? Number(match[1]))
        : /week/i.test(match[0])
          ? 7
          : 1;
      const direction = match[2]!.toLowerCase() === 'after' ? 1 : -1;
      const at = sentence.span[0] + match.index!;
      relations.push({
        sentence,
        offset: count * direction,
        before: [sentence.span[0], at],
        after: [at + match[0].length, sentence.span[1]],
        written: match[0],
      });
    }
  }
  return relations;
}

/** The dated happening of the article that an undated one stands for: same kind, mostly the same people. */
function datedMatch(
  events: readonly DatedEvent[],
  action: string,
  participants: readonly string[],
): DatedEvent | undefined {
  const candidates = events.filter(
    (e) =>
      e.action === action &&
      e.weekday !== undefined &&
      (action === 'speech'
        ? participantOverlap(e.participants, participants) === 1
        : participantOverlap(e.participants, participants) >= 0.5),
  );
  // Only a single consistent candidate: two dated candidates with different days leave it unclear.
  const weekdays = new Set(candidates.map((e) => e.weekday));
  return weekdays.size === 1 ? candidates[0] : undefined;
}

const shiftWeekday = (weekday: number, days: number) => (((weekday + days) % 7) + 7) % 7;

function relativeContradictions(view: ArticleView, events: readonly DatedEvent[]): Finding[] {
  const findings: Finding[] = [];
  for (const relation of relationsIn(view)) {
    const first = eventIn(view, relation.sentence.span, relation.before);
    const second = eventIn(view, relation.sentence.span, relation.after);
    if (!first || !second || first.participants.length === 0 || second.participants.length === 0) continue;
    const firstDated = datedMatch(events, first.action, first.participants);
    const secondDated = datedMatch(events, second.action, second.participants);
    if (!firstDated || !secondDated || firstDated === secondDated) continue;
    const implied = shiftWeekday(secondDated.weekday!, relation.offset);
    if (implied === firstDated.weekday) continue;
    const article = view.article;
    const observations: Observation[] = [
      {
        article: article.id,
        key: 'stated',
        display: `${weekdayName(firstDated.weekday!)} (“${firstDated.date.text}”)`,
        evidence: evidenceOfSpan(article, firstDated.sentence),
      },
      {
        article: article.id,
        key: 'implied',
        display: `${weekdayName(implied)} (${relation.written} ${weekdayName(secondDated.weekday!)})`,
        evidence: evidenceOfSpan(article, relation.sentence.span),
      },
      {
        article: article.id,
        key: 'implied',
        display: `${weekdayName(implied)} (${relation.written} ${weekdayName(secondDated.weekday!)})`,
        evidence: evidenceOfSpan(article, secondDated.sentence),
      },
    ];
    findings.push({
      kind: 'self-contradiction',
      topic: `when the ${first.action === 'speech' ? 'remarks' : first.action} of ${first.participants.join(', ')} took place`,
      observations,
      reasons: [
        `the article dates the ${first.trigger} ${weekdayName(firstDated.weekday!)} and the ${second.trigger} ${weekdayName(secondDated.weekday!)}`,
        `but says the one came ${relation.written} the other, which makes it ${weekdayName(implied)}`,
      ],
    });
  }
  return findings;
}

/** One happening given two days in one article, in two sentences that tell the same thing. */
function repeatedDates(story: StoryContext, view: ArticleView, events: readonly DatedEvent[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      const [a, b] = [events[i]!, events[j]!];
      if (
        a.sentence[0] === b.sentence[0] ||
        a.action !== b.action ||
        a.form === 'month' ||
        b.form === 'month'
      )
        continue;
      if (participantOverlap(a.participants, b.participants) < (a.action === 'speech' ? 1 : 0.6)) continue;
      if (story.similarity(a.sentenceText, b.sentenceText) < 0.5 || datesAgree(a, b) !== false) continue;
      const show = (e: DatedEvent) =>
        e.weekday !== undefined ? `${weekdayName(e.weekday)} (“${e.date.text}”)` : e.date.text;
      findings.push({
        kind: 'self-contradiction',
        topic: `when the ${a.action === 'speech' ? 'remarks' : a.action} of ${a.participants.join(', ')} took place`,
        observations: [
          {
            article: view.article.id,
            key: 'first',
            display: show(a),
            evidence: evidenceOfSpan(view.article, a.sentence),
          },
          {
            article: view.article.id,
            key: 'second',
            display: show(b),
            evidence: evidenceOfSpan(view.article, b.sentence),
          },
        ],
        reasons: [`two sentences of the article tell the same ${a.trigger} and date it differently`],
      });
    }
  }
  return findings;
}

export const selfContradictionDetector: Detector = {
  kind: 'self-contradiction',
  name: 'self-contradiction',
  detect(story: StoryContext) {
    return story.articles.flatMap((view) => {
      const events = datedEvents(view);
      return [...relativeContradictions(view, events), ...repeatedDates(story, view, events)];
    });
  },
};
