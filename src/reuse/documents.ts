import { reportingKinds, type Span } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import type { SentenceProfile, SentenceSimilarity } from '../text/similarity/index.ts';

/**
 * An article as reuse tracing reads it: its reporting sentences (title and body only: captions
 * and credits are not reporting) as similarity profiles with direct quotes masked, because
 * outlets that quote the same speaker have not copied each other.
 */
export interface ReuseDocument {
  readonly id: string;
  readonly published?: string;
  readonly textLength: number;
  readonly sentences: readonly SentenceProfile[];
  /** Own words of each sentence (quotes left out): what coverage is measured in. */
  readonly sentenceWeights: readonly number[];
  readonly totalWeight: number;
  /** Content lemmas in reading order, quotes masked: the material of shingles. */
  readonly contentLemmas: readonly string[];
  /** Names, numbers and dates: what survives paraphrase, for the candidate fingerprint. */
  readonly anchors: ReadonlySet<string>;
}

/** Spans of the reporting sentences; whole reporting blocks when no sentences were found. */
export function reportingSpans(article: AnalysedArticle): Span[] {
  const isReporting = (block: number) => {
    const kind = article.blocks[block]?.kind;
    return kind !== undefined && reportingKinds.has(kind);
  };
  const sentences = article.extraction.sentences.filter((sentence) => isReporting(sentence.block));
  if (sentences.length > 0) return sentences.map((sentence) => sentence.span);
  return article.blocks.filter((block) => reportingKinds.has(block.kind)).map((block) => block.span);
}

const within = (span: Span, outer: Span) => outer[0] <= span[0] && span[1] <= outer[1];

/** Words a sentence around a quote may keep and still be nothing but the quote's attribution. */
const attributionWords = 3;

/** Small whole numbers ("two", "10") are everywhere; they would only add noise to a fingerprint. */
const isTellingAnchor = (anchor: string) => !/^#\d$/.test(anchor);

export function readDocument(article: AnalysedArticle, similarity: SentenceSimilarity): ReuseDocument {
  const quotes = article.extraction.quotes.map((quote) => quote.span);
  const sentences: SentenceProfile[] = [];
  for (const span of reportingSpans(article)) {
    const masked = quotes.filter(([start, end]) => start < span[1] && span[0] < end);
    const dates = article.extraction.dates
      .filter((date) => date.value !== null && within(date.span, span))
      .map((date) => `%${date.value}`);
    const profile = similarity.profile({ text: article.text, span, masked, anchors: dates });
    // A quote with only its attribution left ("..., Doe said.") holds none of the writer's own
    // words: any two reports quoting the same person share "Doe said", which is no evidence of reuse.
    sentences.push(
      masked.length > 0 && profile.words.length <= attributionWords
        ? similarity.profile({ text: article.text, span, masked: [span], anchors: dates })
        : profile,
    );
  }
  const sentenceWeights = sentences.map((sentence) => sentence.words.length);
  const anchors = new Set<string>();
  for (const sentence of sentences)
    for (const anchor of sentence.anchors) if (isTellingAnchor(anchor)) anchors.add(anchor);
  return {
    id: article.id,
    ...(article.published !== undefined ? { published: article.published } : {}),
    textLength: article.text.length,
    sentences,
    sentenceWeights,
    totalWeight: sentenceWeights.reduce((sum, weight) => sum + weight, 0),
    contentLemmas: sentences.flatMap((sentence) => sentence.content.map((word) => word.lemma)),
    anchors,
  };
}
