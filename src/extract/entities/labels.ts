/** The four CoNLL-2003 entity types, and the IOB2 labels the tagger predicts over them. */
export const entityTags = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityTag = (typeof entityTags)[number];

/** Label ids are indexes into this list; `O` must stay first (id 0). */
export const labels: readonly string[] = ['O', ...entityTags.flatMap((tag) => [`B-${tag}`, `I-${tag}`])];

export const labelCount = labels.length;

const labelIds: ReadonlyMap<string, number> = new Map(labels.map((label, id) => [label, id]));

/** A run of tokens `[start, end)` (token indexes) that names one entity of `type`. */
export interface TokenChunk {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Prefix and type of a tag; anything that is not `X-TYPE` with a known prefix counts as outside. */
function parseTag(tag: string): { readonly prefix: string; readonly type: string } {
  const prefix = tag[0] ?? 'O';
  if (tag[1] !== '-' || !'BIESLU'.includes(prefix)) return { prefix: 'O', type: '' };
  return { prefix, type: tag.slice(2) };
}

/**
 * Entity chunks as conlleval reads them, so IOB1, IOB2 and IOBES/BILOU all work: a chunk starts at
 * B-/S-/U-, or at I-/E-/L- that does not continue a chunk of the same type; it ends before O, B-, or a
 * change of type, and right after E-/S-/L-/U-.
 */
export function chunksOf(tags: readonly string[]): TokenChunk[] {
  const chunks: TokenChunk[] = [];
  let openType = '';
  let openStart = -1;
  const close = (end: number): void => {
    if (openStart >= 0) chunks.push({ type: openType, start: openStart, end });
    openStart = -1;
    openType = '';
  };
  tags.forEach((tag, index) => {
    const { prefix, type } = parseTag(tag);
    const continues = openStart >= 0 && type === openType && 'IEL'.includes(prefix);
    if (!continues) {
      close(index);
      if (prefix !== 'O') {
        openStart = index;
        openType = type;
      }
    }
    if ('ESLU'.includes(prefix)) close(index + 1);
  });
  close(tags.length);
  return chunks;
}

/** Rewrites any IOB-style tagging (IOB1 in the CoNLL files) as IOB2: every chunk starts with B-. */
export function toIob2(tags: readonly string[]): string[] {
  const iob2 = tags.map(() => 'O');
  for (const { type, start, end } of chunksOf(tags)) {
    for (let index = start; index < end; index++) iob2[index] = `${index === start ? 'B' : 'I'}-${type}`;
  }
  return iob2;
}

/** The tagger's label id for an IOB2 tag; tags of types it does not know count as O. */
export const labelId = (tag: string): number => labelIds.get(tag) ?? 0;

/** May label `next` follow label `previous` (-1 = sentence start) in IOB2? I-X only continues X. */
export function allowedTransition(previous: number, next: number): boolean {
  const label = labels[next] ?? 'O';
  if (!label.startsWith('I-')) return true;
  const previousLabel = previous < 0 ? 'O' : (labels[previous] ?? 'O');
  return previousLabel.slice(2) === label.slice(2);
}
