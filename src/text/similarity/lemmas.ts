import { irregularLemmas } from './irregular.ts';

/** Tells whether a word is a dictionary entry (WordNet when loaded); guides the suffix rules. */
export type KnownWord = (word: string) => boolean;

export interface Lemma {
  /** The one form used for counting (IDF, shingles). */
  readonly lemma: string;
  /** Every plausible base form, the word itself included: two words match when these meet. */
  readonly forms: readonly string[];
}

const vowel = /[aeiou]/;

/** Undoes a doubled final consonant ("stopp" → "stop"), which -ed and -ing add. */
const undouble = (stem: string): string | null =>
  stem.length >= 3 && stem.at(-1) === stem.at(-2) && !vowel.test(stem.at(-1)!) && !/[ls]/.test(stem.at(-1)!)
    ? stem.slice(0, -1)
    : null;

/** Base forms a suffix rule could give, most likely first (WordNet's detachment rules, plus undoubling). */
function suffixCandidates(word: string): string[] {
  const out: string[] = [];
  const push = (stem: string | null, tail = '') => {
    if (stem !== null && stem.length >= 2 && vowel.test(stem + tail)) out.push(stem + tail);
  };
  if (word.endsWith('ies') && word.length > 4) push(word.slice(0, -3), 'y');
  if (/(?:ses|xes|zes|ches|shes)$/.test(word)) push(word.slice(0, -2));
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) push(word.slice(0, -1));
  if (word.endsWith('ied') && word.length > 4) push(word.slice(0, -3), 'y');
  if (word.endsWith('ed') && word.length > 4) {
    push(word.slice(0, -2));
    push(word.slice(0, -1));
    push(undouble(word.slice(0, -2)));
  }
  if (word.endsWith('ing') && word.length > 5) {
    const stem = word.slice(0, -3);
    push(stem);
    push(stem, 'e');
    push(undouble(stem));
  }
  if (word.endsWith('est') && word.length > 5) {
    push(word.slice(0, -3));
    push(undouble(word.slice(0, -3)));
  }
  if (word.endsWith('er') && word.length > 4) {
    push(word.slice(0, -2));
    push(undouble(word.slice(0, -2)));
  }
  return out;
}

/**
 * Lemmatises one lower-case word by rule: irregular forms from a table, then suffix rules checked
 * against `known` (a guess that is not a dictionary word is dropped). Without a dictionary only
 * the plural and third-person -s is undone, the one rule that rarely misfires.
 */
export function lemmatize(word: string, known?: KnownWord): Lemma {
  const irregular = irregularLemmas.get(word);
  if (irregular !== undefined) return { lemma: irregular, forms: [irregular, word] };
  if (!/^\p{L}+$/u.test(word) || word.length < 4) return { lemma: word, forms: [word] };
  const candidates = suffixCandidates(word);
  if (known === undefined) {
    const lemma = /[^siu]s$/.test(word) ? (candidates[0] ?? word) : word;
    return { lemma, forms: lemma === word ? [word] : [lemma, word] };
  }
  const valid = candidates.filter(
    (candidate, index) => candidates.indexOf(candidate) === index && known(candidate),
  );
  // A word with its own entry keeps it: "meeting", "proposed", "news" are not mere inflections.
  const lemma = known(word) ? word : (valid[0] ?? word);
  const forms = [lemma, ...valid.filter((form) => form !== lemma)];
  if (!forms.includes(word)) forms.push(word);
  return { lemma, forms };
}
