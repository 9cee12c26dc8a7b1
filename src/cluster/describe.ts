import type { ClusterStory } from './clusterer.ts';
import { dayGap, type Rarity } from './similarity.ts';
import type { DocumentRecord, StorySummary } from './summary.ts';
import { topKeys, weightedCosine } from './vectors.ts';

/** What a story shows people: its members in arrival order, a title and a date range. */
export function describeStory(story: StorySummary, rarity: Rarity, windowDays: number): ClusterStory {
  const documents = [...story.documents.values()].sort((a, b) => a.sequence - b.sequence);
  const range = dateRange(story, windowDays);
  return {
    id: story.id,
    title: titleOf(story, documents, rarity),
    documents: documents.map((document) => document.id),
    ...(range ? { dateRange: range } : {}),
  };
}

/** A headline is short and has no closing full stop; a lede standing in for one (see document.ts) ends in "." or "…". */
const readsAsHeadline = (title: string) =>
  title.split(/\s+/).length <= 20 && !/[.!?…]["”’]?$/.test(title.trim());

/**
 * The title of the member closest to the story, by title and content terms (the earliest on
 * ties), among real headlines when any member has one; without titles, the story's strongest words.
 */
function titleOf(story: StorySummary, documents: readonly DocumentRecord[], rarity: Rarity): string {
  let best: { title: string; score: number } | undefined;
  const anyHeadline = documents.some((document) => document.title && readsAsHeadline(document.title));
  for (const document of documents) {
    if (!document.title || (anyHeadline && !readsAsHeadline(document.title))) continue;
    const score =
      weightedCosine(document.profile.titleTerms, story.titleTerms, rarity.term) +
      weightedCosine(document.profile.terms, story.terms, rarity.term);
    if (!best || score > best.score) best = { title: document.title, score };
  }
  if (best) return best.title;
  const words = new Map([...story.terms].filter(([term]) => !term.includes(' ')));
  return topKeys(words, 6, rarity.term).join(' ');
}

/**
 * Publication days widened to the event days at least half the story's documents write, when
 * those lie within the time window of publication (older dates are background).
 */
function dateRange(story: StorySummary, windowDays: number): [number, number] | undefined {
  const published = story.published;
  let first = published?.first ?? Number.POSITIVE_INFINITY;
  let last = published?.last ?? Number.NEGATIVE_INFINITY;
  for (const [day, count] of story.eventDays) {
    if (2 * count < story.size) continue;
    if (published && dayGap({ first: day, last: day }, published) > windowDays) continue;
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  return first <= last ? [first, last] : undefined;
}
