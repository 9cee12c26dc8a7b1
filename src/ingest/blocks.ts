import type { BlockKind } from '../model/index.ts';

/**
 * Tells reporting from what surrounds it: photo captions and credits, bylines, calls to action
 * and section headings. They are kept and shown, but only title and body blocks count as reporting.
 */

const callToAction =
  /\b(stay tuned|share your thoughts|subscribe (to|now)|sign up (for|to)|follow us|click here|read more:|download (our|the) app|join the conversation|let us know in the comments|on social media using #)/i;

/**
 * A link to other pages under an all-caps label: "PHOTOS: Ten Famous Couples", "WATCH: ...",
 * "RELATED: ..." (a singular "PHOTO:" opens a caption).
 */
const linkLine = /^(?:PHOTOS|VIDEOS?|WATCH|READ MORE|RELATED|SEE ALSO|GALLERY|SLIDESHOW|LISTEN|MORE)\s*:/;

/** Agencies and picture desks that appear in photo credits. */
const pictureDesk =
  /\b(Getty Images|Shutterstock|Reuters|AFP|AP|EPA|Sputnik|Anadolu|Pool|POOL|Handout|Bloomberg|Xinhua|TASS|Alamy|Photo by|Photograph:|Image:|Credit:|Courtesy)\b|©/;

/**
 * The line under an embedded tweet: "— Jane Roe (@janeroe) February 9, 2015". It signs the tweet
 * above; the name in it is no one the reporting turns to.
 */
const tweetSignature = /^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}$/u;

const contributorLine = /\b(contributed to this report|reporting by|editing by|additional reporting)\b/i;
const byline =
  /^by\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}(\s*(,|and)\s*\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3})*\s*$/iu;

/**
 * Photo-desk markers inside a caption: "(L)", "EDITORIAL USE ONLY", an all-caps dateline with a date.
 * Two patterns, not one: the markers need no Unicode mode, which makes the search along the
 * text several times faster; the dateline is anchored, so it fails at once on other text.
 */
