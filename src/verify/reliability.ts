import type { FactDraft } from './facts.ts';
import type { StoryContext } from './story.ts';
import { discoverTruth, type Question, type TruthOptions, type TruthResult } from './truth.ts';
import type { CheckedConflict, Finding, SourceReliability } from './types.ts';

/**
 * Per-source reliability: every fact is a question all its articles answer the same way, every
 * finding one they answer differently; truth discovery weighs them (see truth.ts). The counts
 * beside each score say where it comes from.
 */

export const factQuestionId = (index: number) => `fact-${index}`;

export function questionsOf(
  drafts: readonly FactDraft[],
  findings: readonly Finding[],
  findingId: (index: number) => string,
): Question[] {
  const unique = (claims: { source: string; value: string }[]) => {
    const seen = new Set<string>();
    return claims.filter((c) => {
      const key = `${c.source}\u0000${c.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  return [
    ...drafts.map((draft, index) => ({
      id: factQuestionId(index),
      claims: unique(draft.mentions.map((m) => ({ source: m.article, value: 'stated' }))),
    })),
    ...findings.flatMap((finding, index) =>
      finding.wrongKey !== undefined
        ? []
        : [
            {
              id: findingId(index),
              claims: unique(finding.observations.map((o) => ({ source: o.article, value: o.key }))),
            },
          ],
    ),
  ];
}

export function estimateTruth(
  story: StoryContext,
  questions: readonly Question[],
  options: Partial<TruthOptions> = {},
): TruthResult {
  return discoverTruth(questions, (source) => story.byId.get(source)?.group ?? -1, options);
}

export function reliabilityOf(
  story: StoryContext,
  truth: TruthResult,
  drafts: readonly FactDraft[],
  conflicts: readonly CheckedConflict[],
): SourceReliability[] {
  return story.articles.map((view) => {
    const id = view.article.id;
    let agreements = 0;
    let alone = 0;
    for (const draft of drafts) {
      const articles = new Set(draft.mentions.map((m) => m.article));
      if (!articles.has(id)) continue;
      const groups = new Set([...articles].map((a) => story.byId.get(a)!.group));
      if (groups.size >= 2) agreements++;
      else alone++;
    }
    const lost = conflicts.filter((c) => c.majority !== undefined && c.minority.articles.includes(id));
    const split = conflicts.filter(
      (c) => c.majority === undefined && c.sides.some((s) => s.articles.includes(id)),
    );
    const score = truth.accuracy.get(id) ?? 0.8;
    const reasons = [
      `${agreements} facts shared with another independent source`,
      `${alone} facts no other independent source gives`,
      ...(lost.length > 0
        ? [
            `on the weaker side of ${lost.length} conflict${lost.length === 1 ? '' : 's'}: ${lost.map((c) => c.kind).join(', ')}`,
          ]
        : []),
      ...(split.length > 0
        ? [`in ${split.length} unresolved disagreement${split.length === 1 ? '' : 's'}`]
        : []),
      `accuracy estimated by truth discovery over ${truth.iterations} iterations (independent groups vote once)`,
    ];
    return {
      article: id,
      label: view.label,
      group: view.group,
      score,
      agreements,
      disagreements: lost.length,
      alone,
      reasons,
    };
  });
}
