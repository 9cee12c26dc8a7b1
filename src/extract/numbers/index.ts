import type { DateMention, NumberMention, Sentence, Span } from '../../model/index.ts';
import { overlaps } from '../../model/index.ts';

/**
 * Quantities with their units: "five-hour", "12-point", "30 to 50 kilometers", "20%", "$5 million".
 * Digits inside dates ("December 2, 2025") are dates, not quantities, and are left out.
 */

const wordValues: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const scales: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const currencies: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

const numberWord = Object.keys(wordValues).join('|');
const amount = `(?:[$€£]\\s?)?(?:\\d+(?:[.,]\\d+)*|(?:${numberWord})(?:-(?:${numberWord}))?)`;
/** amount, optional range end, optional scale, then a hyphenated unit, a percent sign, or a following word. */
const quantityPattern = new RegExp(
  `(?<![\\w.,])(${amount})(?:\\s*(?:to|-|–|and)\\s*(${amount}))?(?:\\s+(thousand|million|billion|trillion))?` +
    `(?:(%)|-([a-z]+)\\b|\\s+(percent|per cent|[a-z]+))?`,
  'giu',
);

/** Words after a number that are not its unit. */
const notUnits = new Set(
  'of to and or the a an in on at by for from with as than that which who is are was were be been has have had will would can could may might should do does did not no its their his her our your more less about after before this these those per other'.split(
    ' ',
  ),
);

function parseAmount(written: string): { value: number; currency?: string } | undefined {
  const symbol = /^[$€£]/.exec(written)?.[0];
  const bare = written.replace(/^[$€£]\s?/, '').toLowerCase();
  let value: number;
  if (/^\d/.test(bare)) value = Number(bare.replace(/,/g, ''));
  else value = bare.split('-').reduce((sum, part) => sum + (wordValues[part] ?? Number.NaN), 0);
  if (!Number.isFinite(value)) return undefined;
  return symbol ? { value, currency: currencies[symbol]! } : { value };
}

function quantityAt(match: RegExpExecArray, offset: number): NumberMention | undefined {
  const [whole, first, second, scaleWord, percentSign, hyphenUnit, nextWord] = match;
  const from = parseAmount(first!);
  if (!from) return undefined;
  const isWordNumber = !/\d/.test(first!);
  const followingUnit =
    nextWord && !notUnits.has(nextWord.toLowerCase()) ? nextWord.toLowerCase() : undefined;
  // "one of the most", "two years": a spelled-out number counts only with a unit beside it.
  if (isWordNumber && !hyphenUnit && !followingUnit && !scaleWord) return undefined;
  const scale = scaleWord ? scales[scaleWord.toLowerCase()]! : 1;
  const to = second ? parseAmount(second) : undefined;
  const unit =
    percentSign || nextWord?.toLowerCase().startsWith('per')
      ? 'percent'
      : (hyphenUnit?.toLowerCase() ?? followingUnit ?? from.currency);
  let text = whole;
  if (nextWord && !followingUnit) text = text.slice(0, text.length - nextWord.length).trimEnd();
  const span: Span = [offset + match.index, offset + match.index + text.length];
  // Set one by one, in the order of the JSON output: spreading objects into it cost more.
  const mention: { -readonly [K in keyof NumberMention]: NumberMention[K] } = {
    text,
    value: from.value * scale,
    span,
  };
  if (to) mention.upTo = to.value * scale;
  if (unit) mention.unit = unit;
  return mention;
}

export function findNumbers(
  text: string,
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
): NumberMention[] {
  const numbers: NumberMention[] = [];
  for (const sentence of sentences) {
    const sentenceText = text.slice(sentence.span[0], sentence.span[1]);
    quantityPattern.lastIndex = 0;
    for (let match = quantityPattern.exec(sentenceText); match; match = quantityPattern.exec(sentenceText)) {
      const mention = quantityAt(match, sentence.span[0]);
      if (!mention) continue;
      if (dates.some((date) => overlaps(date.span, mention.span))) continue;
      // Bare years ("in 2024") are dates chrono leaves alone, not quantities.
      if (!mention.unit && /^(1[89]|20)\d\d$/.test(mention.text)) continue;
      numbers.push(mention);
    }
  }
  return numbers;
}
