import { evidenceOfSpan, type SentencePair, type StoryContext } from '../story.ts';
import type { Detector, Finding } from '../types.ts';

/**
 * Polarity: one source says something happened, another that it did not ("the meeting took
 * place" / "the meeting did not take place"). Only sentences that otherwise say the same thing,
 * about the same people, where exactly one of them negates its verb.
 */

/** A negated verb: "did not", "wasn't", "never", "no longer", "denied that", "failed to". */
const negatedVerb =
  /\b(?:(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|should)\s*(?:not|n['’]t)|(?:didn|doesn|don|wasn|weren|isn|aren|hasn|haven|hadn|won|wouldn|couldn|can)['’]t|cannot|never|no longer|denied that|denies that|failed to)\b/i;

/** Words outside any quotation, so a quoted "not" does not count as the outlet's own negation. */
const outsideQuotes = (text: string) => text.replace(/[“"][^”"]*[”"]/g, ' ');

/** Sentences must say the same thing at least this much, negation aside (negations are stop words there). */
const sameStatement = 0.6;

export function polarityOf(sentence: string): boolean {
  return negatedVerb.test(outsideQuotes(sentence));
}

function samePeople(story: StoryContext, pair: SentencePair): boolean {
  const peopleIn = (article: string, span: readonly [number, number]) =>
    new Set(
      story.byId
        .get(article)!
        .people.filter((m) => m.span[0] >= span[0] && m.span[1] <= span[1])
        .map((m) => m.person),
    );
  const [a, b] = [peopleIn(pair.a.article, pair.a.span), peopleIn(pair.b.article, pair.b.span)];
  if (a.size === 0 && b.size === 0) return pair.similarity >= 0.75;
  return [...a].some((person) => b.has(person));
}

export const polarityDetector: Detector = {
  kind: 'polarity',
  name: 'polarity',
  detect(story) {
    // One finding per negated sentence, with every sentence that affirms it.
    const byDenial = new Map<
      string,
      { no: SentencePair['a']; yes: SentencePair['a'][]; similarity: number }
    >();
    for (const pair of story.similarSentences(sameStatement)) {
      // Quoted words are the speaker's, and a quote cut across sentences hides which part is quoted.
      if (/[“”"]/.test(pair.a.text) || /[“”"]/.test(pair.b.text)) continue;
      const [negA, negB] = [polarityOf(pair.a.text), polarityOf(pair.b.text)];
      if (negA === negB || !samePeople(story, pair)) continue;
      const [yes, no] = negA ? [pair.b, pair.a] : [pair.a, pair.b];
      const key = `${no.article}:${no.span[0]}`;
      const entry = byDenial.get(key) ?? { no, yes: [], similarity: pair.similarity };
      entry.yes.push(yes);
      byDenial.set(key, entry);
    }
    const evidence = (ref: SentencePair['a']) =>
      evidenceOfSpan(story.byId.get(ref.article)!.article, ref.span);
    return [...byDenial.values()].map(
      ({ no, yes, similarity }): Finding => ({
        kind: 'polarity',
        topic: 'whether this happened',
        observations: [
          ...yes.map((ref) => ({
            article: ref.article,
            key: 'happened',
            display: 'it happened',
            evidence: evidence(ref),
          })),
          {
            article: no.article,
            key: 'did-not-happen',
            display: 'it did not happen',
            evidence: evidence(no),
          },
        ],
        reasons: [
          `the sentences say the same thing (similarity ${similarity.toFixed(2)}, negation aside) about the same people`,
          'one of them negates the verb, the other does not',
        ],
      }),
    );
  },
};
