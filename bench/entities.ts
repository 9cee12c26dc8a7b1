/**
 * Entity tagging on its own: model load time (read and decode the committed file, cold) and
 * tokens/s of `recognise` over the sentences of the extract benchmark's articles, on one core.
 */
import { createTagger, modelFileUrl, readModelFile } from '../src/extract/entities/index.ts';
import { findSentences } from '../src/extract/sentences/index.ts';
import { assembleArticle, defaultLimits } from '../src/ingest/index.ts';
import { tokenize } from '../src/text/tokens.ts';
import { benchDrafts } from './extract.ts';

export async function runEntityBench(): Promise<object> {
  const loadStarted = performance.now();
  const tagger = createTagger(readModelFile(modelFileUrl));
  const loadMilliseconds = performance.now() - loadStarted;

  const articles = benchDrafts()
    .slice(0, 1000)
    .map((draft) => assembleArticle(draft, { limits: defaultLimits }));
  const inputs = articles.map((a) => ({
    text: a.text,
    sentences: findSentences(a.text, a.blocks).map((s) => s.span),
  }));
  const tokens = inputs.reduce((n, input) => n + tokenize(input.text).length, 0);
  for (const input of inputs.slice(0, 50)) tagger.recognise(input.text, input.sentences);
  const started = performance.now();
  for (const input of inputs) tagger.recognise(input.text, input.sentences);
  const seconds = (performance.now() - started) / 1000;
  const figures = {
    benchmark: 'entity tagging, one core',
    modelLoadMilliseconds: Math.round(loadMilliseconds),
    articles: inputs.length,
    tokens,
    tokensPerSecond: Math.round(tokens / seconds),
  };
  console.log(
    `entity tagging: model load ${figures.modelLoadMilliseconds} ms; ${tokens} tokens in ${seconds.toFixed(2)} s = ${figures.tokensPerSecond} tokens/s`,
  );
  return figures;
}
