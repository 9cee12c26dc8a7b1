import { join } from 'node:path';
import { Command } from 'commander';
import { headlineOptions } from '../cluster/index.ts';
import { evaluateEntitiesFile, formatEntityScores } from '../evaluation/entities.ts';
import { formatExtractionScores, loadExtractionLabels, scoreExtraction } from '../evaluation/extraction.ts';
import { evaluateParaphraseFile, formatParaphraseScores } from '../evaluation/paraphrase.ts';
import { evaluateStoriesFile, formatStoryScores } from '../evaluation/stories.ts';
import { createExtractionPipeline } from '../extract/index.ts';
import { ingestPaths } from '../ingest/index.ts';
import { analysisJson } from '../report/json.ts';

/** Each evaluation prints its figures for people and, last, one JSON line for machines. */
function report(human: string, scores: object): void {
  process.stdout.write(`${human}\n${JSON.stringify(scores)}\n`);
}

export async function evaluateExtraction(directory: string) {
  const labels = await loadExtractionLabels(directory);
  const ingested = await ingestPaths([join(directory, 'articles')]);
  const pipeline = createExtractionPipeline();
  const output = analysisJson(ingested.articles.map((article) => pipeline.run(article)));
  return scoreExtraction(labels, output);
}

export function evalCommand(setExitCode: (code: number) => void): Command {
  const command = new Command('eval').description('Measure quality on labelled data in a documented format.');
  command
    .command('entities')
    .description('Named-entity F1 on a CoNLL-2003-format file (IOB1 or IOB2), scored like conlleval.')
    .argument('<file>')
    .action((file: string) => {
      const scores = evaluateEntitiesFile(file);
      report(formatEntityScores(scores), scores);
      setExitCode(0);
    });
  command
    .command('extraction')
    .description(
      'Entity, title, date and quote-speaker accuracy on a folder with labels.json and articles/ (see eval/extraction).',
    )
    .argument('<folder>')
    .action(async (folder: string) => {
      const scores = await evaluateExtraction(folder);
      report(formatExtractionScores(scores), scores);
      setExitCode(scores.errors.length > 0 ? 1 : 0);
    });
  command
    .command('paraphrase')
    .description('Sentence paraphrase accuracy and F1 on an MSRP-format file (10-fold cross-validated).')
    .argument('<file>')
    .action((file: string) => {
      const scores = evaluateParaphraseFile(file);
      report(formatParaphraseScores(scores), scores);
      setExitCode(0);
    });
  command
    .command('stories')
    .description(
      'Story grouping (B-cubed, NMI) on a JSONL file: one article a line with id, text, title?, published?, label.',
    )
    .argument('<file>')
    .option('--plain', 'texts are pre-cleaned terms: skip ingest and extraction (no entities or dates)')
    .option('--headlines', 'cluster with the settings for short headlines (implies --plain)')
    .action(async (file: string, options: { plain?: boolean; headlines?: boolean }) => {
      const plain = options.plain === true || options.headlines === true;
      const scores = await evaluateStoriesFile(file, {
        extract: !plain,
        ...(options.headlines ? { cluster: headlineOptions } : {}),
      });
      report(formatStoryScores(scores), scores);
      setExitCode(0);
    });
  return command;
}
