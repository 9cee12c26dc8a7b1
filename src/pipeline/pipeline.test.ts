import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRecogniser } from '../extract/entities/index.ts';
import { extractionStages } from '../extract/index.ts';
import { type Article, emptyExtraction } from '../model/index.ts';
import { analyseArticles, buildPipeline, type Stage, StageError } from './index.ts';

const article: Article = {
  id: 'a1',
  language: 'en',
  text: 'Hello.',
  blocks: [{ kind: 'body', span: [0, 6] }],
  diagnostics: [],
};

const makesEverything: Stage = {
  name: 'everything',
  needs: [],
  makes: [
    'tokens',
    'sentences',
    'entityMentions',
    'people',
    'organizations',
    'places',
    'dates',
    'numbers',
    'quotes',
    'claims',
  ],
  run: () => ({ layers: emptyExtraction }),
};

test('pipeline: a stage whose needs no earlier stage makes is refused when the pipeline is built', () => {
  const early: Stage = { name: 'early', needs: ['people'], makes: [], run: () => ({ layers: {} }) };
  assert.throws(() => buildPipeline([early, makesEverything]), /Stage "early" needs people/);
});

test('pipeline: a layer no stage makes is refused', () => {
  const partial: Stage = { ...makesEverything, makes: ['sentences'] };
  assert.throws(() => buildPipeline([partial]), /No stage makes entityMentions/);
});

test('pipeline: a working layer is dropped once the last stage that reads it has run over the batch', () => {
  const withTokens: Stage = {
    ...makesEverything,
    run: () => ({ layers: { ...emptyExtraction, tokens: [] } }),
  };
  const sawTokens: Record<string, boolean> = {};
  const noting = (name: string, needs: Stage['needs']): Stage => ({
    name,
    needs,
    makes: [],
    run: (_, layers) => {
      sawTokens[name] = 'tokens' in layers;
      return { layers: {} };
    },
  });
  const pipeline = buildPipeline([withTokens, noting('reader', ['tokens']), noting('after', ['sentences'])]);
  const [result] = pipeline.runBatch([article, { ...article, id: 'a2' }]);
  assert.deepEqual(sawTokens, { reader: true, after: false });
  assert.ok(result && !(result instanceof StageError) && !('tokens' in result.extraction));
});

test('pipeline: a failing stage is reported with its name and the article id, and the input is untouched', () => {
  const failing: Stage = {
    name: 'broken',
    needs: [],
    makes: [],
    run: () => {
      throw new Error('boom');
    },
  };
  const pipeline = buildPipeline([makesEverything, failing]);
  assert.throws(
    () => pipeline.run(article),
    (error: unknown) => error instanceof StageError && error.stage === 'broken' && error.articleId === 'a1',
  );
  assert.deepEqual(article.diagnostics, []);
});

test('pipeline: working layers reach later stages but are not kept in the result', () => {
  const tokens = [{ text: 'Hello', span: [0, 5] as const }];
  let seen: unknown;
  const tokenizer: Stage = {
    name: 'tokens',
    needs: [],
    makes: ['tokens'],
    run: () => ({ layers: { tokens } }),
  };
  const reader: Stage = {
    ...makesEverything,
    needs: ['tokens'],
    run: (_article, layers) => {
      seen = layers.tokens;
      return { layers: emptyExtraction };
    },
  };
  const analysed = buildPipeline([tokenizer, reader]).run(article);
  assert.equal(seen, tokens);
  assert.deepEqual(analysed.extraction, emptyExtraction);
  assert.equal('tokens' in analysed.extraction, false);
});

test('pipeline: a batch gives what one by one gives, and a failing article does not stop the others', () => {
  const failing: Stage = {
    name: 'fails on b',
    needs: [],
    makes: [],
    run: (article) => {
      if (article.id === 'b') throw new Error('boom');
      return { layers: {} };
    },
  };
  const pipeline = buildPipeline([...extractionStages(loadRecogniser()), failing]);
  const text = '“It went well,” Jane Doe said on Tuesday.';
  const articles = ['a', 'b', 'c'].map(
    (id): Article => ({ ...article, id, text, blocks: [{ kind: 'body', span: [0, text.length] }] }),
  );
  const batch = pipeline.runBatch(articles);
  assert.ok(batch[1] instanceof StageError);
  assert.deepEqual(batch[0], pipeline.run(articles[0]!));
  assert.deepEqual(batch[2], pipeline.run(articles[2]!));
  const first = batch[0];
  assert.ok(first && !(first instanceof StageError));
  assert.equal(first.extraction.quotes[0]?.speaker, 'Jane Doe');
  const done: number[] = [];
  const { analysed, failures } = analyseArticles(pipeline, articles, (count) => done.push(count));
  assert.deepEqual(
    [analysed.map((a) => a.id), failures.map((f) => f.article.id), done],
    [['a', 'c'], ['b'], [3]],
  );
});
