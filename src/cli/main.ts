import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { type AnalysedStory, analyseStories } from '../analysis/index.ts';
import { buildBrief, renderBrief } from '../brief/index.ts';
import { createExtractionPipeline } from '../extract/index.ts';
import { createHttpClient, ingestLive, ingestPaths, isWebUrl, type Rejection } from '../ingest/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { analyseArticles } from '../pipeline/index.ts';
import { analysisJson } from '../report/json.ts';
import { renderMarkdown, renderText } from '../report/text.ts';
import { evalCommand } from './eval.ts';
import { progressBar } from './progress.ts';
import { serviceCommands } from './service.ts';
import { workerCommands } from './worker.ts';

/** Exit codes: 0 ok; 2 bad usage; 3 some inputs rejected (the rest were processed). */
export const exitCodes = { ok: 0, usage: 2, someRejected: 3 } as const;

const formats = ['text', 'json', 'markdown'] as const;
type Format = (typeof formats)[number];

interface AnalyzeOptions {
  readonly format: Format;
  readonly out?: string;
}

/** Story briefs first (what a reader comes for), then what was extracted from each article. */
function renderReadable(
  stories: readonly AnalysedStory[],
  articles: readonly AnalysedArticle[],
  rejections: readonly Rejection[],
  format: 'text' | 'markdown',
): string {
  const briefs = stories.map(({ story, articles: members, check }) =>
    renderBrief(
      buildBrief({
        articles: members,
        independentGroups: story.independentGroups,
        title: story.title,
        check,
      }),
      format,
    ),
  );
  const details =
    format === 'markdown' ? renderMarkdown(articles, rejections) : renderText(articles, rejections);
  const heading = format === 'markdown' ? '# Articles\n\n' : `ARTICLES\n${'='.repeat(8)}\n\n`;
  return `${briefs.join('\n\n')}\n\n${heading}${details}`;
}

async function analyze(paths: string[], options: AnalyzeOptions): Promise<number> {
  const progress = progressBar('reading');
  const files = await ingestPaths(
    paths.filter((path) => !isWebUrl(path)),
    { onProgress: progress.update },
  );
  progress.stop();
  const urls = paths.filter(isWebUrl);
  const fetched = urls.length > 0 ? await ingestLive(urls, { client: createHttpClient() }) : undefined;
  const ingested = {
    articles: [...files.articles, ...(fetched?.articles ?? [])],
    rejections: [...files.rejections, ...(fetched?.rejections ?? [])],
  };
  const extracting = progressBar('analysing');
  const { analysed, failures } = analyseArticles(createExtractionPipeline(), ingested.articles, (done) =>
    extracting.update(done, ingested.articles.length),
  );
  const rejections = [
    ...ingested.rejections,
    ...failures.map(({ article, error }) => ({
      path: article.path ?? article.id,
      code: 'input/malformed' as const,
      message: error.message,
    })),
  ];
  extracting.stop();

  const stories = analyseStories(analysed);
  const output =
    options.format === 'json'
      ? `${JSON.stringify(
          {
            ...analysisJson(
              analysed,
              stories.map((s) => s.story),
            ),
            rejected: rejections,
          },
          null,
          2,
        )}\n`
      : renderReadable(stories, analysed, rejections, options.format);
  if (options.out) await writeFile(options.out, output);
  else process.stdout.write(output);

  for (const rejection of rejections)
    process.stderr.write(`corroborate: rejected ${rejection.path}: ${rejection.message}\n`);
  return rejections.length > 0 ? exitCodes.someRejected : exitCodes.ok;
}

export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('corroborate')
    .description('Lay every outlet’s version of a news story side by side and say what it really says.')
    .version(packageJson.version);
  program
    .command('analyze')
    .description(
      'Read articles (text, HTML, JSON/JSONL, RSS/Atom, WARC; files, folders, - for stdin, or http(s) addresses of pages, feeds and sitemaps) and extract what each says.',
    )
    .argument('<paths...>', 'files, folders, - (stdin) or http(s) URLs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('text'))
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .action(async (paths: string[], options: AnalyzeOptions) => setExitCode(await analyze(paths, options)));
  program.addCommand(evalCommand(setExitCode));
  for (const command of serviceCommands(setExitCode)) program.addCommand(command);
  for (const command of workerCommands(setExitCode)) program.addCommand(command);
  // addCommand passes no settings on: every command reports bad usage to main (exit code 2).
  const reportToMain = (command: Command) => {
    command.exitOverride().showHelpAfterError();
    for (const subcommand of command.commands) reportToMain(subcommand);
  };
  reportToMain(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    throw error;
  }
  return exitCode;
}
