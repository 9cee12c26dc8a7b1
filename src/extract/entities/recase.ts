/** Re-casing of whole sentences, to train on the headline, dateline and lower-case text news also has. */

export type CaseStyle = 'title' | 'upper' | 'lower';

/** Short words a headline usually leaves in lower case ("Putin Meets Envoy in Moscow"). */
const headlineLowerWords = new Set(
  'a an the and or but nor of in on at to for by with from as into over per vs'.split(' '),
);

function capitalise(word: string): string {
  const first = word.search(/\p{L}/u);
  // Clitics split off by the tokenizer ("'s", "n't") stay as they are: "Putin's", not "Putin'S".
  if (first < 0 || /^['’]|^n['’]t$/iu.test(word)) return word;
  return word.slice(0, first) + word.charAt(first).toUpperCase() + word.slice(first + 1);
}

/** The words as they would read in another case style; one word out per word in. */
export function recase(words: readonly string[], style: CaseStyle): string[] {
  switch (style) {
    case 'upper':
      return words.map((word) => word.toUpperCase());
    case 'lower':
      return words.map((word) => word.toLowerCase());
    case 'title':
      return words.map((word, index) =>
        index > 0 && headlineLowerWords.has(word.toLowerCase()) ? word.toLowerCase() : capitalise(word),
      );
  }
}
