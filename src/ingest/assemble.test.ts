import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { spanText } from '../model/index.ts';
import { collapseWhitespace } from '../text/whitespace.ts';
import { assembleArticle, contentId } from './assemble.ts';
import { classifyBlocks } from './blocks.ts';
import type { ArticleDraft } from './draft.ts';

const kinds = (lines: string[]) =>
  classifyBlocks(
    lines,
    lines.map(() => undefined),
  );

test('blocks: a box of related articles is links, up to the first paragraph that is no headline', () => {
  assert.deepEqual(
    kinds([
      'Jane Doe was elected on Tuesday.',
      'RELATED ARTICLES',
      'Previous',
      'Next',
      "'The last thing I remember is him taking off his robe and...",
      'Acme actress Joan Roe arrested after...',
      'Mayor Sam Roe opens the new bridge',
      'Doe said: "We won."',
    ]),
    ['body', 'cta', 'cta', 'cta', 'cta', 'cta', 'cta', 'body'],
  );
});

test('blocks: a line followed by a photo credit is a caption; the credit is a credit', () => {
  assert.deepEqual(
    kinds([
      'The president spoke for an hour on the economy.',
      'President Jane Doe speaks to the media in the Oval Office on December 3, 2025.',
      'Will Oliver/EPA/Shutterstock',
      'She later left for Camp David.',
    ]),
    ['body', 'caption', 'credit', 'body'],
  );
});

test('blocks: photo-desk markers, calls to action, contributor lines, section headings', () => {
  assert.deepEqual(
    kinds([
      'Talks went on.',
      'PARIS, FRANCE - MAY 06: President Jane Doe (L) meets Envoy John Roe (R) in Paris. (Photo by Someone/Getty Images)',
      'Stay tuned for more updates, and share your thoughts on social media using #Talks.',
      'Jane Roe contributed to this report.',
      'Why the Talks Matter',
      '- Territorial questions.',
      'PHOTOS: Opposites Attract! 10 Odd Celebrity Couples',
      'Photos: the talks in pictures are below.',
    ]),
    ['body', 'caption', 'cta', 'credit', 'other', 'body', 'cta', 'body'],
  );
});

test('blocks: a tabloid caption under a short label, or ending on its picture credit, is a caption; a labelled paragraph that ends like reporting is not', () => {
  assert.deepEqual(
    kinds([
      'Talks went on.',
      'Jane Doe in Acme in July, 2012. Photo: AP',
      'She posted it with a note saying she was excited (Picture: Facebook)',
      'Photo: the talks in pictures are below.',
      'Tragic: Jane Doe, 26, is understood to be the last hostage held by the group',
      'Show of strength: Militants take part in a parade along the streets of Acme earlier this year',
      'Brutal: Her death is not yet verified, and the pilot was filmed locked in a cage (pictured)',
      'Host: Well, he has already put a big dent in his situation with the circumstance he got himself into…',
      'Update: My calculations were wrong!',
      'Acme Group: Here is one of the court documents that names him:',
      'The talks: a long day that ended late',
    ]),
    ['body', 'caption', 'caption', 'body', 'caption', 'caption', 'caption', 'body', 'body', 'body', 'other'],
  );
});

const draft = (blocks: string[], extra: Partial<ArticleDraft> = {}): ArticleDraft => ({
  blocks: blocks.map((text) => ({ text })),
  ...extra,
});

