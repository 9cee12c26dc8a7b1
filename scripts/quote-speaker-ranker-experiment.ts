/**
 * Experiment: does a small learned re-ranker of quote-speaker candidates pick the right speaker more
 * often than the rules of src/extract/quotes, on development sets it was not trained on?
 *
 *   node --import tsx scripts/quote-speaker-ranker-experiment.ts [--lambda 0.01] [--errors]
 *
 * For every quotation the real pipeline finds in a development article (eval/extraction,
 * eval/extraction-dev2 … dev27; never the held-out sets), the candidates are the rules' choice,
 * "nobody", the speaker of the quotation before, every person, organisation and place named outside
 * quotation marks in the quote's paragraph and the ones either side, and the person a pronoun would
 * go back to (the latest person named before). Each candidate gets cheap general features (no
 * words of any article) and, where the quote overlaps a gold one, a label from the scorer's own
 * `sameSpeaker`. A conditional-logit ranker (a softmax over each quote's candidates) is trained
 * leave-one-set-out: for each set, on the other 26; its choices replace the rules' speakers in the
 * pipeline's output, which the scorer (`scoreExtraction`) then scores exactly as `npm run eval` does.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type AnalyzeOutput,
  ambiguousLastNames,
  type ExtractionLabels,
  type LabelledArticle,
  loadExtractionLabels,
  locateLabels,
  sameSpeaker,
  scoreExtraction,
} from '../src/evaluation/extraction.ts';
import { createExtractionPipeline } from '../src/extract/index.ts';
import { ingestPaths } from '../src/ingest/index.ts';
import { overlaps, type Span } from '../src/model/index.ts';
import type { AnalysedArticle } from '../src/pipeline/index.ts';
import { analysisJson } from '../src/report/json.ts';

const developmentSets = ['extraction', ...Array.from({ length: 26 }, (_, i) => `extraction-dev${i + 2}`)];

// ---------------------------------------------------------------- candidates and features

type Kind = 'person' | 'organization' | 'place';

interface Mention {
  readonly name: string;
  readonly kind: Kind;
  readonly span: Span;
}

const speechVerb =
  /\b(?:said|says|say|told|tells|added|adds|noted|stated|explained|wrote|writes|asked|argued|insisted|declared|tweeted|posted|announced|continued|replied|responded|acknowledged|admitted|claimed|recalled|suggested|warned|stressed|according to|saying|adding|telling|noting)\b/giu;
const pronounAfterQuote = /^[\s,.!?”"’]*(he|she|they|it)\s+(?:\p{Ll}+ly\s+|also\s+)?\p{Ll}+/u;
const unnamedSource =
  /\b(?:an?|one|the|another|two|some|several)\s+(?:[\p{L}-]+\s+){0,3}?(?:sources?|officials?|spokes(?:man|woman|person)|aides?|persons?|people|analysts?|diplomats?|insiders?|employees?|residents?|witness(?:es)?)\b/iu;
const speaksForBefore =
  /\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|representative)\s+(?:for|to|of)\s+(?:the\s+)?$/iu;

/** Names of the features, in the order of each candidate's feature vector. */
const featureNames = [
  'isRules',
  'isNull',
  'isRulesAndExplicit',
  'isRulesAndPronoun',
  'isRulesNull',
  'isPreviousSpeaker',
  'isPreviousSpeakerSameBlock',
  'isPerson',
  'isOrganization',
  'isPlace',
  'hasTitle',
  'logMentions',
  'isFirstPerson',
  'isMostMentioned',
  'inSentenceBefore',
  'inSentenceAfter',
  'logCharsBefore',
  'logCharsAfter',
  'noneBefore',
  'noneAfter',
  'sentenceDistance',
  'inBlock',
  'inPreviousBlock',
  'inNextBlock',
  'besideSpeechVerbInSentence',
  'besideSpeechVerbInWindow',
  'accordingTo',
  'subjectOfSentence',
  'rightAfterQuote',
  'namedInsideQuote',
  'speaksForMention',
  'possessive',
  'isLatestPerson',
  'isLatestFittingPerson',
  'pronounAfterAndLatestFitting',
  'genderDisagrees',
  'nullAndOpensParagraph',
  'nullAndUnnamedSource',
  'nullAndSpeechVerb',
  'nullAndPronounAfter',
  'nullAndNoPersonInSentence',
  'previousAndOpensParagraph',
  'latestAndOpensParagraph',
] as const;

