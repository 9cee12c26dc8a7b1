import type { Conflict, Evidence, FactStatus } from '../model/index.ts';
import { overlaps } from '../model/index.ts';
import { type ClaimRef, substantive } from './align.ts';
import { clusterQuantities } from './detectors/number.ts';
import { type Quantity, quantitiesOf, valuesAgree } from './quantities.ts';
import { evidenceOfSpan, type StoryContext } from './story.ts';
import type { CheckedFact, FactKind } from './types.ts';

/**
 * Facts with their support. A statement fact is a cluster of aligned claims; a quantity fact is a
 * figure several articles give for the same thing ("five-hour meeting"). Support counts articles
 * and, what decides, independence groups: a fact carried only by one report and its copies stays
 * single-source however many copies there are.
 */

export interface FactDraft {
  readonly kind: FactKind;
  readonly statement: string;
  readonly slots: Partial<Pick<CheckedFact, 'subject' | 'predicate' | 'object' | 'when' | 'where'>>;
  readonly mentions: readonly Evidence[];
  readonly reasons: readonly string[];
}

/** The claim most similar to the others: the cluster's own best wording. */
function medoid(story: StoryContext, cluster: readonly ClaimRef[]): ClaimRef {
  let best = cluster[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of cluster) {
    let score = 0;
    for (const other of cluster)
      if (other !== candidate) score += story.similarity(candidate.claim.text, other.claim.text);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export function statementDrafts(story: StoryContext, clusters: readonly ClaimRef[][]): FactDraft[] {
  const drafts: FactDraft[] = [];
  for (const cluster of clusters) {
    const articles = new Set(cluster.map((ref) => ref.article));
    if (articles.size < 2 && !cluster.some((ref) => substantive(story, ref))) continue;
    const best = medoid(story, cluster);
    const claim = best.claim;
    const trusted = story.byId.get(best.article)!.datesTrusted;
    drafts.push({
      kind: 'statement',
      statement: claim.text,
      slots: {
        ...(claim.subject !== undefined ? { subject: claim.subject } : {}),
        ...(claim.predicate !== undefined ? { predicate: claim.predicate } : {}),
        ...(claim.object !== undefined ? { object: claim.object } : {}),
        ...(claim.when !== undefined && trusted ? { when: claim.when } : {}),
        ...(claim.where !== undefined ? { where: claim.where } : {}),
      },
      mentions: cluster.map((ref) => evidenceOfSpan(story.byId.get(ref.article)!.article, ref.claim.span)),
      reasons:
        cluster.length > 1
          ? [
              `${cluster.length} claims aligned by sentence similarity (average link); statement from the most central one`,
            ]
          : ['stated in one article only'],
    });
  }
  return drafts;
}

/** The number and the words right after it: "five-hour meeting", "20% of the Donetsk region". */
function phraseOf(q: Quantity): string {
  const after = q.sentenceText.slice(q.mention.span[1] - q.sentence[0]);
  const words: string[] = [];
  for (const word of /^\s*((?:[\p{L}’'-]+\s*){0,3})/u.exec(after)?.[1]?.trim().split(/\s+/) ?? []) {
    if (!word || phraseStop.test(word)) break;
    words.push(word);
  }
  return `${q.mention.text}${words.length > 0 ? ` ${words.join(' ')}` : ''}`.replace(/[,.;:]+$/, '');
}

/** Words that end the noun phrase after a number. */
const phraseStop =
  /^(and|or|but|with|on|in|at|of|that|which|who|to|from|for|by|was|were|is|are|has|had|have|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/i;

export function quantityDrafts(story: StoryContext): FactDraft[] {
  const drafts: FactDraft[] = [];
  for (const cluster of clusterQuantities(story, quantitiesOf(story))) {
    // The value most independent groups give is the fact; others, if any, surface as a number conflict.
    const classes: Quantity[][] = [];
    for (const q of cluster) {
      const home = classes.find((c) => valuesAgree(c[0]!, q));
      if (home) home.push(q);
      else classes.push([q]);
    }
    const groupsOf = (c: readonly Quantity[]) => new Set(c.map((q) => story.byId.get(q.article)!.group)).size;
    const best = [...classes].sort((a, b) => groupsOf(b) - groupsOf(a) || b.length - a.length)[0]!;
    if (new Set(best.map((q) => q.article)).size < 2) continue;
    const first = best[0]!;
    // People named beside the figure by at least two independent sources.
    const groupsNaming = new Map<string, Set<number>>();
    for (const q of best) {
      const view = story.byId.get(q.article)!;
      for (const m of view.people)
        if (m.span[0] >= q.sentence[0] && m.span[1] <= q.sentence[1])
          groupsNaming.set(m.person, (groupsNaming.get(m.person) ?? new Set()).add(view.group));
    }
    const people = [...groupsNaming.entries()]
      .filter(([, groups]) => groups.size >= 2)
      .map(([person]) => person);
    drafts.push({
      kind: 'quantity',
      statement: `${phraseOf(first)}${people.length > 0 ? ` (${people.join(', ')})` : ''}`,
      slots: {
        ...(people.length > 0 ? { subject: people.join(', ') } : {}),
        predicate: first.unit,
        object: String(first.mention.value),
      },
      mentions: best.map((q) => evidenceOfSpan(story.byId.get(q.article)!.article, q.sentence)),
      reasons: [
        `the same figure (${first.mention.value} ${first.unit}) for the same thing in ${best.length} sentences`,
      ],
    });
  }
  return drafts;
}

/** A conflict touches a statement fact through any shared sentence, a quantity fact only as a number conflict. */
function touches(conflict: Conflict, draft: FactDraft): boolean {
  if (draft.kind === 'quantity' && conflict.kind !== 'number') return false;
  return conflict.evidence.some((e) =>
    draft.mentions.some((m) => m.article === e.article && overlaps(m.span, e.span)),
  );
}

export function finishFacts(
  story: StoryContext,
  drafts: readonly FactDraft[],
  conflicts: readonly Conflict[],
): CheckedFact[] {
  const facts = drafts.map((draft) => {
    const articles = [...new Set(draft.mentions.map((m) => m.article))];
    const independent = new Set(articles.map((id) => story.byId.get(id)!.group)).size;
    const touching = conflicts.filter((c) => touches(c, draft)).map((c) => c.id);
    const status: FactStatus =
      touching.length > 0 ? 'contested' : independent >= 2 ? 'corroborated' : 'single-source';
    const why =
      status === 'contested'
        ? `contested: touched by ${touching.join(', ')}`
        : status === 'corroborated'
          ? `corroborated: ${independent} independent sources`
          : articles.length > 1
            ? `single-source: ${articles.length} articles, but all in one independence group`
            : 'single-source: one article';
    return {
      draft,
      articles,
      independent,
      touching,
      status,
      why,
    };
  });
  const order: Record<FactStatus, number> = { corroborated: 0, contested: 1, 'single-source': 2 };
  facts.sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      b.independent - a.independent ||
      b.articles.length - a.articles.length ||
      firstOffset(a.draft) - firstOffset(b.draft),
  );
  return facts.map(
    ({ draft, articles, independent, touching, status, why }, index): CheckedFact => ({
      id: `f${index + 1}`,
      kind: draft.kind,
      statement: draft.statement,
      ...draft.slots,
      mentions: draft.mentions,
      support: { articles: articles.length, independent },
      status,
      conflicts: touching,
      reasons: [...draft.reasons, why],
    }),
  );
}

const firstOffset = (draft: FactDraft) => draft.mentions[0]?.span[0] ?? 0;
