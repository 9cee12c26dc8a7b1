import type { Brief } from '../build.ts';

/**
 * The brief as JSON: facts, conflicts and timeline in the shape of the JSON contract
 * (shared/DESIGN.md), with the brief's sections, sources and notes beside them.
 */
export function briefJson(brief: Brief) {
  const { check } = brief;
  return {
    version: '1.0',
    title: brief.title,
    sources: brief.sources,
    independentGroups: check.groups,
    facts: check.facts,
    conflicts: check.conflicts,
    timeline: check.timeline,
    reliability: check.reliability,
    brief: {
      established: brief.established.map((f) => f.id),
      disputed: brief.disputed.map((d) => d.id),
      singleSource: brief.singleSource.map((f) => f.id),
      sourceNotes: brief.sourceNotes,
      ...(brief.edits.length > 0 ? { edits: brief.edits } : {}),
      method: brief.method,
    },
  };
}

export const renderJson = (brief: Brief): string => `${JSON.stringify(briefJson(brief), null, 2)}\n`;
