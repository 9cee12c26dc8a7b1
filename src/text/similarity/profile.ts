import type { Span } from '../../model/index.ts';
import { tokenize } from '../tokens.ts';
import type { IdfTable } from './idf.ts';
import type { Lexicon } from './lexicon.ts';
import { negations } from './stopwords.ts';

/** One content word of a sentence, ready to be matched. */
export interface ContentWord {
  readonly text: string;
  readonly lemma: string;
  readonly forms: readonly string[];
  readonly concepts: readonly number[];
  readonly stem: string | null;
  /** Anchor key for names ("@putin") and numbers ("#28"); null for ordinary words. */
  readonly anchor: string | null;
  readonly weight: number;
}

/** A sentence as the similarity sees it. Built once per sentence, compared many times. */
export interface SentenceProfile {
  readonly span: Span;
  /** Every word token in order, lower case (masked ones left out): for wording overlap. */
  readonly words: readonly string[];
  /** Lemma of every word token in order, function words included. */
  readonly lemmas: readonly string[];
  readonly content: readonly ContentWord[];
  readonly totalWeight: number;
  readonly forms: ReadonlySet<string>;
  readonly concepts: ReadonlySet<number>;
  readonly stems: ReadonlySet<string>;
  /** Names, numbers and any anchors the caller supplied (entity keys, ISO dates). */
  readonly anchors: ReadonlySet<string>;
  readonly negations: number;
}

export interface ProfileInput {
  readonly text: string;
  /** The sentence inside `text`; the whole text when omitted. */
  readonly span?: Span;
  /** Stretches to ignore, such as direct quotes: shared quotes are not shared writing. */
  readonly masked?: readonly Span[];
  /** Extra anchors from extraction: entity keys, ISO dates. */
  readonly anchors?: readonly string[];
}

export interface ProfileSettings {
  readonly lexicon: Lexicon;
  readonly idf: IdfTable;
  /** Weight multiplier for names and numbers, which survive paraphrase and rarely coincide. */
  readonly anchorBoost: number;
}

const wordLike = /[\p{L}\p{N}]/u;
const capitalised = /^\p{Lu}/u;

const isMasked = (span: Span, masked: readonly Span[]): boolean =>
  masked.some(([start, end]) => span[0] < end && start < span[1]);

/** Builds the profile of one sentence. Pure given the lexicon and the IDF table. */
export function profileSentence(input: ProfileInput, settings: ProfileSettings): SentenceProfile {
  const { lexicon, idf, anchorBoost } = settings;
  const span: Span = input.span ?? [0, input.text.length];
  const masked = input.masked ?? [];
  const tokens = tokenize(input.text, span[0], span[1]).filter(
    (token) => wordLike.test(token.text) && (masked.length === 0 || !isMasked(token.span, masked)),
  );
  // In a headline every word is capitalised; there only unknown words are taken for names.
  const capitals = tokens.filter((token) => capitalised.test(token.text)).length;
  const titleCase = tokens.length >= 4 && capitals / tokens.length > 0.6;

  const words: string[] = [];
  const lemmas: string[] = [];
  const content: ContentWord[] = [];
  let negationCount = 0;
  for (const [index, token] of tokens.entries()) {
    const lower = token.text.toLowerCase();
    const info = lexicon.word(lower);
    words.push(lower);
    lemmas.push(info.lemma);
    if (negations.has(lower)) negationCount++;
    if (info.isStopword) continue;
    const looksLikeName =
      capitalised.test(token.text) && ((index > 0 && !titleCase) || !lexicon.isCommonWord(lower));
    const anchor = info.number ?? (looksLikeName ? `@${lower}` : null);
    const weight = idf.weight(info.lemma) * (anchor === null ? 1 : anchorBoost);
    content.push({
      text: lower,
      lemma: info.lemma,
      forms: looksLikeName ? [lower] : info.forms,
      concepts: looksLikeName ? [] : info.concepts,
      stem: looksLikeName ? null : info.stem,
      anchor,
      weight,
    });
  }
  return assemble(span, words, lemmas, content, negationCount, input.anchors ?? []);
}

function assemble(
  span: Span,
  words: readonly string[],
  lemmas: readonly string[],
  content: readonly ContentWord[],
  negationCount: number,
  extraAnchors: readonly string[],
): SentenceProfile {
  const forms = new Set<string>();
  const concepts = new Set<number>();
  const stems = new Set<string>();
  const anchors = new Set<string>(extraAnchors);
  let totalWeight = 0;
  for (const word of content) {
    for (const form of word.forms) forms.add(form);
    for (const concept of word.concepts) concepts.add(concept);
    if (word.stem !== null) stems.add(word.stem);
    if (word.anchor !== null) anchors.add(word.anchor);
    totalWeight += word.weight;
  }
  return {
    span,
    words,
    lemmas,
    content,
    totalWeight,
    forms,
    concepts,
    stems,
    anchors,
    negations: negationCount,
  };
}

/** Two neighbouring sentences read as one, for alignments where a rewrite merged or split them. */
export function joinProfiles(first: SentenceProfile, second: SentenceProfile): SentenceProfile {
  return assemble(
    [Math.min(first.span[0], second.span[0]), Math.max(first.span[1], second.span[1])],
    [...first.words, ...second.words],
    [...first.lemmas, ...second.lemmas],
    [...first.content, ...second.content],
    first.negations + second.negations,
    [...first.anchors, ...second.anchors],
  );
}
