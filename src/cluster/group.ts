import type { AnalysedArticle } from '../pipeline/index.ts';
import { StoryClusterer } from './clusterer.ts';
import { isoDay } from './days.ts';
import { storyDocumentOf } from './document.ts';
import type { ClusterOptionsInput } from './options.ts';

/** A story as `corroborate analyze` reports it. */
export interface GroupedStory {
  readonly id: string;
  readonly title: string;
  readonly articles: string[];
  readonly dateRange?: [string, string];
}

/**
 * Groups a batch of analysed articles into stories: fed in publication order (undated ones last,
 * input order on ties), as a stream would bring them, then repaired once.
 */
export function groupIntoStories(
  articles: readonly AnalysedArticle[],
  options: ClusterOptionsInput = {},
): GroupedStory[] {
  const clusterer = new StoryClusterer(options);
  const ordered = articles
    .map((article, index) => ({ article, index }))
    .sort((a, b) => compareOptional(a.article.published, b.article.published) || a.index - b.index);
  for (const { article } of ordered) clusterer.add(storyDocumentOf(article));
  clusterer.repair();
  return clusterer.stories().map((story) => ({
    id: story.id,
    title: story.title,
    articles: [...story.documents],
    ...(story.dateRange
      ? { dateRange: [isoDay(story.dateRange[0]), isoDay(story.dateRange[1])] as [string, string] }
      : {}),
  }));
}

/** ISO dates sort as strings; a missing one sorts last. */
function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
