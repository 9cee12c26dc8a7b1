import { parseHTML } from 'linkedom';
import { asciiLower, boundNesting, endOfTag, tagNameFrom } from './html-markup.ts';

/**
 * Parsing hostile HTML into a document Readability can work on. linkedom is fast but is not a
 * browser parser: a fragment without <html>/<body> yields a tree with no body, and very deep
 * nesting makes its parse (and Readability's recursion) blow up. So the markup is put into a
 * regular <html><head><body> frame, nesting beyond the limit is cut from the markup
 * (html-markup.ts), and the parsed tree is flattened where it still exceeds the limit.
 */

/** The few DOM members the readers use; linkedom's own typings are mostly `any`. */
export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly head: DomElement;
  readonly body: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const elementNode = 1;
export const textNode = 3;

export const isElement = (node: DomNode): node is DomElement => node.nodeType === elementNode;

/** Start of the first `<name` tag (followed by a space, `>` or `/`), searching a lower-cased copy. */
function findTag(lower: string, name: string, from = 0): number {
  for (
    let index = lower.indexOf(`<${name}`, from);
    index !== -1;
    index = lower.indexOf(`<${name}`, index + 1)
  ) {
    const after = lower[index + name.length + 1];
    if (after === undefined || after === '>' || after === '/' || /\s/.test(after)) return index;
  }
  return -1;
}

/** Removes the listed tags (opening and closing) from a piece of markup. */
function withoutTags(html: string, names: readonly string[]): string {
  const lower = asciiLower(html);
  let result = '';
  let from = 0;
  let index = lower.indexOf('<');
  while (index !== -1) {
    const name =
      tagNameFrom(lower, index + (lower[index + 1] === '/' ? 2 : 1)) ??
      (lower.startsWith('<!doctype', index) ? '!doctype' : undefined);
    if (name && names.includes(name)) {
      const end = lower.indexOf('>', index);
      result += html.slice(from, index);
      from = end === -1 ? html.length : end + 1;
      index = end === -1 ? -1 : lower.indexOf('<', from);
    } else {
      index = lower.indexOf('<', index + 1);
    }
  }
  return result + html.slice(from);
}

/** The `lang` of the page's <html> tag, if it has a plausible one. */
function htmlLang(html: string, lower: string): string | undefined {
  const start = findTag(lower, 'html');
  if (start === -1) return undefined;
  const end = Math.min(endOfTag(html, start), start + 2000);
  return /\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)/i.exec(html.slice(start, end))?.[1];
}

/** Splits a page into head and body markup, whatever of <html>, <head> and <body> it has. */
function framed(html: string): string {
  const lower = asciiLower(html);
  const bodyStart = findTag(lower, 'body');
  let head = '';
  let body = html;
  if (bodyStart !== -1) {
    head = html.slice(0, bodyStart);
    body = html.slice(endOfTag(html, bodyStart));
  } else {
    const headEnd = lower.indexOf('</head');
    if (headEnd !== -1) {
      head = html.slice(0, headEnd);
      body = html.slice(headEnd);
    }
  }
  const lang = htmlLang(html, lower);
  const langAttribute = lang ? ` lang="${lang}"` : '';
  return `<!DOCTYPE html><html${langAttribute}><head>${withoutTags(head, ['!doctype', 'html', 'head'])}</head><body>${withoutTags(body, ['html', 'head', 'body'])}</body></html>`;
}

interface TreeSize {
  /** Elements on the longest path from <html> down, after flattening. */
  readonly depth: number;
  readonly elements: number;
}

/** Replaces the children of elements at the depth limit by their text (the exact bound), and measures the tree. */
function flattenDeepElements(root: DomElement, maxDepth: number): TreeSize {
  const pending: [DomElement, number][] = [[root, 1]];
  let deepest = 1;
  let elements = 0;
  while (pending.length > 0) {
    const [element, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    elements++;
    const children = Array.from(element.childNodes).filter(isElement);
    if (children.length === 0) continue;
    if (depth >= maxDepth) {
      const text = element.textContent;
      element.textContent = text; // the setter replaces the children by one text node
      continue;
    }
    for (const child of children) pending.push([child, depth + 1]);
  }
  return { depth: deepest, elements };
}

export interface ParsedHtml extends TreeSize {
  readonly document: DomDocument;
}

/** A document with <html>, <head> and <body>, at most `maxDepth` elements deep. Never throws on markup. */
export function parseHtmlDocument(html: string, maxDepth: number): ParsedHtml {
  const bound = Math.max(4, maxDepth);
  const { document } = parseHTML(framed(boundNesting(html, bound)));
  const parsed: DomDocument = document;
  return { document: parsed, ...flattenDeepElements(parsed.documentElement, bound) };
}
