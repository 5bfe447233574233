import { type MeasuringFont, wrapText } from './wrap-text.ts';

export interface FitBox {
  readonly maxWidth: number;
  /** The size it is drawn at when it fits on one line. */
  readonly size: number;
  /** The smallest it shrinks to before it wraps instead; `size` when it never shrinks. */
  readonly minSize: number;
  /** Beyond these, the last line ends with '…': the page has room for no more. */
  readonly maxLines: number;
}

export interface FittedText {
  readonly size: number;
  readonly lines: readonly string[];
}

const ELLIPSIS = '…';

/** Sizes are rounded down to a tenth of a point so the text never ends a hair over the box. */
const floorTenth = (size: number): number => Math.floor(size * 10) / 10;

const withEllipsis = (line: string, font: MeasuringFont, size: number, maxWidth: number): string => {
  const characters = Array.from(line);
  while (characters.length > 0 && font.widthOfTextAtSize(`${characters.join('').trimEnd()}${ELLIPSIS}`, size) > maxWidth) characters.pop();
  return `${characters.join('').trimEnd()}${ELLIPSIS}`;
};

/**
 * Text fitted to a box: on one line at `size`; else on one line shrunk, down to `minSize`; else
 * wrapped at `minSize`, up to `maxLines`, the rest cut with an ellipsis. A long name thus stays one
 * line as long as it can be read, and a hostile one cannot push the rest of the page off it.
 */
export const fitText = (text: string, font: MeasuringFont, box: FitBox): FittedText => {
  const width = font.widthOfTextAtSize(text, box.size);
  if (width <= box.maxWidth) return { size: box.size, lines: text === '' ? [] : [text] };
  const shrunk = floorTenth((box.size * box.maxWidth) / width);
  if (shrunk >= box.minSize) return { size: shrunk, lines: [text] };
  const lines = wrapText(text, font, box.minSize, box.maxWidth);
  if (lines.length <= box.maxLines) return { size: box.minSize, lines };
  const kept = lines.slice(0, box.maxLines);
  kept[kept.length - 1] = withEllipsis(kept.at(-1) ?? '', font, box.minSize, box.maxWidth);
  return { size: box.minSize, lines: kept };
};
