import type { Article, ConflictKind, FactStatus, Span, Story } from '../model/index.ts';
import { reportingKinds } from '../model/index.ts';
import { type Html, html, join } from './html.ts';

/**
 * Where an article's text is used as evidence: the spans of fact mentions and conflict evidence in
 * the stories it belongs to. The API returns them; the article page marks them in the text.
 */
export interface Highlight {
  readonly span: Span;
  readonly text: string;
  readonly kind: 'fact' | 'conflict';
  /** The fact's or conflict's id, unique within its story. */
  readonly id: string;
  readonly story: string;
  /** The fact's statement or the conflict's summary. */
  readonly label: string;
  readonly status?: FactStatus;
  readonly conflictKind?: ConflictKind;
  /** Asked for by the request (a clicked fact or conflict). */
  readonly focus: boolean;
}

export interface Focus {
  readonly story?: string | undefined;
  readonly fact?: string | undefined;
  readonly conflict?: string | undefined;
}

// Spans come from other stages and may be stale; a span outside the text is dropped, never trusted.
const validSpan = (span: Span, length: number): boolean =>
  Number.isInteger(span[0]) &&
  Number.isInteger(span[1]) &&
  0 <= span[0] &&
  span[0] < span[1] &&
  span[1] <= length;

export function highlightsOf(
  article: Pick<Article, 'id' | 'text'>,
  stories: readonly Story[],
  focus: Focus = {},
): Highlight[] {
  const found: Highlight[] = [];
  const add = (highlight: Omit<Highlight, 'text'>) => {
    if (validSpan(highlight.span, article.text.length))
      found.push({ ...highlight, text: article.text.slice(highlight.span[0], highlight.span[1]) });
  };
  for (const story of stories) {
    if (focus.story !== undefined && story.id !== focus.story) continue;
    const here = story.id === focus.story;
    for (const fact of story.facts)
      for (const mention of fact.mentions)
        if (mention.article === article.id)
          add({
            span: mention.span,
            kind: 'fact',
            id: fact.id,
            story: story.id,
            label: fact.statement,
            status: fact.status,
            focus: here && fact.id === focus.fact,
          });
    for (const conflict of story.conflicts)
      for (const evidence of conflict.evidence)
        if (evidence.article === article.id)
          add({
            span: evidence.span,
            kind: 'conflict',
            id: conflict.id,
            story: story.id,
            label: conflict.summary,
            conflictKind: conflict.kind,
            focus: here && conflict.id === focus.conflict,
          });
  }
  return found.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}

const markClass = (covering: readonly Highlight[]): string => {
  const classes = ['hl'];
  if (covering.some((h) => h.kind === 'conflict')) classes.push('hl-conflict');
  else classes.push(`hl-${covering[0]?.status ?? 'fact'}`);
  if (covering.some((h) => h.focus)) classes.push('focus');
  return classes.join(' ');
};

/**
 * The article text, escaped, with highlights as <mark>s and non-reporting blocks (captions,
 * credits…) set apart. Overlapping spans are cut at every boundary, so marks never nest.
 * The first focused piece has id "focus", the target of links from the story page.
 */
export function markedText(
  article: Pick<Article, 'text' | 'blocks'>,
  highlights: readonly Highlight[],
): Html {
  const { text } = article;
  const cuts = new Set<number>([0, text.length]);
  for (const h of highlights) cuts.add(h.span[0]).add(h.span[1]);
  for (const b of article.blocks) if (validSpan(b.span, text.length)) cuts.add(b.span[0]).add(b.span[1]);
  const points = [...cuts].sort((a, b) => a - b);
  const started = new Set<number>();
  let focusPlaced = false;
  const pieces: Html[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    const block = article.blocks.find((b) => b.span[0] <= start && end <= b.span[1]);
    const aside = block && !reportingKinds.has(block.kind) ? `block block-${block.kind}` : undefined;
    const covering = highlights.filter((h) => h.span[0] <= start && end <= h.span[1]);
    let out: Html = html`${piece}`;
    if (covering.length > 0) {
      // Each highlight's first piece carries an empty anchor "hl-N" for the list beside the text.
      const anchors = covering.map((h) => highlights.indexOf(h)).filter((n) => !started.has(n));
      for (const n of anchors) started.add(n);
      const focusHere = !focusPlaced && covering.some((h) => h.focus);
      if (focusHere) focusPlaced = true;
      const title = covering
        .map((h) => `${h.kind === 'conflict' ? 'Conflict' : 'Fact'}: ${h.label}`)
        .join('\n');
      out = html`${anchors.map((n) => html`<span class="anchor" id="hl-${n}"></span>`)}<mark class="${markClass(covering)}"${focusHere ? html` id="focus"` : ''} title="${title}">${piece}</mark>`;
    }
    pieces.push(aside ? html`<span class="${aside}">${out}</span>` : out);
  }
  return join(pieces);
}
