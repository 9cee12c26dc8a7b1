/** Stories: streaming, time-windowed grouping of articles about the same event. */
export {
  type Assignment,
  type ClusterStory,
  type RepairReport,
  StoryClusterer,
  type StoryDocument,
} from './clusterer.ts';
export { dayNumber, isoDay } from './days.ts';
export { storyDocumentOf } from './document.ts';
export { type GroupedStory, groupIntoStories } from './group.ts';
export {
  type ClusterOptions,
  type ClusterOptionsInput,
  defaultClusterOptions,
  headlineOptions,
  resolveClusterOptions,
  type SignalWeights,
} from './options.ts';
export type { Similarity } from './similarity.ts';
export { type ClustererSnapshot, SnapshotError } from './snapshot.ts';
export { contentTerms, lightStem } from './terms.ts';
