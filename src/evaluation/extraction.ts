import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { overlaps, type Span } from '../model/index.ts';
import { withoutInvisibleMarks } from '../text/whitespace.ts';

/**
 * Scores extraction (entities, titles, dates, quote speakers) against hand-labelled truth
 * (`eval/extraction/labels.json`, rules in `eval/extraction/GUIDELINES.md`).
 * Every gold item is located by searching its text inside its labelled sentence in the article's text,
 * so labels carry no offsets and survive changes to ingest as long as the sentence text is kept.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const labelledSentenceSchema = z.object({
  text: z.string().min(1),
  entities: z.array(z.object({ text: z.string().min(1), type: z.enum(['person', 'organization', 'place']) })),
  titles: z.array(z.object({ person: z.string().min(1), title: z.string().min(1) })),
  dates: z.array(z.object({ text: z.string().min(1), value: isoDay })),
  quotes: z.array(z.object({ text: z.string().min(1), speaker: z.string().min(1).nullable() })),
});

const labelledArticleSchema = z.object({
  file: z.string().min(1),
  outlet: z.string().min(1),
  published: isoDay.nullable(),
  sentences: z.array(labelledSentenceSchema),
});

export const extractionLabelsSchema = z.object({ articles: z.array(labelledArticleSchema) });

export type ExtractionLabels = z.infer<typeof extractionLabelsSchema>;
export type LabelledArticle = z.infer<typeof labelledArticleSchema>;
export type LabelledSentence = z.infer<typeof labelledSentenceSchema>;
export type LabelledEntityType = LabelledSentence['entities'][number]['type'];

/** Outlet value for articles whose source cannot be identified; not counted as an outlet. */
export const UNKNOWN_OUTLET = 'unknown';

/** The part of `corroborate analyze --format json` output that the scorer reads. */
export interface AnalyzeOutput {
  readonly articles: readonly OutputArticle[];
}

export interface OutputArticle {
  readonly path?: string;
  readonly text: string;
  readonly extraction?: {
    readonly people?: readonly OutputEntity[];
    readonly organizations?: readonly OutputEntity[];
    readonly places?: readonly OutputEntity[];
    readonly dates?: readonly { readonly value: string | null; readonly span: Span }[];
    readonly quotes?: readonly { readonly speaker: string | null; readonly span: Span }[];
  };
}

export interface OutputEntity {
  readonly name: string;
  readonly variants?: readonly string[];
  readonly titles?: readonly (string | { readonly text: string })[];
  readonly spans: readonly Span[];
}

export interface ExtractionScores {
  entities: {
    precision: number;
    recall: number;
    f1: number;
    partialF1: number;
    gold: number;
    predicted: number;
  };
  titles: { accuracy: number; lenient: number; pairs: number };
  dates: { accuracy: number; count: number };
  quotes: { accuracy: number; count: number };
  sentences: number;
  outlets: number;
  /** Labels that could not be located (errors of the labels or of the ingested text), and missing articles. */
  errors: string[];
}

/** One labelled sentence with its gold items placed at spans of the article text. */
export interface LocatedSentence {
  readonly span: Span;
  readonly entities: readonly { readonly span: Span; readonly type: LabelledEntityType }[];
  readonly dates: readonly { readonly span: Span; readonly value: string }[];
  readonly quotes: readonly { readonly span: Span; readonly speaker: string | null }[];
}