const captionMarker = /\((?:L|R|C|left|right|center)\)|EDITORIAL USE ONLY|MANDATORY CREDIT|\(Photo by/;
const captionDateline =
  /^[\p{Lu} ,.'-]{3,40} - (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}:/u;

/**
 * A picture caption under a short label, as tabloids write them: "Tragic: Kayla Mueller, 26, is
 * understood to be the last U.S. hostage held by the group", "Craving: The leader's love of cheese
 * has led to rapid weight gain". Reporting ends its paragraph with a full stop, a question or
 * exclamation mark, an ellipsis, a quotation mark, a colon or a bracket; the caption does not,
 * bar a picture note. (Link lines under an all-caps label are calls to action, read before.)
 */
const captionLabel = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3}:\s+\p{Lu}/u;
const reportingEnd = /[.!?…:;"”’')\]]$/;
/** What a caption may end on after all: "... locked in a cage (pictured)". */
const pictureNote = /\((?:pictured|above|below|left|right|centre|center|file)[^()]{0,40}\)$/i;
const isLabelledCaption = (text: string): boolean =>
  text.length <= 400 && captionLabel.test(text) && (!reportingEnd.test(text) || pictureNote.test(text));

/**
 * A caption that ends on its picture's credit: "... in Syria in July, 2012. Photo: AP", "(Picture:
 * Facebook)". (`pictureWord` first: a plain search rules out most paragraphs far faster than the
 * pattern, which is tried at every position.)
 */
const pictureWord = /Photo|Picture|Image/i;
const pictureCreditAtEnd =
  /(?:^|[.!?]\s+|\(|\[)(?:Photo|Picture|Image)s?(?:\s+credit)?:\s*[^.:()[\]]{1,60}[)\]]?$/i;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The heading of a box of links to other articles: "RELATED ARTICLES", "More from Golf", "Most read". */
const relatedHeading =
  /^(?:related(?:\s+(?:articles?|stories|coverage|content|links|reading|videos?))?|more from\b.{0,40}|(?:you (?:may|might) also like)|recommended(?:\s+(?:for you|stories|reading))?|most (?:read|popular|viewed|shared)|trending(?:\s+now)?)\s*:?$/i;
/** A link in such a box: a headline, one cut short ("... arrested after..."), or "Previous", "Next", "2". */
const isLinkTeaser = (text: string): boolean =>
  text.length <= 200 &&
  (/(?:\.\.\.|…)$/.test(text) || looksLikeHeading(text) || /^(?:previous|next|\d+)$/i.test(text));

export function looksLikeCredit(text: string): boolean {
  return (
    text.length <= 160 &&
    pictureDesk.test(text) &&
    (/\//.test(text) || /^(photo|image|credit)/i.test(text)) &&
    !/[.!?]["”]?$/.test(text.replace(/\)$/, ''))
  );
}

/**
 * A short line without final punctuation: a headline, a section heading, or a caption's own title.
 * The length is tested first: it rules out most paragraphs without splitting them into words.
 */
export const looksLikeHeading = (text: string): boolean =>
  text.length <= 120 && words(text) <= 14 && !/[.!?:;,"”]$/.test(text.trim());

/**
 * The kind of each block, from its own text and its neighbours: a block followed by a photo
 * credit is that photo's caption; a heading line just before a caption belongs to the photo too.
 */
export function classifyBlocks(
  texts: readonly string[],
  given: readonly (BlockKind | undefined)[],
): BlockKind[] {
  const kinds: BlockKind[] = texts.map((text, index) => {
    const known = given[index];
    if (known) return known;
    const trimmed = text.trim();
    if (callToAction.test(trimmed) || (trimmed.length <= 160 && linkLine.test(trimmed))) return 'cta';
    if (contributorLine.test(trimmed) && words(trimmed) <= 20) return 'credit';
    if (trimmed.length <= 160 && tweetSignature.test(trimmed)) return 'credit';
    if (byline.test(trimmed)) return 'byline';
    if (captionMarker.test(trimmed) || captionDateline.test(trimmed) || isLabelledCaption(trimmed))
      return 'caption';
    if (looksLikeCredit(trimmed)) return 'credit';
    if (trimmed.length <= 400 && pictureWord.test(trimmed) && pictureCreditAtEnd.test(trimmed))
      return 'caption';
    return 'body';
  });
  for (let index = kinds.length - 2; index >= 0; index--) {
    if (given[index]) continue;
    const next = kinds[index + 1];
    // (Not the tweet above a tweet's signature: that is the tweet, no picture's caption.)
    if (
      kinds[index] === 'body' &&
      next === 'credit' &&
      !contributorLine.test(texts[index + 1]!) &&
      !tweetSignature.test(texts[index + 1]!.trim())
    )
      kinds[index] = 'caption';
    else if (kinds[index] === 'body' && next === 'caption' && looksLikeHeading(texts[index]!))
      kinds[index] = 'caption';
  }
  // A box of links to other articles: its heading, and the headlines under it up to the first
  // paragraph that is none (a picture's caption in the box stays a caption). Their quotations and
  // names belong to other stories.
  for (let index = 0; index < kinds.length; index++) {
    // (A heading is short: the length rules out most paragraphs before the pattern is tried.)
    if (given[index] || texts[index]!.length > 70 || !relatedHeading.test(texts[index]!.trim())) continue;
    kinds[index] = 'cta';
    for (index++; index < kinds.length && !given[index]; index++) {
      const text = texts[index]!.trim();
      if (kinds[index] === 'caption' || kinds[index] === 'credit') continue;
      if (!isLinkTeaser(text)) break;
      kinds[index] = 'cta';
    }
    // (The outer loop goes on from the paragraph that ended the box: it may open another.)
    index--;
  }
  // Section headings inside the body ("Kremlin's Cautious Response") are not assertions.
  kinds.forEach((kind, index) => {
    if (
      kind === 'body' &&
      index > 0 &&
      !given[index] &&
      looksLikeHeading(texts[index]!) &&
      !/^[-•*]/.test(texts[index]!)
    ) {
      kinds[index] = 'other';
    }
  });
  return kinds;
}