test('publication date: metadata wins, then a dateline (year from the text), then the latest date written', () => {
  assert.equal(
    assembleArticle(draft(['Body.'], { published: '2025-12-03T23:30:00-05:00' })).published,
    '2025-12-03',
  );
  const dateline = assembleArticle(
    draft(['WASHINGTON (December 3) – Talks went on.', 'A photo from August 6, 2025.']),
  );
  assert.deepEqual([dateline.published, dateline.publishedSource], ['2025-12-03', 'dateline']);
  const written = assembleArticle(
    draft(['They met on December 2, 2025.', 'A briefing followed on December 3.']),
  );
  assert.deepEqual([written.published, written.publishedSource], ['2025-12-03', 'text']);
  // A page's own stamp, even at the end, wins over the dates the text mentions.
  const stamped = assembleArticle(draft(['They met on September 2, 2014.', 'Date created : 2014-09-14']));
  assert.deepEqual([stamped.published, stamped.publishedSource], ['2014-09-14', 'text']);
  // No year written anywhere: a day is known but not its year, so no publication date is made up.
  const noYear = assembleArticle(
    draft(['SEOUL, Oct 9 (Reuters) - Talks went on for 23 days, until Sept. 3.']),
  );
  assert.equal(noYear.published, undefined);
  // A caption without a full stop reads as a heading, and its date counts too.
  const captioned = assembleArticle(
    draft(['Talks went on for days.', 'Activists carry pictures of the pilot in Amman on February 3, 2015']),
  );
  assert.deepEqual([captioned.published, captioned.publishedSource], ['2015-02-03', 'text']);
  // A date without its year is not put months after every dated one: the December before the stamp.
  const yearless = assembleArticle(
    draft(['The two sides agreed on Dec. 17 to talk.', '— Jane Doe (@janedoe) January 9, 2015']),
  );
  assert.equal(yearless.published, '2015-01-09');
  const none = assembleArticle(draft(['They met on Tuesday.']));
  assert.equal(none.published, undefined);
  assert.ok(none.diagnostics.some((d) => d.code === 'date/publication-unknown'));
});

test('assembled text: blocks are spans into it, the title comes first, ids ignore whitespace and quote style', () => {
  const article = assembleArticle(draft(['First  paragraph.', 'Second “one”.'], { title: 'A Title' }));
  assert.deepEqual(
    article.blocks.map((b) => [b.kind, spanText(article.text, b.span)]),
    [
      ['title', 'A Title'],
      ['body', 'First paragraph.'],
      ['body', 'Second “one”.'],
    ],
  );
  assert.equal(contentId('Second “one”.'), contentId('second "one".  '));
});

test('assembled text: longer than the limit is cut, with a warning', () => {
  const limits = { maxBytes: 1e6, maxTextChars: 20, maxHtmlDepth: 10 };
  const article = assembleArticle(draft(['A fairly long first paragraph.', 'Another.']), { limits });
  assert.ok(article.text.length <= 20);
  assert.ok(article.diagnostics.some((d) => d.code === 'input/too-large'));
});

test('assemble: whitespace collapses as one regular-expression replace of every run would', () => {
  const spacey = fc
    .array(
      fc.oneof(fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u3000', ' \n', 'a', 'b c'), fc.string()),
    )
    .map((pieces) => pieces.join(''));
  fc.assert(
    fc.property(spacey, (text) => assert.equal(collapseWhitespace(text), text.replace(/\s+/g, ' '))),
    { numRuns: 5000 },
  );
});

test('content id: quotes and whitespace replaced in one pass, as replacing each in turn would', () => {
  const reference = (text: string) =>
    createHash('sha256')
      .update(
        collapseWhitespace(
          text
            .normalize('NFKC')
            .toLowerCase()
            .replace(/[“”„"]/g, '"')
            .replace(/[‘’']/g, "'"),
        ).trim(),
      )
      .digest('hex')
      .slice(0, 16);
  const quoted = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '“',
          '”',
          '„',
          '"',
          '‘',
          '’',
          "'",
          ' ',
          '  ',
          '\n\n',
          '\u00a0',
          '\u00a8',
          '\u2002',
          'A',
          'İ',
        ),
        fc.string(),
      ),
    )
    .map((pieces) => pieces.join(''));
  fc.assert(
    fc.property(quoted, (text) => assert.equal(contentId(text), reference(text))),
    { numRuns: 3000 },
  );
});

test('blocks: the line signing an embedded tweet is a credit, and the tweet above it stays as written, no caption', () => {
  assert.deepEqual(
    kinds([
      'The post drew replies.',
      'some lady aborted her fetus because it was a boy. really?',
      '— Jane Roe (@janeroe) February 10, 2015',
      'The blogger went on.',
    ]),
    ['body', 'body', 'credit', 'body'],
  );
});

test('assembled text: invisible marks that split words (soft hyphen, zero-width space, word joiner, BOM) are dropped', () => {
  const article = assembleArticle(
    draft(['Since then, Global\u00adPost said it had \u200bsearched for him.\ufeff']),
  );
  assert.ok(article.text.includes('Since then, GlobalPost said it had searched for him.'));
  assert.ok(!/[\u00ad\u200b\u2060\ufeff]/.test(article.text));
});
