import type { BlockKind } from '../model/index.ts';
import { normaliseSpace } from '../text/whitespace.ts';
import type { DraftBlock } from './draft.ts';
import { type DomElement, type DomNode, isElement, textNode } from './html-document.ts';

/**
 * Blocks of text from a piece of DOM, in reading order: each paragraph, heading, list item, quote
 * or table cell is a block; a <br> ends a block (pages separate a caption from its credit that
 * way). Text inside <figure>/<figcaption> is a caption, and a credit inside it (an element marked
 * as credit, <cite>, <small>) is a block of its own with kind credit.
 */

/** Elements that start and end a block. Everything else is inline: its text joins the current block. */
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose text is not article text. */
const skippedElements = new Set([
  'button',
  'canvas',
  'datalist',
  'head',
  'iframe',
  'input',
  'math',
  'noscript',
  'object',
  'option',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
]);

const creditMarker = /credit|copyright|attribution|photographer|courtesy|byline/i;

/** Credits inside captions: marked by class, id or itemprop, or written as <cite>/<small>. */
function isCreditElement(element: DomElement): boolean {
  if (element.localName === 'cite' || element.localName === 'small') return true;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
  return creditMarker.test(marks);
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export { normaliseSpace };

class BlockCollector {
  readonly blocks: DraftBlock[] = [];
  private pending: string[] = [];

  add(text: string): void {
    this.pending.push(text);
  }

  /** Ends the current block; `kind` is the context its text was written in. */
  flush(kind: BlockKind | undefined): void {
    const text = normaliseSpace(this.pending.join(''));
    this.pending = [];
    if (text) this.blocks.push(kind ? { kind, text } : { text });
  }
}

function walk(node: DomNode, kind: BlockKind | undefined, out: BlockCollector): void {
  const children = node.childNodes;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.nodeType === textNode) {
      out.add(child.textContent ?? '');
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.localName;
    if (skippedElements.has(tag)) continue;
    if (tag === 'br') {
      out.flush(kind);
      continue;
    }
    if (tag === 'pre') {
      out.flush(kind);
      for (const line of (child.textContent ?? '').split('\n')) {
        out.add(line);
        out.flush(kind);
      }
      continue;
    }
    const inFigure = kind === 'caption' || kind === 'credit';
    const childKind: BlockKind | undefined =
      inFigure && isCreditElement(child)
        ? 'credit'
        : tag === 'figure' || tag === 'figcaption'
          ? (kind ?? 'caption')
          : kind;
    if (blockElements.has(tag) || childKind !== kind) {
      out.flush(kind);
      walk(child, childKind, out);
      out.flush(childKind);
    } else {
      walk(child, kind, out);
    }
  }
}

/** The text blocks under `root`, in document order. */
export function blocksOf(root: DomNode): DraftBlock[] {
  const out = new BlockCollector();
  walk(root, undefined, out);
  out.flush(undefined);
  return out.blocks;
}
