/**
 * The last match of a global `pattern` in `text`, as `[...text.matchAll(pattern)].at(-1)` gives,
 * by an exec loop: `matchAll` copies the pattern at every call and makes every match on the way.
 * `pattern` must not match the empty string (the loop would not move on from one).
 */
export function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) last = match;
  return last;
}
