import { loadRecogniser, createTagger, decodeModel } from '/work/wt/src/extract/entities/index.ts';
import { readFileSync } from 'node:fs';
import { tokenize } from '/work/wt/src/text/tokens.ts';
const s = process.argv[2]!;
const words = tokenize(s).map((t) => t.text);
const old = createTagger(decodeModel(readFileSync('/work/main/src/extract/entities/model.bin.gz')));
console.log(words.map((w, i) => `${w}/${old.tagTokens(words)[i]}/${loadRecogniser().tagTokens(words)[i]}`).join(' '));
