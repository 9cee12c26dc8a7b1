// The views: pure functions from stored values to HTML (or a brief's text); no HTTP, no store.
export { articlePage } from './article-page.ts';
export { type BriefFormat, briefFormats, type RenderedBrief, renderStoryBrief, storyBrief } from './brief.ts';
export { errorPage } from './error-page.ts';
export { type Focus, type Highlight, highlightsOf } from './highlights.ts';
export { storyListPage } from './story-list.ts';
export { storyPage } from './story-page.ts';
export { type UploadProblem, uploadPage, uploadResultPage } from './upload-page.ts';
