import { groupIntoStories } from '../cluster/index.ts';
import type { Story } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { traceReuse } from '../reuse/index.ts';
import { crossCheck } from '../verify/index.ts';

/**
 * The cross-document half of the pipeline: articles → stories (same event), and for each story
 * its reuse relations and independence groups, then facts, conflicts and a timeline counted over
 * those groups. Pure: the store, the server and the CLI call it.
 */
export function analyseCollection(articles: readonly AnalysedArticle[]): Story[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return groupIntoStories(articles).map((grouped) => {
    const members = grouped.articles.map((id) => byId.get(id)!);
    const { reuse, independentGroups } = traceReuse(members);
    const checked = crossCheck(members, independentGroups);
    return {
      id: grouped.id,
      title: grouped.title,
      articles: grouped.articles,
      ...(grouped.dateRange ? { dateRange: grouped.dateRange } : {}),
      independentGroups,
      reuse,
      facts: checked.facts,
      conflicts: checked.conflicts,
      timeline: checked.timeline,
    };
  });
}
