import type { Reuse } from '../model/index.ts';

/**
 * Independence groups: connected components of the reuse links, so an article and everything
 * derived from it (or sharing its source) count once. Every article is in exactly one group;
 * members are sorted by id and groups by their first member.
 */
export function independenceGroups(ids: readonly string[], reuse: readonly Reuse[]): string[][] {
  const parent = new Map<string, string>(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current) ?? current;
    return current;
  };
  for (const link of reuse) {
    if (!parent.has(link.from) || !parent.has(link.to)) continue;
    const [a, b] = [root(link.from), root(link.to)].sort();
    if (a !== b) parent.set(b!, a!);
  }
  const groups = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const key = root(id);
    const group = groups.get(key) ?? [];
    group.push(id);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => group.sort())
    .sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
}
