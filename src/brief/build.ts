import type { Evidence, TimelineEntry } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import {
  type CheckedConflict,
  type CheckedFact,
  type CrossCheck,
  type CrossCheckOptions,
  crossCheck,
} from '../verify/index.ts';
import type { ArticleEdits } from '../versions/index.ts';
import { type BriefEdit, briefEdits } from './edits.ts';

/**
 * A Brief: what an editor needs to check a story, in the order they need it — who reported it,
 * when things happened, what is disputed, what stands on several independent sources, what rests
 * on one, and what each source got wrong or alone. Every line keeps its evidence (article and
 * span) so a reader can check it against the text.
 */

export interface BriefSource {
  readonly article: string;
  /** Short key used in every line of the brief: "A", "B", … */
  readonly key: string;
  readonly label: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly url?: string;
  readonly path?: string;
  readonly published?: string;
  /** Index of the independence group; articles sharing it are one source (a report and its copies). */
  readonly group: number;
  readonly reliability: number;
  readonly reliabilityReasons: readonly string[];
  /** Set when the article is a later version of a page fetched before (it was edited). */
  readonly edited?: { readonly version: number; readonly versions: number };
}

/** Evidence with the key of its source, ready to print. */
export interface BriefEvidence extends Evidence {
  readonly source: string;
}

export interface BriefFact {
  readonly id: string;
  readonly kind: CheckedFact['kind'];
  readonly statement: string;
  readonly status: CheckedFact['status'];
  readonly support: CheckedFact['support'];
  /** Keys of the sources that state it. */
  readonly sources: readonly string[];
  readonly evidence: readonly BriefEvidence[];
  readonly reasons: readonly string[];
}

export interface BriefDispute {
  readonly id: string;
  readonly kind: CheckedConflict['kind'];
  readonly topic: string;
  readonly summary: string;
  readonly majority?: { readonly value: string; readonly sources: readonly string[] };
  readonly minority: { readonly value: string; readonly sources: readonly string[] };
  readonly evidence: readonly BriefEvidence[];
  readonly reasons: readonly string[];
}

export interface BriefTimelineEntry extends TimelineEntry {
  /** Keys of the sources whose facts tell the entry. */
  readonly sources: readonly string[];
}

export interface SourceNote {
  readonly source: string;
  readonly label: string;
  readonly reliability: number;
  /** Disputes where this source is on the weaker side, in words. */
  readonly wrong: readonly string[];
  /** Disputes without a clear winner that this source takes part in (or where it contradicts itself). */
  readonly unresolved: readonly string[];
  /** Statements only this source (with its copies) makes. */
  readonly alone: readonly string[];
  /** Other sources it shares its independence group with (copies or rewrites). */
  readonly copies: readonly string[];
}

export interface Brief {
  readonly title: string;
  readonly sources: readonly BriefSource[];
  /** Independence groups as source keys. */
  readonly groups: readonly (readonly string[])[];
  readonly timeline: readonly BriefTimelineEntry[];
  readonly established: readonly BriefFact[];
  readonly disputed: readonly BriefDispute[];
  readonly singleSource: readonly BriefFact[];
  readonly sourceNotes: readonly SourceNote[];
  /** Edits after publication to numbers or names other sources report: corrections and stealth edits. */
  readonly edits: readonly BriefEdit[];
  /** How the brief was made, in sentences, so its claims can be weighed. */
  readonly method: readonly string[];
  /** The full cross-check, for renderers that print the contract (JSON). */
  readonly check: CrossCheck;
}

export interface BriefInput {
  readonly articles: readonly AnalysedArticle[];
  /** Independence groups (reuse tracing); default: each article its own group. */
  readonly independentGroups?: readonly (readonly string[])[];
  readonly title?: string;
  /** A cross-check already made for these articles; made here when absent. */
  readonly check?: CrossCheck;
  readonly options?: CrossCheckOptions;
  /** Earlier versions of the articles (fetched pages edited since), from the store. */
  readonly edits?: readonly ArticleEdits[];
}

