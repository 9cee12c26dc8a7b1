import type { Claim } from '../model/index.ts';
import type { StoryContext } from './story.ts';
import { conceptsOf } from './words.ts';

/**
 * Fact alignment: claims from different articles that assert the same thing are grouped, by
 * average-link clustering over sentence similarity (synonyms and stems make "held a five-hour
 * meeting" meet "engaged in an extensive five-hour discussion"). Average link, not single link,
 * so a chain of loosely similar sentences never collapses into one "fact".
 */

export interface ClaimRef {
  readonly article: string;
  readonly claim: Claim;
}

/** Default similarity two claims (on average over a cluster) need to be one fact. */
export const defaultFactThreshold = 0.42;

/** Claims worth stating as facts: enough content words, and something checkable (a name, a number, a date). */
export function substantive(story: StoryContext, ref: ClaimRef): boolean {
  if (conceptsOf(ref.claim.text).length < 5) return false;
  const view = story.byId.get(ref.article)!;
  const [start, end] = ref.claim.span;
  const x = view.article.extraction;
  const inside = (span: readonly [number, number]) => span[0] >= start && span[1] <= end;
  return (
    view.people.some((m) => inside(m.span)) ||
    x.organizations.some((o) => o.spans.some(inside)) ||
    x.places.some((p) => p.spans.some(inside)) ||
    x.numbers.some((n) => inside(n.span)) ||
    x.dates.some((d) => inside(d.span))
  );
}

export function alignClaims(story: StoryContext, threshold = defaultFactThreshold): ClaimRef[][] {
  const refs: ClaimRef[] = story.articles.flatMap((view) =>
    view.article.extraction.claims
      .filter((claim) => view.reporting.some((s) => s.span[0] === claim.span[0]))
      .map((claim) => ({ article: view.article.id, claim })),
  );
  const indexOf = new Map(refs.map((ref, index) => [`${ref.article}:${ref.claim.span[0]}`, index] as const));
  const cluster = refs.map((_, index) => index);
  const members = new Map<number, number[]>(refs.map((_, index) => [index, [index]]));
  const find = (x: number): number => {
    let root = x;
    while (cluster[root] !== root) root = cluster[root]!;
    return root;
  };
  const textOf = (index: number) => refs[index]!.claim.text;
  // Many similar pairs join the same two clusters: once their average link has fallen short, it
  // falls short again until one of them grows, so it is not worked out again (the result is the
  // same; a story of fifty copies asked it millions of times). Clusters are told apart by root and
  // by how many merges have grown them (both below the number of claims, so one number each).
  const merges = refs.map(() => 0);
  const fellShort = new Map<number, number>();

  for (const pair of story.similarSentences(threshold)) {
    const x = indexOf.get(`${pair.a.article}:${pair.a.span[0]}`);
    const y = indexOf.get(`${pair.b.article}:${pair.b.span[0]}`);
    if (x === undefined || y === undefined) continue;
    const [cx, cy] = [find(x), find(y)];
    if (cx === cy) continue;
    const clusters = cx * refs.length + cy;
    const grown = merges[cx]! * refs.length + merges[cy]!;
    if (fellShort.get(clusters) === grown) continue;
    const left = members.get(cx)!;
    const right = members.get(cy)!;
    let total = 0;
    let count = 0;
    for (const i of left)
      for (const j of right) {
        if (refs[i]!.article === refs[j]!.article) continue;
        total += story.similarity(textOf(i), textOf(j));
        count++;
      }
    if (count === 0 || total / count < threshold) {
      fellShort.set(clusters, grown);
      continue;
    }
    merges[cx]!++;
    cluster[cy] = cx;
    members.set(cx, [...left, ...right]);
    members.delete(cy);
  }
  return [...members.values()].map((indexes) => indexes.sort((a, b) => a - b).map((index) => refs[index]!));
}