export async function loadExtractionLabels(dir: string): Promise<ExtractionLabels> {
  const path = join(dir, 'labels.json');
  // (Labels quote the article as written; its text drops invisible marks on ingest, so they do too.)
  const parsed = extractionLabelsSchema.safeParse(
    JSON.parse(withoutInvisibleMarks(await readFile(path, 'utf8'))),
  );
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${path} is not a valid extraction label file:\n  ${issues.join('\n  ')}`);
  }
  return parsed.data;
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** First occurrence of `needle` inside `within` that overlaps none of `taken` (whole words only if asked). */
function findInside(
  text: string,
  within: Span,
  needle: string,
  taken: Span[],
  wholeWord: boolean,
): Span | undefined {
  for (let at = text.indexOf(needle, within[0]); at >= 0; at = text.indexOf(needle, at + 1)) {
    const span: Span = [at, at + needle.length];
    if (span[1] > within[1]) return undefined;
    if (wholeWord && (isWordChar(text[at - 1]) || isWordChar(text[span[1]]))) continue;
    if (taken.some((other) => overlaps(other, span))) continue;
    taken.push(span);
    return span;
  }
  return undefined;
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentence's span: exact text first (searching on from the previous sentence), then tolerant of whitespace. */
function findSentence(text: string, sentence: string, from: number): Span | undefined {
  let at = text.indexOf(sentence, from);
  if (at < 0) at = text.indexOf(sentence);
  if (at >= 0) return [at, at + sentence.length];
  const words = sentence.trim().split(/\s+/).map(escapeRegExp);
  const match = new RegExp(words.join('\\s+'), 'u').exec(text);
  return match ? [match.index, match.index + match[0].length] : undefined;
}

/** Places every labelled sentence and its entities, dates and quotes in `text`; what cannot be found goes to errors. */
export function locateLabels(
  article: LabelledArticle,
  text: string,
): { sentences: LocatedSentence[]; errors: string[] } {
  const sentences: LocatedSentence[] = [];
  const errors: string[] = [];
  let from = 0;
  for (const sentence of article.sentences) {
    const where = `${article.file}: "${sentence.text.slice(0, 50)}…"`;
    const span = findSentence(text, sentence.text, from);
    if (!span) {
      errors.push(`${where}: sentence not found in the article text`);
      continue;
    }
    from = span[1];
    const place = (needle: string, taken: Span[], wholeWord: boolean, kind: string): Span | undefined => {
      const found = findInside(text, span, needle, taken, wholeWord);
      if (!found) errors.push(`${where}: ${kind} "${needle}" not found in the sentence`);
      return found;
    };
    // Longer names first, so "Trump" does not claim the inside of "Donald Trump"; equal names keep their order.
    const entityTaken: Span[] = [];
    const entities = [...sentence.entities]
      .sort((a, b) => b.text.length - a.text.length)
      .flatMap((entity) => {
        const found = place(entity.text, entityTaken, true, 'entity');
        return found ? [{ span: found, type: entity.type }] : [];
      });
    const dateTaken: Span[] = [];
    const dates = sentence.dates.flatMap((date) => {
      const found = place(date.text, dateTaken, true, 'date');
      return found ? [{ span: found, value: date.value }] : [];
    });
    const quoteTaken: Span[] = [];
    const quotes = sentence.quotes.flatMap((quote) => {
      const found = place(quote.text, quoteTaken, false, 'quote');
      return found ? [{ span: found, speaker: quote.speaker }] : [];
    });
    sentences.push({ span, entities, dates, quotes });
  }
  return { sentences, errors };
}

const normalizeName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[.,]/g, ' ')
    .replace(/^\s*(mr|mrs|ms|dr)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const lastName = (name: string): string => {
  const tokens = normalizeName(name).split(' ');
  while (tokens.length > 1 && /^(jr|sr|ii|iii|iv)$/.test(tokens.at(-1) ?? '')) tokens.pop();
  return tokens.at(-1) ?? '';
};

const normalizeTitle = (title: string): string =>
  title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:.]+$/g, '')
    .replace(/^(the|a|an) /, '');

const titleText = (title: string | { readonly text: string }): string =>
  typeof title === 'string' ? title : title.text;

/** Last names shared by more than one distinct full name among the article's gold people. */
export function ambiguousLastNames(article: LabelledArticle): Set<string> {
  const fullNames = new Set<string>();
  for (const sentence of article.sentences) {
    for (const entity of sentence.entities)
      if (entity.type === 'person') fullNames.add(normalizeName(entity.text));
    for (const title of sentence.titles) fullNames.add(normalizeName(title.person));
    for (const quote of sentence.quotes) if (quote.speaker) fullNames.add(normalizeName(quote.speaker));
  }
  const seen = new Map<string, number>();
  for (const name of fullNames) {
    if (!name.includes(' ')) continue;
    seen.set(lastName(name), (seen.get(lastName(name)) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count > 1).map(([last]) => last));
}

/**
 * Whether `short` is an acronym of `long`: "NRA" of "National Rifle Association", "ACLU" of "the American
 * Civil Liberties Union" (one letter per capitalised word). Labels name an organisation either way.
 */
function isAcronymOf(short: string, long: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const initials = long.match(/(?<![\p{L}'’])\p{Lu}/gu) ?? [];
  return initials.length > 1 && initials.join('') === short;
}

export function sameSpeaker(predicted: string | null, gold: string | null, ambiguous: Set<string>): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  if (normalizeName(predicted) === normalizeName(gold)) return true;
  if (isAcronymOf(predicted, gold) || isAcronymOf(gold, predicted)) return true;
  return lastName(predicted) === lastName(gold) && !ambiguous.has(lastName(gold));
}

const nameMatches = (person: OutputEntity, gold: string): boolean =>
  [person.name, ...(person.variants ?? [])].some(
    (name) => normalizeName(name) === normalizeName(gold) || lastName(name) === lastName(gold),
  );

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const harmonic = (precision: number, recall: number): number =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

const articleKey = (path: string): string => basename(path.replace(/#\d+$/, ''));

export function scoreExtraction(labels: ExtractionLabels, output: AnalyzeOutput): ExtractionScores {
  const errors: string[] = [];
  const outputs = outputsByFile(output);
  const entities = { gold: 0, predicted: 0, exact: 0, goldOverlapped: 0, predictedOverlapping: 0 };
  const titles = { pairs: 0, exact: 0, lenient: 0 };
  const dates = { count: 0, right: 0 };
  const quotes = { count: 0, right: 0 };

  for (const article of labels.articles) {
    const result = outputs.get(article.file);
    if (!result) {
      errors.push(`${article.file}: not in the output (every label counts as missed)`);
    }
    const located = result
      ? locateLabels(article, result.text)
      : { sentences: [] as LocatedSentence[], errors: [] as string[] };
    errors.push(...located.errors);
    const extraction = result?.extraction ?? {};

    // Entities: gold mentions vs predicted mentions lying inside labelled sentences.
    const gold = located.sentences.flatMap((sentence) => sentence.entities);
    const goldCount = result ? gold.length : article.sentences.reduce((n, s) => n + s.entities.length, 0);
    const predicted = new Map<string, { span: Span; type: LabelledEntityType }>();
    const groups = [
      ['person', extraction.people ?? []],
      ['organization', extraction.organizations ?? []],
      ['place', extraction.places ?? []],
    ] as const;
    for (const [type, group] of groups) {
      for (const entity of group) {
        for (const span of entity.spans) {
          const inside = located.sentences.some((s) => s.span[0] <= span[0] && span[1] <= s.span[1]);
          if (inside) predicted.set(`${span[0]}:${span[1]}:${type}`, { span, type });
        }
      }
    }
    const predictedList = [...predicted.values()];
    entities.gold += goldCount;
    entities.predicted += predictedList.length;
    entities.exact += gold.filter((g) => predicted.has(`${g.span[0]}:${g.span[1]}:${g.type}`)).length;
    entities.goldOverlapped += gold.filter((g) =>
      predictedList.some((p) => p.type === g.type && overlaps(p.span, g.span)),
    ).length;
    entities.predictedOverlapping += predictedList.filter((p) =>
      gold.some((g) => g.type === p.type && overlaps(p.span, g.span)),
    ).length;

    // Titles: each distinct (person, title) pair of the article, looked up among the program's people.
    for (const pair of titlePairs(article)) {
      const judged = judgeTitle(extraction, pair);
      titles.pairs++;
      if (judged.exact) titles.exact++;
      if (judged.lenient) titles.lenient++;
    }

    // Dates: a predicted date overlapping the gold expression with the same day.
    dates.count += result ? 0 : article.sentences.reduce((n, s) => n + s.dates.length, 0);
    for (const date of located.sentences.flatMap((sentence) => sentence.dates)) {
      dates.count++;
      const hit = (extraction.dates ?? []).some(
        (predictedDate) =>
          overlaps(predictedDate.span, date.span) && predictedDate.value?.slice(0, 10) === date.value,
      );
      if (hit) dates.right++;
    }

    // Quotes: the predicted quote overlapping the gold quote's opening words names the same speaker.
    const ambiguous = ambiguousLastNames(article);
    quotes.count += result ? 0 : article.sentences.reduce((n, s) => n + s.quotes.length, 0);
    for (const quote of located.sentences.flatMap((sentence) => sentence.quotes)) {
      quotes.count++;
      if (
        speakersOf(extraction, quote.span).some((speaker) => sameSpeaker(speaker, quote.speaker, ambiguous))
      )
        quotes.right++;
    }
  }

  const precision = ratio(entities.exact, entities.predicted);
  const recall = ratio(entities.exact, entities.gold);
  const partialF1 = harmonic(
    ratio(entities.predictedOverlapping, entities.predicted),
    ratio(entities.goldOverlapped, entities.gold),
  );
  const outlets = new Set(labels.articles.map((a) => a.outlet).filter((outlet) => outlet !== UNKNOWN_OUTLET));
  return {
    entities: {
      precision,
      recall,
      f1: harmonic(precision, recall),
      partialF1,
      gold: entities.gold,
      predicted: entities.predicted,
    },
    titles: {
      accuracy: ratio(titles.exact, titles.pairs),
      lenient: ratio(titles.lenient, titles.pairs),
      pairs: titles.pairs,
    },
    dates: { accuracy: ratio(dates.right, dates.count), count: dates.count },
    quotes: { accuracy: ratio(quotes.right, quotes.count), count: quotes.count },
    sentences: labels.articles.reduce((n, article) => n + article.sentences.length, 0),
    outlets: outlets.size,
    errors,
  };
}

type Extraction = NonNullable<OutputArticle['extraction']>;

/** The output's articles by file name (the first of each, where one file held several). */
function outputsByFile(output: AnalyzeOutput): Map<string, OutputArticle> {
  const outputs = new Map<string, OutputArticle>();
  for (const article of output.articles) {
    if (article.path !== undefined && !outputs.has(articleKey(article.path))) {
      outputs.set(articleKey(article.path), article);
    }
  }
  return outputs;
}

/** Each distinct (person, title) pair an article's labels give. */
function titlePairs(article: LabelledArticle): { person: string; title: string }[] {
  const pairs = new Map<string, { person: string; title: string }>();
  for (const sentence of article.sentences) {
    for (const pair of sentence.titles) {
      pairs.set(`${normalizeName(pair.person)}\u0000${normalizeTitle(pair.title)}`, pair);
    }
  }
  return [...pairs.values()];
}

/** Whether the program's people give the labelled title to the labelled person, exactly or by containment. */
function judgeTitle(
  extraction: Extraction,
  pair: { person: string; title: string },
): { exact: boolean; lenient: boolean; given: string[] } {
  const wanted = normalizeTitle(pair.title);
  const given = (extraction.people ?? [])
    .filter((person) => nameMatches(person, pair.person))
    .flatMap((person) => (person.titles ?? []).map((title) => normalizeTitle(titleText(title))));
  return {
    exact: given.includes(wanted),
    lenient: given.some((title) => title !== '' && (title.includes(wanted) || wanted.includes(title))),
    given,
  };
}

/** The speakers of the program's quotes overlapping `span`. */
const speakersOf = (extraction: Extraction, span: Span): (string | null)[] =>
  (extraction.quotes ?? []).filter((quote) => overlaps(quote.span, span)).map((quote) => quote.speaker);

/** A labelled quote or title the program got wrong, with what it gave instead. */
export interface ExtractionMiss {
  readonly file: string;
  readonly kind: 'quote' | 'title';
  /** The labelled sentence. */
  readonly sentence: string;
  /** The quote's first words, or the person. */
  readonly item: string;
  readonly wanted: string | null;
  readonly given: readonly (string | null)[];
}

/**
 * The quote speakers and titles the output gets wrong against the labels, for reading while
 * improving the extractor (`scripts/extraction-misses.ts`; development sets only: what it lists is
 * exactly what must never be read of the held-out sets).
 */
export function extractionMisses(labels: ExtractionLabels, output: AnalyzeOutput): ExtractionMiss[] {
  const misses: ExtractionMiss[] = [];
  const outputs = outputsByFile(output);
  for (const article of labels.articles) {
    const result = outputs.get(article.file);
    if (!result) continue;
    const extraction = result.extraction ?? {};
    const located = locateLabels(article, result.text);
    const ambiguous = ambiguousLastNames(article);
    for (const sentence of located.sentences) {
      const sentenceText = result.text.slice(sentence.span[0], sentence.span[1]);
      for (const quote of sentence.quotes) {
        const given = speakersOf(extraction, quote.span);
        if (given.some((speaker) => sameSpeaker(speaker, quote.speaker, ambiguous))) continue;
        const item = result.text.slice(quote.span[0], quote.span[1]);
        misses.push({
          file: article.file,
          kind: 'quote',
          sentence: sentenceText,
          item,
          wanted: quote.speaker,
          given,
        });
      }
    }
    for (const pair of titlePairs(article)) {
      const judged = judgeTitle(extraction, pair);
      if (judged.exact) continue;
      const sentence = article.sentences.find((s) => s.titles.includes(pair))?.text ?? '';
      misses.push({
        file: article.file,
        kind: 'title',
        sentence,
        item: pair.person,
        wanted: pair.title,
        given: judged.given,
      });
    }
  }
  return misses;
}

/** An accuracy as printed: "n/a" when there was nothing to score (a set without dates). */
const accuracy = (value: number, count: number): string => (count === 0 ? 'n/a' : value.toFixed(3));

function accuracyLines(
  titles: ExtractionScores['titles'],
  dates: ExtractionScores['dates'],
  quotes: ExtractionScores['quotes'],
): string[] {
  return [
    `  titles    accuracy ${accuracy(titles.accuracy, titles.pairs)}  lenient ${accuracy(titles.lenient, titles.pairs)}  (${titles.pairs} person-title pairs)`,
    `  dates     accuracy ${accuracy(dates.accuracy, dates.count)}  (${dates.count} dates)`,
    `  quotes    speaker accuracy ${accuracy(quotes.accuracy, quotes.count)}  (${quotes.count} quotes)`,
  ];
}

export function formatExtractionScores(scores: ExtractionScores): string {
  const f = (value: number): string => value.toFixed(3);
  const { entities, titles, dates, quotes } = scores;
  const lines = [
    `Extraction on ${scores.sentences} hand-labelled sentences from ${scores.outlets} outlets`,
    `  entities  precision ${f(entities.precision)}  recall ${f(entities.recall)}  F1 ${f(entities.f1)}` +
      `  (overlap F1 ${f(entities.partialF1)}; ${entities.gold} gold, ${entities.predicted} predicted)`,
    ...accuracyLines(titles, dates, quotes),
  ];
  if (scores.errors.length > 0) {
    lines.push(`  ${scores.errors.length} label errors:`, ...scores.errors.map((error) => `    ${error}`));
  }
  return lines.join('\n');
}

/** Several sets scored as one (micro-averaged: every label counts once, whichever set it is in). */
export interface PooledExtractionScores {
  sets: number;
  sentences: number;
  entities: { precision: number; recall: number; f1: number; gold: number; predicted: number };
  titles: { accuracy: number; lenient: number; pairs: number };
  dates: { accuracy: number; count: number };
  quotes: { accuracy: number; count: number };
}

export function poolExtractionScores(all: readonly ExtractionScores[]): PooledExtractionScores {
  const sum = (part: (scores: ExtractionScores) => number) => all.reduce((total, s) => total + part(s), 0);
  const gold = sum((s) => s.entities.gold);
  const predicted = sum((s) => s.entities.predicted);
  const exact = sum((s) => Math.round(s.entities.recall * s.entities.gold));
  const pairs = sum((s) => s.titles.pairs);
  const dates = sum((s) => s.dates.count);
  const quotes = sum((s) => s.quotes.count);
  return {
    sets: all.length,
    sentences: sum((s) => s.sentences),
    entities: {
      precision: ratio(exact, predicted),
      recall: ratio(exact, gold),
      f1: ratio(2 * exact, gold + predicted),
      gold,
      predicted,
    },
    titles: {
      accuracy: ratio(
        sum((s) => Math.round(s.titles.accuracy * s.titles.pairs)),
        pairs,
      ),
      lenient: ratio(
        sum((s) => Math.round(s.titles.lenient * s.titles.pairs)),
        pairs,
      ),
      pairs,
    },
    dates: {
      accuracy: ratio(
        sum((s) => Math.round(s.dates.accuracy * s.dates.count)),
        dates,
      ),
      count: dates,
    },
    quotes: {
      accuracy: ratio(
        sum((s) => Math.round(s.quotes.accuracy * s.quotes.count)),
        quotes,
      ),
      count: quotes,
    },
  };
}

export function formatPooledScores(pooled: PooledExtractionScores): string {
  const f = (value: number): string => value.toFixed(3);
  const { entities, titles, dates, quotes } = pooled;
  return [
    `Pooled over ${pooled.sets} sets, ${pooled.sentences} sentences`,
    `  entities  precision ${f(entities.precision)}  recall ${f(entities.recall)}  F1 ${f(entities.f1)}  (${entities.gold} gold, ${entities.predicted} predicted)`,
    ...accuracyLines(titles, dates, quotes),
  ].join('\n');
}