interface Candidate {
  readonly name: string | null;
  readonly features: readonly number[];
}

interface QuoteCandidates {
  readonly quote: number;
  readonly candidates: readonly Candidate[];
}

const indexAt = (spans: readonly Span[], at: number): number => {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle]![0] <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
};

/** Candidates and their features for every quote the rules found in an analysed article. */
function quoteCandidates(article: AnalysedArticle): QuoteCandidates[] {
  const { text, blocks } = article;
  const { people, organizations, places, quotes, sentences } = article.extraction;
  const quoteSpans = quotes.map((q) => q.span);
  const insideAQuote = (span: Span) => quoteSpans.some((q) => q[0] <= span[0] && span[1] <= q[1]);
  const mentions: Mention[] = [];
  const kinds = new Map<string, Kind>();
  const add = (entities: readonly { name: string; spans: readonly Span[] }[], kind: Kind) => {
    for (const entity of entities) {
      if (!kinds.has(entity.name)) kinds.set(entity.name, kind);
      for (const span of entity.spans)
        if (!insideAQuote(span)) mentions.push({ name: entity.name, kind, span });
    }
  };
  add(people, 'person');
  add(organizations, 'organization');
  add(places, 'place');
  mentions.sort((a, b) => a.span[0] - b.span[0]);
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const mostMentioned = [...counts]
    .filter(([n]) => kinds.get(n) === 'person')
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  const firstPerson = mentions.find((m) => m.kind === 'person')?.name;
  const titled = new Set(people.filter((p) => p.titles.length > 0).map((p) => p.name));
  const genders = new Map<string, 'he' | 'she'>();
  for (const person of people)
    for (const span of person.spans) {
      const before = text.slice(Math.max(0, span[0] - 6), span[0]);
      if (/\bMr\.?\s+$/.test(before)) genders.set(person.name, 'he');
      else if (/\b(?:Ms|Mrs|Miss)\.?\s+$/.test(before)) genders.set(person.name, 'she');
    }
  const blockSpans = blocks.map((b) => b.span);
  const sentenceSpans = sentences.map((s) => s.span);
  const verbs = Array.from(text.matchAll(speechVerb), (m): Span => [m.index, m.index + m[0].length]);
  const besideVerb = (m: Mention): boolean =>
    verbs.some(
      (v) =>
        (v[0] >= m.span[1] && v[0] - m.span[1] <= 30 && !/[.“”"]/.test(text.slice(m.span[1], v[0]))) ||
        (v[1] <= m.span[0] && m.span[0] - v[1] <= 4),
    );

  return quotes.map((quote, quoteIndex) => {
    const outer: Span = [Math.max(0, quote.span[0] - 1), Math.min(text.length, quote.span[1] + 1)];
    const block = indexAt(blockSpans, quote.span[0]);
    const sentenceIndex = indexAt(sentenceSpans, quote.span[0]);
    const sentence = sentenceSpans[sentenceIndex] ?? blockSpans[block] ?? outer;
    const sentenceEnd = Math.max(sentence[1], outer[1]);
    const window: Span = [
      blockSpans[Math.max(0, block - 1)]?.[0] ?? 0,
      blockSpans[Math.min(blocks.length - 1, block + 1)]?.[1] ?? text.length,
    ];
    const previous = quotes[quoteIndex - 1];
    const previousSameBlock = previous !== undefined && indexAt(blockSpans, previous.span[0]) === block;
    const opensParagraph = text.slice(blockSpans[block]?.[0] ?? 0, outer[0]).trim() === '';
    const pronoun = pronounAfterQuote.exec(text.slice(outer[1], outer[1] + 30))?.[1]?.toLowerCase();
    const beforeQuote = mentions.filter((m) => m.span[1] <= outer[0] && outer[0] - m.span[1] < 3000);
    const latestPerson = beforeQuote.findLast((m) => m.kind === 'person')?.name;
    const fits = (name: string) =>
      pronoun !== 'he' && pronoun !== 'she' ? true : (genders.get(name) ?? pronoun) === pronoun;
    const latestFitting = beforeQuote.findLast((m) => m.kind === 'person' && fits(m.name))?.name;
    const inSentence = (m: Mention) => sentence[0] <= m.span[0] && m.span[1] <= sentenceEnd;
    const outsideQuote = text.slice(sentence[0], outer[0]) + text.slice(outer[1], sentenceEnd);
    const personInSentence = mentions.some((m) => m.kind === 'person' && inSentence(m));
    const firstInSentence = mentions.find((m) => inSentence(m) && m.span[1] <= outer[0]);
    const rulesPronoun =
      quote.speakerSpan !== undefined && /^(?:he|she|they|it)$/i.test(text.slice(...quote.speakerSpan));

    const names = new Set<string | null>([quote.speaker, null]);
    if (previous) names.add(previous.speaker);
    for (const m of mentions) if (m.span[0] >= window[0] && m.span[1] <= window[1]) names.add(m.name);
    if (latestPerson) names.add(latestPerson);
    if (latestFitting) names.add(latestFitting);

    const candidates = [...names].map((name): Candidate => {
      const own = name === null ? [] : mentions.filter((m) => m.name === name);
      const windowed = own.filter((m) => m.span[0] >= window[0] && m.span[1] <= window[1]);
      const before = own.filter((m) => m.span[1] <= outer[0]).at(-1);
      const after = own.find((m) => m.span[0] >= outer[1]);
      const charsBefore = before ? outer[0] - before.span[1] : 5000;
      const charsAfter = after ? after.span[0] - outer[1] : 5000;
      const nearest = [before, after].filter((m) => m !== undefined);
      const sentenceDistance = nearest.length
        ? Math.min(...nearest.map((m) => Math.abs(indexAt(sentenceSpans, m.span[0]) - sentenceIndex)))
        : 10;
      const mentionBlocks = new Set(windowed.map((m) => indexAt(blockSpans, m.span[0])));
      const inOwnSentence = own.filter(inSentence);
      const kind = name === null ? undefined : kinds.get(name);
      const isNull = name === null;
      const isRules = name === quote.speaker;
      const isPrevious = previous !== undefined && name === previous.speaker && !isNull;
      const namedInside =
        name !== null &&
        [...people, ...organizations, ...places].some(
          (e) => e.name === name && e.spans.some((s) => quote.span[0] <= s[0] && s[1] <= quote.span[1]),
        );
      const values: Record<(typeof featureNames)[number], number> = {
        isRules: isRules ? 1 : 0,
        isNull: isNull ? 1 : 0,
        isRulesAndExplicit: isRules && quote.speakerSpan !== undefined ? 1 : 0,
        isRulesAndPronoun: isRules && rulesPronoun ? 1 : 0,
        isRulesNull: isRules && isNull ? 1 : 0,
        isPreviousSpeaker: isPrevious ? 1 : 0,
        isPreviousSpeakerSameBlock: isPrevious && previousSameBlock ? 1 : 0,
        isPerson: kind === 'person' ? 1 : 0,
        isOrganization: kind === 'organization' ? 1 : 0,
        isPlace: kind === 'place' ? 1 : 0,
        hasTitle: name !== null && titled.has(name) ? 1 : 0,
        logMentions: Math.log1p(name === null ? 0 : (counts.get(name) ?? 0)),
        isFirstPerson: name !== null && name === firstPerson ? 1 : 0,
        isMostMentioned: name !== null && name === mostMentioned ? 1 : 0,
        inSentenceBefore: inOwnSentence.some((m) => m.span[1] <= outer[0]) ? 1 : 0,
        inSentenceAfter: inOwnSentence.some((m) => m.span[0] >= outer[1]) ? 1 : 0,
        logCharsBefore: Math.log1p(Math.min(charsBefore, 5000)),
        logCharsAfter: Math.log1p(Math.min(charsAfter, 5000)),
        noneBefore: before ? 0 : 1,
        noneAfter: after ? 0 : 1,
        sentenceDistance: Math.min(sentenceDistance, 10),
        inBlock: mentionBlocks.has(block) ? 1 : 0,
        inPreviousBlock: mentionBlocks.has(block - 1) ? 1 : 0,
        inNextBlock: mentionBlocks.has(block + 1) ? 1 : 0,
        besideSpeechVerbInSentence: inOwnSentence.some(besideVerb) ? 1 : 0,
        besideSpeechVerbInWindow: windowed.some(besideVerb) ? 1 : 0,
        accordingTo: inOwnSentence.some((m) =>
          /according to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.span[0] - 20), m.span[0])),
        )
          ? 1
          : 0,
        subjectOfSentence:
          firstInSentence !== undefined &&
          firstInSentence.name === name &&
          firstInSentence.span[0] - sentence[0] < 50
            ? 1
            : 0,
        rightAfterQuote: inOwnSentence.some((m) => m.span[0] >= outer[1] && m.span[0] - outer[1] < 40)
          ? 1
          : 0,
        namedInsideQuote: namedInside ? 1 : 0,
        speaksForMention: inOwnSentence.some((m) =>
          speaksForBefore.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0])),
        )
          ? 1
          : 0,
        possessive: inOwnSentence.some((m) => /^['’]s?\b/.test(text.slice(m.span[1], m.span[1] + 2))) ? 1 : 0,
        isLatestPerson: name !== null && name === latestPerson ? 1 : 0,
        isLatestFittingPerson: name !== null && name === latestFitting ? 1 : 0,
        pronounAfterAndLatestFitting:
          pronoun !== undefined && pronoun !== 'it' && name !== null && name === latestFitting ? 1 : 0,
        genderDisagrees: name !== null && kind === 'person' && !fits(name) ? 1 : 0,
        nullAndOpensParagraph: isNull && opensParagraph ? 1 : 0,
        nullAndUnnamedSource: isNull && unnamedSource.test(outsideQuote) ? 1 : 0,
        nullAndSpeechVerb: isNull && /\b(?:said|says|told|according)\b/i.test(outsideQuote) ? 1 : 0,
        nullAndPronounAfter: isNull && pronoun !== undefined ? 1 : 0,
        nullAndNoPersonInSentence: isNull && !personInSentence ? 1 : 0,
        previousAndOpensParagraph: isPrevious && opensParagraph ? 1 : 0,
        latestAndOpensParagraph: name !== null && name === latestPerson && opensParagraph ? 1 : 0,
      };
      return { name, features: featureNames.map((f) => values[f]) };
    });
    return { quote: quoteIndex, candidates };
  });
}

