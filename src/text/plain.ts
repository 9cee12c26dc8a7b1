/**
 * Drops C0/C1 control characters except tab and newline, and bidirectional overrides: article text
 * is hostile, and printed as it is it could move a terminal's cursor or reorder what a reader sees.
 */
export function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
