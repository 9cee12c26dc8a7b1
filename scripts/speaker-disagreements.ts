/**
 * Lists the quotations that different articles give to different speakers: the same words (six or
 * more, compared as `quoteKey` does) quoted in two or more articles of the folders read, with
 * speakers that differ (a short form of a name is the same speaker; nobody counts as one). Outlets
 * rewrite each other, so the same quotation usually has one speaker, and each disagreement points at
 * an extraction error in at least one article, found without labels. Meant for unlabelled review samples
 * (`scripts/review-sample.ts`); it refuses the held-out sets, whose articles are scored, never read.
 *
 *   node --import tsx scripts/speaker-disagreements.ts DIR ...
 */
import { createExtractionPipeline } from '../src/extract/index.ts';
import { quoteKey } from '../src/extract/quotes/index.ts';
import { ingestPaths } from '../src/ingest/index.ts';
import { refuseHeldOut } from './free-corpus.ts';

const folders = process.argv.slice(2);
if (folders.length === 0) throw new Error('give one or more folders of articles (scripts/review-sample.ts)');
refuseHeldOut(folders);

/** Quotations shorter than this are often set phrases that different people do say. */
const shortestQuotation = 6;
const wordsOf = (speaker: string | null): string[] =>
  speaker === null ? [] : speaker.toLowerCase().replaceAll('’', "'").split(/\s+/);
/** One speaker, written alike or one name a short form of the other ("Michael", "Michael Somers"). */
function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const [shorter, longer] = [wordsOf(a), wordsOf(b)].sort((x, y) => x.length - y.length);
  return shorter!.every((word) => longer!.includes(word));
}

const pipeline = createExtractionPipeline();
const ingested = await ingestPaths(folders);
const byWords = new Map<string, { file: string; speaker: string | null }[]>();
for (const article of ingested.articles) {
  const file = article.path ?? article.id;
  for (const quote of pipeline.run(article).extraction?.quotes ?? []) {
    const key = quoteKey(quote.text);
    if (key.split(' ').length < shortestQuotation) continue;
    const list = byWords.get(key) ?? [];
    list.push({ file, speaker: quote.speaker });
    byWords.set(key, list);
  }
}

let count = 0;
for (const [words, quoted] of [...byWords].sort(([a], [b]) => a.localeCompare(b))) {
  const files = new Set(quoted.map((q) => q.file));
  const disagree = quoted.some((a) =>
    quoted.some((b) => a.file !== b.file && !sameSpeaker(a.speaker, b.speaker)),
  );
  if (files.size < 2 || !disagree) continue;
  count++;
  console.log(`"${words.slice(0, 70)}"`);
  for (const { file, speaker } of quoted) console.log(`  ${speaker ?? 'nobody'}  (${file})`);
}
console.log(
  `${count} of ${byWords.size} quotations of ${shortestQuotation} or more words have speakers that disagree`,
);
