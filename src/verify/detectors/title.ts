import { evidenceOfSpan, type TitleMention } from '../story.ts';
import { titleClash } from '../titles.ts';
import type { Detector, Finding, Observation } from '../types.ts';

/**
 * Title: one person given offices that cannot both be right ("Secretary of State" and "Defense
 * Secretary", "Russian President" and "U.S. President"). Harmless variants ("envoy", "special
 * envoy", "U.S. Special Envoy") never clash: only titles that name a known office are compared,
 * and a title about another time ("former") is left out.
 */

interface TitleClass {
  readonly representative: TitleMention;
  readonly members: { readonly article: string; readonly mention: TitleMention }[];
}

/** Titles naming a country first, so a bare "President" joins the class of "Russian President". */
const specificFirst = (a: TitleMention, b: TitleMention) =>
  Number(b.title.affiliation !== undefined) - Number(a.title.affiliation !== undefined) ||
  a.title.text.localeCompare(b.title.text);

export const titleDetector: Detector = {
  kind: 'title',
  name: 'title',
  detect(story) {
    const byPerson = new Map<string, { article: string; mention: TitleMention }[]>();
    for (const view of story.articles) {
      for (const mention of view.titles) {
        if (mention.title.office === undefined || mention.title.timeShifted) continue;
        const list = byPerson.get(mention.person) ?? [];
        list.push({ article: view.article.id, mention });
        byPerson.set(mention.person, list);
      }
    }
    const findings: Finding[] = [];
    for (const [person, mentions] of byPerson) {
      const classes: TitleClass[] = [];
      const clashes: string[] = [];
      for (const entry of [...mentions].sort((a, b) => specificFirst(a.mention, b.mention))) {
        const home = classes.find(
          (c) => titleClash(c.representative.title, entry.mention.title) === undefined,
        );
        if (home) home.members.push(entry);
        else {
          for (const c of classes) {
            const why = titleClash(c.representative.title, entry.mention.title);
            if (why && !clashes.includes(why)) clashes.push(why);
          }
          classes.push({ representative: entry.mention, members: [entry] });
        }
      }
      if (classes.length < 2) continue;
      const observations: Observation[] = classes.flatMap((c, index) =>
        c.members.map(({ article, mention }) => ({
          article,
          key: `class-${index}`,
          display: c.representative.title.text,
          evidence: evidenceOfSpan(story.byId.get(article)!.article, mention.sentence),
        })),
      );
      findings.push({
        kind: 'title',
        topic: `what office ${person} holds`,
        observations,
        reasons: [`${person} is given titles that cannot all hold at once: ${clashes.join('; ')}`],
      });
    }
    return findings;
  },
};
