import {
  type Brief,
  type BriefFormat,
  briefFormats,
  buildBrief,
  renderBrief,
  renderHtmlFragment,
} from '../brief/index.ts';
import type { Story } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import type { ArticleEdits } from '../versions/index.ts';
import { anchorId, Html, sitePath } from './html.ts';
import { sourceLabels } from './sources.ts';

/**
 * A stored story's brief, made by src/brief from the story's articles and independence groups.
 * `renderStoryBrief` is the one switch over formats (API and CLI); the story page embeds the
 * HTML fragment of the same brief, linked to the page's own panels and to the articles.
 */

export { type BriefFormat, briefFormats };

const mediaTypes: Readonly<Record<BriefFormat, string>> = {
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
};

export interface RenderedBrief {
  readonly mediaType: string;
  readonly body: string;
}

/**
 * The brief of a stored story; `articles` are the story's articles in the store, in its order.
 * The store keeps the story's facts and conflicts but not the per-source reliability the brief
 * reports, so the cross-check is made again here: it is deterministic, so for a story the analysis
 * made from these articles it gives the stored facts and conflicts, ids included.
 */
export function storyBrief(
  story: Story,
  articles: readonly AnalysedArticle[],
  edits: readonly ArticleEdits[] = [],
): Brief {
  return buildBrief({ articles, independentGroups: story.independentGroups, title: story.title, edits });
}

/** The one switch over brief formats. */
export function renderStoryBrief(
  story: Story,
  articles: readonly AnalysedArticle[],
  format: BriefFormat,
  edits: readonly ArticleEdits[] = [],
): RenderedBrief {
  return { mediaType: mediaTypes[format], body: renderBrief(storyBrief(story, articles, edits), format) };
}

/** Ids of `fresh` items that `stored` holds too, under the same id and the `same` content. */
function sharedIds<T extends { readonly id: string }>(
  fresh: readonly T[],
  stored: readonly T[],
  same: (a: T, b: T) => boolean,
): Set<string> {
  const byId = new Map(stored.map((item) => [item.id, item] as const));
  return new Set(
    fresh
      .filter((item) => {
        const other = byId.get(item.id);
        return other !== undefined && same(item, other);
      })
      .map((item) => item.id),
  );
}

/**
 * The brief as a fragment of the story page: sources named as in the matrix, facts and disputes
 * linked to their rows and panels, each cited source linked to its article with that sentence
 * highlighted. A fact or dispute the stored story does not hold (a story stored by an older
 * analysis) is shown without those links rather than with broken or wrong ones.
 */
export function storyBriefFragment(
  story: Story,
  articles: readonly AnalysedArticle[],
  edits: readonly ArticleEdits[] = [],
): Html {
  const brief = storyBrief(story, articles, edits);
  const labels = sourceLabels(articles);
  // Linked only where the stored story holds the same fact or dispute under the same id.
  const facts = sharedIds(brief.check.facts, story.facts, (a, b) => a.statement === b.statement);
  const conflicts = sharedIds(brief.check.conflicts, story.conflicts, (a, b) => a.summary === b.summary);
  const article = (id: string, focus: { fact?: string; conflict?: string } = {}) =>
    sitePath(
      ['articles', id],
      { story: story.id, ...focus },
      focus.fact || focus.conflict ? 'focus' : undefined,
    );
  return new Html(
    renderHtmlFragment(brief, {
      level: 3,
      sourceName: (source) => labels.get(source.article) ?? source.label,
      links: {
        source: (source, topic) => {
          if (topic && 'fact' in topic && facts.has(topic.fact))
            return article(source.article, { fact: topic.fact });
          if (topic && 'dispute' in topic && conflicts.has(topic.dispute))
            return article(source.article, { conflict: topic.dispute });
          return article(source.article);
        },
        fact: (id) => (facts.has(id) ? `#${anchorId('fact', id)}` : undefined),
        dispute: (id) => (conflicts.has(id) ? `#${anchorId('conflict', id)}` : undefined),
      },
    }),
  );
}
