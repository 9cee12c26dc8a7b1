/**
 * Scanning raw markup without parsing it: tag names and ends, and the nesting bound applied before
 * linkedom parses a page (its parse slows down sharply on deep nesting: 100,000 nested divs take
 * seconds, a 20 MB chain would take minutes).
 */

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
export const asciiLower = (text: string): string =>
  text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

const tagNameAt = /[a-zA-Z][^\s/>]*/y;

export function tagNameFrom(html: string, start: number): string | undefined {
  tagNameAt.lastIndex = start;
  return tagNameAt.exec(html)?.[0].toLowerCase();
}

/** End (exclusive) of the tag opened at `start`, stepping over quoted attribute values. */
export function endOfTag(html: string, start: number): number {
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
