import { type Entity, reportingKinds } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import type { StoryDocument } from './clusterer.ts';
import { dayNumber } from './days.ts';
import { contentTerms } from './terms.ts';

/**
 * What the clusterer reads of an analysed article: content terms of its reporting blocks only
 * (captions, credits and calls to action say nothing about the event), its people, organisations
 * and places, the days it reports on and its publication day.
 */
export function storyDocumentOf(article: AnalysedArticle): StoryDocument {
  const reporting = article.blocks
    .filter((block) => reportingKinds.has(block.kind))
    .map((block) => article.text.slice(block.span[0], block.span[1]));
  const { people, organizations, places, dates } = article.extraction;
  const entities = [
    ...people.flatMap((person) => personKeys(person)),
    ...organizations.map((organization) => `organization:${normaliseName(organization.name)}`),
    ...places.map((place) => `place:${normaliseName(place.name)}`),
  ];
  // Only dates resolved to a day: "in 2016" or "last month" cannot tell one event from another.
  const eventDays = dates.flatMap((date) => {
    const day = date.grain === 'day' && date.value ? dayNumber(date.value) : undefined;
    return day === undefined ? [] : [day];
  });
  // A publication day guessed from dates in the text is a date the text writes, not a fact about
  // the article: it counts as an event day, and never shuts the article out of a time window.
  const day = article.published ? dayNumber(article.published) : undefined;
  const guessed = article.publishedSource === 'text';
  if (day !== undefined && guessed) eventDays.push(day);
  const publishedDay = guessed ? undefined : day;
  const title = article.title?.trim() || ledeOf(article);
  return {
    id: article.id,
    terms: contentTerms(reporting.join('\n')),
    entities: [...new Set(entities)],
    eventDays,
    ...(publishedDay !== undefined ? { publishedDay } : {}),
    ...(title !== undefined ? { title } : {}),
  };
}

const ledeLength = 140;

/**
 * An untitled article's first reporting sentence stands in for its headline (a lede says what
 * happened, as a headline does), cut at a word boundary.
 */
function ledeOf(article: AnalysedArticle): string | undefined {
  const sentence = article.extraction.sentences.find((s) =>
    reportingKinds.has(article.blocks[s.block]?.kind ?? 'other'),
  );
  if (!sentence) return undefined;
  const text = article.text.slice(sentence.span[0], sentence.span[1]).trim();
  if (text.length <= ledeLength) return text;
  const cut = text.slice(0, ledeLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > ledeLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * A person by full name and by surname: one article's "Vladimir Putin" must meet another's
 * "Putin". The surname key weighs less (see `entityTypeWeights`), since surnames are shared.
 */
function personKeys(person: Entity): string[] {
  const name = normaliseName(person.name);
  const words = name.split(' ');
  const surname = words.at(-1);
  return words.length > 1 && surname
    ? [`person:${name}`, `surname:${surname}`]
    : [`person:${name}`, `surname:${name}`];
}

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[.’']/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
