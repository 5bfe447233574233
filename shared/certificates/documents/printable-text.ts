/**
 * Text as it can be drawn in PT Sans. pdf-lib throws on a character the font has no glyph for, and
 * names and letters come from people: emoji, other scripts, pasted control characters. So, per
 * grapheme (what a reader sees as one character, an emoji with its skin tone or a family of four):
 * - one the font cannot draw whole becomes one '?' (PT Sans has no U+FFFD), so the reader sees that
 *   something was there rather than a silently shortened name;
 * - invisible formatting (bidi marks and overrides, joiners, variation selectors, soft hyphens) is
 *   dropped: it would draw nothing, and an override could not reorder drawn text anyway;
 * - line breaks and other control characters are spaces, or line breaks where the caller keeps them;
 * - runs of spaces become one, and lines are trimmed.
 * Text is NFC first, so a letter typed as a base and a combining mark (е + ̈) draws as one glyph (ё).
 */
const FALLBACK = '?';
const LINE_BREAK = /^[\n\v\f\r\u0085\u2028\u2029]+$/u;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const CONTROL_OR_SPACE = /^[\p{Cc}\p{Zs}]+$/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

const drawable = (text: string, covers: (codePoint: number) => boolean, lineBreak: string): string => {
  let drawn = '';
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
    if (LINE_BREAK.test(segment)) drawn += lineBreak;
    else if (segment === '\u00a0') drawn += segment;
    else if (CONTROL_OR_SPACE.test(segment)) drawn += ' ';
    else {
      const visible = segment.replace(IGNORABLE, '');
      if (visible === '') continue;
      const codePoints = Array.from(visible, (character) => character.codePointAt(0) ?? 0);
      drawn += codePoints.every(covers) ? visible : FALLBACK;
    }
  }
  return drawn;
};

const tidy = (line: string): string => line.replace(/ {2,}/g, ' ').trim();

/** One line of text (a name, a title): line breaks become spaces. */
export const printableLine = (text: string, covers: (codePoint: number) => boolean): string => tidy(drawable(text, covers, ' '));

/** Text whose line breaks count (a letter): its lines, each printable, blank ones kept as ''. */
export const printableLines = (text: string, covers: (codePoint: number) => boolean): string[] =>
  drawable(text, covers, '\n').split('\n').map(tidy);
