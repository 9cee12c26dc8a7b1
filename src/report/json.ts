import type { Story } from '../model/index.ts';
import { publishedInferred } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';

/** The JSON contract of shared/DESIGN.md. Fields may be added; renaming or dropping one bumps the version. */
export const contractVersion = '1.0';

export function articleJson(article: AnalysedArticle) {
  const x = article.extraction;
  return {
    id: article.id,
    ...(article.path !== undefined ? { path: article.path } : {}),
    ...(article.url !== undefined ? { url: article.url } : {}),
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    ...(article.title !== undefined ? { title: article.title } : {}),
    ...(article.published !== undefined ? { published: article.published } : {}),
    publishedInferred: publishedInferred(article),
    ...(article.publishedSource !== undefined ? { publishedSource: article.publishedSource } : {}),
    language: article.language,
    text: article.text,
    warnings: article.diagnostics,
    extraction: {
      blocks: article.blocks,
      sentences: x.sentences.map((s) => ({ span: s.span })),
      people: x.people,
      organizations: x.organizations,
      places: x.places,
      dates: x.dates,
      numbers: x.numbers,
      quotes: x.quotes,
      claims: x.claims,
    },
  };
}

export type ArticleJson = ReturnType<typeof articleJson>;

export function analysisJson(articles: readonly AnalysedArticle[], stories: readonly Story[] = []) {
  return { version: contractVersion, articles: articles.map(articleJson), stories };
}
