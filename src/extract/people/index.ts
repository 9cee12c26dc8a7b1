import type { Entity, EntityMention, EntityType, Person, Sentence, Span, Title } from '../../model/index.ts';
import { type Token, tokenize } from '../../text/tokens.ts';
import { sentenceAt } from '../sentences/index.ts';
import { isRole, titlesOfMention } from './titles.ts';

/**
 * People, organisations and places of one article: mentions grouped into entities, a short form
 * merged into the one full name it can stand for ("Smith" → "Jane Smith"; an ambiguous
 * "Smith" with two full-name Smiths stays apart), and titles bound to each person.
 */

const nameWords = (name: string): string[] => name.toLowerCase().split(/\s+/).filter(Boolean);

/** Maps every name as written to the canonical (longest unambiguous) form it stands for. */
export function canonicalNames(names: readonly string[]): Map<string, string> {
  const distinct = [...new Set(names)].sort(
    (a, b) => nameWords(b).length - nameWords(a).length || a.localeCompare(b),
  );
  const canonical = new Map<string, string>();
  for (const name of distinct) {
    const words = nameWords(name);
    const longer = distinct.filter((other) => {
      const otherWords = nameWords(other);
      if (otherWords.length <= words.length) return false;
      // "Smith" or "Jane" inside "Jane Smith"; "Vladimir Putin" inside "Vladimir Vladimirovich Putin".
      const tail = otherWords.slice(-words.length).join(' ') === words.join(' ');
      const head = words.length === 1 && otherWords[0] === words[0];
      return tail || head;
    });
    const targets = new Set(longer.map((other) => canonical.get(other) ?? other));
    canonical.set(name, targets.size === 1 ? [...targets][0]! : name);
  }
  return canonical;
}

const isAllCaps = (name: string) => name.length > 3 && name === name.toUpperCase();

function groupEntities(
  text: string,
  mentions: readonly EntityMention[],
): { name: string; spans: Span[]; variants: string[] }[] {
  const written = mentions.map((m) => text.slice(m.span[0], m.span[1]).replace(/\s+/g, ' '));
  const canonical = canonicalNames(written);
  const groups = new Map<string, { name: string; spans: Span[]; variants: string[] }>();
  mentions.forEach((mention, index) => {
    const name = canonical.get(written[index]!) ?? written[index]!;
    // "MOSCOW" in a dateline and "Moscow" in the body are one place.
    const key = name.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { name, spans: [], variants: [] };
      groups.set(key, group);
    }
    if (isAllCaps(group.name) && !isAllCaps(name)) group.name = name;
    group.spans.push(mention.span);
    if (!group.variants.includes(written[index]!)) group.variants.push(written[index]!);
  });
  return [...groups.values()];
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.span[0] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface PeopleLayer {
  readonly people: Person[];
  readonly organizations: Entity[];
  readonly places: Entity[];
}

const honorific = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?$/i;

/**
 * "Trump’s" → "Trump", "Secretary Jane Smith" → "Jane Smith", "Mr. Royce" → "Royce": a
 * possessive ending, a leading title or an honorific is never part of a person's name (titles are
 * bound separately).
 */
