import { chunksOf, entityTags } from './labels.ts';

/**
 * Word lists learnt from labelled training sentences only: which names were seen as which type
 * (the gazetteer) and which words were seen written in lower case inside a sentence (common words,
 * so a capital letter on them is weak evidence of a name).
 */
export interface Lexicon {
  /** Lower-cased names ("new york") → bit mask of the entity types they were seen as. */
  readonly phrases: ReadonlyMap<string, number>;
  /** Lower-cased word → bit mask of the types of the names it was part of. */
  readonly nameWords: ReadonlyMap<string, number>;
  /** Every proper prefix of a known multi-word name ("new", "new york" for "new york city"). */
  readonly phrasePrefixes: ReadonlySet<string>;
  /** Words seen in lower case after the first position of a sentence. */
  readonly commonWords: ReadonlySet<string>;
}

/** The bit for an entity type in the lexicon's masks. */
export const typeBit = (type: string): number => {
  const index = (entityTags as readonly string[]).indexOf(type);
  return index < 0 ? 0 : 1 << index;
};

/** Names longer than this are not worth matching word by word. */
const longestUsefulPhrase = 6;

export function lexiconFromLists(
  phraseList: Iterable<readonly [string, number]>,
  commonWords: Iterable<string>,
): Lexicon {
  const phrases = new Map<string, number>();
  const nameWords = new Map<string, number>();
  const phrasePrefixes = new Set<string>();
  for (const [phrase, mask] of phraseList) {
    phrases.set(phrase, (phrases.get(phrase) ?? 0) | mask);
    const words = phrase.split(' ');
    for (let length = 1; length < words.length; length++) {
      phrasePrefixes.add(words.slice(0, length).join(' '));
    }
    for (const word of words) nameWords.set(word, (nameWords.get(word) ?? 0) | mask);
  }
  return { phrases, nameWords, phrasePrefixes, commonWords: new Set(commonWords) };
}

interface Labelled {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/** Names of every chunk, lower-cased, each with the bit of its type. */
export function namesIn(sentences: Iterable<Labelled>): Array<readonly [string, number]> {
  const names: Array<readonly [string, number]> = [];
  for (const { words, tags } of sentences) {
    for (const { type, start, end } of chunksOf(tags)) {
      if (end - start > longestUsefulPhrase) continue;
      names.push([words.slice(start, end).join(' ').toLowerCase(), typeBit(type)]);
    }
  }
  return names;
}

/** Words written in lower case somewhere other than first in a sentence. */
export function commonWordsIn(sentences: Iterable<Labelled>): Set<string> {
  const common = new Set<string>();
  for (const { words } of sentences) {
    for (let index = 1; index < words.length; index++) {
      const word = words[index]!;
      if (/^\p{Ll}/u.test(word)) common.add(word);
    }
  }
  return common;
}

export const buildLexicon = (sentences: readonly Labelled[]): Lexicon =>
  lexiconFromLists(namesIn(sentences), commonWordsIn(sentences));

/**
 * The known names as a tree of word ids, to mark them in sentences without building phrase
 * strings (joining and looking up phrases word by word was a tenth of the tagger's time).
 * Built once per model.
 */
export class NameMatcher {
  /** Id (1, 2, …) of every word of a known name. */
  private readonly wordIds = new Map<string, number>();
  /** The tree's nodes are word sequences, the root (0) the empty one; keyed `node × stride + word id`. */
  private readonly children = new Map<number, number>();
  private readonly stride: number;
  /** Per node: 1 + type mask when its words are a known name, else 0. */
  private readonly nameCodes: number[] = [0];
  /** Per node: whether a longer known name starts with its words. */
  private readonly continued: boolean[] = [false];
  /** The node of each word on its own, by word id (-1 when no name starts with it): most look-ups. */
  private readonly firstNodes: Int32Array;
  /** The node of the empty word (-1 if none): only a name with an empty word (never made by namesIn) has one. */
  private readonly emptyWord: number;

  constructor(lexicon: Lexicon) {
    for (const word of lexicon.nameWords.keys()) this.wordIds.set(word, this.wordIds.size + 1);
    this.stride = this.wordIds.size + 1;
    for (const [phrase, mask] of lexicon.phrases) {
      let node = 0;
      for (const word of phrase.split(' ')) {
        this.continued[node] = true;
        const key = node * this.stride + this.wordIds.get(word)!;
        let child = this.children.get(key);
        if (child === undefined) {
          child = this.nameCodes.length;
          this.nameCodes.push(0);
          this.continued.push(false);
          this.children.set(key, child);
        }
        node = child;
      }
      this.nameCodes[node] = mask + 1;
    }
    this.firstNodes = Int32Array.from({ length: this.stride }, (_, wordId) =>
      wordId === 0 ? -1 : (this.children.get(wordId) ?? -1),
    );
    this.emptyWord = this.child(0, this.wordIds.get('') ?? 0);
  }

  /** The id `match` wants for a lower-cased word of the sentence that is part of a known name. */
  idOf(lowerWord: string): number {
    return this.wordIds.get(lowerWord) ?? 0;
  }

  private child(node: number, wordId: number): number {
    return wordId === 0 ? -1 : (this.children.get(node * this.stride + wordId) ?? -1);
  }

  /**
   * Marks each word covered by a known name: longest match first, left to right. `wordIds` holds
   * `idOf` each word, or 0 for a word that is part of no name (it can neither be nor continue one).
   * The code per word is `position << 4 | type mask`, position 1 = single word, 2 = first,
   * 3 = inside, 4 = last; 0 = not covered.
   */
  match(wordIds: ArrayLike<number>, count: number, out: Uint32Array): void {
    out.fill(0, 0, count);
    const { nameCodes, continued } = this;
    for (let start = 0; start < count; ) {
      const first = wordIds[start]!;
      let node = first === 0 ? this.emptyWord : this.firstNodes[first]!;
      let matched = 0;
      let mask = 0;
      if (node >= 0) {
        if (first !== 0 && nameCodes[node]! > 0) {
          matched = 1;
          mask = nameCodes[node]! - 1;
        }
        // Grow the name only while a longer known name starts with it; remember the longest match.
        for (let length = 2; start + length <= count && continued[node]; length++) {
          node = this.child(node, wordIds[start + length - 1]!);
          if (node < 0) break;
          if (nameCodes[node]! > 0) {
            matched = length;
            mask = nameCodes[node]! - 1;
          }
        }
      }
      for (let offset = 0; offset < matched; offset++) {
        const position = matched === 1 ? 1 : offset === 0 ? 2 : offset === matched - 1 ? 4 : 3;
        out[start + offset] = (position << 4) | mask;
      }
      start += Math.max(matched, 1);
    }
  }
}
