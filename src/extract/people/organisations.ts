import type { Block, EntityMention, Span } from '../../model/index.ts';

/**
 * Photo agencies in credits: "Will Oliver/EPA/Shutterstock", "Alexander Kazakov/Sputnik via
 * Reuters". The tagger, trained on 1996 newswire with no credit lines, reads these as places;
 * the credit format itself says they are organisations: what follows a slash or "via".
 */
const agency = /(?:\/\s*|\bvia\s+)(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})/gu;
const notAgencies = new Set(['Handout', 'HANDOUT', 'Pool', 'POOL', 'File', 'Courtesy', 'Photo', 'Image']);

export function creditOrganisations(text: string, blocks: readonly Block[]): EntityMention[] {
  const found: EntityMention[] = [];
  for (const block of blocks) {
    if (block.kind !== 'credit' && block.kind !== 'caption') continue;
    const blockText = text.slice(block.span[0], block.span[1]);
    for (const match of blockText.matchAll(agency)) {
      const name = match[1]!;
      if (notAgencies.has(name)) continue;
      const start = block.span[0] + match.index + match[0].length - name.length;
      const span: Span = [start, start + name.length];
      found.push({ type: 'organization', span });
    }
  }
  return found;
}

/**
 * Institutions named by their head word: "Council on Foreign Relations", "U.S. Embassy", "Senate
 * Intelligence Committee", "Kremlin Press Office". Capitalised words before a head noun, and one
 * "of/on/for ..." after it. ("Office" alone is left out: "the Oval Office" is a room.)
 * (Every match starts with a capital: the leading look-ahead, tested first, says so and made the
 * search about three times faster.)
 */
const institution =
  /(?=\p{Lu})(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:Embassy|Council|Committee|Ministry|Department|Agency|Foundation|Institute|University|Commission|Press Office|Bureau|Court|Party|Bank|Fund|Organi[sz]ation|Union|Association|Federation|Corporation|Caucus|Hospital|Clinic)(?:\s+(?:on|of|for|(?<=Committee\s+)to)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}&'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}&'’-]*){0,4})?)(?![\p{L}\p{N}])/gu;

const institutionHead =
  /Embassy|Council|Committee|Ministry|Department|Agency|Foundation|Institute|University|Commission|Press Office|Bureau|Court|Party|Bank|Fund|Organi[sz]ation|Union|Association|Federation|Corporation|Caucus|Hospital|Clinic/;
/** The same head words, found one after the other. */
const institutionHeads = new RegExp(institutionHead.source, 'g');

/**
 * Whether a character may stand between the start of an institution's name and its head word
 * (a letter, one of . & ' ’ -, or a space). Any character outside ASCII counts: this only bounds
 * where a name may start, and erring wide keeps every match.
 */
function mayBeInName(code: number): boolean {
  if (code >= 0x80) return true;
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x2e ||
    code === 0x26 ||
    code === 0x27 ||
    code === 0x2d ||
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d)
  );
}

export function institutionNames(text: string, sentences: readonly Span[]): EntityMention[] {
  const found: EntityMention[] = [];
  for (const [start, end] of sentences) {
    const sentence = text.slice(start, end);
    // Most sentences name no institution: a plain search for a head word skips the costly pattern.
    if (!institutionHead.test(sentence)) continue;
    // The pattern is run from just before each head word, not over the whole sentence, which it
    // reads slowly: a name ends in a head word, and starts after the last character before it
    // that no name's words hold, so no match starts any earlier. (An exec loop, not matchAll:
    // matchAll copies the pattern at each of the many calls.)
    for (let from = 0; ; ) {
      institutionHeads.lastIndex = from;
      const head = institutionHeads.exec(sentence);
      if (!head) break;
      let nameStart = head.index;
      while (nameStart > from && mayBeInName(sentence.charCodeAt(nameStart - 1))) nameStart--;
      institution.lastIndex = nameStart;
      const match = institution.exec(sentence);
      if (!match) break;
      // "Iraq's Interior Ministry": the possessor is not part of the name, nor is a sentence's "The"
      // or where it is based ("New York-based Committee to Protect Journalists").
      const possessor = /^(?:.*['’]s?\s+|The\s+|.*-based\s+)/su.exec(match[0]);
      const matchStart = start + match.index + (possessor ? possessor[0].length : 0);
      const matchEnd = start + match.index + match[0].length;
      // (A head word alone, "Union" or "Hospital" opening a sentence, names no institution.)
      if (/\s/.test(text.slice(matchStart, matchEnd)))
        found.push({ type: 'organization', span: [matchStart, matchEnd] });
      from = institution.lastIndex;
    }
  }
  return found;
}

/**
 * Rule-found organisations over the tagger's mentions: a credit agency always wins; an institution
 * wins where it is longer than every tagger mention it overlaps ("U.S. Embassy" over "U.S.").
 */
export function withOrganisations(
  mentions: readonly EntityMention[],
  agencies: readonly EntityMention[],
  institutions: readonly EntityMention[],
): EntityMention[] {
  const overlap = (a: EntityMention, b: EntityMention) => a.span[0] < b.span[1] && b.span[0] < a.span[1];
  const length = (m: EntityMention) => m.span[1] - m.span[0];
  const winners = [
    ...agencies,
    ...institutions.filter(
      (rule) =>
        !agencies.some((a) => overlap(a, rule)) &&
        mentions.every((m) => !overlap(m, rule) || length(rule) > length(m)),
    ),
  ];
  if (winners.length === 0) return [...mentions];
  return [...mentions.filter((m) => !winners.some((w) => overlap(w, m))), ...winners].sort(
    (a, b) => a.span[0] - b.span[0],
  );
}
