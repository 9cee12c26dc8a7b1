import type { Brief } from './build.ts';
import { renderClaimReview } from './render/claimreview.ts';
import { renderHtml } from './render/html.ts';
import { renderJson } from './render/json.ts';
import { renderMarkdown } from './render/markdown.ts';
import { renderText } from './render/text.ts';

/**
 * The brief of a story and its renderers: terminal text (the CLI default), Markdown, JSON (the
 * contract's facts, conflicts and timeline with the brief's sections), self-contained HTML, and
 * schema.org ClaimReview JSON-LD, one review per dispute.
 */

export type {
  Brief,
  BriefDispute,
  BriefEvidence,
  BriefFact,
  BriefInput,
  BriefSource,
  BriefTimelineEntry,
  SourceNote,
} from './build.ts';
export { buildBrief, sourceKey } from './build.ts';
export { type BriefEdit, editSentence } from './edits.ts';
export { claimReviews } from './render/claimreview.ts';
export {
  type BriefLinks,
  type BriefLinkTopic,
  escapeHtml,
  type HtmlFragmentOptions,
  renderHtmlFragment,
  scriptSafeJson,
} from './render/html.ts';
export { briefJson } from './render/json.ts';
export { escapeMarkdown } from './render/markdown.ts';

export const briefFormats = ['text', 'markdown', 'json', 'html', 'claimreview'] as const;
export type BriefFormat = (typeof briefFormats)[number];

export function renderBrief(brief: Brief, format: BriefFormat): string {
  switch (format) {
    case 'text':
      return renderText(brief);
    case 'markdown':
      return renderMarkdown(brief);
    case 'json':
      return renderJson(brief);
    case 'html':
      return renderHtml(brief);
    case 'claimreview':
      return renderClaimReview(brief);
  }
}
