import type { StoryDocument } from './clusterer.ts';
import type { ClusterOptions } from './options.ts';
import type { DayRange, Profile, Rarity } from './similarity.ts';
import { contentTerms } from './terms.ts';
import { type KeyWeight, topKeys } from './vectors.ts';

/**
 * A document's profile: its vectors (terms, title terms, entities) each of unit length under the
 * weights of the moment it arrives, its event days and its publication day.
 */

/** Shared by every document without that part: a stream of headlines holds 100,000s of them. */
export const noVector: ReadonlyMap<string, number> = new Map();
export const noDays: ReadonlyMap<number, number> = new Map();

/** The terms followed by each pair of neighbouring terms ("black friday" is not "black nativity"). */
export function withPairs(terms: readonly string[]): string[] {
  const all = [...terms];
  for (let i = 1; i < terms.length; i++) all.push(`${terms[i - 1]} ${terms[i]}`);
  return all;
}

export function documentProfile(
  document: StoryDocument,
  terms: readonly string[],
  rarity: Rarity,
  options: ClusterOptions,
): Profile {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  // Sublinear term frequency, so a name repeated ten times does not drown the rest.
  const frequencies = new Map<string, number>();
  for (const [term, count] of counts) frequencies.set(term, 1 + Math.log(count));
  const kept = topKeys(frequencies, options.documentTerms, rarity.term);
  const termVector = unitVector(
    kept.map((term) => [term, frequencies.get(term)!]),
    rarity.term,
  );
  const titleTerms = unitVector(
    [...new Set(contentTerms(document.title ?? ''))].map((term) => [term, 1]),
    rarity.term,
  );
  const entities = unitVector(
    [...new Set(document.entities ?? [])].map((entity) => [entity, 1]),
    rarity.entity,
  );
  return {
    terms: termVector,
    titleTerms,
    entities,
    contributors: {
      terms: termVector.size > 0 ? 1 : 0,
      titleTerms: titleTerms.size > 0 ? 1 : 0,
      entities: entities.size > 0 ? 1 : 0,
    },
    eventDays: daysOf(document.eventDays ?? []),
    published: publishedOf(document.publishedDay),
    revision: 0,
  };
}

/** Whole days, once each; days that are not finite numbers are left out rather than trusted. */
function daysOf(days: readonly number[]): ReadonlyMap<number, number> {
  if (days.length === 0) return noDays;
  const found = new Map<number, number>();
  for (const day of days) if (Number.isFinite(day)) found.set(Math.floor(day), 1);
  return found.size > 0 ? found : noDays;
}

function publishedOf(day: number | undefined): DayRange | undefined {
  if (day === undefined || !Number.isFinite(day)) return undefined;
  return { first: Math.floor(day), last: Math.floor(day) };
}

/** Masses scaled so the vector has unit length under the key weights (IDF now). */
function unitVector(
  entries: readonly (readonly [string, number])[],
  weight: KeyWeight,
): ReadonlyMap<string, number> {
  let norm = 0;
  for (const [key, mass] of entries) norm += (mass * weight(key)) ** 2;
  norm = Math.sqrt(norm);
  if (norm === 0) return noVector;
  const vector = new Map<string, number>();
  for (const [key, mass] of entries) vector.set(key, mass / norm);
  return vector;
}
