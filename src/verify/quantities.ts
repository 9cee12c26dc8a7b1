import type { NumberMention, Span } from '../model/index.ts';
import { tokenize } from '../text/tokens.ts';
import type { StoryContext } from './story.ts';
import { conceptOf, conceptsOf } from './words.ts';

/**
 * Quantities of a story made comparable: each number with its unit, what it counts ("five-hour
 * meeting" counts a meeting's hours), whether it is approximate ("nearly", "more than"), and
 * whether its sentence reports a change ("reduced from 28 to 19 points"). Two numbers are the
 * same quantity when they share the unit and the words around them.
 */

export interface Quantity {
  readonly article: string;
  readonly mention: NumberMention;
  readonly unit: string;
  readonly sentence: Span;
  readonly sentenceText: string;
  /** Concepts within a few words of the number, the number itself left out. */
  readonly near: ReadonlySet<string>;
  /** The concept right before and right after the number: what tells numbers of a list apart. */
  readonly beside: readonly [string | undefined, string | undefined];
  /** Other numbers with the same unit in the same sentence (a list: "Breyer, 87; Roberts, 78"). */
  readonly siblings: number;
  readonly bound?: 'about' | 'at least' | 'at most';
  /** The sentence reports a change over time or a revision. */
  readonly change: boolean;
}

const approximate =
  /\b(about|around|nearly|almost|roughly|approximately|some|an estimated|close to|or so)\s*$/i;
const lowerBound = /\b(more than|over|at least|upwards of|in excess of|as many as|above)\s*$/i;
const upperBound = /\b(less than|fewer than|under|up to|at most|below|no more than)\s*$/i;
/** Concepts that, next to a number, say it changed or was revised ("reduce it to", "initial"). */
const changeConcepts = new Set(
  'reduce cut raise increase decrease rise rose fell fall drop grow grew shrink revise climb jump double halve trim expand lower modify update initial original previous'
    .split(' ')
    .flatMap((word) => conceptOf(word) ?? []),
);
/** "from 28 to 19", "28 to 19 points": a change written as two values. */
const fromTo = /\bfrom\s+\S+(?:\s+\S+)?\s+to\s+\S/i;

/** A unit's comparable form: "hours" and "hour" agree; a bare count has the unit "count". */
export function unitKey(unit: string | undefined): string {
  if (!unit) return 'count';
  if (/^[A-Z]{3}$/.test(unit)) return unit;
  return conceptOf(unit) ?? unit.toLowerCase();
}

const windowWords = 5;

export function quantitiesOf(story: StoryContext): Quantity[] {
  const quantities: Quantity[] = [];
  for (const view of story.articles) {
    const text = view.article.text;
    for (const sentence of view.reporting) {
      const inside = view.article.extraction.numbers.filter(
        (n) => n.span[0] >= sentence.span[0] && n.span[1] <= sentence.span[1],
      );
      if (inside.length === 0) continue;
      const sentenceText = text.slice(sentence.span[0], sentence.span[1]);
      const tokens = tokenize(text, sentence.span[0], sentence.span[1]);
      for (const mention of inside) {
        const before = text.slice(Math.max(sentence.span[0], mention.span[0] - 25), mention.span[0]);
        // "No. 2", "#3": a rank or a name, not an amount.
        if (/(?:\bNo\.|#|\bNumber)\s*$/i.test(before)) continue;
        const bound = approximate.test(before)
          ? 'about'
          : lowerBound.test(before)
            ? 'at least'
            : upperBound.test(before)
              ? 'at most'
              : undefined;
        const at = tokens.findIndex((t) => t.span[1] > mention.span[0]);
        const end = tokens.findIndex((t) => t.span[0] >= mention.span[1]);
        const near = new Set(
          [
            ...tokens.slice(Math.max(0, at - windowWords), Math.max(0, at)),
            ...tokens.slice(end < 0 ? tokens.length : end, (end < 0 ? tokens.length : end) + windowWords),
          ].flatMap((t) => conceptsOf(t.text)),
        );
        // A hyphenated unit's noun ("five-hour meeting") is what the number is about.
        for (const concept of conceptsOf(mention.text)) if (!/^\d/.test(concept)) near.add(concept);
        const left = tokens.slice(Math.max(0, at - 3), Math.max(0, at)).flatMap((t) => conceptsOf(t.text));
        const right = tokens
          .slice(end < 0 ? tokens.length : end, (end < 0 ? tokens.length : end) + 3)
          .flatMap((t) => conceptsOf(t.text));
        const siblings = inside.filter(
          (n) => n !== mention && unitKey(n.unit) === unitKey(mention.unit),
        ).length;
        quantities.push({
          article: view.article.id,
          mention,
          unit: unitKey(mention.unit),
          sentence: sentence.span,
          sentenceText,
          near,
          beside: [left.at(-1), right[0]],
          siblings,
          ...(bound ? { bound } : {}),
          change: [...near].some((c) => changeConcepts.has(c)) || fromTo.test(sentenceText),
        });
      }
    }
  }
  return quantities;
}

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((c) => b.has(c)).length;

/** Whether two numbers in two articles measure the same thing, and why. */
export function sameQuantity(
  story: StoryContext,
  a: Quantity,
  b: Quantity,
): { same: boolean; reason: string } {
  if (a.unit !== b.unit) return { same: false, reason: 'different units' };
  if (a.article === b.article && a.sentence[0] === b.sentence[0])
    return { same: false, reason: 'two numbers of one sentence' };
  // In a list of figures only the words right beside each number say which is which.
  if ((a.siblings > 0 || b.siblings > 0) && !(a.beside[0] === b.beside[0] || a.beside[1] === b.beside[1]))
    return { same: false, reason: 'different entries of a list of figures' };
  const around = shared(a.near, b.near);
  const similarity = story.similarity(a.sentenceText, b.sentenceText);
  const same = similarity >= 0.55 || (around >= 3 && similarity >= 0.3) || (around >= 2 && similarity >= 0.4);
  return {
    same,
    reason: `unit "${a.unit}", ${around} words in common around the number, sentence similarity ${similarity.toFixed(2)}`,
  };
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-9);

/** Whether two values can both be right: equal, one inside the other's range, or within a stated bound. */
export function valuesAgree(a: Quantity, b: Quantity): boolean {
  const [x, y] = [a.mention, b.mention];
  if (x.upTo !== undefined && y.upTo !== undefined)
    return relative(x.value, y.value) <= 0.01 && relative(x.upTo, y.upTo) <= 0.01;
  if (relative(x.value, y.value) <= 0.01) return true;
  const inRange = (v: number, m: NumberMention) => m.upTo !== undefined && v >= m.value && v <= m.upTo;
  if (inRange(y.value, x) || inRange(x.value, y)) return true;
  // The same bound on both sides ("at least 8" / "at least 12") is the same count reported differently.
  if (a.bound !== undefined && a.bound === b.bound)
    return a.bound === 'about' && relative(x.value, y.value) <= 0.1;
  const fits = (bounded: Quantity, other: NumberMention) => {
    const v = bounded.mention.value;
    if (bounded.bound === 'about') return relative(v, other.value) <= 0.25;
    if (bounded.bound === 'at least') return other.value >= v;
    if (bounded.bound === 'at most') return other.value <= v;
    return false;
  };
  return fits(a, y) || fits(b, x);
}
