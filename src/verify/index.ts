import type { AnalysedArticle } from '../pipeline/index.ts';
import { alignClaims, defaultFactThreshold } from './align.ts';
import { defaultDetectors } from './detectors/index.ts';
import { finishFacts, quantityDrafts, statementDrafts } from './facts.ts';
import { estimateTruth, questionsOf, reliabilityOf } from './reliability.ts';
import { findingQuestionId, resolveFinding } from './sides.ts';
import { createLexicalSimilarity, type SentenceSimilarity } from './similarity.ts';
import { buildStoryContext } from './story.ts';
import { buildTimeline } from './timeline.ts';
import type { TruthOptions } from './truth.ts';
import type { CheckedConflict, CrossCheck, Detector } from './types.ts';

/**
 * Cross-checking one story: facts aligned across its articles with their support counted in
 * independence groups, typed conflicts with majority, minority and evidence, a timeline, and
 * per-source reliability. Pure: the same articles and groups give the same result.
 */

export type { ClaimRef } from './align.ts';
export { defaultDetectors } from './detectors/index.ts';
export type { SentenceSimilarity } from './similarity.ts';
export { createLexicalSimilarity } from './similarity.ts';
export type { ArticleView, StoryContext } from './story.ts';
export { buildStoryContext, normaliseGroups } from './story.ts';
export { discoverTruth } from './truth.ts';
export type {
  CheckedConflict,
  CheckedFact,
  CrossCheck,
  Detector,
  FactKind,
  Finding,
  Observation,
  SideDetail,
  SourceReliability,
} from './types.ts';
export type { EventWindow } from './window.ts';

export interface CrossCheckOptions {
  /**
   * Sentence similarity in [0, 1]. Default: a lexical cosine over stems and news synonyms,
   * weighted by rarity in the story's own sentences.
   */
  readonly similarity?: SentenceSimilarity;
  /** Average similarity claims need to be aligned as one fact. */
  readonly factThreshold?: number;
  readonly detectors?: readonly Detector[];
  readonly truth?: Partial<TruthOptions>;
}

/**
 * @param independentGroups article ids that share one source (a report and its copies or
 *   rewrites), as reuse tracing finds them. Articles not listed are each their own group.
 */
export function crossCheck(
  articles: readonly AnalysedArticle[],
  independentGroups: readonly (readonly string[])[] = articles.map((a) => [a.id]),
  options: CrossCheckOptions = {},
): CrossCheck {
  const similarity =
    options.similarity ??
    createLexicalSimilarity(
      articles.flatMap((a) => a.extraction.sentences.map((s) => a.text.slice(s.span[0], s.span[1]))),
    ).similarity;
  const story = buildStoryContext(articles, independentGroups, similarity);
  const detectors = options.detectors ?? defaultDetectors;

  const drafts = [
    ...statementDrafts(story, alignClaims(story, options.factThreshold ?? defaultFactThreshold)),
    ...quantityDrafts(story),
  ];
  const findings = detectors.flatMap((detector) => detector.detect(story));
  const truth = estimateTruth(story, questionsOf(drafts, findings, findingQuestionId), options.truth);

  let counter = 0;
  const nextId = () => `c${++counter}`;
  const conflicts: CheckedConflict[] = findings.flatMap((finding, index) =>
    resolveFinding(story, finding, truth, findingQuestionId(index), nextId),
  );
  const facts = finishFacts(story, drafts, conflicts);
  return {
    facts,
    conflicts,
    timeline: buildTimeline(story, facts),
    reliability: reliabilityOf(story, truth, drafts, conflicts),
    groups: story.groups,
    ...(story.window ? { window: story.window } : {}),
  };
}
