import type { Brief } from '../build.ts';
import { editSentence } from '../edits.ts';
import { editedLabel, excerpt, kindLabel, plain, wrap } from './shared.ts';

/**
 * The terminal brief: a plain-text memo an editor can check line by line. Every line names its
 * sources by key ([A], [B]) and quotes the sentence it rests on.
 */

const width = 100;
const line = (text: string, indent = '') => `${indent}${wrap(plain(text), width - indent.length, indent)}`;

export function renderText(brief: Brief, options: { readonly singleSourcePerSource?: number } = {}): string {
  const perSource = options.singleSourcePerSource ?? 3;
  const out: string[] = [];
  out.push(line(`BRIEF: ${brief.title}`));
  out.push('='.repeat(Math.min(width, 7 + plain(brief.title).length)));
  out.push(
    line(
      `${brief.sources.length} articles, ${brief.groups.length} independent source${brief.groups.length === 1 ? '' : 's'}; ` +
        `${brief.disputed.length} disputed point${brief.disputed.length === 1 ? '' : 's'}, ` +
        `${brief.established.length} established fact${brief.established.length === 1 ? '' : 's'}.`,
    ),
  );

  out.push('', 'SOURCES');
  for (const source of brief.sources) {
    const copies = brief.sourceNotes.find((n) => n.source === source.key)?.copies ?? [];
    const details = [
      source.published ? `published ${source.published}` : 'publication date unknown',
      `reliability ${source.reliability.toFixed(2)}`,
      source.edited ? editedLabel(source.edited) : undefined,
      copies.length > 0 ? `same source as ${copies.map((k) => `[${k}]`).join(', ')}` : undefined,
    ].filter(Boolean);
    out.push(line(`[${source.key}] ${source.label} — ${details.join('; ')}`, '  '));
  }

  out.push('', 'TIMELINE');
  if (brief.timeline.length === 0) out.push('  (no dated events)');
  for (const entry of brief.timeline) {
    const cited = entry.sources.length > 0 ? ` [${entry.sources.join(', ')}]` : '';
    out.push(line(`${entry.when}  ${excerpt(entry.what, 200)}${cited}`, '  '));
  }

  out.push('', 'DISPUTED');
  if (brief.disputed.length === 0) out.push('  (no disagreements found)');
  brief.disputed.forEach((dispute, index) => {
    out.push(line(`${index + 1}. ${kindLabel(dispute.kind)} — ${dispute.summary}`, '   '));
    for (const evidence of dispute.evidence.slice(0, 4))
      out.push(line(`[${evidence.source}] “${excerpt(evidence.text)}”`, '      '));
    if (dispute.evidence.length > 4) out.push(`      … ${dispute.evidence.length - 4} more sentences`);
    out.push(line(`Why: ${dispute.reasons.slice(0, 2).join('; ')}`, '      '));
  });

  if (brief.edits.length > 0) {
    out.push('', 'EDITED AFTER PUBLICATION (corrections and stealth edits of facts others report)');
    for (const edit of brief.edits) out.push(line(`- ${editSentence(edit)}`, '    '));
  }

  out.push('', 'ESTABLISHED (two or more independent sources)');
  if (brief.established.length === 0) out.push('  (none)');
  for (const fact of brief.established)
    out.push(
      line(
        `- ${excerpt(fact.statement, 200)} [${fact.sources.join(', ')}; ${fact.support.independent} independent]`,
        '    ',
      ),
    );

  out.push('', 'SINGLE-SOURCE CLAIMS');
  if (brief.singleSource.length === 0) out.push('  (none)');
  for (const source of brief.sources) {
    const own = brief.singleSource.filter((f) => f.sources.length > 0 && f.sources[0] === source.key);
    for (const fact of own.slice(0, perSource))
      out.push(line(`- [${source.key}] ${excerpt(fact.statement, 200)}`, '    '));
    if (own.length > perSource) out.push(`    … [${source.key}] ${own.length - perSource} more`);
  }

  out.push('', 'PER-SOURCE NOTES');
  for (const note of brief.sourceNotes) {
    const parts = [
      `reliability ${note.reliability.toFixed(2)}`,
      note.wrong.length > 0
        ? `outweighed by better-supported sources on: ${note.wrong.join('; ')}`
        : 'never outweighed by better-supported sources',
      note.unresolved.length > 0 ? `unresolved: ${note.unresolved.join('; ')}` : undefined,
      `${note.alone.length} claim${note.alone.length === 1 ? '' : 's'} no other independent source makes`,
    ].filter(Boolean);
    out.push(line(`[${note.source}] ${note.label}: ${parts.join('. ')}.`, '    '));
  }

  out.push('', 'HOW THIS WAS CHECKED');
  for (const sentence of brief.method) out.push(line(`- ${sentence}`, '    '));
  return `${out.join('\n')}\n`;
}
