import type { Story } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';

/**
 * The cross-document half of the pipeline: articles → stories, each with its reuse relations,
 * independence groups, facts, conflicts and timeline. Pure: the store and the CLI call it.
 *
 * INTERIM (being replaced in this session): the clusterer, reuse tracer and cross-checker are
 * landing; until they do, every article is its own story with nothing cross-checked.
 */
export function analyseCollection(articles: readonly AnalysedArticle[]): Story[] {
  return articles.map((article) => ({
    id: `story-${article.id}`,
    title: article.title ?? article.id,
    articles: [article.id],
    independentGroups: [[article.id]],
    reuse: [],
    facts: [],
    conflicts: [],
    timeline: [],
  }));
}
