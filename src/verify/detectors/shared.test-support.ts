import type { AnalysedArticle } from '../../pipeline/index.ts';
import { createLexicalSimilarity } from '../similarity.ts';
import { buildStoryContext, type StoryContext } from '../story.ts';
import type { Detector, Finding } from '../types.ts';

/** A story context over hand-built articles, each its own group unless groups are given. */
export function storyOf(
  articles: readonly AnalysedArticle[],
  groups: readonly (readonly string[])[] = [],
): StoryContext {
  const corpus = articles.flatMap((a) =>
    a.extraction.sentences.map((s) => a.text.slice(s.span[0], s.span[1])),
  );
  return buildStoryContext(articles, groups, createLexicalSimilarity(corpus).similarity);
}

/** What a detector found, reduced to what a table can state: the values and who gives them. */
export function findingsOf(detector: Detector, articles: readonly AnalysedArticle[]) {
  return detector.detect(storyOf(articles)).map((finding: Finding) => {
    const byValue = new Map<string, Set<string>>();
    for (const o of finding.observations)
      byValue.set(o.display, (byValue.get(o.display) ?? new Set()).add(o.article));
    return Object.fromEntries([...byValue].map(([value, ids]) => [value, [...ids].sort()]));
  });
}
