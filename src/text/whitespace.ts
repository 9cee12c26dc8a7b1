/**
 * Every whitespace run as one space, as `text.replace(/\s+/g, ' ')` gives, but a lone space is
 * left where it is rather than replaced by itself: news text has one between every two words.
 */
export const whitespaceToCollapse = / \s+|[^\S ]\s*/g;
export const collapseWhitespace = (text: string): string => text.replace(whitespaceToCollapse, ' ');

/** Whitespace runs as one space, and none at either end. */
export const normaliseSpace = (text: string): string => collapseWhitespace(text).trim();
