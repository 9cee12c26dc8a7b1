import { readFileSync } from 'node:fs';

/** The list scripts/train-common-words.ts writes, and how. */
export const commonWordsUrl = new URL('./common-words.txt', import.meta.url);

let words: ReadonlySet<string> | undefined;

/** Whether news text writes `word` (in any case) in lower case inside a sentence: "click", "sisters". */
export function isCommonWord(word: string): boolean {
  words ??= new Set(
    readFileSync(commonWordsUrl, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );
  return words.has(word.toLowerCase());
}
