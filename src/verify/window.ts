import type { Article, DateMention } from '../model/index.ts';

/**
 * The days a story's events happen on, read from the articles themselves: the publication days
 * that agree with each other (a median, so one wrong date cannot drag it) and the day-precise
 * dates the reporting gives close before them. Captions dated far outside it show other events.
 */

export interface EventWindow {
  readonly start: string;
  readonly end: string;
  readonly reasons: readonly string[];
}

const dayMs = 86_400_000;

export const dayNumber = (iso: string): number | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return undefined;
  const value = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(value) ? undefined : Math.round(value / dayMs);
};

export const isoOfDay = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10);

/** Days between two ISO dates (b − a); undefined if either is unreadable. */
export function daysBetween(a: string, b: string): number | undefined {
  const [x, y] = [dayNumber(a), dayNumber(b)];
  return x === undefined || y === undefined ? undefined : y - x;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** A publication date read from metadata, a header or a dateline, not guessed from the text. */
export const publishedFromSource = (article: Article): boolean =>
  article.published !== undefined && article.publishedSource !== 'text';

export interface WindowInput {
  readonly article: Article;
  /** Day-precise dates in the article's reporting sentences (not captions). */
  readonly reportingDates: readonly DateMention[];
}

/** How far before the publication days reported events still count as the story's own. */
const lookBackDays = 14;

export function eventWindow(inputs: readonly WindowInput[]): EventWindow | undefined {
  const read = inputs.filter((input) => publishedFromSource(input.article));
  const pool = read.length > 0 ? read : inputs.filter((input) => input.article.published !== undefined);
  const published = pool.flatMap((input) => {
    const day = dayNumber(input.article.published!);
    return day === undefined ? [] : [day];
  });
  const explicit = inputs.flatMap((input) =>
    input.reportingDates.flatMap((date) => {
      const day = date.grain === 'day' && date.value ? dayNumber(date.value) : undefined;
      return day === undefined || !/\d{4}/.test(date.text) ? [] : [day];
    }),
  );
  const centre =
    published.length > 0 ? median(published) : explicit.length > 0 ? median(explicit) : undefined;
  if (centre === undefined) return undefined;
  const reasons: string[] = [];
  const close = published.filter((day) => Math.abs(day - centre) <= lookBackDays);
  if (close.length > 0)
    reasons.push(
      `publication days ${[...new Set(close)].map(isoOfDay).join(', ')} (${close.length} articles)`,
    );
  // Reported days count only from articles whose own date is known, so "Tuesday" resolved right.
  const trusted = new Set(pool.map((input) => input.article.id));
  const reported = inputs
    .filter((input) => trusted.has(input.article.id) || published.length === 0)
    .flatMap((input) =>
      input.reportingDates.flatMap((date) => {
        const day = date.grain === 'day' && date.value ? dayNumber(date.value) : undefined;
        return day !== undefined && day >= centre - lookBackDays && day <= centre + 2 ? [day] : [];
      }),
    );
  if (reported.length > 0)
    reasons.push(
      `days the reporting dates events on: ${[...new Set(reported)].sort().map(isoOfDay).join(', ')}`,
    );
  const all = [...close, ...reported];
  if (all.length === 0) all.push(centre);
  return { start: isoOfDay(Math.min(...all)), end: isoOfDay(Math.max(...all)), reasons };
}

/** Days from the window to a date (0 inside it). */
export function distanceToWindow(window: EventWindow, iso: string): number | undefined {
  const [day, start, end] = [dayNumber(iso), dayNumber(window.start), dayNumber(window.end)];
  if (day === undefined || start === undefined || end === undefined) return undefined;
  return day < start ? start - day : day > end ? day - end : 0;
}
