import type { TimelineEntry } from '../model/index.ts';
import { overlaps } from '../model/index.ts';
import { clusterHappenings } from './detectors/date.ts';
import { type DatedEvent, datedEvents } from './events.ts';
import type { StoryContext } from './story.ts';
import type { CheckedFact } from './types.ts';

/**
 * The story's timeline: dated happenings, the same one across articles counted once, placed on
 * the day most independent sources give (only days the text fixes: a written date, or a weekday
 * in an article whose publication date is known). Each entry links the facts that tell it.
 */

const whenOf = (event: DatedEvent): string | undefined =>
  event.form === 'month' && event.range
    ? `${event.range[0]}/${event.range[1]}`
    : event.day && event.yearKnown
      ? event.day
      : undefined;

/** The wording a reader can check: the shortest sentence that tells the happening, trimmed. */
function describe(events: readonly DatedEvent[]): string {
  const shortest = [...events].sort((a, b) => a.sentenceText.length - b.sentenceText.length)[0]!;
  const text = shortest.sentenceText.replace(/\s+/g, ' ').trim();
  return text.length <= 220 ? text : `${text.slice(0, 219).trimEnd()}…`;
}

export function buildTimeline(story: StoryContext, facts: readonly CheckedFact[]): TimelineEntry[] {
  const events = story.articles.flatMap((view) => datedEvents(view));
  const entries: (TimelineEntry & { sortKey: string })[] = [];
  for (const cluster of clusterHappenings(story, events, 1)) {
    const votes = new Map<string, Set<number>>();
    for (const event of cluster) {
      const when = whenOf(event);
      if (!when) continue;
      votes.set(when, (votes.get(when) ?? new Set()).add(story.byId.get(event.article)!.group));
    }
    const best = [...votes.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0];
    if (!best) continue;
    const [when] = best;
    const located = cluster.filter((e) => whenOf(e) === when);
    const factIds = facts
      .filter((fact) =>
        fact.mentions.some((m) =>
          located.some((e) => e.article === m.article && overlaps(e.sentence, m.span)),
        ),
      )
      .map((fact) => fact.id);
    entries.push({ when, what: describe(located), facts: [...new Set(factIds)], sortKey: when.slice(0, 10) });
  }
  return entries
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.what.localeCompare(b.what))
    .map(({ when, what, facts: ids }) => ({ when, what, facts: ids }));
}
