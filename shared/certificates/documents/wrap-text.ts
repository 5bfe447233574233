/** What wrapping needs of a font: pdf-lib's PDFFont, or anything measuring like it. */
export interface MeasuringFont {
  widthOfTextAtSize(text: string, size: number): number;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A word wider than a whole line (a pasted link, a 400-letter name) cut into pieces that fit. */
const cutWord = (word: string, font: MeasuringFont, size: number, maxWidth: number): string[] => {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece !== '' && font.widthOfTextAtSize(piece + segment, size) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
};

/**
 * One line of printable text (printable-text.ts) broken at spaces into lines no wider than
 * `maxWidth`. Each word is measured once and lines are summed from the words: pdf-lib draws glyphs
 * by their advance widths alone, so the sum is the drawn width, and a 6,000-character letter wraps
 * in one pass instead of re-measuring every growing line.
 */
export const wrapText = (text: string, font: MeasuringFont, size: number, maxWidth: number): string[] => {
  const space = font.widthOfTextAtSize(' ', size);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ').filter((candidate) => candidate !== '')) {
    const width = font.widthOfTextAtSize(word, size);
    if (line !== '' && lineWidth + space + width <= maxWidth) {
      line += ` ${word}`;
      lineWidth += space + width;
      continue;
    }
    if (line !== '') lines.push(line);
    if (width <= maxWidth) {
      line = word;
      lineWidth = width;
      continue;
    }
    const pieces = cutWord(word, font, size, maxWidth);
    line = pieces.pop() ?? '';
    lineWidth = font.widthOfTextAtSize(line, size);
    lines.push(...pieces);
  }
  if (line !== '') lines.push(line);
  return lines;
};
