import { type GroupedStory, groupIntoStories } from '../cluster/index.ts';
import type { Story } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { type ReuseOptions, traceReuse } from '../reuse/index.ts';
import { type CrossCheck, crossCheck } from '../verify/index.ts';

/**
 * The cross-document half of the pipeline: articles → stories (same event), and for each story
 * its reuse relations and independence groups, then facts, conflicts and a timeline counted over
 * those groups. Pure: the store, the server and the CLI call it.
 */
export interface AnalysedStory {
  readonly story: Story;
  readonly articles: readonly AnalysedArticle[];
  /** The full cross-check (with per-source reliability), for the brief. */
  readonly check: CrossCheck;
}

export function analyseStories(articles: readonly AnalysedArticle[]): AnalysedStory[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return groupIntoStories(articles).map((grouped) =>
    analyseStory(
      grouped,
      grouped.articles.map((id) => byId.get(id)!),
    ),
  );
}

/** One story's reuse and cross-check over its members (in `grouped.articles` order). */
export function analyseStory(
  grouped: GroupedStory,
  members: readonly AnalysedArticle[],
  reuseOptions: ReuseOptions = {},
): AnalysedStory {
  const { reuse, independentGroups } = traceReuse(members, reuseOptions);
  const check = crossCheck(members, independentGroups);
  const story: Story = {
    id: grouped.id,
    title: grouped.title,
    articles: grouped.articles,
    ...(grouped.dateRange ? { dateRange: grouped.dateRange } : {}),
    independentGroups,
    reuse,
    facts: check.facts,
    conflicts: check.conflicts,
    timeline: check.timeline,
  };
  return { story, articles: members, check };
}

export function analyseCollection(articles: readonly AnalysedArticle[]): Story[] {
  return analyseStories(articles).map((analysed) => analysed.story);
}
