/** Reader for CoNLL-2003 style files: one token a line, NER tag in the last column. */

export interface LabelledSentence {
  readonly words: readonly string[];
  /** One tag a word, as written in the file (IOB1 or IOB2). */
  readonly tags: readonly string[];
}

export interface LabelledDocument {
  readonly sentences: readonly LabelledSentence[];
}

/** A line that cannot be read as `WORD ... TAG`; `line` counts from 1. */
export class ConllFormatError extends Error {
  readonly code = 'conll/malformed-line';
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`CoNLL line ${line}: ${detail}`);
    this.name = 'ConllFormatError';
  }
}

/**
 * Parses CoNLL text into documents of sentences. `-DOCSTART-` lines separate documents, blank
 * lines separate sentences; a file with no `-DOCSTART-` is one document.
 */
export function parseConll(text: string): LabelledDocument[] {
  const documents: LabelledDocument[] = [];
  let sentences: LabelledSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) sentences.push({ words, tags });
    words = [];
    tags = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length > 0) documents.push({ sentences });
    sentences = [];
  };
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    const columns = line.trim().split(/\s+/);
    const word = columns[0] ?? '';
    if (word === '') endSentence();
    else if (word === '-DOCSTART-') endDocument();
    else if (columns.length < 2) throw new ConllFormatError(index + 1, 'expected a word and a tag');
    else {
      words.push(word);
      tags.push(columns[columns.length - 1]!);
    }
  });
  endDocument();
  return documents;
}