// ---------------------------------------------------------------- the ranker

interface RankerWeights {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
}

interface Example {
  readonly features: readonly (readonly number[])[];
  /** Which candidates are right (at least one, else the quote teaches nothing). */
  readonly right: readonly boolean[];
}

/** Conditional logit: softmax over a quote's candidates, maximising the probability of the right ones; L2 on the weights. */
function trainRanker(examples: readonly Example[], lambda: number, epochs = 400): RankerWeights {
  const width = featureNames.length;
  const all = examples.flatMap((e) => e.features);
  const mean = Array.from({ length: width }, (_, j) => all.reduce((s, f) => s + f[j]!, 0) / all.length);
  const scale = Array.from({ length: width }, (_, j) => {
    const variance = all.reduce((s, f) => s + (f[j]! - mean[j]!) ** 2, 0) / all.length;
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  const standard = examples.map((e) => ({
    x: e.features.map((f) => f.map((v, j) => (v - mean[j]!) / scale[j]!)),
    right: e.right,
  }));
  const w = new Array<number>(width).fill(0);
  const m = new Array<number>(width).fill(0);
  const v = new Array<number>(width).fill(0);
  const rate = 0.05;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const gradient = w.map((wj) => lambda * wj);
    for (const { x, right } of standard) {
      const scores = x.map((f) => f.reduce((s, value, j) => s + value * w[j]!, 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      const rightTotal = exp.reduce((a, b, i) => a + (right[i] ? b : 0), 0);
      // d/dw of -log(sum_right p): expected features under all minus under the right ones.
      for (let i = 0; i < x.length; i++) {
        const coefficient = exp[i]! / total - (right[i] ? exp[i]! / rightTotal : 0);
        if (coefficient === 0) continue;
        for (let j = 0; j < width; j++) gradient[j]! += (coefficient * x[i]![j]!) / standard.length;
      }
    }
    for (let j = 0; j < width; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * gradient[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * gradient[j]! ** 2;
      const mHat = m[j]! / (1 - 0.9 ** epoch);
      const vHat = v[j]! / (1 - 0.999 ** epoch);
      w[j]! -= (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return { features: [...featureNames], mean, scale, weights: w };
}

function rank(weights: RankerWeights, candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const score = candidate.features.reduce(
      (s, value, j) => s + ((value - weights.mean[j]!) / weights.scale[j]!) * weights.weights[j]!,
      0,
    );
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

// ---------------------------------------------------------------- data

interface QuoteCase {
  readonly set: string;
  readonly file: string;
  readonly quote: number;
  readonly rules: string | null;
  readonly rulesByPronoun: boolean;
  readonly gold: string | null | undefined;
  readonly candidates: readonly Candidate[];
  readonly right: readonly boolean[];
}

interface SetData {
  readonly name: string;
  readonly labels: ExtractionLabels;
  readonly articles: readonly AnalysedArticle[];
  readonly cases: readonly QuoteCase[];
}

const articleKey = (path: string): string => path.replace(/#\d+$/, '').split('/').at(-1)!;

async function loadSet(
  name: string,
  pipeline: ReturnType<typeof createExtractionPipeline>,
): Promise<SetData> {
  const directory = resolve(import.meta.dirname, '..', 'eval', name);
  const labels = await loadExtractionLabels(directory);
  const ingested = await ingestPaths([join(directory, 'articles')]);
  const articles = ingested.articles.map((article) => pipeline.run(article));
  const byFile = new Map<string, LabelledArticle>(labels.articles.map((a) => [a.file, a]));
  const cases: QuoteCase[] = [];
  for (const article of articles) {
    const labelled = article.path === undefined ? undefined : byFile.get(articleKey(article.path));
    const gold = labelled ? locateLabels(labelled, article.text).sentences.flatMap((s) => s.quotes) : [];
    const ambiguous = labelled ? ambiguousLastNames(labelled) : new Set<string>();
    for (const { quote, candidates } of quoteCandidates(article)) {
      const predicted = article.extraction.quotes[quote]!;
      const match = gold.find((g) => overlaps(g.span, predicted.span));
      cases.push({
        set: name,
        file: labelled?.file ?? '',
        quote,
        rules: predicted.speaker,
        rulesByPronoun:
          predicted.speakerSpan !== undefined &&
          /^(?:he|she|they|it)$/i.test(article.text.slice(...predicted.speakerSpan)),
        gold: match?.speaker,
        candidates,
        right: candidates.map((c) => match !== undefined && sameSpeaker(c.name, match.speaker, ambiguous)),
      });
    }
  }
  return { name, labels, articles, cases };
}

/** The set's pipeline output with each quote's speaker replaced by `choose`, scored by the scorer itself. */
function quoteAccuracy(
  set: SetData,
  choose: (c: QuoteCase) => string | null,
): { right: number; count: number } {
  const byArticle = new Map<string, Map<number, string | null>>();
  for (const c of set.cases) {
    const chosen = byArticle.get(c.file) ?? new Map<number, string | null>();
    chosen.set(c.quote, choose(c));
    byArticle.set(c.file, chosen);
  }
  const output = analysisJson(set.articles) as unknown as AnalyzeOutput;
  const changed: AnalyzeOutput = {
    articles: output.articles.map((article) => {
      const chosen = byArticle.get(articleKey(article.path ?? ''));
      const quotes = article.extraction?.quotes;
      if (!chosen || !quotes) return article;
      return {
        ...article,
        extraction: {
          ...article.extraction,
          quotes: quotes.map((q, i) => ({ ...q, speaker: chosen.has(i) ? chosen.get(i)! : q.speaker })),
        },
      };
    }),
  };
  const { quotes } = scoreExtraction(set.labels, changed);
  return { right: Math.round(quotes.accuracy * quotes.count), count: quotes.count };
}

const examplesOf = (cases: readonly QuoteCase[]): Example[] =>
  cases
    .filter((c) => c.right.some(Boolean))
    .map((c) => ({ features: c.candidates.map((x) => x.features), right: c.right }));

// ---------------------------------------------------------------- main

const { values: options } = parseArgs({
  options: {
    lambda: { type: 'string', default: '0.01' },
    epochs: { type: 'string', default: '400' },
    errors: { type: 'boolean', default: false },
    'without-rules': { type: 'boolean', default: false },
  },
});
/** Features that read the rules' output: zeroed with --without-rules, to see what the other features learn alone. */
const rulesFeatures = new Set<string>([
  'isRules',
  'isRulesAndExplicit',
  'isRulesAndPronoun',
  'isRulesNull',
  'isPreviousSpeaker',
  'isPreviousSpeakerSameBlock',
  'previousAndOpensParagraph',
]);
const kept = featureNames.map((name) => !(options['without-rules'] && rulesFeatures.has(name)));
const lambda = Number(options.lambda);
const epochs = Number(options.epochs);

const pipeline = createExtractionPipeline();
const sets: SetData[] = [];
for (const name of developmentSets) sets.push(await loadSet(name, pipeline));
for (const set of sets)
  for (const c of set.cases)
    (c as { candidates: readonly Candidate[] }).candidates = c.candidates.map((x) => ({
      name: x.name,
      features: x.features.map((value, j) => (kept[j] ? value : 0)),
    }));

const allCases = sets.flatMap((s) => s.cases);
const matched = allCases.filter((c) => c.gold !== undefined);
const oracle = matched.filter((c) => c.right.some(Boolean)).length;
console.log(
  `${allCases.length} quotes found, ${matched.length} overlap a gold quote; a right candidate for ${oracle}` +
    ` (${(oracle / matched.length).toFixed(3)}); mean candidates ${(allCases.reduce((s, c) => s + c.candidates.length, 0) / allCases.length).toFixed(1)}`,
);

const reranked = new Map<QuoteCase, string | null>();
const pad = (value: string, width: number) => value.padEnd(width);
console.log(
  `\nLeave-one-set-out (lambda ${lambda}, ${epochs} epochs${options['without-rules'] ? ', without the rules features' : ''}): quote-speaker accuracy by the scorer`,
);
console.log(`${pad('set', 20)}${pad('quotes', 8)}${pad('rules', 8)}${pad('re-ranker', 11)}diff`);
let rulesRight = 0;
let rankerRight = 0;
let count = 0;
let better = 0;
let worse = 0;
for (const held of sets) {
  const weights = trainRanker(
    examplesOf(sets.filter((s) => s !== held).flatMap((s) => s.cases)),
    lambda,
    epochs,
  );
  for (const c of held.cases) reranked.set(c, rank(weights, c.candidates)?.name ?? c.rules);
  const rules = quoteAccuracy(held, (c) => c.rules);
  const ranker = quoteAccuracy(held, (c) => reranked.get(c) ?? c.rules);
  rulesRight += rules.right;
  rankerRight += ranker.right;
  count += rules.count;
  if (ranker.right > rules.right) better++;
  if (ranker.right < rules.right) worse++;
  const a = rules.count ? rules.right / rules.count : 0;
  const b = ranker.count ? ranker.right / ranker.count : 0;
  console.log(
    `${pad(held.name, 20)}${pad(String(rules.count), 8)}${pad(a.toFixed(3), 8)}${pad(b.toFixed(3), 11)}${(b - a >= 0 ? '+' : '') + (b - a).toFixed(3)}`,
  );
}
console.log(
  `${pad('pooled', 20)}${pad(String(count), 8)}${pad((rulesRight / count).toFixed(3), 8)}${pad((rankerRight / count).toFixed(3), 11)}` +
    `${((rankerRight - rulesRight) / count >= 0 ? '+' : '') + ((rankerRight - rulesRight) / count).toFixed(3)}` +
    `   (${rulesRight} vs ${rankerRight} right; re-ranker better on ${better} sets, worse on ${worse})`,
);

// Error kinds, over the quotes the pipeline found that overlap a gold quote (dev sets only).
const kindOf = (c: QuoteCase, speaker: string | null, right: boolean): string => {
  if (right) return 'right';
  if (!c.right.some(Boolean)) return 'no candidate right';
  if (c.gold === null || speaker === null) return 'null vs named';
  if (speaker === c.rules && c.rulesByPronoun) return 'pronoun';
  return 'wrong named person';
};
const table = new Map<string, { rules: number; ranker: number }>();
let fixed = 0;
let broken = 0;
for (const c of matched) {
  const chosen = reranked.get(c) ?? c.rules;
  const rightOf = (name: string | null) => c.right[c.candidates.findIndex((x) => x.name === name)] === true;
  const rulesKind = kindOf(c, c.rules, rightOf(c.rules));
  const rankerKind = kindOf(c, chosen, rightOf(chosen));
  if (rulesKind === 'right' && rankerKind !== 'right') broken++;
  if (rulesKind !== 'right' && rankerKind === 'right') fixed++;
  const rulesRow = table.get(rulesKind) ?? { rules: 0, ranker: 0 };
  rulesRow.rules++;
  table.set(rulesKind, rulesRow);
  const rankerRow = table.get(rankerKind) ?? { rules: 0, ranker: 0 };
  rankerRow.ranker++;
  table.set(rankerKind, rankerRow);
}
console.log(`\nQuotes found that overlap a gold quote (${matched.length}), by kind: rules vs LOSO re-ranker`);
for (const [kind, row] of [...table].sort((a, b) => b[1].rules - a[1].rules))
  console.log(`  ${pad(kind, 22)}${pad(String(row.rules), 7)}${row.ranker}`);
console.log(`  the re-ranker fixes ${fixed} of the rules' errors and breaks ${broken} right answers`);
const nullKinds = { goldNullRulesNamed: 0, goldNamedRulesNull: 0 };
for (const c of matched) {
  if (
    kindOf(c, c.rules, c.right[c.candidates.findIndex((x) => x.name === c.rules)] === true) !==
    'null vs named'
  )
    continue;
  if (c.gold === null) nullKinds.goldNullRulesNamed++;
  else nullKinds.goldNamedRulesNull++;
}
console.log(
  `  of the rules' "null vs named": gold nobody, rules named ${nullKinds.goldNullRulesNamed}; gold named, rules nobody ${nullKinds.goldNamedRulesNull}`,
);

if (options.errors) {
  console.log("\nThe rules' errors (set, kind, gold, rules, LOSO re-ranker):");
  for (const c of matched) {
    const kind = kindOf(c, c.rules, c.right[c.candidates.findIndex((x) => x.name === c.rules)] === true);
    if (kind !== 'right')
      console.log(
        `  ${pad(c.set, 18)}${pad(kind, 20)}${JSON.stringify(c.gold)} | ${JSON.stringify(c.rules)} | ${JSON.stringify(reranked.get(c) ?? c.rules)}`,
      );
  }
  const weights = trainRanker(examplesOf(allCases), lambda, epochs);
  // In-sample (trained and scored on all 27 sets): what the features can fit at all.
  let inSample = 0;
  for (const set of sets)
    inSample += quoteAccuracy(set, (c) => rank(weights, c.candidates)?.name ?? c.rules).right;
  console.log(
    `\nIn-sample (trained on all 27 sets, scored on them): ${(inSample / count).toFixed(3)} (${inSample} right)`,
  );
  console.log('\nWeights trained on all 27 sets (standardised features):');
  for (const [j, name] of featureNames.entries())
    console.log(`  ${pad(name, 32)}${weights.weights[j]!.toFixed(3)}`);
}
