import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractionPipeline } from '../extract/index.ts';
import { ingestPaths } from '../ingest/index.ts';
import type { Article, Reuse } from '../model/index.ts';
import { layOutBlocks } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import { analyseReuse, type ReuseOptions } from '../reuse/index.ts';
import { seededRandom } from '../text/seeded-random.ts';
import { parseCsv } from './csv.ts';

/**
 * Reuse evaluation on real articles from the shared corpus:
 * - BASIL (Fan et al. 2019): three outlets wrote each event independently, so every same-event
 *   pair flagged as reuse is a false alarm;
 * - a rewrite set generated from FNC-1 bodies by automated transformations at three strengths,
 *   where the derived pairs are known by construction;
 * - the five seed reports, whose relations were established by reading them.
 */

// ---------------------------------------------------------------------------------------------
// Articles built by hand from corpus records (no ingest needed: the text is already clean).

export interface SourceRecord {
  readonly key: string;
  readonly title?: string;
  readonly published?: string;
  readonly outlet?: string;
  readonly paragraphs: readonly string[];
}

export function articleFromRecord(record: SourceRecord): Article {
  const parts: { kind: 'title' | 'body'; text: string }[] = [
    ...(record.title ? [{ kind: 'title' as const, text: record.title }] : []),
    ...record.paragraphs.map((text) => ({ kind: 'body' as const, text })),
  ];
  const { text, blocks } = layOutBlocks(parts);
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return {
    id,
    path: record.key,
    ...(record.title !== undefined ? { title: record.title } : {}),
    ...(record.outlet !== undefined ? { outlet: record.outlet } : {}),
    ...(record.published !== undefined ? { published: record.published, publishedSource: 'metadata' } : {}),
    language: 'en',
    text,
    blocks,
    diagnostics: [],
  };
}

export function analyseRecords(records: readonly SourceRecord[]): AnalysedArticle[] {
  const pipeline = createExtractionPipeline();
  return records.map((record) => pipeline.run(articleFromRecord(record)));
}

// ---------------------------------------------------------------------------------------------
// BASIL: same event, three outlets, written independently.

export interface BasilRecord extends SourceRecord {
  readonly event: string;
}

export function loadBasil(corpus: string): BasilRecord[] {
  const root = join(corpus, 'basil', 'articles');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const json = JSON.parse(readFileSync(join(root, file), 'utf8')) as {
      title?: string;
      date?: string;
      source?: string;
      'triplet-uuid'?: string;
      'body-paragraphs'?: string[][];
    };
    return {
      key: `basil/${file}`,
      event: json['triplet-uuid'] ?? file,
      ...(json.title ? { title: json.title } : {}),
      ...(json.date ? { published: json.date.slice(0, 10) } : {}),
      outlet: (json.source ?? '').toLowerCase(),
      paragraphs: (json['body-paragraphs'] ?? [])
        .map((sentences) => sentences.join(' ').trim())
        .filter(Boolean),
    };
  });
}

export interface BasilResult {
  readonly articles: number;
  readonly sameEventPairs: number;
  readonly flagged: number;
  readonly flaggedShare: number;
  /** Reuse reported between articles of different events (also false alarms). */
  readonly crossEventFlags: number;
  readonly flaggedPairs: readonly {
    from: string;
    to: string;
    kind: string;
    score: number;
    coverage: number;
  }[];
}

/**
 * Traces reuse one event at a time, as the pipeline does for a story (so IDF comes from the
 * story's own articles), or over the whole set at once with `wholeSet` (candidate search and
 * IDF over all 300 articles).
 */
