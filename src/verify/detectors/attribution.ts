import { nameKey } from '../people.ts';
import { compareQuotes, type QuoteRef, quoteDisplay, quotesOf, utterances } from '../quotes.ts';
import { evidenceOfSpan, type StoryContext } from '../story.ts';
import type { Detector, Finding, Observation } from '../types.ts';

/**
 * Attribution: the same quote given to different speakers. Only speakers named beside the quote
 * count; a speaker reached through "he said" or carried over from the previous quote is a guess
 * of the extractor, and a guess is no ground for telling an outlet it misattributed.
 */
/** Shorter quotes ("past and present assertions") are phrases anyone may repeat. */
const minimumWords = 6;

/** The speaker is a person the article names (not an organisation or a stray word). */
function isPerson(story: StoryContext, ref: QuoteRef): boolean {
  const people = story.byId.get(ref.article)!.article.extraction.people;
  return people.some((p) => p.name === ref.quote.speaker && nameKey(p.name).length > 0);
}

/** Last word of a name that reads as a surname: "Mike Thibodeau (R)" → "thibodeau". */
export function surnameOf(name: string): string {
  const words = nameKey(name.replace(/\([^)]*\)/g, ' ')).filter((w) => /^\p{L}{2,}/u.test(w));
  // A headline's "Schiff Says" is Schiff.
  while (words.length > 1 && /^(says|said|tells|told|warns|vows|claims|urges|asks)$/.test(words.at(-1)!))
    words.pop();
  return words.at(-1) ?? name.toLowerCase();
}

export const attributionDetector: Detector = {
  kind: 'attribution',
  name: 'attribution',
  detect(story) {
    const findings: Finding[] = [];
    for (const group of utterances(quotesOf(story))) {
      const named = group.filter(
        (ref) =>
          ref.strength === 'named' &&
          ref.speaker !== null &&
          isPerson(story, ref) &&
          ref.tokens.length >= minimumWords,
      );
      // Speakers are told apart by surname: "Jacob J. Lew" and "Treasury Secretary Jacob Lew" are one.
      const bySurname = new Map<string, string>();
      for (const ref of named) bySurname.set(surnameOf(ref.speaker!), ref.speaker!);
      const speakers = new Set(named.map((ref) => bySurname.get(surnameOf(ref.speaker!))!));
      if (speakers.size < 2 || new Set(named.map((r) => r.article)).size < 2) continue;
      const observations: Observation[] = named.map((ref) => ({
        article: ref.article,
        key: surnameOf(ref.speaker!),
        display: bySurname.get(surnameOf(ref.speaker!))!,
        evidence: evidenceOfSpan(story.byId.get(ref.article)!.article, ref.sentences),
      }));
      const longest = [...named].sort((a, b) => b.tokens.length - a.tokens.length)[0]!;
      const other = named.find((ref) => surnameOf(ref.speaker!) !== surnameOf(longest.speaker!))!;
      findings.push({
        kind: 'attribution',
        topic: `who said ${quoteDisplay(longest.quote.text, 90)}`,
        observations,
        reasons: [
          `the quotes share ${compareQuotes(longest.tokens, other.tokens).shared} words in order, so they quote one utterance`,
          `each article names its speaker beside the quote: ${[...speakers].join(', ')}`,
        ],
      });
    }
    return findings;
  },
};
