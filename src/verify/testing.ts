import type {
  Block,
  BlockKind,
  Claim,
  DateMention,
  Entity,
  Extraction,
  NumberMention,
  Person,
  Quote,
  Sentence,
  Span,
} from '../model/index.ts';
import { layOutBlocks } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';

/**
 * Builds small analysed articles by hand for the cross-check's tests: text from blocks, layers
 * from the surface strings a test names. Spans are found in the text, so a test reads like the
 * article it describes. Test support only; no stage of the pipeline runs here.
 */

export interface HandPerson {
  readonly name: string;
  /** Ways the article writes the name; each occurrence becomes a mention. Default: the name. */
  readonly written?: readonly string[];
  /** Titles as written; each occurrence is bound to this person. */
  readonly titles?: readonly string[];
}

export interface HandArticle {
  readonly id: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly publishedSource?: AnalysedArticle['publishedSource'];
  /** Blocks in order; a bare string is a body paragraph. */
  readonly blocks: readonly (string | { readonly kind: BlockKind; readonly text: string })[];
  readonly people?: readonly HandPerson[];
  readonly places?: readonly string[];
  readonly organizations?: readonly string[];
  readonly dates?: readonly (Omit<DateMention, 'span' | 'grain'> & {
    readonly grain?: DateMention['grain'];
  })[];
  readonly numbers?: readonly Omit<NumberMention, 'span'>[];
  readonly quotes?: readonly {
    readonly text: string;
    readonly speaker: string | null;
    /** Where the speaker is named or referred to ("Trump", "he"); absent: carried over. */
    readonly speakerText?: string;
  }[];
}

/** Every occurrence of `needle` in `text` at word boundaries. */
export function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle.length === 0) return spans;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    const boundary = (char: string | undefined) => char === undefined || !/[\p{L}\p{N}]/u.test(char);
    if (boundary(before) && boundary(after)) spans.push([at, at + needle.length]);
  }
  return spans;
}

/** Sentences of a block: split after ".", "!" or "?" (and a closing quote) before a capital or quote. */
function sentencesOf(text: string, block: Block, index: number): Sentence[] {
  const [start, end] = block.span;
  const sentences: Sentence[] = [];
  const pattern = /[.!?]["”’]?\s+(?=[\p{Lu}“"])/gu;
  let from = start;
  const body = text.slice(start, end);
  for (const match of body.matchAll(pattern)) {
    // "U.S. President", "Mr. Smith": an initialism or an abbreviation ends no sentence.
    const word = /(\S+)$/.exec(body.slice(0, match.index! + 1))?.[1] ?? '';
    if (/^(?:\p{L}\.)+$/u.test(word) || /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|No)\.$/.test(word)) continue;
    const to = start + match.index! + match[0].trimEnd().length;
    sentences.push({ span: [from, to], block: index });
    from = start + match.index! + match[0].length;
  }
  if (from < end) sentences.push({ span: [from, end], block: index });
  return sentences;
}

export function handArticle(spec: HandArticle): AnalysedArticle {
  const parts = spec.blocks.map((b) => (typeof b === 'string' ? { kind: 'body' as BlockKind, text: b } : b));
  const { text, blocks } = layOutBlocks(parts);
  const sentences = blocks.flatMap((block, index) => sentencesOf(text, block, index));
  const people: Person[] = (spec.people ?? []).map((p) => {
    const written = p.written ?? [p.name];
    const spans = written.flatMap((w) => occurrences(text, w)).sort((a, b) => a[0] - b[0]);
    // A title binds where it stands right before one of the person's written names.
    const titles = (p.titles ?? []).flatMap((t) =>
      written.flatMap((w) =>
        occurrences(text, `${t} ${w}`).map((at) => ({ text: t, span: [at[0], at[0] + t.length] as Span })),
      ),
    );
    return { name: p.name, variants: [...written], spans, titles };
  });
  const entities = (names: readonly string[] | undefined): Entity[] =>
    (names ?? []).map((name) => ({ name, variants: [name], spans: occurrences(text, name) }));
  const firstSpan = (needle: string): Span => {
    const found = occurrences(text, needle)[0] ?? [
      text.indexOf(needle),
      text.indexOf(needle) + needle.length,
    ];
    if (found[0] < 0) throw new Error(`"${needle}" is not in the text of ${spec.id}`);
    return found;
  };
  const dates: DateMention[] = (spec.dates ?? []).map((d) => ({
    grain: 'day',
    ...d,
    span: firstSpan(d.text),
  }));
  const numbers: NumberMention[] = (spec.numbers ?? []).map((n) => ({ ...n, span: firstSpan(n.text) }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const span = firstSpan(q.text);
    const speakerSpan = q.speakerText
      ? occurrences(text, q.speakerText).sort(
          (a, b) => Math.abs(a[0] - span[0]) - Math.abs(b[0] - span[0]),
        )[0]
      : undefined;
    return { text: q.text, speaker: q.speaker, span, ...(speakerSpan ? { speakerSpan } : {}) };
  });
  const reporting = (s: Sentence) => ['title', 'body'].includes(blocks[s.block]!.kind);
  const claims: Claim[] = sentences.filter(reporting).map((s, index) => ({
    id: `${spec.id}:c${index + 1}`,
    text: text.slice(s.span[0], s.span[1]),
    span: s.span,
  }));
  const extraction: Extraction = {
    sentences,
    entityMentions: [],
    people,
    organizations: entities(spec.organizations),
    places: entities(spec.places),
    dates,
    numbers,
    quotes,
    claims,
  };
  return {
    id: spec.id,
    ...(spec.outlet !== undefined ? { outlet: spec.outlet } : {}),
    ...(spec.published !== undefined
      ? { published: spec.published, publishedSource: spec.publishedSource ?? 'metadata' }
      : {}),
    language: 'en',
    text,
    blocks,
    diagnostics: [],
    extraction,
  };
}
