import type { BlockKind, Evidence, Sentence, Span } from '../model/index.ts';
import { reportingKinds } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { buildPersonIndex, type PersonIndex } from './people.ts';
import type { SentenceSimilarity } from './similarity.ts';
import { type ParsedTitle, parseTitle } from './titles.ts';
import { dayNumber, type EventWindow, eventWindow, publishedFromSource } from './window.ts';
import { conceptsOf } from './words.ts';

/**
 * Everything the detectors share about one story, computed once: each article's reporting
 * sentences, its independence group, people under story-level ids with their titles, the story's
 * event window, and the pairs of similar sentences across articles. Read-only for detectors.
 */

export interface PersonMention {
  readonly person: string;
  readonly span: Span;
}

export interface TitleMention {
  readonly person: string;
  readonly title: ParsedTitle;
  readonly span: Span;
  /** The sentence the title is written in. */
  readonly sentence: Span;
}

export interface ArticleView {
  readonly article: AnalysedArticle;
  /** How the brief names the article: its outlet, else its file name, else its id. */
  readonly label: string;
  /** Index of the article's independence group. */
  readonly group: number;
  /** Sentences in title and body blocks: the only ones that count as reporting. */
  readonly reporting: readonly Sentence[];
  readonly people: readonly PersonMention[];
  /** Titles bound to people in reporting sentences. */
  readonly titles: readonly TitleMention[];
  /** Relative dates ("Tuesday", "yesterday") resolve right: the publication date is read or fits the story. */
  readonly datesTrusted: boolean;
}

export interface SentenceRef {
  readonly article: string;
  readonly span: Span;
  readonly text: string;
}

export interface SentencePair {
  readonly a: SentenceRef;
  readonly b: SentenceRef;
  readonly similarity: number;
}

export interface StoryContext {
  readonly articles: readonly ArticleView[];
  readonly byId: ReadonlyMap<string, ArticleView>;
  readonly groups: readonly (readonly string[])[];
  readonly people: PersonIndex;
  readonly window: EventWindow | undefined;
  readonly similarity: SentenceSimilarity;
  /** Pairs of reporting sentences from different articles with similarity ≥ `minimum`, best first. */
  similarSentences(minimum: number): readonly SentencePair[];
}

/** Every article in exactly one group: unknown ids dropped, missing articles alone, repeats kept first. */
export function normaliseGroups(
  articleIds: readonly string[],
  groups: readonly (readonly string[])[],
): string[][] {
  const known = new Set(articleIds);
  const placed = new Set<string>();
  const result: string[][] = [];
  for (const group of groups) {
    const members = group.filter((id) => known.has(id) && !placed.has(id));
    for (const id of members) placed.add(id);
    if (members.length > 0) result.push(members);
  }
  for (const id of articleIds) if (!placed.has(id)) result.push([id]);
  return result;
}

export const blockKindAt = (article: AnalysedArticle, offset: number): BlockKind | undefined =>
  article.blocks.find((block) => block.span[0] <= offset && offset < block.span[1])?.kind;

export const isReporting = (article: AnalysedArticle, offset: number): boolean => {
  const kind = blockKindAt(article, offset);
  return kind !== undefined && reportingKinds.has(kind);
};

/** The sentence holding `offset`, else the block holding it, else the offset itself. */
export function sentenceSpanAt(article: AnalysedArticle, offset: number): Span {
  const sentence = article.extraction.sentences.find((s) => s.span[0] <= offset && offset < s.span[1]);
  if (sentence) return sentence.span;
  const block = article.blocks.find((b) => b.span[0] <= offset && offset < b.span[1]);
  return block ? block.span : [offset, offset];
}

/** Evidence for a statement: the whole sentence it is written in, so a reader sees it in context. */
export function evidenceAt(article: AnalysedArticle, offset: number): Evidence {
  const span = sentenceSpanAt(article, offset);
  return { article: article.id, span, text: article.text.slice(span[0], span[1]) };
}

export function evidenceOfSpan(article: AnalysedArticle, span: Span): Evidence {
  return { article: article.id, span, text: article.text.slice(span[0], span[1]) };
}

function labelOf(article: AnalysedArticle): string {
  if (article.outlet) return article.outlet;
  const file = article.path?.split(/[\\/]/).pop();
  return file && file.length > 0 ? file : article.id;
}

/** Labels that tell articles apart: a repeated outlet gets the article id beside it. */
function distinctLabels(articles: readonly AnalysedArticle[]): string[] {
  const labels = articles.map(labelOf);
  return labels.map((label, index) =>
    labels.indexOf(label) !== labels.lastIndexOf(label)
      ? `${label} (${articles[index]!.id.slice(0, 8)})`
      : label,
  );
}

const inside = (span: Span, range: Span) => span[0] >= range[0] && span[1] <= range[1];

