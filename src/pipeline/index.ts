import type { Article, Diagnostic, Extraction, WorkingLayers } from '../model/index.ts';
import { emptyExtraction, workingLayerNames } from '../model/index.ts';

/**
 * A stage reads the article and the layers made before it and returns the layers it makes.
 * It is pure: no I/O, no mutation of its input. The runner knows no stage by name: it checks once,
 * when the pipeline is built, that every stage's needs are made by an earlier stage.
 */
export type LayerName = keyof Layers;

/** What stages make: the extraction the result keeps and the working layers it drops. */
export type Layers = Extraction & WorkingLayers;

export interface StageOutput {
  readonly layers: Partial<Layers>;
  readonly diagnostics?: readonly Diagnostic[];
}

export interface Stage {
  readonly name: string;
  readonly needs: readonly LayerName[];
  readonly makes: readonly LayerName[];
  run(article: Article, layers: Readonly<Partial<Layers>>): StageOutput;
}

export interface AnalysedArticle extends Article {
  readonly extraction: Extraction;
}

/** A failure in code (not in content), with the stage and article it happened in. */
export class StageError extends Error {
  readonly code = 'pipeline/stage-failed';
  constructor(
    readonly stage: string,
    readonly articleId: string,
    cause: unknown,
  ) {
    super(
      `Stage "${stage}" failed on article ${articleId}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage on one article; throws StageError if a stage fails. */
  run(article: Article): AnalysedArticle;
  /**
   * Runs each stage over all the articles before the next stage, so a stage's code and tables stay
   * warm across the batch (batches of 64 measured 15–30 % faster than article by article on the
   * extract bench's articles). An article a stage fails on gets its StageError in its place; the
   * others go on.
   */
  runBatch(articles: readonly Article[]): (AnalysedArticle | StageError)[];
}

/** The batch size the CLI and the store analyse articles in (see `Pipeline.runBatch`). */
export const analysisBatchSize = 64;

/** Every article run through the pipeline in batches; `onBatch` hears how many are done after each. */
export function analyseArticles(
  pipeline: Pipeline,
  articles: readonly Article[],
  onBatch?: (done: number) => void,
): { analysed: AnalysedArticle[]; failures: { article: Article; error: StageError }[] } {
  const analysed: AnalysedArticle[] = [];
  const failures: { article: Article; error: StageError }[] = [];
  for (let from = 0; from < articles.length; from += analysisBatchSize) {
    const batch = articles.slice(from, from + analysisBatchSize);
    pipeline.runBatch(batch).forEach((result, index) => {
      if (result instanceof StageError) failures.push({ article: batch[index]!, error: result });
      else analysed.push(result);
    });
    onBatch?.(from + batch.length);
  }
  return { analysed, failures };
}

/** Every layer of the model: each must be made by some stage. */
const allLayers = [...Object.keys(emptyExtraction), ...workingLayerNames] as LayerName[];

export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const made = new Set<LayerName>();
  for (const stage of stages) {
    const missing = stage.needs.filter((need) => !made.has(need));
    if (missing.length > 0)
      throw new Error(`Stage "${stage.name}" needs ${missing.join(', ')}, which no earlier stage makes.`);
    for (const layer of stage.makes) made.add(layer);
  }
  const unmade = allLayers.filter((layer) => !made.has(layer));
  if (unmade.length > 0) throw new Error(`No stage makes ${unmade.join(', ')}.`);

  const releasedAfter = workingLayersReleased(stages);
  const runBatch = (articles: readonly Article[]): (AnalysedArticle | StageError)[] => {
    const states = articles.map((article) => ({
      layers: {} as Partial<Layers>,
      diagnostics: [...article.diagnostics] as Diagnostic[],
      failure: undefined as StageError | undefined,
    }));
    for (const stage of stages) {
      articles.forEach((article, index) => {
        const state = states[index]!;
        if (state.failure) return;
        let output: StageOutput;
        try {
          output = stage.run(article, state.layers);
        } catch (error) {
          state.failure = new StageError(stage.name, article.id, error);
          return;
        }
        state.layers = { ...state.layers, ...output.layers };
        if (output.diagnostics) state.diagnostics.push(...output.diagnostics);
      });
      const released = releasedAfter.get(stage);
      if (released) for (const state of states) state.layers = withoutLayers(state.layers, released);
    }
    return articles.map((article, index) => {
      const { layers, diagnostics, failure } = states[index]!;
      return failure ?? { ...article, diagnostics, extraction: withoutWorkingLayers(layers as Layers) };
    });
  };

  return {
    stages,
    runBatch,
    run(article) {
      const [result] = runBatch([article]);
      if (result instanceof StageError) throw result;
      return result!;
    },
  };
}

const workingLayers = new Set<string>(workingLayerNames);

function withoutWorkingLayers(layers: Layers): Extraction {
  return withoutLayers(layers, workingLayers) as Extraction;
}

function withoutLayers(layers: Partial<Layers>, dropped: ReadonlySet<string>): Partial<Layers> {
  return Object.fromEntries(Object.entries(layers).filter(([name]) => !dropped.has(name)));
}

/**
 * The working layers each stage is the last to read (or, unread, to make). The batch drops them
 * once that stage has run: a batch's tokens are most of what it keeps alive, and the young
 * garbage collections in the stages after would otherwise copy them again.
 */
function workingLayersReleased(stages: readonly Stage[]): Map<Stage, ReadonlySet<string>> {
  const lastUse = new Map<string, Stage>();
  for (const stage of stages)
    for (const layer of [...stage.makes, ...stage.needs])
      if (workingLayers.has(layer)) lastUse.set(layer, stage);
  const released = new Map<Stage, Set<string>>();
  for (const [layer, stage] of lastUse) released.set(stage, (released.get(stage) ?? new Set()).add(layer));
  return released;
}
