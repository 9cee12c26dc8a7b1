import type { Profile } from './similarity.ts';
import type { DocumentRecord } from './summary.ts';

/**
 * Two-way split of a story whose documents drifted into two events. Leave-one-out checks miss
 * this when each event has several reports (every document still has its twins in the story), so
 * the members are bisected: seeded by the member least like the story and the member least like
 * that one, refined twice, and kept apart only if the halves are less alike than two stories
 * that repair would merge.
 */

export interface SplitScoring {
  /** Similarity of two profiles (document or group), as the clusterer scores them. */
  readonly similarity: (a: Profile, b: Profile) => number;
  /** A summary profile of a group of documents. */
  readonly summarise: (members: readonly DocumentRecord[]) => Profile;
  /** Halves at least this alike stay one story. */
  readonly mergeThreshold: number;
}

/** Members in arrival order; returns the two halves (each in arrival order) or undefined. */
export function bisect(
  members: readonly DocumentRecord[],
  scoring: SplitScoring,
): [DocumentRecord[], DocumentRecord[]] | undefined {
  if (members.length < 4) return undefined;
  const whole = scoring.summarise(members);
  const first = lowest(members, (member) => scoring.similarity(member.profile, whole));
  const second = lowest(
    members.filter((member) => member !== first),
    (member) => scoring.similarity(member.profile, first.profile),
  );
  let groups = divide(members, first.profile, second.profile, scoring);
  for (let round = 0; round < 2 && groups; round++) {
    groups = divide(members, scoring.summarise(groups[0]), scoring.summarise(groups[1]), scoring);
  }
  if (!groups) return undefined;
  const together = scoring.similarity(scoring.summarise(groups[0]), scoring.summarise(groups[1]));
  return together < scoring.mergeThreshold ? groups : undefined;
}

/** Each member to the closer of two profiles (the first on ties); undefined if one side is empty. */
function divide(
  members: readonly DocumentRecord[],
  a: Profile,
  b: Profile,
  scoring: SplitScoring,
): [DocumentRecord[], DocumentRecord[]] | undefined {
  const nearA: DocumentRecord[] = [];
  const nearB: DocumentRecord[] = [];
  for (const member of members) {
    if (scoring.similarity(member.profile, a) >= scoring.similarity(member.profile, b)) nearA.push(member);
    else nearB.push(member);
  }
  return nearA.length > 0 && nearB.length > 0 ? [nearA, nearB] : undefined;
}

/** The member with the lowest score, the earliest on ties. */
function lowest(
  members: readonly DocumentRecord[],
  score: (member: DocumentRecord) => number,
): DocumentRecord {
  let best = members[0]!;
  let bestScore = score(best);
  for (const member of members.slice(1)) {
    const value = score(member);
    if (value < bestScore) {
      best = member;
      bestScore = value;
    }
  }
  return best;
}
