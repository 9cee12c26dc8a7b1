import type { Block, Claim, DateMention, Entity, Person, Quote, Sentence, Span } from '../../model/index.ts';
import { reportingKinds } from '../../model/index.ts';

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

/** Every span of the entities, with its entity's name. (A plain loop: flatMap cost a tenth of this stage.) */
function mentionsOf(entities: readonly Entity[]): Named[] {
  const named: Named[] = [];
  for (const { name, spans } of entities) for (const span of spans) named.push({ name, span });
  return named;
}

const beforeSeparator = /^[^,;:]*/;
/** Up to eight words of `rest`, before its first comma, semicolon or colon. (Matched, not split: faster.) */
const leadingWords = (rest: string): string =>
  (beforeSeparator.exec(rest)![0].match(/\S+/g) ?? []).slice(0, 8).join(' ');

const inside = (span: Span, range: Span) => span[0] >= range[0] && span[1] <= range[1];

type Slots = { -readonly [K in 'subject' | 'predicate' | 'object' | 'when' | 'where']?: Claim[K] };

function slotsOf(
  text: string,
  clause: Span,
  actors: readonly Named[],
  places: readonly Named[],
  dates: readonly DateMention[],
): Slots {
  const clauseText = text.slice(clause[0], clause[1]);
  const verb = finiteVerb.exec(clauseText);
  const verbAt = verb ? clause[0] + verb.index : clause[1];
  const subject = actors.find((a) => inside(a.span, [clause[0], verbAt]));
  const object = verb ? actors.find((a) => a.span[0] > verbAt && inside(a.span, clause)) : undefined;
  const objectText =
    verb && !object ? leadingWords(clauseText.slice(verb.index + verb[0].length)) : undefined;
  const datesHere = dates.filter((d) => d.value && inside(d.span, clause));
  const when = (datesHere.find((d) => d.span[0] > verbAt) ?? datesHere[0])?.value ?? undefined;
  const where = places.find((p) => inside(p.span, clause))?.name;
  // Assigned in a fixed order (the order of the JSON output); spreading one object per slot cost more.
  const slots: Slots = {};
  if (subject) slots.subject = subject.name;
  if (verb) slots.predicate = verb[0].toLowerCase();
  if (object) slots.object = object.name;
  else if (objectText) slots.object = objectText.replace(/[.!?”"]+$/, '');
  if (when) slots.when = when;
  if (where) slots.where = where;
  return slots;
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
  const actors = [...mentionsOf(layers.people), ...mentionsOf(layers.organizations)].sort(
    (a, b) => a.span[0] - b.span[0],
  );
  const places = mentionsOf(layers.places).sort((a, b) => a.span[0] - b.span[0]);
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    if (!reportingKinds.has(blocks[sentence.block]!.kind)) continue;
    const span = sentence.span;
    const sentenceText = text.slice(span[0], span[1]);
    if (!twoWords.test(sentenceText)) continue;
    const quoteHere = layers.quotes.find((q) => q.speaker && q.span[0] >= span[0] && q.span[0] < span[1]);
    const speech = speechVerb.exec(sentenceText);
    const speaker = speech
      ? actors.filter((a) => inside(a.span, [span[0], span[0] + speech.index])).at(-1)
      : undefined;
    const attributedTo = quoteHere?.speaker ?? speaker?.name;
    // For reported speech the assertion is what follows "said (that)".
    const said =
      speech && speaker
        ? /^\s*(?:(?:\w+\s+){0,3}?that\s+)?/.exec(sentenceText.slice(speech.index + speech[0].length))
        : null;
    const clause: Span =
      speech && said ? [span[0] + speech.index + speech[0].length + said[0].length, span[1]] : span;
    claims.push({
      id: `${articleId}:c${claims.length + 1}`,
      text: sentenceText,
      ...slotsOf(text, clause, actors, places, layers.dates),
      ...(attributedTo ? { attributedTo } : {}),
      span,
    });
  }
  return claims;
}