export function evaluateBasil(
  records: readonly BasilRecord[],
  options: ReuseOptions = {},
  wholeSet = false,
): BasilResult {
  const articles = analyseRecords(records);
  const recordOf = new Map(articles.map((article, i) => [article.id, records[i]!]));
  const events = new Map<string, AnalysedArticle[]>();
  for (const article of articles) {
    const event = wholeSet ? '' : (recordOf.get(article.id)?.event ?? '');
    events.set(event, [...(events.get(event) ?? []), article]);
  }
  const reuse = [...events.values()].flatMap((group) => analyseReuse(group, options).reuse);
  let sameEventPairs = 0;
  const byEvent = new Map<string, Set<string>>();
  for (const record of records) {
    const outlets = byEvent.get(record.event) ?? new Set<string>();
    outlets.add(record.outlet ?? '');
    byEvent.set(record.event, outlets);
  }
  for (const outlets of byEvent.values()) sameEventPairs += (outlets.size * (outlets.size - 1)) / 2;
  const sameEvent = (link: Reuse) => recordOf.get(link.from)?.event === recordOf.get(link.to)?.event;
  const flagged = reuse.filter(sameEvent);
  return {
    articles: articles.length,
    sameEventPairs,
    flagged: flagged.length,
    flaggedShare: sameEventPairs === 0 ? 0 : flagged.length / sameEventPairs,
    crossEventFlags: reuse.length - flagged.length,
    flaggedPairs: reuse.map((link) => ({
      from: recordOf.get(link.from)?.key ?? link.from,
      to: recordOf.get(link.to)?.key ?? link.to,
      kind: link.kind,
      score: Number(link.score.toFixed(3)),
      coverage: Number(link.coverage.toFixed(3)),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The rewrite set: derived articles made from real ones by automated transformations.

export type Strength = 'light' | 'medium' | 'heavy';

interface StrengthSettings {
  readonly drop: number;
  readonly merge: number;
  readonly swaps: number;
  /** Share of sentences reworded (synonyms), and share of their replaceable words replaced. */
  readonly reword: number;
  readonly wordShare: number;
  readonly clause: number;
  readonly filler: number;
}

export const strengths: Readonly<Record<Strength, StrengthSettings>> = {
  light: { drop: 0.1, merge: 0.05, swaps: 0, reword: 0.3, wordShare: 0.3, clause: 0.1, filler: 1 },
  medium: { drop: 0.25, merge: 0.15, swaps: 1, reword: 0.6, wordShare: 0.5, clause: 0.3, filler: 2 },
  heavy: { drop: 0.4, merge: 0.25, swaps: 3, reword: 0.9, wordShare: 0.8, clause: 0.5, filler: 4 },
};

/**
 * Everyday news paraphrases, written for this generator (not taken from WordNet, so the
 * detector's synonyms are not simply asked to undo their own substitutions).
 */
const substitutions: ReadonlyMap<string, string> = new Map(
  (
    'said:stated told:informed says:states announced:declared reported:disclosed according:pursuant ' +
    'meeting:talks talks:discussions officials:authorities official:representative government:administration ' +
    'killed:slain died:perished attack:assault attacks:assaults police:law-enforcement-officers ' +
    'people:individuals residents:locals city:town country:nation president:leader company:firm ' +
    'large:big small:little big:large major:significant important:key new:fresh recent:latest ' +
    'began:started begin:start started:began start:begin ended:concluded end:conclusion ' +
    'show:indicate shows:indicates showed:indicated found:discovered find:discover ' +
    'help:assist helped:assisted help:aid wanted:sought want:seek asked:requested ask:request ' +
    'believe:think believed:thought believes:thinks warned:cautioned claimed:asserted claims:assertions ' +
    'decision:ruling plan:proposal plans:proposals agreement:deal deal:agreement ' +
    'buy:purchase bought:purchased sell:market increase:rise increased:rose decline:drop ' +
    'children:kids child:kid car:vehicle cars:vehicles home:house house:home ' +
    'soldiers:troops troops:forces military:armed-forces fighting:combat war:conflict ' +
    'quickly:rapidly often:frequently however:nevertheless also:additionally about:roughly ' +
    'many:numerous several:a-number-of allowed:permitted allow:permit refused:declined ' +
    'expected:anticipated likely:probably tried:attempted try:attempt made:created ' +
    'video:footage photo:picture photos:pictures statement:remarks report:account ' +
    'investigation:probe inquiry:probe arrested:detained charged:indicted court:tribunal'
  )
    .split(' ')
    .map((pair) => {
      const [from, to] = pair.split(':') as [string, string];
      return [from, to.replaceAll('-', ' ')] as const;
    }),
);

const fillers = [
  'The situation is still developing.',
  'Observers say the coming days will be decisive.',
  'It remains to be seen how events will unfold.',
  'The news has drawn wide attention online.',
  'Reactions poured in from across the spectrum.',
  'Analysts cautioned against reading too much into the first reports.',
  'Further details were not immediately available.',
  'Stay with us for updates on this story.',
];

/** Splits a body into sentences for rewriting (generation only; the detector uses extraction). */
export function splitForRewrite(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z0-9])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function rewordSentence(sentence: string, share: number, random: () => number): string {
  return sentence.replace(/\b[a-z]+\b/g, (word) => {
    const replacement = substitutions.get(word);
    return replacement !== undefined && random() < share ? replacement : word;
  });
}

/** Clause rewording: moves attributions and leading phrases, turns "according to" around. */
function rewordClauses(sentence: string): string {
  const trailingAttribution = /^(.+?),\s+([A-Z][\w.' -]{1,40}?)\s+(said|says|told reporters|added)\.$/.exec(
    sentence,
  );
  if (trailingAttribution && !/["“”]/.test(sentence))
    return `${trailingAttribution[2]} ${trailingAttribution[3]} that ${lowerFirst(trailingAttribution[1]!)}.`;
  const leadingPhrase =
    /^((?:On|In|At|During|After|Before|Since|Earlier|Later)\b[^,]{2,40}),\s+(.+?)\.$/.exec(sentence);
  if (leadingPhrase) return `${upperFirst(leadingPhrase[2]!)} ${lowerFirst(leadingPhrase[1]!)}.`;
  const according = /^According to ([^,]{2,60}),\s+(.+?)\.$/.exec(sentence);
  if (according) return `${upperFirst(according[2]!)}, ${according[1]} said.`;
  return sentence;
}

const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
const upperFirst = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** A derived version of a body: sentences dropped, merged, reordered, reworded, padded with filler. */
export function rewriteBody(body: string, strength: Strength, seed: number): string[] {
  const settings = strengths[strength];
  const random = seededRandom(seed);
  let sentences = splitForRewrite(body).filter(() => random() >= settings.drop);
  const merged: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const next = sentences[i + 1];
    if (next !== undefined && random() < settings.merge) {
      merged.push(`${sentences[i]!.replace(/[.!?]$/, '')}, and ${lowerFirst(next)}`);
      i++;
    } else merged.push(sentences[i]!);
  }
  sentences = merged;
  for (let swap = 0; swap < settings.swaps && sentences.length > 3; swap++) {
    // Move a run of two sentences elsewhere: reordered blocks, as editors do.
    const from = Math.floor(random() * (sentences.length - 1));
    const block = sentences.splice(from, 2);
    const to = Math.floor(random() * (sentences.length + 1));
    sentences.splice(to, 0, ...block);
  }
  sentences = sentences.map((sentence) => {
    let out = sentence;
    if (random() < settings.clause) out = rewordClauses(out);
    if (random() < settings.reword) out = rewordSentence(out, settings.wordShare, random);
    return out;
  });
  for (let f = 0; f < settings.filler; f++) {
    const at = Math.floor(random() * (sentences.length + 1));
    sentences.splice(at, 0, fillers[Math.floor(random() * fillers.length)]!);
  }
  // Paragraphs of two sentences, as news pages break them.
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
  return paragraphs;
}

/** FNC-1 bodies (Body ID, articleBody) from its CSV. */
export function loadFncBodies(corpus: string): { id: string; body: string }[] {
  const rows = parseCsv(readFileSync(join(corpus, 'fnc1', 'train_bodies.csv'), 'utf8'));
  return rows.slice(1).flatMap((row) => (row.length >= 2 ? [{ id: row[0]!, body: row[1]! }] : []));
}

export interface RewriteFigures {
  readonly strength: Strength;
  readonly originals: number;
  readonly derivedPairs: number;
  readonly found: number;
  readonly reported: number;
  readonly recall: number;
  readonly precision: number;
  /** Of the derived pairs found, the share whose direction (original → derived) is right. */
  readonly directionAccuracy: number;
  readonly kinds: Readonly<Record<string, number>>;
  readonly falseAlarms: readonly { from: string; to: string; score: number }[];
}

/** Bodies long enough to rewrite (at least `minSentences`), split into development and test halves by Body ID. */
export function rewriteBases(corpus: string, half: 'development' | 'test', count: number, minSentences = 6) {
  const candidates = loadFncBodies(corpus)
    .filter((row) => splitForRewrite(row.body).length >= minSentences)
    .filter((row) => (Number(row.id) % 2 === 0) === (half === 'development'));
  // FNC-1 holds copies of the same story from several sites; such bases would make true reuse
  // look like false alarms, so a body sharing 10 % of its word 5-grams with a kept one is skipped.
  const kept: { id: string; body: string; grams: Set<string> }[] = [];
  for (const row of candidates) {
    if (kept.length >= count) break;
    const grams = wordGrams(row.body, 5);
    const overlaps = kept.some((other) => {
      let shared = 0;
      for (const gram of grams) if (other.grams.has(gram)) shared++;
      return shared / Math.max(1, Math.min(grams.size, other.grams.size)) >= 0.1;
    });
    if (!overlaps) kept.push({ ...row, grams });
  }
  return kept.map(({ id, body }) => ({ id, body }));
}

function wordGrams(text: string, n: number): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) grams.add(words.slice(i, i + n).join(' '));
  return grams;
}

export function evaluateRewrites(
  bases: readonly { id: string; body: string }[],
  strength: Strength,
  options: ReuseOptions = {},
): RewriteFigures {
  const records: SourceRecord[] = [];
  for (const [index, base] of bases.entries()) {
    records.push({ key: `fnc1/${base.id}`, paragraphs: base.body.split(/\n+/).filter((p) => p.trim()) });
    records.push({
      key: `fnc1/${base.id}/${strength}`,
      paragraphs: rewriteBody(base.body, strength, 1000 + index),
    });
  }
  const articles = analyseRecords(records);
  const keyOf = new Map(articles.map((article, i) => [article.id, records[i]!.key]));
  const { reuse } = analyseReuse(articles, options);
  const baseOf = (key: string) => key.split('/').slice(0, 2).join('/');
  const isDerivedPair = (link: Reuse) => {
    const [from, to] = [keyOf.get(link.from) ?? '', keyOf.get(link.to) ?? ''];
    return baseOf(from) === baseOf(to) && from !== to;
  };
  const correct = reuse.filter(isDerivedPair);
  const rightWay = correct.filter((link) => (keyOf.get(link.to) ?? '').endsWith(`/${strength}`));
  const kinds: Record<string, number> = {};
  for (const link of correct) kinds[link.kind] = (kinds[link.kind] ?? 0) + 1;
  return {
    strength,
    originals: bases.length,
    derivedPairs: bases.length,
    found: correct.length,
    reported: reuse.length,
    recall: correct.length / Math.max(bases.length, 1),
    precision: reuse.length === 0 ? 1 : correct.length / reuse.length,
    directionAccuracy: correct.length === 0 ? 0 : rightWay.length / correct.length,
    kinds,
    falseAlarms: reuse
      .filter((link) => !isDerivedPair(link))
      .map((link) => ({
        from: keyOf.get(link.from) ?? link.from,
        to: keyOf.get(link.to) ?? link.to,
        score: Number(link.score.toFixed(3)),
      })),
  };
}

// ---------------------------------------------------------------------------------------------
// The seeds: relations established by reading the five reports (see eval/reuse.ts for the note).

export interface SeedsResult {
  readonly articles: number;
  readonly reuse: readonly {
    from: string;
    to: string;
    kind: string;
    coverage: number;
    score: number;
    passages: number;
  }[];
  readonly independentGroups: readonly (readonly string[])[];
}

export async function evaluateSeedsReuse(folder: string, options: ReuseOptions = {}): Promise<SeedsResult> {
  const ingested = await ingestPaths([folder]);
  const pipeline = createExtractionPipeline();
  const articles = ingested.articles.map((article) => pipeline.run(article));
  const nameOf = new Map(
    articles.map((article) => [article.id, (article.path ?? article.id).split('/').pop()!]),
  );
  const { reuse, independentGroups } = analyseReuse(articles, options);
  return {
    articles: articles.length,
    reuse: reuse.map((link) => ({
      from: nameOf.get(link.from) ?? link.from,
      to: nameOf.get(link.to) ?? link.to,
      kind: link.kind,
      coverage: Number(link.coverage.toFixed(3)),
      score: Number(link.score.toFixed(3)),
      passages: link.passages.length,
    })),
    independentGroups: independentGroups.map((group) => group.map((id) => nameOf.get(id) ?? id).sort()),
  };
}
