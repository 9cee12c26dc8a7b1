import { parseHTML } from 'linkedom';

/**
 * Parsing hostile HTML into a document Readability can work on. linkedom is fast but is not a
 * browser parser: a fragment without <html>/<body> yields a tree with no body, and very deep
 * nesting makes its parse (and Readability's recursion) blow up. So the markup is first put into a
 * regular <html><head><body> frame, nesting beyond the limit is cut from the markup, and the parsed
 * tree is flattened where it still exceeds the limit.
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

/** Elements that never have content, so never add a level of nesting. */
const voidElements = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is raw text up to their closing tag: markup inside them is not markup. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/**
 * Opening one of these closes the element on top of the stack when it is one of the listed ones
 * (<p> after <p>, <li> after <li>). The table follows htmlparser2, linkedom's tokenizer, so the
 * nesting counted here is the nesting linkedom builds.
 */
const paragraphClosers = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'pre',
  'section',
  'table',
  'ul',
];
const formTags = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const implicitlyClosed: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ...paragraphClosers.map((tag) => [tag, new Set(['p'])] as const),
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(
    (tag) => [tag, new Set(formTags)] as const,
  ),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);

/** Lower case for ASCII letters only, so offsets in the copy are offsets in the original. */
const asciiLower = (text: string): string => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

const tagNameAt = /[a-zA-Z][^\s/>]*/y;

function tagNameFrom(html: string, start: number): string | undefined {
  tagNameAt.lastIndex = start;
  return tagNameAt.exec(html)?.[0].toLowerCase();
}

/** End (exclusive) of the tag opened at `start`, stepping over quoted attribute values. */
function endOfTag(html: string, start: number): number {
  let quote: string | undefined;
  let previous = ''; // last character outside quotes that is not white space
  for (let index = start; index < html.length; index++) {
    const char = html[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '>') return index + 1;
    if ((char === '"' || char === "'") && previous === '=') quote = char;
    if (!/\s/.test(char)) previous = char;
  }
  return html.length;
}

/** End of a comment, doctype or processing instruction starting at `start`. */
function endOfDeclaration(html: string, start: number): number {
  const comment = html.startsWith('<!--', start);
  const end = comment ? html.indexOf('-->', start + 4) : html.indexOf('>', start);
  if (end === -1) return html.length;
  return end + (comment ? 3 : 1);
}

/**
 * Cuts the opening and closing tags of elements nested deeper than `maxDepth`, keeping their
 * text. One linear pass; the markup is returned unchanged when nothing is that deep.
 */
export function boundNesting(html: string, maxDepth: number): string {
  // Fewer tags than the limit cannot nest past it.
  let tags = 0;
  for (let index = html.indexOf('<'); index !== -1 && tags <= maxDepth; index = html.indexOf('<', index + 1))
    tags++;
  if (tags <= maxDepth) return html;

  const lower = asciiLower(html);
  const stack: string[] = [];
  const cuts: [start: number, end: number][] = [];
  let droppedOpen = 0;
  let foreign = 0; // open <svg>/<math>: there `<x/>` closes itself
  for (let index = html.indexOf('<'); index !== -1; index = html.indexOf('<', index)) {
    const next = html[index + 1];
    if (next === '!' || next === '?') {
      index = endOfDeclaration(html, index);
      continue;
    }
    const closing = next === '/';
    const name = tagNameFrom(html, index + (closing ? 2 : 1));
    if (!name) {
      index++;
      continue;
    }
    const end = closing ? html.indexOf('>', index) + 1 || html.length : endOfTag(html, index);
    if (closing) {
      if (droppedOpen > 0 && !voidElements.has(name)) {
        cuts.push([index, end]);
        droppedOpen--;
      } else {
        const open = stack.lastIndexOf(name);
        if (open !== -1) {
          for (const popped of stack.splice(open)) if (popped === 'svg' || popped === 'math') foreign--;
        }
      }
      index = end;
      continue;
    }
    const closes = implicitlyClosed.get(name);
    while (closes && stack.length > 0 && closes.has(stack.at(-1)!)) stack.pop();
    const selfClosed = foreign > 0 && html[end - 2] === '/';
    if (!voidElements.has(name) && !selfClosed) {
      if (stack.length >= maxDepth) {
        cuts.push([index, end]);
        droppedOpen++;
      } else {
        stack.push(name);
        if (name === 'svg' || name === 'math') foreign++;
      }
    }
    index = end;
    if (rawTextElements.has(name) && !selfClosed) {
      const close = lower.indexOf(`</${name}`, end);
      index = close === -1 ? html.length : close;
    }
  }
  if (cuts.length === 0) return html;
  let bounded = '';
  let from = 0;
  for (const [start, end] of cuts) {
    bounded += `${html.slice(from, start)} `;
    from = end;
  }
  return bounded + html.slice(from);
}

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

/** Replaces the children of elements at the depth limit by their text: the exact bound. */
function flattenDeepElements(root: DomElement, maxDepth: number): void {
  const pending: [DomElement, number][] = [[root, 1]];
  while (pending.length > 0) {
    const [element, depth] = pending.pop()!;
    const children = Array.from(element.childNodes).filter(isElement);
    if (children.length === 0) continue;
    if (depth >= maxDepth) {
      const text = element.textContent;
      element.textContent = text; // the setter replaces the children by one text node
      continue;
    }
    for (const child of children) pending.push([child, depth + 1]);
  }
}

/** A document with <html>, <head> and <body>, at most `maxDepth` elements deep. Never throws on markup. */
export function parseHtmlDocument(html: string, maxDepth: number): DomDocument {
  const depth = Math.max(4, maxDepth);
  const { document } = parseHTML(framed(boundNesting(html, depth)));
  const parsed: DomDocument = document;
  flattenDeepElements(parsed.documentElement, depth);
  return parsed;
}
