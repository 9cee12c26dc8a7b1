import {
  compareQuotes,
  describeChange,
  gap,
  type QuoteChange,
  type QuoteComparison,
  type QuoteRef,
  quoteDisplay,
  quotesOf,
  utterances,
} from '../quotes.ts';
import { evidenceOfSpan, type StoryContext } from '../story.ts';
import type { Detector, Finding, Observation } from '../types.ts';

/**
 * Quote: the same speaker's words quoted differently, with words changed, added or dropped inside
 * the quoted part. Quoting less (a fragment, or a cut marked with an ellipsis) is not alteration.
 * A quote given to another named speaker is the attribution detector's business, not this one's.
 */

/** The speaker most quotes of an utterance name; quotes naming someone else are left out here. */
export function namedSpeaker(group: readonly QuoteRef[]): string | undefined {
  const counts = new Map<string, number>();
  for (const ref of group)
    if (ref.speaker && ref.strength === 'named') counts.set(ref.speaker, (counts.get(ref.speaker) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

interface Wording {
  readonly representative: QuoteRef;
  readonly members: QuoteRef[];
}

const wordsOnly = (ref: QuoteRef) => ref.tokens.filter((t) => t !== gap).length;

export interface QuoteDetectorOptions {
  /**
   * Report words cut silently (no ellipsis) even when the cut leaves the claim standing. Off by
   * default: outlets trim quotes without marks all the time; a cut negation or number is always reported.
   */
  readonly reportSilentCuts: boolean;
}

/** The edits that count: replaced words, and cuts that remove a negation or a number (or any, if asked). */
const counted = (changes: readonly QuoteChange[], options: QuoteDetectorOptions) =>
  changes.filter((c) => c.kind === 'replaced' || c.meaningful || options.reportSilentCuts);

/** One or two counted edits, and the rest word for word: most of the shorter quote is shared. */
export function isAlteration(
  comparison: QuoteComparison,
  a: QuoteRef,
  b: QuoteRef,
  options: QuoteDetectorOptions = { reportSilentCuts: false },
): boolean {
  const shorter = Math.min(wordsOnly(a), wordsOnly(b));
  const edits = counted(comparison.changes, options).length;
  return edits >= 1 && comparison.changes.length <= 2 && comparison.shared >= 0.8 * shorter;
}

export function findQuoteAlterations(
  story: StoryContext,
  refs: readonly QuoteRef[],
  options: QuoteDetectorOptions = { reportSilentCuts: false },
): Finding[] {
  const findings: Finding[] = [];
  for (const group of utterances(refs)) {
    const speaker = namedSpeaker(group);
    const considered = group
      .filter((ref) => !(speaker && ref.strength === 'named' && ref.speaker !== speaker))
      .sort((a, b) => b.tokens.length - a.tokens.length || a.article.localeCompare(b.article));
    const wordings: Wording[] = [];
    const changes: QuoteChange[] = [];
    for (const ref of considered) {
      if (wordings.length === 0) {
        wordings.push({ representative: ref, members: [ref] });
        continue;
      }
      const comparisons = wordings.map((w) => compareQuotes(w.representative.tokens, ref.tokens));
      const home = wordings.find((_, i) => comparisons[i]!.changes.length === 0);
      if (home) {
        home.members.push(ref);
        continue;
      }
      // An alteration is a verbatim quote with one or two edits; quotes that differ throughout are
      // different renderings (another transcript, another translation), not a changed quote.
      const altered = wordings.findIndex(
        (w, i) =>
          w.representative.article !== ref.article &&
          isAlteration(comparisons[i]!, w.representative, ref, options),
      );
      if (altered < 0) continue;
      changes.push(...counted(comparisons[altered]!.changes, options));
      wordings.push({ representative: ref, members: [ref] });
    }
    if (wordings.length < 2 || new Set(considered.map((r) => r.article)).size < 2 || changes.length === 0)
      continue;
    const observations: Observation[] = wordings.flatMap((w, index) =>
      w.members.map((ref) => ({
        article: ref.article,
        key: `wording-${index}`,
        display: quoteDisplay(w.representative.quote.text),
        evidence: evidenceOfSpan(story.byId.get(ref.article)!.article, ref.sentences),
      })),
    );
    const who = speaker ?? considered.find((r) => r.speaker)?.speaker ?? 'an unnamed speaker';
    findings.push({
      kind: 'quote',
      topic: `the words of ${who}`,
      observations,
      reasons: [
        `the quotes share ${compareQuotes(wordings[0]!.representative.tokens, wordings[1]!.representative.tokens).shared} words in order, so they quote one utterance`,
        `inside the quoted part the words differ: ${changes.slice(0, 4).map(describeChange).join('; ')}`,
      ],
    });
  }
  return findings;
}

export function createQuoteDetector(options: QuoteDetectorOptions = { reportSilentCuts: false }): Detector {
  return {
    kind: 'quote',
    name: 'quote',
    detect: (story) => findQuoteAlterations(story, quotesOf(story), options),
  };
}

export const quoteDetector: Detector = createQuoteDetector();
