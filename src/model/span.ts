/**
 * A half-open range `[start, end)` of UTF-16 code units into one article's `text`.
 * Every layer after ingest refers to the text through spans; no stage copies or rewrites text.
 * A labelled tuple (not `{start, end}`) because the JSON contract writes spans as `[start, end]`.
 */
export type Span = readonly [start: number, end: number];

export const spanText = (text: string, span: Span): string => text.slice(span[0], span[1]);

export const spanLength = (span: Span): number => span[1] - span[0];

export const contains = (outer: Span, inner: Span): boolean => outer[0] <= inner[0] && inner[1] <= outer[1];

export const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

/** Orders spans by start, then by end; for stable output order. */
export const compareSpans = (a: Span, b: Span): number => a[0] - b[0] || a[1] - b[1];

/** Shrinks a span so it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let [start, end] = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
