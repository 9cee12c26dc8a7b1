import { evidenceOfSpan, type StoryContext, type TitleMention } from '../story.ts';
import { type ParsedTitle, roleKey, uniqueOffices } from '../titles.ts';
import type { Detector, Finding, Observation } from '../types.ts';

/**
 * Role: one office held by different people at the same time ("French President Jane Roe"
 * in four outlets, "French President John Doe" in one). Two ways in: an office named
 * with its country or organisation anywhere in the story, and an office written the same way
 * before different names in sentences that say the same thing ("President X signed the bill").
 */

/** Sentences that say the same thing at least this much may name the office holder differently. */
const alignedSentence = 0.55;

/** A sentence naming a year other than the story's is about another time ("in 2003, Secretary ..."). */
function aboutAnotherYear(sentence: string, storyYears: ReadonlySet<string>): boolean {
  if (storyYears.size === 0) return false;
  const years = sentence.match(/\b(?:19|20)\d\d\b/g) ?? [];
  return years.some((year) => !storyYears.has(year));
}

const officeName = (title: ParsedTitle): string =>
  title.affiliation ? `${title.office} (${title.affiliation})` : (title.office ?? title.text);

function observe(story: StoryContext, article: string, mention: TitleMention): Observation {
  const view = story.byId.get(article)!;
  return {
    article,
    key: mention.person,
    display: mention.person,
    evidence: evidenceOfSpan(view.article, mention.sentence),
  };
}

function storyYears(story: StoryContext): Set<string> {
  const years = new Set<string>();
  if (story.window) {
    for (let y = Number(story.window.start.slice(0, 4)); y <= Number(story.window.end.slice(0, 4)); y++)
      years.add(String(y));
  }
  return years;
}

/** Offices with a known country or organisation, across the whole story. */
function qualifiedOffices(story: StoryContext): Finding[] {
  const years = storyYears(story);
  const byRole = new Map<string, { observations: Observation[]; titles: string[] }>();
  for (const view of story.articles) {
    for (const mention of view.titles) {
      const key = roleKey(mention.title);
      if (!key) continue;
      const sentence = view.article.text.slice(mention.sentence[0], mention.sentence[1]);
      if (aboutAnotherYear(sentence, years)) continue;
      const entry = byRole.get(key) ?? { observations: [], titles: [] };
      entry.observations.push(observe(story, view.article.id, mention));
      entry.titles.push(mention.title.text);
      byRole.set(key, entry);
    }
  }
  const findings: Finding[] = [];
  for (const [key, { observations, titles }] of byRole) {
    const holders = new Set(observations.map((o) => o.key));
    if (holders.size < 2) continue;
    const written = mostCommon(titles);
    findings.push({
      kind: 'role',
      topic: `who holds the office "${written}"`,
      observations,
      reasons: [
        `"${written}" names one office (${key.replace('@', ' of ')}) that one person holds at a time`,
        `the articles name ${holders.size} different holders: ${[...holders].join(', ')}`,
      ],
    });
  }
  return findings;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** The same office before different names in two sentences that otherwise say the same thing. */
function alignedHolders(story: StoryContext, covered: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const pair of story.similarSentences(alignedSentence)) {
    const [viewA, viewB] = [story.byId.get(pair.a.article)!, story.byId.get(pair.b.article)!];
    const inA = viewA.titles.filter((t) => t.sentence[0] === pair.a.span[0]);
    const inB = viewB.titles.filter((t) => t.sentence[0] === pair.b.span[0]);
    for (const a of inA) {
      const office = a.title.office;
      if (!office || !uniqueOffices.has(office) || a.title.timeShifted || a.title.deputy) continue;
      const sameOffice = (t: TitleMention) =>
        t.title.office === office &&
        !t.title.timeShifted &&
        !t.title.deputy &&
        (t.title.affiliation === undefined ||
          a.title.affiliation === undefined ||
          t.title.affiliation === a.title.affiliation);
      const matches = inB.filter(sameOffice);
      if (matches.length === 0 || matches.some((b) => b.person === a.person)) continue;
      // Both holders in both sentences ("President X met President Y") is no disagreement.
      const b = matches[0]!;
      if (inA.some((t) => sameOffice(t) && t.person === b.person)) continue;
      const key = `${officeName(a.title)}|${[a.person, b.person].sort().join('|')}`;
      const roleOfA = roleKey(a.title);
      if (seen.has(key) || (roleOfA && covered.has(roleOfA))) continue;
      seen.add(key);
      findings.push({
        kind: 'role',
        topic: `who is the "${a.title.text}" in this statement`,
        observations: [observe(story, viewA.article.id, a), observe(story, viewB.article.id, b)],
        reasons: [
          `the two sentences say the same thing (similarity ${pair.similarity.toFixed(2)})`,
          `but give the office "${office}" to ${a.person} and to ${b.person}`,
        ],
      });
    }
  }
  return findings;
}

export const roleDetector: Detector = {
  kind: 'role',
  name: 'role',
  detect(story) {
    const qualified = qualifiedOffices(story);
    const covered = new Set(
      qualified.flatMap((f) =>
        f.observations.flatMap((o) => {
          const view = story.byId.get(o.article)!;
          return view.titles.filter((t) => t.person === o.key).flatMap((t) => roleKey(t.title) ?? []);
        }),
      ),
    );
    return [...qualified, ...alignedHolders(story, covered)];
  },
};
