import type { Story } from '../model/index.ts';
import type { AnalysedArticle } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { HttpError, parseOr } from './errors.ts';
import { idParam } from './schemas.ts';

/** Finding what a path names, or the 404 that says so: shared by the API and the pages. */
export async function storyOr404(store: Store, id: string): Promise<Story> {
  const story = await store.getStory(parseOr(idParam, id, 'request/invalid-parameter', 'The story id'));
  if (!story) throw new HttpError('story/not-found', 'There is no story with this id.');
  return story;
}

export async function articleOr404(store: Store, id: string): Promise<AnalysedArticle> {
  const article = await store.getArticle(parseOr(idParam, id, 'request/invalid-parameter', 'The article id'));
  if (!article) throw new HttpError('article/not-found', 'There is no article with this id.');
  return article;
}
