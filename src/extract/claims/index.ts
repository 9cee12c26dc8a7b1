import type { Block, Claim, DateMention, Entity, Person, Quote, Sentence, Span } from '../../model/index.ts';
import { contains, reportingKinds } from '../../model/index.ts';
import { firstTokenFrom } from '../../text/tokens.ts';
import { collapseWhitespace } from '../../text/whitespace.ts';

/**
 * One claim per reported assertion: each sentence of the reporting (title and body; never
 * captions, credits or calls to action) with its slots. Reported speech ("Trump said that X met
 * Y") is a claim attributed to the speaker whose slots are those of what was said. Slot-filling
 * is shallow on purpose (entities, the first verb, dates and places around it): later stages
 * compare claims through these slots and the sentence text.
 */

const speechVerb =
  /\b(said|says|told|added|noted|stated|remarked|explained|confirmed|confirms|stressed|warned|announced|claimed|indicated|disclosed|described|reported|believed|argued)\b/i;

/** Verbs in their finite forms, most frequent in news; plus any word ending in -ed. */
const finiteVerb =
  /\b(is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|held|met|made|took|gave|came|went|left|won|lost|saw|began|brought|sent|became|spoke|told|said|says|found|kept|led|paid|put|ran|set|sold|stood|thought|fell|rose|hit|cut|struck|remain|remains|seek|seeks|want|wants|plan|plans|face|faces|mark|marks|hold|holds|meet|meets|\w{3,}ed)\b/i;

/** Two words of at least two letters: a sentence, not a stray label. (A module constant: tsx compiles
 * a \p{…} literal to `new RegExp(…)`, which a literal inside a function would build at every call.)
 * Lazy, so a match stops at the second word instead of running to the line's end and back. */
const twoWords = /\p{L}{2}.*?\s.*?\p{L}{2}/u;

interface Named {
  readonly name: string;
  readonly span: Span;
}

/**
 * Every span of the entities, with its entity's name, sorted by start (stable: ties keep the
 * entities' order). A plain loop into one array: flatMap cost a tenth of this stage, spreads more.
 */
function mentionsOf(...entityLists: readonly (readonly Entity[])[]): Named[] {
  const named: Named[] = [];
  for (const entities of entityLists)
    for (const { name, spans } of entities) for (const span of spans) named.push({ name, span });
  return named.sort(byStart);
}

const byStart = (a: Named, b: Named): number => a.span[0] - b.span[0];

const beforeSeparator = /^[^,;:]*/;
/** The first eight words (or fewer), whitespace and all: one match instead of one per word. */
const firstEightWords = /^\s*((?:\S+\s+){0,7}\S+)/;
/** Up to eight words of `rest`, before its first comma, semicolon or colon, one space apart. */
function leadingWords(rest: string): string {
  const words = firstEightWords.exec(beforeSeparator.exec(rest)![0]);
  return words ? collapseWhitespace(words[1]!) : '';
}

/*
 * Mentions are sorted by start, so the ones inside a range are read from the first that starts in
 * it (a binary search) up to the first that starts past it: not every mention for every sentence.
 */

/** The first mention inside [from, to] that starts at or after `startsFrom`. */
function firstInside(
  mentions: readonly Named[],
  from: number,
  to: number,
  startsFrom = from,
): Named | undefined {
  for (let at = firstTokenFrom(mentions, Math.max(from, startsFrom)); at < mentions.length; at++) {
    const span = mentions[at]!.span;
    if (span[0] > to) break;
    if (span[1] <= to) return mentions[at];
  }
  return undefined;
}

/** The last mention inside [from, to]. */
function lastInside(mentions: readonly Named[], from: number, to: number): Named | undefined {
  let last: Named | undefined;
  for (let at = firstTokenFrom(mentions, from); at < mentions.length; at++) {
    const span = mentions[at]!.span;
    if (span[0] > to) break;
    if (span[1] <= to) last = mentions[at];
  }
  return last;
}

/** A claim's fields, set one by one in the order of the JSON output (spreading objects into it cost more). */
type ClaimFields = { -readonly [K in keyof Claim]?: Claim[K] };

/** Sets the claim's subject, predicate, object, when and where, those the clause has. */
function fillSlots(
  claim: ClaimFields,
  text: string,
  clause: Span,
  actors: readonly Named[],
  places: readonly Named[],
  dates: readonly DateMention[],
): void {
  const clauseText = text.slice(clause[0], clause[1]);
  const verb = finiteVerb.exec(clauseText);
  const verbAt = verb ? clause[0] + verb.index : clause[1];
  const subject = firstInside(actors, clause[0], verbAt);
  const object = verb ? firstInside(actors, clause[0], clause[1], verbAt + 1) : undefined;
  const objectText =
    verb && !object ? leadingWords(clauseText.slice(verb.index + verb[0].length)) : undefined;
  const datesHere = dates.filter((d) => d.value && contains(clause, d.span));
  const when = (datesHere.find((d) => d.span[0] > verbAt) ?? datesHere[0])?.value ?? undefined;
  const where = firstInside(places, clause[0], clause[1])?.name;
  if (subject) claim.subject = subject.name;
  if (verb) claim.predicate = verb[0].toLowerCase();
  if (object) claim.object = object.name;
  else if (objectText) claim.object = objectText.replace(/[.!?”"]+$/, '');
  if (when) claim.when = when;
  if (where) claim.where = where;
}

export function findClaims(
  text: string,
  articleId: string,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  layers: {
    readonly people: readonly Person[];
    readonly organizations: readonly Entity[];
    readonly places: readonly Entity[];
    readonly dates: readonly DateMention[];
    readonly quotes: readonly Quote[];
  },
): Claim[] {
  const actors = mentionsOf(layers.people, layers.organizations);
  const places = mentionsOf(layers.places);
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    if (!reportingKinds.has(blocks[sentence.block]!.kind)) continue;
    const span = sentence.span;
    const sentenceText = text.slice(span[0], span[1]);
    if (!twoWords.test(sentenceText)) continue;
    const quoteHere = layers.quotes.find((q) => q.speaker && q.span[0] >= span[0] && q.span[0] < span[1]);
    const speech = speechVerb.exec(sentenceText);
    const speaker = speech ? lastInside(actors, span[0], span[0] + speech.index) : undefined;
    const attributedTo = quoteHere?.speaker ?? speaker?.name;
    // For reported speech the assertion is what follows "said (that)".
    const said =
      speech && speaker
        ? /^\s*(?:(?:\w+\s+){0,3}?that\s+)?/.exec(sentenceText.slice(speech.index + speech[0].length))
        : null;
    const clause: Span =
      speech && said ? [span[0] + speech.index + speech[0].length + said[0].length, span[1]] : span;
    const claim: ClaimFields = { id: `${articleId}:c${claims.length + 1}`, text: sentenceText };
    fillSlots(claim, text, clause, actors, places, layers.dates);
    if (attributedTo) claim.attributedTo = attributedTo;
    claim.span = span;
    claims.push(claim as Claim);
  }
  return claims;
}
