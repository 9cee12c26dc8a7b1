/**
 * Function words: they carry grammar, not content, so they neither anchor an alignment nor count
 * as shared wording. Kept short on purpose: "said", "new", "year" stay content words and are
 * weighted down by IDF instead, because the collection knows better than a list how common they are.
 */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here ' +
    'of in on at to for from by with without within into onto upon about above below over under ' +
    'after before during since until while between among through throughout across against along around ' +
    'off out up down via per as like ' +
    'is am are was were be been being do does did doing done have has had having ' +
    'will would shall should can could may might must ought ' +
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves ' +
    'he him his himself she her hers herself it its itself they them their theirs themselves ' +
    'who whom whose which what whatever whoever when where why how ' +
    'all any both each either neither every few many much more most other others some such ' +
    'no not only own same too very just also even still already again ever ' +
    "s 's ' t n't 're 've 'll 'd 'm one's"
  ).split(' '),
);

/** Words that flip a statement; a pair that differs in them is not a paraphrase. */
export const negations: ReadonlySet<string> = new Set(
  "not no never n't nobody nothing none neither nor without cannot".split(' '),
);
