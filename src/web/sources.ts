import type { Article, Story } from '../model/index.ts';

/** What people call an article's source: its outlet, else the site of its URL, else its title or file. */
export function sourceName(article: Pick<Article, 'id' | 'outlet' | 'url' | 'title' | 'path'>): string {
  if (article.outlet) return article.outlet;
  if (article.url) {
    try {
      const host = new URL(article.url).hostname.replace(/^www\./, '');
      if (host) return host;
    } catch {
      // not a URL: fall through to the title
    }
  }
  if (article.title) return article.title.length > 32 ? `${article.title.slice(0, 31)}…` : article.title;
  if (article.path) return article.path.split(/[\\/]/).pop() ?? article.path;
  return article.id.slice(0, 10);
}

/**
 * Short, distinct labels for a story's articles: the source name, with a number when two articles
 * share it ("Reuters", "Reuters 2").
 */
export function sourceLabels(articles: readonly Pick<Article, 'id' | 'outlet' | 'url' | 'title' | 'path'>[]) {
  const labels = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const article of articles) {
    const name = sourceName(article);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    labels.set(article.id, n === 1 ? name : `${name} ${n}`);
  }
  return labels;
}

/** Letter of each article's independence group (A, B, …): articles that share a letter are not independent. */
export function groupLetters(story: Pick<Story, 'independentGroups'>): Map<string, string> {
  const letters = new Map<string, string>();
  story.independentGroups.forEach((group, index) => {
    const letter = index < 26 ? String.fromCharCode(65 + index) : `G${index + 1}`;
    for (const id of group) letters.set(id, letter);
  });
  return letters;
}
