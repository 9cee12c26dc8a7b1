import type { Evidence } from '../model/index.ts';
import type { StoryContext } from './story.ts';
import type { TruthResult } from './truth.ts';
import type { CheckedConflict, Finding, Observation, SideDetail } from './types.ts';

/**
 * Turns a finding into conflicts with a majority and a minority. Sides are weighed by truth
 * discovery (independent groups, each as accurate as its sources proved), never by article count:
 * five copies of one report are one voice. A finding inside one article (a stale photo) has its
 * wrong side known already. With no clear winner there is no majority, and the summary says so.
 */

/** Probabilities closer than this, with equal independent support, are a tie. */
const tieMargin = 0.05;

export const findingQuestionId = (index: number) => `finding-${index}`;

function sidesOf(
  story: StoryContext,
  finding: Finding,
  probability: ReadonlyMap<string, number> | undefined,
) {
  const byKey = new Map<string, Observation[]>();
  for (const observation of finding.observations)
    byKey.set(observation.key, [...(byKey.get(observation.key) ?? []), observation]);
  return [...byKey.entries()].map(([key, observations]): SideDetail & { evidence: Evidence[] } => {
    const articles = [...new Set(observations.map((o) => o.article))];
    const groups = new Set(articles.map((id) => story.byId.get(id)!.group));
    const displays = observations.map((o) => o.display);
    const display = [...new Set(displays)].sort(
      (a, b) => displays.filter((d) => d === b).length - displays.filter((d) => d === a).length,
    )[0]!;
    return {
      key,
      value: display,
      articles,
      independent: groups.size,
      confidence: probability?.get(key) ?? 0,
      evidence: observations.map((o) => o.evidence),
    };
  });
}

const uniqueEvidence = (evidence: readonly Evidence[]): Evidence[] => {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.article}:${e.span[0]}:${e.span[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const labelsOf = (story: StoryContext, articles: readonly string[]) =>
  articles.map((id) => story.byId.get(id)?.label ?? id).join(', ');

const supportText = (side: SideDetail) =>
  `${side.articles.length} article${side.articles.length === 1 ? '' : 's'}, ${side.independent} independent source${side.independent === 1 ? '' : 's'}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function resolveFinding(
  story: StoryContext,
  finding: Finding,
  truth: TruthResult | undefined,
  questionId: string,
  nextId: () => string,
): CheckedConflict[] {
  const sides = sidesOf(story, finding, truth?.probability.get(questionId));
  if (finding.wrongKey !== undefined) {
    const wrong = sides.find((s) => s.key === finding.wrongKey);
    if (!wrong) return [];
    const reference = finding.reference;
    const majority = reference
      ? {
          key: 'reference',
          value: reference.display,
          articles: reference.articles,
          independent: new Set(reference.articles.map((id) => story.byId.get(id)!.group)).size,
          confidence: 1,
        }
      : undefined;
    const others = sides.filter((s) => s !== wrong);
    return [
      {
        id: nextId(),
        kind: finding.kind,
        topic: finding.topic,
        summary: `${capitalise(finding.topic)}: ${wrong.value} in ${labelsOf(story, wrong.articles)}${
          majority ? `, against ${majority.value}` : ''
        }.`,
        ...(majority ? { majority: { value: majority.value, articles: majority.articles } } : {}),
        minority: { value: wrong.value, articles: wrong.articles },
        evidence: uniqueEvidence([...wrong.evidence, ...others.flatMap((s) => s.evidence)]),
        sides: [...(majority ? [majority] : []), ...others.map(strip), strip(wrong)],
        reasons: finding.reasons,
      },
    ];
  }
  const ranked = [...sides].sort(
    (a, b) =>
      b.confidence - a.confidence ||
      b.independent - a.independent ||
      b.articles.length - a.articles.length ||
      a.key.localeCompare(b.key),
  );
  const [top, runnerUp] = [ranked[0]!, ranked[1]];
  if (!runnerUp) return [];
  const articles = new Set(finding.observations.map((o) => o.article));
  if (articles.size === 1) {
    // One article on both sides: nothing to vote on, the article disagrees with itself.
    const only = [...articles][0]!;
    return [
      {
        id: nextId(),
        kind: finding.kind,
        topic: finding.topic,
        summary: `${capitalise(finding.topic)}: ${labelsOf(story, [only])} says both ${ranked.map((s) => s.value).join(' and ')}.`,
        minority: { value: ranked.map((s) => s.value).join(' / '), articles: [only] },
        evidence: uniqueEvidence(ranked.flatMap((s) => s.evidence)),
        sides: ranked.map(strip),
        reasons: finding.reasons,
      },
    ];
  }
  const tie = top.independent === runnerUp.independent && top.confidence - runnerUp.confidence < tieMargin;
  const weighing = ranked
    .map((s) => `${s.value}: ${supportText(s)}, probability ${s.confidence.toFixed(2)}`)
    .join('; ');
  const reasons = [
    ...finding.reasons,
    `weighed by independent sources and their reliability: ${weighing}`,
    ...(tie ? ['no side is clearly better supported: the sources split'] : []),
  ];
  if (tie) {
    return [
      {
        id: nextId(),
        kind: finding.kind,
        topic: finding.topic,
        summary: `${capitalise(finding.topic)}: the sources split — ${ranked
          .map((s) => `${s.value} (${labelsOf(story, s.articles)})`)
          .join(' vs ')}.`,
        minority: { value: runnerUp.value, articles: runnerUp.articles },
        evidence: uniqueEvidence(ranked.flatMap((s) => s.evidence)),
        sides: ranked.map(strip),
        reasons,
      },
    ];
  }
  const reliability = (articles: readonly string[]) =>
    Math.max(...articles.map((id) => truth?.accuracy.get(id) ?? 0)).toFixed(2);
  // One conflict per losing value, each against the best supported one.
  return ranked.slice(1).map((minority) => ({
    id: nextId(),
    kind: finding.kind,
    topic: finding.topic,
    summary:
      top.independent > minority.independent
        ? `${capitalise(finding.topic)}: ${top.value} (${supportText(top)}) — but ${minority.value} in ${labelsOf(
            story,
            minority.articles,
          )}.`
        : `${capitalise(finding.topic)}: ${top.value} in ${labelsOf(story, top.articles)} — but ${minority.value} in ${labelsOf(
            story,
            minority.articles,
          )}; equal independent support, the first is the more reliable source (${reliability(top.articles)} vs ${reliability(minority.articles)}).`,
    majority: { value: top.value, articles: top.articles },
    minority: { value: minority.value, articles: minority.articles },
    evidence: uniqueEvidence([...minority.evidence, ...top.evidence]),
    sides: ranked.map(strip),
    reasons,
  }));
}

function strip(side: SideDetail & { evidence?: unknown }): SideDetail {
  return {
    key: side.key,
    value: side.value,
    articles: side.articles,
    independent: side.independent,
    confidence: side.confidence,
  };
}
