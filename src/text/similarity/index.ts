/**
 * Sentence similarity shared by reuse, verify and cluster: lemmas, WordNet synonyms, anchors and
 * IDF, with no model weights downloaded; plus a paraphrase judge that can be fitted on labelled pairs.
 */
export { pairFeatureNames, pairFeatures } from './features.ts';
export { buildIdf, type IdfTable, idfFromFrequencies, uniformIdf } from './idf.ts';
export {
  bestThreshold,
  fitParaphraseJudge,
  judgeParaphrase,
  type ParaphraseJudge,
  type ParaphraseVerdict,
} from './judge.ts';
export { type Lemma, lemmatize } from './lemmas.ts';
export { createLexicon, type Lexicon, type WordInfo } from './lexicon.ts';
export { numberKey, numberValue } from './numbers.ts';
export { type ContentWord, joinProfiles, type ProfileInput, type SentenceProfile } from './profile.ts';
export {
  type Coverage,
  createSentenceSimilarity,
  defaultLexicon,
  defaultSimilarityOptions,
  type SentenceSimilarity,
  type SimilarityOptions,
  type SimilarityResult,
} from './similarity.ts';
export { stopwords } from './stopwords.ts';
export { defaultWordNet, parseWordNet, readWordNet, type WordNet, type WordNetFiles } from './wordnet.ts';
