import { type Quantity, quantitiesOf, sameQuantity, valuesAgree } from '../quantities.ts';
import { evidenceOfSpan, type StoryContext } from '../story.ts';
import type { Detector, Finding, Observation } from '../types.ts';

/**
 * Number: the same quantity given different values ("five-hour meeting" against "four-hour
 * meeting"). Not a conflict: values a stated bound allows ("more than 20" and 25), a range holding
 * the other, and a stated change over time ("reduced from 28 to 19 points"), which shows up as a
 * change word in the sentence or as an article giving both values itself.
 */

/** Clusters of mentions that measure the same thing; a mention joins only a cluster it matches entirely. */
export function clusterQuantities(story: StoryContext, quantities: readonly Quantity[]): Quantity[][] {
  const clusters: Quantity[][] = [];
  for (const quantity of quantities) {
    const home = clusters.find((cluster) =>
      cluster.every((other) => sameQuantity(story, other, quantity).same),
    );
    if (home) home.push(quantity);
    else clusters.push([quantity]);
  }
  return clusters.filter((cluster) => new Set(cluster.map((q) => q.article)).size >= 2);
}

/**
 * An article that itself gives both values for two different things knows of both (a change, a
 * revision, two figures): no dispute. If it gives them for the same thing, it contradicts itself.
 */
function articleGivesBoth(
  story: StoryContext,
  quantities: readonly Quantity[],
  article: string,
  a: Quantity,
  b: Quantity,
): boolean {
  const own = quantities.filter((q) => q.article === article && q.unit === a.unit);
  const withA = own.filter((q) => valuesAgree(q, a));
  const withB = own.filter((q) => valuesAgree(q, b));
  return withA.some((x) => withB.some((y) => x !== y && !sameQuantity(story, x, y).same));
}

export function findNumberConflicts(story: StoryContext, quantities: readonly Quantity[]): Finding[] {
  const findings: Finding[] = [];
  for (const cluster of clusterQuantities(story, quantities)) {
    // Value classes: a mention joins the first class whose first value it agrees with.
    const classes: Quantity[][] = [];
    for (const quantity of cluster) {
      const home = classes.find((c) => valuesAgree(c[0]!, quantity));
      if (home) home.push(quantity);
      else classes.push([quantity]);
    }
    if (classes.length < 2) continue;
    const [first, second] = [classes[0]![0]!, classes[1]![0]!];
    const changeStated = cluster.some((q) => q.change && classes.length >= 2);
    const bothKnown = [...new Set(cluster.map((q) => q.article))].some((article) =>
      classes.some((c, i) =>
        classes.some((d, j) => i < j && articleGivesBoth(story, quantities, article, c[0]!, d[0]!)),
      ),
    );
    if (changeStated || bothKnown) continue;
    const observations: Observation[] = classes.flatMap((c, index) =>
      c.map((q) => ({
        article: q.article,
        key: `value-${index}`,
        display: c[0]!.mention.text,
        evidence: evidenceOfSpan(story.byId.get(q.article)!.article, q.sentence),
      })),
    );
    findings.push({
      kind: 'number',
      topic: `the figure in "${phraseAround(first)}"`,
      observations,
      reasons: [
        `the mentions measure the same thing: ${sameQuantity(story, first, second).reason}`,
        `values ${classes.map((c) => `"${c[0]!.mention.text}"`).join(' and ')} cannot both hold; no change over time is stated`,
      ],
    });
  }
  return findings;
}

/** A few words around the number, for the topic line. */
function phraseAround(q: Quantity): string {
  const offset = q.mention.span[0] - q.sentence[0];
  const text = q.sentenceText;
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, offset - 20)) + 1);
  const endAt = text.indexOf(' ', Math.min(text.length, offset + q.mention.text.length + 12));
  return text.slice(start, endAt < 0 ? text.length : endAt).trim();
}

export const numberDetector: Detector = {
  kind: 'number',
  name: 'number',
  detect(story) {
    return findNumberConflicts(story, quantitiesOf(story));
  },
};
