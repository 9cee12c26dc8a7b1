/**
 * Every whitespace run as one space, as `text.replace(/\s+/g, ' ')` gives, but a lone space is
 * left where it is rather than replaced by itself: news text has one between every two words.
 */
export const whitespaceToCollapse = / \s+|[^\S ]\s*/g;
export const collapseWhitespace = (text: string): string => text.replace(whitespaceToCollapse, ' ');

/** Whitespace runs as one space, and none at either end. */
export const normaliseSpace = (text: string): string => collapseWhitespace(text).trim();

/**
 * Soft hyphens, zero-width spaces, word joiners and stray byte-order marks: invisible marks that
 * split words ("Global\u00adPost", "\u00adIslamic") for every reader of the text. (Not the joiners
 * that scripts and emoji need: U+200C, U+200D.)
 */
const invisibleMarks = /[\u00ad\u200b\u2060\ufeff]/g;
export const withoutInvisibleMarks = (text: string): string => text.replace(invisibleMarks, '');
