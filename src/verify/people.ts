/**
 * Who is who across the articles of a story. Each article already groups its own mentions
 * ("Smith" = "Jane Smith"); here full names from different articles are joined when the
 * surname matches and the given names agree (equal, an initial, or one a middle-name extension),
 * and a lone surname joins the only full name that ends with it. Anything unsure stays apart:
 * a wrong merge would invent conflicts.
 */

export interface PersonIndex {
  /** Story-level id of a name as an article's people layer writes it: the most used full form. */
  idOf(name: string): string;
  /** Every story-level id with the names joined under it. */
  readonly members: ReadonlyMap<string, readonly string[]>;
}

const honorifics = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|rev|prof|sen|gov|rep|gen|col|lt|sgt|capt)\.?$/;

/** Lower-case name words without accents, honorifics, possessives or punctuation. */
export function nameKey(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}.-]/gu, '').replace(/\.$/, ''))
    .filter((word) => word.length > 0 && !honorifics.test(word));
}

const givenNamesAgree = (a: readonly string[], b: readonly string[]): boolean => {
  const [first, second] = [a[0]!, b[0]!];
  if (first === second) return true;
  // "J. Smith" and "Jane Smith".
  if (first.length === 1 || second.length === 1) return first[0] === second[0];
  // "Vladimir Putin" inside "Vladimir Vladimirovich Putin".
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((word) => longer.includes(word));
};

/** Builds the index from every name (canonical and variants) of every person in every article. */
export function buildPersonIndex(names: readonly string[]): PersonIndex {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const distinct = [...counts.keys()];
  const keys = new Map(distinct.map((name) => [name, nameKey(name)] as const));

  // Union-find over full names (two words or more) that share a surname and agree on given names.
  const parent = new Map<string, string>();
  const find = (name: string): string => {
    let root = name;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const full = distinct.filter((name) => keys.get(name)!.length >= 2);
  for (const name of full) parent.set(name, name);
  const bySurname = new Map<string, string[]>();
  for (const name of full) {
    const surname = keys.get(name)!.at(-1)!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
  }
  for (const group of bySurname.values()) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (givenNamesAgree(keys.get(group[i]!)!, keys.get(group[j]!)!))
          parent.set(find(group[i]!), find(group[j]!));
  }

  const clusters = new Map<string, string[]>();
  for (const name of full) clusters.set(find(name), [...(clusters.get(find(name)) ?? []), name]);
  // A lone word joins the one cluster whose names end (or start) with it; else it stays itself.
  for (const name of distinct.filter((n) => keys.get(n)!.length < 2)) {
    const word = keys.get(name)![0];
    const candidates = [...clusters.entries()].filter(([, members]) =>
      members.some((member) => {
        const key = keys.get(member)!;
        return key.at(-1) === word;
      }),
    );
    if (candidates.length === 1) candidates[0]![1].push(name);
    else clusters.set(name, [name]);
  }

  const idOfName = new Map<string, string>();
  const members = new Map<string, readonly string[]>();
  for (const group of clusters.values()) {
    const fullForms = group.filter((name) => keys.get(name)!.length >= 2);
    const pool = fullForms.length > 0 ? fullForms : group;
    // The most used form, written without honorifics ("Jane Smith", not "Ms. Jane Smith").
    const bare = (name: string) => Number(keys.get(name)!.length === name.split(/\s+/).length);
    const id = [...pool].sort(
      (a, b) =>
        (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
        bare(b) - bare(a) ||
        b.length - a.length ||
        a.localeCompare(b),
    )[0]!;
    members.set(id, group);
    for (const name of group) idOfName.set(name, id);
  }
  return { idOf: (name) => idOfName.get(name) ?? name, members };
}
