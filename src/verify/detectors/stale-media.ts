import { blockKindAt, evidenceAt } from '../story.ts';
import type { Detector, Finding, Observation } from '../types.ts';
import { distanceToWindow } from '../window.ts';

/**
 * Stale media: a photo caption or credit dated far from the story's events (a file photo of an
 * August meeting on a December story). The story's days come from the articles' publication days
 * and the days their reporting names (see window.ts); captions never set them.
 */

/** Days a caption may lie outside the story's days before it reads as another event. */
export const staleAfterDays = 30;

const mediaKinds = new Set(['caption', 'credit']);

export const staleMediaDetector: Detector = {
  kind: 'stale-media',
  name: 'stale-media',
  detect(story) {
    const window = story.window;
    if (!window) return [];
    const findings: Finding[] = [];
    for (const view of story.articles) {
      const seen = new Set<number>();
      for (const date of view.article.extraction.dates) {
        const kind = blockKindAt(view.article, date.span[0]);
        if (!kind || !mediaKinds.has(kind) || !date.value) continue;
        // A caption date without a year resolves against a publication date the article may not know.
        if (!/\d{4}/.test(date.text) && !view.datesTrusted) continue;
        const nearest = date.range ? closest(window, date.range) : date.value;
        const distance = distanceToWindow(window, nearest);
        if (distance === undefined || distance <= staleAfterDays) continue;
        const evidence = evidenceAt(view.article, date.span[0]);
        if (seen.has(evidence.span[0])) continue;
        seen.add(evidence.span[0]);
        const storyDays = window.start === window.end ? window.start : `${window.start} to ${window.end}`;
        const observations: Observation[] = [
          { article: view.article.id, key: 'media', display: `${kind} dated ${date.text}`, evidence },
        ];
        findings.push({
          kind: 'stale-media',
          topic: `when the ${kind === 'caption' ? 'pictured scene' : 'credited media'} is from`,
          observations,
          reasons: [
            `the ${kind} is dated ${date.value}, ${distance} days from the story's days (${storyDays})`,
            `the story's days: ${window.reasons.join('; ')}`,
            `more than ${staleAfterDays} days apart reads as media from another event`,
          ],
          wrongKey: 'media',
          reference: {
            display: `the story's days, ${storyDays}`,
            articles: story.articles.filter((v) => v.datesTrusted).map((v) => v.article.id),
          },
        });
      }
    }
    return findings;
  },
};

/** The end of a date range nearest to the window. */
function closest(window: { start: string; end: string }, range: readonly [string, string]): string {
  if (range[1] < window.start) return range[1];
  if (range[0] > window.end) return range[0];
  return window.start;
}