/** "A" … "Z", then "AA", "AB", … */
export function sourceKey(index: number): string {
  let key = '';
  let n = index;
  do {
    key = String.fromCharCode(65 + (n % 26)) + key;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return key;
}

function labelOf(article: AnalysedArticle): string {
  if (article.outlet) return article.outlet;
  const file = article.path?.split(/[\\/]/).pop();
  return file && file.length > 0 ? file : article.id;
}

export function buildBrief(input: BriefInput): Brief {
  const { articles } = input;
  const check = input.check ?? crossCheck(articles, input.independentGroups, input.options);
  const keyOf = new Map(articles.map((article, index) => [article.id, sourceKey(index)] as const));
  const key = (id: string) => keyOf.get(id) ?? id;
  const reliability = new Map(check.reliability.map((r) => [r.article, r] as const));
  const groupOf = new Map<string, number>();
  check.groups.forEach((group, index) => {
    for (const id of group) groupOf.set(id, index);
  });

  const editedOf = new Map(
    (input.edits ?? []).map((e) => [e.article, { version: e.version, versions: e.versions }] as const),
  );
  const sources: BriefSource[] = articles.map((article) => {
    const r = reliability.get(article.id);
    const edited = editedOf.get(article.id);
    return {
      article: article.id,
      key: key(article.id),
      label: labelOf(article),
      ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
      ...(article.title !== undefined ? { title: article.title } : {}),
      ...(article.url !== undefined ? { url: article.url } : {}),
      ...(article.path !== undefined ? { path: article.path } : {}),
      ...(article.published !== undefined ? { published: article.published } : {}),
      group: groupOf.get(article.id) ?? -1,
      reliability: r?.score ?? 0,
      reliabilityReasons: r?.reasons ?? [],
      ...(edited ? { edited } : {}),
    };
  });

  const withSource = (evidence: readonly Evidence[]): BriefEvidence[] =>
    evidence.map((e) => ({ ...e, source: key(e.article) }));
  const sourcesOf = (evidence: readonly Evidence[]) =>
    [...new Set(evidence.map((e) => key(e.article)))].sort();
  const briefFact = (fact: CheckedFact): BriefFact => ({
    id: fact.id,
    kind: fact.kind,
    statement: fact.statement,
    status: fact.status,
    support: fact.support,
    sources: sourcesOf(fact.mentions),
    evidence: withSource(fact.mentions),
    reasons: fact.reasons,
  });

  const disputed: BriefDispute[] = check.conflicts.map((conflict) => ({
    id: conflict.id,
    kind: conflict.kind,
    topic: conflict.topic,
    summary: conflict.summary,
    ...(conflict.majority
      ? { majority: { value: conflict.majority.value, sources: conflict.majority.articles.map(key) } }
      : {}),
    minority: { value: conflict.minority.value, sources: conflict.minority.articles.map(key) },
    evidence: withSource(conflict.evidence),
    reasons: conflict.reasons,
  }));

  const established = check.facts.filter((f) => f.status === 'corroborated').map(briefFact);
  const singleSource = check.facts.filter((f) => f.status === 'single-source').map(briefFact);

  const factSources = new Map(check.facts.map((f) => [f.id, sourcesOf(f.mentions)] as const));
  const timeline: BriefTimelineEntry[] = check.timeline.map((entry) => ({
    ...entry,
    sources: [...new Set(entry.facts.flatMap((id) => factSources.get(id) ?? []))].sort(),
  }));

  const sourceNotes: SourceNote[] = articles.map((article) => {
    const id = article.id;
    const group = groupOf.get(id);
    return {
      source: key(id),
      label: labelOf(article),
      reliability: reliability.get(id)?.score ?? 0,
      wrong: check.conflicts
        .filter((c) => c.majority !== undefined && c.minority.articles.includes(id))
        .map((c) => `${c.kind}: ${c.minority.value} (against ${c.majority!.value})`),
      unresolved: check.conflicts
        .filter((c) => c.majority === undefined && c.sides.some((s) => s.articles.includes(id)))
        .map((c) =>
          c.sides.every((s) => s.articles.length === 1 && s.articles[0] === id)
            ? `contradicts itself on ${c.topic}: ${c.minority.value}`
            : `${c.kind}: ${c.topic}`,
        ),
      alone: singleSource.filter((f) => f.evidence.some((e) => e.article === id)).map((f) => f.statement),
      copies: articles
        .filter((other) => other.id !== id && groupOf.get(other.id) === group)
        .map((o) => key(o.id)),
    };
  });

  const method = [
    `${articles.length} articles in ${check.groups.length} independence groups; a group (a report and its copies or rewrites) counts as one source.`,
    'A fact is established only when at least two independent groups state it; one group alone, however many copies, leaves it single-source; a fact touched by a dispute is contested.',
    'Disputes are typed (role, title, date, number, quote, attribution, stale media, self-contradiction, polarity); each lists the sentences that show it.',
    'Majority and minority are weighed by independent groups and by source reliability, estimated by iterating between how likely each value is and how often each source agrees with independent sources (after Dong, Berti-Equille and Srivastava, 2009).',
  ];

  const edits = briefEdits(input.edits ?? [], articles, key, (id) => groupOf.get(id));
  if (editedOf.size > 0)
    method.push(
      'Pages fetched again with other content are later versions of one article; only the newest is weighed. A number or name changed in a later version is reported when another independent source states the old or the new value: as a correction when the page says so, else as a stealth edit.',
    );

  return {
    title: input.title ?? articles.find((a) => a.title)?.title ?? 'Untitled story',
    sources,
    groups: check.groups.map((group) => group.map(key)),
    timeline,
    established,
    disputed,
    singleSource,
    sourceNotes,
    edits,
    method,
    check,
  };
}
