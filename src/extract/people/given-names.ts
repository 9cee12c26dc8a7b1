import { createRequire } from 'node:module';

/**
 * The usual sex of an English given name, from the gender-detection-from-name package (about 32,000
 * names, each with the sex most people who bear it have). It is a guess about one name, never about
 * a person: "Lindsey", "Yuri" and "Kim" (a family name, written first in Korean names) read as
 * female. So it only ever chooses between people the text already makes candidates, where an
 * honorific says which one is meant ("Mrs. Doe" with both John and Jane Doe in the article); it
 * never decides a pronoun.
 */
export type NameSex = 'male' | 'female';

let names: ReadonlyMap<string, string> | undefined;

/** The usual sex of a given name, or undefined for a name not in the list. */
export function usualSexOf(givenName: string): NameSex | undefined {
  // Loaded on first use (about 0.1 s): most articles never have two people of one surname.
  names ??= createRequire(import.meta.url)('gender-detection-from-name/names/en.js') as ReadonlyMap<
    string,
    string
  >;
  const sex = names.get(givenName.toLowerCase());
  return sex === 'male' || sex === 'female' ? sex : undefined;
}
