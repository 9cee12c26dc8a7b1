/** Calendar days as whole numbers (days since 1970-01-01, UTC), so gaps are plain subtraction. */

const millisecondsPerDay = 86_400_000;

/** "2025-12-02" (or an ISO date-time) → its day number; undefined when it is not an ISO date. */
export function dayNumber(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Reject dates that roll over ("2025-02-30"), which Date.UTC accepts silently.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round(time / millisecondsPerDay);
}

/** Day number → "YYYY-MM-DD". */
export function isoDay(day: number): string {
  return new Date(day * millisecondsPerDay).toISOString().slice(0, 10);
}