export function buildStoryContext(
  articles: readonly AnalysedArticle[],
  independentGroups: readonly (readonly string[])[],
  similarity: SentenceSimilarity,
): StoryContext {
  const groups = normaliseGroups(
    articles.map((a) => a.id),
    independentGroups,
  );
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const id of group) groupOf.set(id, index);
  });
  const people = buildPersonIndex(
    articles.flatMap((a) =>
      a.extraction.people.flatMap((p) => [p.name, ...p.variants.filter((v) => v !== p.name)]),
    ),
  );
  const reportingOf = (article: AnalysedArticle) =>
    article.extraction.sentences.filter((s) => isReporting(article, s.span[0]));
  const window = eventWindow(
    articles.map((article) => {
      const sentences = reportingOf(article);
      return {
        article,
        reportingDates: article.extraction.dates.filter((d) => sentences.some((s) => inside(d.span, s.span))),
      };
    }),
  );
  const labels = distinctLabels(articles);
  const views = articles.map((article, index): ArticleView => {
    const reporting = reportingOf(article);
    const sentenceOf = (span: Span) => reporting.find((s) => inside(span, s.span))?.span;
    const mentions = article.extraction.people
      .flatMap((p) => p.spans.map((span) => ({ person: people.idOf(p.name), span })))
      .sort((a, b) => a.span[0] - b.span[0]);
    // Titles from body sentences only: headlines in title case make names and titles unreliable.
    // A title counts only beside a mention of its person (within a few words), so a title bound
    // across names ("Speaker John A. Boehner" given to John Kerry) is left out.
    const titles = article.extraction.people.flatMap((p) => {
      const person = people.idOf(p.name);
      return p.titles.flatMap((title) => {
        const sentence = blockKindAt(article, title.span[0]) === 'body' ? sentenceOf(title.span) : undefined;
        const beside = mentions.some(
          (m) =>
            m.person === person &&
            m.span[0] - title.span[1] <= 60 &&
            title.span[0] - m.span[1] <= 80 &&
            m.span[0] >= title.span[0] - 200,
        );
        return sentence && beside
          ? [{ person, title: parseTitle(title.text), span: title.span, sentence }]
          : [];
      });
    });
    return {
      article,
      label: labels[index]!,
      group: groupOf.get(article.id)!,
      reporting,
      people: mentions,
      titles,
      datesTrusted: datesTrusted(article, window),
    };
  });
  const byId = new Map(views.map((view) => [view.article.id, view] as const));
  // Pairs are found once at a low floor; higher thresholds filter that list.
  const floor = 0.3;
  let base: SentencePair[] | undefined;
  const cache = new Map<number, SentencePair[]>();
  return {
    articles: views,
    byId,
    groups,
    people,
    window,
    similarity,
    similarSentences(minimum) {
      let pairs = cache.get(minimum);
      if (!pairs) {
        if (minimum >= floor) {
          base ??= findSimilarSentences(views, similarity, floor);
          pairs = base.filter((pair) => pair.similarity >= minimum);
        } else pairs = findSimilarSentences(views, similarity, minimum);
        cache.set(minimum, pairs);
      }
      return pairs;
    },
  };
}

function datesTrusted(article: AnalysedArticle, window: EventWindow | undefined): boolean {
  if (article.published === undefined) return false;
  if (publishedFromSource(article)) return true;
  if (!window) return false;
  const [day, start, end] = [dayNumber(article.published), dayNumber(window.start), dayNumber(window.end)];
  return day !== undefined && start !== undefined && end !== undefined && day >= start - 3 && day <= end + 3;
}

/**
 * Candidate pairs come from an inverted index over rarer concepts (those in at most a quarter of
 * the sentences, at least 3 of them), so the cost grows with what sentences share, not with n².
 */
function findSimilarSentences(
  views: readonly ArticleView[],
  similarity: SentenceSimilarity,
  minimum: number,
): SentencePair[] {
  const refs: SentenceRef[] = views.flatMap((view) =>
    view.reporting.map((s) => ({
      article: view.article.id,
      span: s.span,
      text: view.article.text.slice(s.span[0], s.span[1]),
    })),
  );
  const concepts = refs.map((ref) => new Set(conceptsOf(ref.text)));
  const postings = new Map<string, number[]>();
  concepts.forEach((set, index) => {
    for (const concept of set) {
      const list = postings.get(concept);
      if (list) list.push(index);
      else postings.set(concept, [index]);
    }
  });
  const cap = Math.max(3, Math.ceil(refs.length / 4));
  const pairs: SentencePair[] = [];
  const seen = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > cap) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!];
        if (refs[x]!.article === refs[y]!.article) continue;
        const key = x * refs.length + y;
        if (seen.has(key)) continue;
        seen.add(key);
        const score = similarity(refs[x]!.text, refs[y]!.text);
        if (score >= minimum) pairs.push({ a: refs[x]!, b: refs[y]!, similarity: score });
      }
    }
  }
  return pairs.sort((p, q) => q.similarity - p.similarity || p.a.span[0] - q.a.span[0]);
}