function trimmedMention(text: string, mention: EntityMention): EntityMention {
  let [start, end] = mention.span;
  // The tagger sometimes takes a quotation mark or bracket in with the name.
  while (start < end && /[^\p{L}\p{N}]/u.test(text[start]!)) start++;
  while (end > start && /[^\p{L}\p{N}.]/u.test(text[end - 1]!)) end--;
  if (end - start > 3 && /['’]s$/.test(text.slice(end - 2, end))) end -= 2;
  if (mention.type === 'person') {
    for (
      let word = /^\S+\s+/.exec(text.slice(start, end));
      word;
      word = /^\S+\s+/.exec(text.slice(start, end))
    ) {
      const bare = word[0].trim();
      if (!(isRole(bare) || honorific.test(bare))) break;
      start += word[0].length;
    }
  }
  return start === mention.span[0] && end === mention.span[1] ? mention : { ...mention, span: [start, end] };
}

/**
 * The tagger misses a name it found elsewhere in the same article (often at the start of a
 * sentence, where capitals say nothing). Every other occurrence of a recognised name, and of the
 * surname of a recognised full name, is a mention too. Matching is on whole tokens, case-sensitive.
 */
export function recoverMentions(
  text: string,
  mentions: readonly EntityMention[],
  tokens: readonly Token[] = tokenize(text),
): EntityMention[] {
  /** Known names as token sequences, indexed by their first token. */
  const byFirstToken = new Map<string, { words: string[]; type: EntityType }[]>();
  const add = (words: string[], type: EntityType) => {
    const list = byFirstToken.get(words[0]!) ?? [];
    if (list.some((known) => known.words.join(' ') === words.join(' '))) return;
    list.push({ words, type });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirstToken.set(words[0]!, list);
  };
  for (const mention of mentions) {
    const words = tokensIn(tokens, mention.span).map((t) => t.text);
    if (words.length === 0 || words.join('').length < 3 || !/^\p{Lu}/u.test(words[0]!)) continue;
    add(words, mention.type);
    const surname = words.at(-1)!;
    if (mention.type === 'person' && words.length > 1 && surname.length >= 3) add([surname], 'person');
  }
  if (byFirstToken.size === 0) return [...mentions];
  const taken = mentions.map((m) => m.span);
  const recovered: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const known = byFirstToken.get(tokens[i]!.text);
    if (!known) continue;
    const match = known.find((name) => name.words.every((word, k) => tokens[i + k]?.text === word));
    if (!match) continue;
    const span: Span = [tokens[i]!.span[0], tokens[i + match.words.length - 1]!.span[1]];
    if (!taken.some((t) => t[0] < span[1] && span[0] < t[1])) recovered.push({ type: match.type, span });
    i += match.words.length - 1;
  }
  return recovered.length === 0
    ? [...mentions]
    : [...mentions, ...recovered].sort((a, b) => a.span[0] - b.span[0]);
}

/** The tokens inside a span. */
function tokensIn(tokens: readonly Token[], span: Span): readonly Token[] {
  const first = tokenAt(tokens, span[0]);
  let end = first;
  while (end < tokens.length && tokens[end]!.span[1] <= span[1]) end++;
  return tokens.slice(first, end);
}

/**
 * One name, one type per article: the tagger may call "Putin" a place in one sentence and a
 * person in the next. A name (or a single word of a multi-word person name) that is a person
 * anywhere in the article is a person everywhere; otherwise the type seen most often wins.
 */
export function harmoniseTypes(
  text: string,
  recognised: readonly EntityMention[],
  tokens: readonly Token[] = tokenize(text),
): EntityMention[] {
  const trimmed = recognised
    .map((mention) => trimmedMention(text, mention))
    .filter((m) => m.span[1] > m.span[0]);
  const mentions = recoverMentions(text, trimmed, tokens);
  const key = (m: EntityMention) => text.slice(m.span[0], m.span[1]).toLowerCase().replace(/\s+/g, ' ');
  const personWords = new Set<string>();
  const votes = new Map<string, Map<EntityType, number>>();
  for (const mention of mentions) {
    const name = key(mention);
    if (mention.type === 'person') {
      personWords.add(name);
      const words = name.split(' ');
      if (words.length > 1) for (const word of [words[0]!, words.at(-1)!]) personWords.add(word);
    }
    const counts = votes.get(name) ?? new Map<EntityType, number>();
    counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
    votes.set(name, counts);
  }
  return mentions.map((mention) => {
    const name = key(mention);
    if (personWords.has(name)) return mention.type === 'person' ? mention : { ...mention, type: 'person' };
    const counts = [...(votes.get(name) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const type = counts[0]?.[0] ?? mention.type;
    return type === mention.type ? mention : { ...mention, type };
  });
}

const ofType = (mentions: readonly EntityMention[], type: EntityType) =>
  mentions.filter((m) => m.type === type);

export function groupPeople(
  text: string,
  sentences: readonly Sentence[],
  recognised: readonly EntityMention[],
): PeopleLayer {
  const tokens = tokenize(text);
  const mentions = harmoniseTypes(text, recognised, tokens);
  const personMentions = ofType(mentions, 'person');
  const nameTokens = new Set<number>();
  const ranges = personMentions.map((mention) => {
    const first = tokenAt(tokens, mention.span[0]);
    const end = tokenAt(tokens, mention.span[1]);
    for (let i = first; i < end; i++) nameTokens.add(i);
    return { first, end };
  });
  const sentenceOf = (offset: number): Span => sentenceAt(sentences, offset)?.span ?? [0, text.length];

  const titlesBySpan = new Map<number, Title[]>();
  personMentions.forEach((mention, index) => {
    const { first, end } = ranges[index]!;
    titlesBySpan.set(
      mention.span[0],
      titlesOfMention(text, tokens, first, end, sentenceOf(mention.span[0]), nameTokens),
    );
  });

  const people = groupEntities(text, personMentions).map((group): Person => {
    const titles: Title[] = [];
    for (const span of group.spans) {
      for (const title of titlesBySpan.get(span[0]) ?? []) {
        if (!titles.some((t) => t.text.toLowerCase() === title.text.toLowerCase())) titles.push(title);
      }
    }
    return { ...group, titles };
  });
  return {
    people,
    organizations: groupEntities(text, ofType(mentions, 'organization')),
    places: groupEntities(text, ofType(mentions, 'place')),
  };
}
