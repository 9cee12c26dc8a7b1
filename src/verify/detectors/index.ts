import type { Detector } from '../types.ts';
import { attributionDetector } from './attribution.ts';
import { dateDetector } from './date.ts';
import { numberDetector } from './number.ts';
import { polarityDetector } from './polarity.ts';
import { quoteDetector } from './quote.ts';
import { roleDetector } from './role.ts';
import { selfContradictionDetector } from './self-contradiction.ts';
import { staleMediaDetector } from './stale-media.ts';
import { titleDetector } from './title.ts';

/** Every conflict detector, in the order their conflicts are listed. */
export const defaultDetectors: readonly Detector[] = [
  roleDetector,
  titleDetector,
  dateDetector,
  numberDetector,
  quoteDetector,
  attributionDetector,
  staleMediaDetector,
  selfContradictionDetector,
  polarityDetector,
];
