import { plain } from '../text/plain.ts';
import type { VersionHistory } from './index.ts';

/** A version history as terminal text: each version with its date and id, then what it changed. */
export function renderVersionHistory(history: VersionHistory): string {
  const count = history.versions.length;
  const lines = [`${plain(history.url)}: ${count === 1 ? 'one version' : `${count} versions`}`];
  for (const version of history.versions) {
    lines.push(
      `  version ${version.version} of ${count}  fetched ${version.fetchedAt.slice(0, 19)}  ${version.articleId}  ${plain(version.title ?? '')}`.trimEnd(),
    );
    for (const line of version.diff?.summary ?? []) lines.push(`    - ${plain(line)}`);
  }
  return `${lines.join('\n')}\n`;
}
