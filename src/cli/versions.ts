import { Command, Option } from 'commander';
import { renderVersionHistory } from '../versions/render.ts';
import { type Output, type StoreOptions, serviceExitCodes, withStore, withStoreOptions } from './service.ts';

/** `corroborate versions <article-id|url>`: the versions of a fetched article and what each changed. */
export function versionsCommand(setExitCode: (code: number) => void, io: Output): Command {
  return withStoreOptions(new Command('versions'))
    .description(
      'Show the versions of a fetched article (by the id of any version, or its address) and their diffs.',
    )
    .argument('<article>', 'article id or URL')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (article: string, options: StoreOptions & { format: 'text' | 'json' }) =>
      withStore(options, setExitCode, io, async (store) => {
        const history = await store.versions.historyOf(article);
        if (!history) {
          io.stderr.write(
            `corroborate: no fetched article ${article} in ${store.location} (only articles read from web addresses have versions)\n`,
          );
          setExitCode(serviceExitCodes.notFound);
          return;
        }
        io.stdout.write(
          options.format === 'json' ? `${JSON.stringify(history, null, 2)}\n` : renderVersionHistory(history),
        );
      }),
    );
}
