import type { EntityMention, EntityType, Span, Token } from '../../model/index.ts';
import { tokenize, tokensOfRange } from '../../text/tokens.ts';
import { constrain, ViterbiWorkspace, viterbi } from './decode.ts';
import { labels } from './labels.ts';
import type { TaggerModel } from './model.ts';
import { createEmissionScorer } from './scorer.ts';

/** Finds names of people, organisations, places and other named things in sentences. */
export interface EntityRecogniser {
  /**
   * Mentions in the given sentence spans of `text`, sorted by start, spans into `text`. `tokens`,
   * when given, are `tokenize(text)`: sentences then take their words from them.
   */
  recognise(text: string, sentences: readonly Span[], tokens?: readonly Token[]): EntityMention[];
}

/** A recogniser that can also tag words already split into tokens (for evaluation on CoNLL files). */
export interface EntityTagger extends EntityRecogniser {
  /** One IOB2 tag (`O`, `B-PER`, `I-PER`, … over PER, ORG, LOC, MISC) per word. */
  tagTokens(words: readonly string[]): string[];
}

/** Mention types in the order of `entityTags` (PER, ORG, LOC, MISC). */
const mentionTypes: readonly EntityType[] = ['person', 'organization', 'place', 'misc'];

// A local copy: module bindings read in hot loops cost a getter call each under tsx.
const labelNames = labels;

export function createTagger(model: TaggerModel): EntityTagger {
  const score = createEmissionScorer(model);
  const transitions = constrain(model.transitions);
  const workspace = new ViterbiWorkspace();
  const labelIds = (words: readonly string[]): Uint8Array =>
    viterbi(score(words), words.length, transitions, workspace);

  const tagTokens = (words: readonly string[]): string[] => {
    const tags: string[] = [];
    for (const label of labelIds(words)) tags.push(labelNames[label]!);
    return tags;
  };

  const recognise = (
    text: string,
    sentences: readonly Span[],
    textTokens?: readonly Token[],
  ): EntityMention[] => {
    const mentions: EntityMention[] = [];
    for (const [start, end] of sentences) {
      const from = Math.max(0, Math.min(start, text.length));
      const to = Math.max(from, Math.min(end, text.length));
      const tokens = textTokens ? tokensOfRange(text, textTokens, from, to) : tokenize(text, from, to);
      if (tokens.length === 0) continue;
      const best = labelIds(tokens.map((token) => token.text));
      // Label ids are O, then B-/I- pairs per type; decoding never puts I-X after anything but X.
      for (let first = 0; first < best.length; ) {
        const label = best[first]!;
        if (label === 0) {
          first++;
          continue;
        }
        const type = (label - 1) >> 1;
        const inside = 2 * type + 2;
        let last = first;
        while (best[last + 1] === inside) last++;
        mentions.push({ type: mentionTypes[type]!, span: [tokens[first]!.span[0], tokens[last]!.span[1]] });
        first = last + 1;
      }
    }
    mentions.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
    // Overlapping sentence spans would tag the same words twice: keep the first mention only.
    const kept: EntityMention[] = [];
    for (const mention of mentions) {
      const last = kept[kept.length - 1];
      if (last === undefined || last.span[1] <= mention.span[0]) kept.push(mention);
    }
    return kept;
  };

  return { tagTokens, recognise };
}
