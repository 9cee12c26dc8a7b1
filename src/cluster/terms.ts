import { tokenize } from '../text/tokens.ts';

/**
 * Content terms for clustering: lower-cased words without function words, lightly stemmed so
 * "votes", "voted" and "voting" meet. Light on purpose: a wrong conflation joins unrelated stories,
 * a missed one only weakens a match.
 */

/** Function words and reporting verbs that say nothing about which event a text is about. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a about above after again against ago all almost also although always am among an and another any anyone ' +
    'anything are around as at be became because become been before being below between both but by can ' +
    'cannot could did do does doing done down during each either else even ever every few for from further ' +
    'get gets getting got had has have having he her here hers herself him himself his how however i if in ' +
    'including into is it its itself just last least less let like made make makes many may me might more ' +
    'most much must my myself near neither never new next no nor not now of off often on once one only or ' +
    'other others our ours ourselves out over own per perhaps put rather really said same say saying says ' +
    'see seen several shall she should since so some something still such than that the their theirs them ' +
    'themselves then there these they this those though through thus to told too toward towards under ' +
    'until up upon us very via was we well were what whatever when where whether which while who whom ' +
    'whose why will with within without would yes yet you your yours yourself mr mrs ms dr according ' +
    'asked added told tell tells week weeks year years day days time times monday tuesday wednesday ' +
    'thursday friday saturday sunday today yesterday tomorrow two three four five first second'
  ).split(' '),
);

/** Words that end in "s" without being plurals, so the plural rule leaves them alone. */
const keepFinalS: ReadonlySet<string> = new Set(
  (
    'news series species chaos crisis analysis basis thesis bias bus gas lens canvas atlas texas kansas ' +
    'paris athens brussels congress process progress business witness christmas'
  ).split(' '),
);

const vowel = /[aeiouy]/;

/** Strips common inflections: plural "s"/"ies", past "ed"/"ied", "ing", and a final silent "e". */
export function lightStem(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 4 && stem.endsWith('ied')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 3 && stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem) && !keepFinalS.has(stem)) {
    stem = stem.slice(0, -1);
  } else if (stem.length > 5 && stem.endsWith('ing') && vowel.test(stem.slice(0, -3))) {
    stem = undouble(stem.slice(0, -3));
  } else if (
    stem.length > 4 &&
    stem.endsWith('ed') &&
    !stem.endsWith('eed') &&
    vowel.test(stem.slice(0, -2))
  ) {
    stem = undouble(stem.slice(0, -2));
  }
  if (stem.length > 3 && stem.endsWith('e') && !stem.endsWith('ee')) stem = stem.slice(0, -1);
  return stem;
}

/** "runn" → "run", "stopp" → "stop"; keeps "ll", "ss" and "zz", which English doubles in the stem. */
function undouble(stem: string): string {
  const last = stem.at(-1);
  if (
    stem.length > 3 &&
    last === stem.at(-2) &&
    last !== undefined &&
    !'lsz'.includes(last) &&
    !vowel.test(last)
  ) {
    return stem.slice(0, -1);
  }
  return stem;
}

/** Normalises one token to a term, or returns undefined for punctuation, numbers and stop words. */
export function termOf(token: string): string | undefined {
  const lower = token.toLowerCase().replace(/’/g, "'");
  if (!/\p{L}/u.test(lower)) return undefined;
  // Initialisms keep their dots ("u.s." stays apart from "us"); apostrophes go ("o'brien" → "obrien").
  const word = lower.replace(/'/g, '');
  if (word.length < 2 || stopWords.has(word)) return undefined;
  return lightStem(word);
}

/** Content terms of a text, in order, repeated as often as they occur. Never throws. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    // Hyphenated compounds count by their parts: "peace-plan" matches "peace plan".
    for (const part of token.text.split('-')) {
      const term = termOf(part);
      if (term !== undefined) terms.push(term);
    }
  }
  return terms;
}
