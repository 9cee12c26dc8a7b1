import type { Brief } from '../build.ts';
import { editSentence } from '../edits.ts';
import { editedLabel, excerpt, kindLabel, plain } from './shared.ts';

/** The brief as Markdown. Article text is escaped so it can never become markup, links or HTML. */

/** Escapes Markdown syntax and HTML in text from articles. */
export function escapeMarkdown(text: string): string {
  return plain(text)
    .replace(/[\\`*_{}[\]()#+\-.!|>~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\s+/g, ' ');
}

const md = escapeMarkdown;
const keys = (sources: readonly string[]) => sources.map((k) => `\\[${k}\\]`).join(', ');

export function renderMarkdown(brief: Brief): string {
  const out: string[] = [];
  out.push(`# Brief: ${md(brief.title)}`, '');
  out.push(
    `${brief.sources.length} articles, ${brief.groups.length} independent sources; ${brief.disputed.length} disputed points, ${brief.established.length} established facts.`,
    '',
  );
  out.push(
    '## Sources',
    '',
    '| Key | Source | Published | Reliability | Same source as |',
    '|---|---|---|---|---|',
  );
  for (const source of brief.sources) {
    const copies = brief.sourceNotes.find((n) => n.source === source.key)?.copies ?? [];
    out.push(
      `| ${source.key} | ${md(source.label)}${source.edited ? ` (${editedLabel(source.edited)})` : ''} | ${source.published ? md(source.published) : 'unknown'} | ${source.reliability.toFixed(2)} | ${copies.join(', ')} |`,
    );
  }
  out.push('', '## Timeline', '');
  if (brief.timeline.length === 0) out.push('No dated events.');
  for (const entry of brief.timeline)
    out.push(
      `- **${md(entry.when)}** ${md(excerpt(entry.what, 200))}${entry.sources.length > 0 ? ` ${keys(entry.sources)}` : ''}`,
    );
  out.push('', '## Disputed', '');
  if (brief.disputed.length === 0) out.push('No disagreements found.');
  brief.disputed.forEach((dispute, index) => {
    out.push(`${index + 1}. **${kindLabel(dispute.kind)}** — ${md(dispute.summary)}`);
    for (const evidence of dispute.evidence)
      out.push(`   > \\[${evidence.source}\\] ${md(excerpt(evidence.text))}`, '   >');
    out.push(`   *Why:* ${md(dispute.reasons.join('; '))}`, '');
  });
  if (brief.edits.length > 0) {
    out.push('', '## Edited after publication', '');
    for (const edit of brief.edits) out.push(`- ${md(editSentence(edit))}`);
  }
  out.push('', '## Established (two or more independent sources)', '');
  if (brief.established.length === 0) out.push('None.');
  for (const fact of brief.established)
    out.push(
      `- ${md(excerpt(fact.statement, 200))} — ${keys(fact.sources)}, ${fact.support.independent} independent`,
    );
  out.push('', '## Single-source claims', '');
  if (brief.singleSource.length === 0) out.push('None.');
  for (const fact of brief.singleSource)
    out.push(`- ${keys(fact.sources)} ${md(excerpt(fact.statement, 200))}`);
  out.push('', '## Per-source notes', '');
  for (const note of brief.sourceNotes) {
    out.push(`- **\\[${note.source}\\] ${md(note.label)}** — reliability ${note.reliability.toFixed(2)}`);
    for (const wrong of note.wrong) out.push(`  - weaker side: ${md(wrong)}`);
    for (const split of note.unresolved) out.push(`  - split: ${md(split)}`);
    out.push(`  - ${note.alone.length} claims no other independent source makes`);
  }
  out.push('', '## How this was checked', '');
  for (const sentence of brief.method) out.push(`- ${md(sentence)}`);
  return `${out.join('\n')}\n`;
}
