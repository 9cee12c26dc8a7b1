export * from './article.ts';
export * from './diagnostics.ts';
export * from './extraction.ts';
export * from './span.ts';
export * from './story.ts';
