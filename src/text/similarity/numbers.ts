/**
 * Reads the value of a number token, so "4.4%" and "4.4 percent", "$2.5 billion" and
 * "2,500,000,000", "five" and "5" meet as the same anchor. Scale words ("million") multiply the
 * number before them. Deliberately small: it only has to make equal numbers equal.
 */
const smallNumbers: ReadonlyMap<string, number> = new Map(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty'
  )
    .split(' ')
    .map((word, value) => [word, value] as const)
    .concat(
      'thirty forty fifty sixty seventy eighty ninety'
        .split(' ')
        .map((word, i) => [word, 30 + 10 * i] as const),
    ),
);

export const scaleWords: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** The numeric value of a token ("1,200", "12-point", "five-hour", "4.4"), or undefined. */
export function numberValue(token: string): number | undefined {
  const lower = token.toLowerCase();
  const digits = /^(\d+(?:,\d{3})*(?:\.\d+)?)(?:-\p{L}+)?$/u.exec(lower);
  if (digits) return Number(digits[1]!.replaceAll(',', ''));
  const head = lower.split('-')[0]!;
  return smallNumbers.get(head);
}

/** An anchor key for a number value: equal values, equal keys; no float noise. */
export const numberKey = (value: number): string => `#${Number(value.toPrecision(6))}`;
