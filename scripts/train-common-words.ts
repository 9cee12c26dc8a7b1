/**
 * Writes src/extract/people/common-words.txt: English words that news text writes in lower case
 * inside a sentence, so that one of them capitalised on its own ("Click", "Yep", "Sisters" at the
 * start of a caption or heading) is no person's name. The tagger reads a capital as evidence of a
 * name, and at the start of a sentence or in a title-case line that evidence is void.
 *
 *   node --import tsx scripts/train-common-words.ts
 *
 * Counted on text the project has: the unlabelled BASIL and FNC-1 articles (never a held-out event
 * or story: scripts/free-corpus.ts), the CoNLL-2003 training sentences and MSRP's sentences. Only a
 * word right after a lower-case word is counted ("the click", "said Trump"), where a capital means
 * a name and not the start of a sentence or a title. A word is common when it is in the
 * an-array-of-english-words list, was seen in lower case there at least `minimumLowerCase` times,
 * and was capitalised in at most `largestCapitalisedShare` of those places: "trump", "john" and
 * "apple" are in the word list, but news capitalises them. (20%, not 10%: institutions' names
 * capitalise common words after "of", "Ministry of Health", so "health", "father" and "bill" are
 * capitalised in 12 to 15% of their places.) The people stage reads the list three ways (see
 * isCommonWord's callers): lone "people" that are common words, a common word run into the name
 * after it, and lower-case user names that are common words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sharedCorpus } from '../eval/shared.ts';
import { commonWordsUrl } from '../src/extract/people/common-words.ts';
import { readFreeCorpus } from './free-corpus.ts';

const minimumLowerCase = 1;
const largestCapitalisedShare = 0.2;

const lowerCase = new Map<string, number>();
const capitalised = new Map<string, number>();
const increment = (counts: Map<string, number>, word: string) =>
  counts.set(word, (counts.get(word) ?? 0) + 1);

/**
 * Counts each word that follows a lower-case word and a space, by how it is written (not a word
 * cut by an apostrophe: the "don" of "don't" is no "don").
 */
function count(text: string): void {
  for (const [word] of text.matchAll(/(?<=(?:^|[^\p{L}])\p{Ll}+ )\p{L}+(?![\p{L}'’])/gu)) {
    const key = word.toLowerCase();
    if (word === key) increment(lowerCase, key);
    else if (word[0] !== word[0]!.toLowerCase()) increment(capitalised, key);
  }
}

const free = readFreeCorpus();
for (const report of free.basil) for (const paragraph of report.paragraphs) count(paragraph);
for (const body of free.fncBodies.values()) count(body);
const corpus = sharedCorpus();
// CoNLL-2003: one token per line, a blank line between sentences.
for (const sentence of readFileSync(join(corpus, 'conll2003', 'train.txt'), 'utf8').split(/\n\s*\n/))
  count(
    sentence
      .split('\n')
      .filter((line) => line && !line.startsWith('-DOCSTART-'))
      .map((line) => line.split(' ')[0])
      .join(' '),
  );
// MSRP: tab-separated; the last two columns are the sentences.
for (const line of readFileSync(join(corpus, 'msrp', 'msr_paraphrase_train.txt'), 'utf8')
  .split('\n')
  .slice(1))
  for (const sentence of line.split('\t').slice(3)) count(sentence);

const english = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
const common = [...lowerCase]
  .filter(([word, lower]) => {
    const capital = capitalised.get(word) ?? 0;
    return (
      english.has(word) && lower >= minimumLowerCase && capital <= largestCapitalisedShare * (lower + capital)
    );
  })
  .map(([word]) => word)
  .sort();
writeFileSync(
  commonWordsUrl,
  `# Written by scripts/train-common-words.ts (which says how); one lower-case word a line.\n${common.join('\n')}\n`,
);
console.log(
  `${common.length} common words of ${lowerCase.size} seen in lower case, from ${free.basil.length} BASIL and ` +
    `${free.fncBodies.size} FNC-1 articles, CoNLL-2003 training and MSRP sentences`,
);
