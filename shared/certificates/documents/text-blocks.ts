import { type Color, type PDFFont, type PDFPage, setCharacterSpacing } from 'pdf-lib';
import { type FitBox, fitText } from './fit-text.ts';

/** Lines of one font, size and colour, laid out as a unit: a title, a name, a paragraph. */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly font: PDFFont;
  readonly size: number;
  readonly colour: Color;
  /** Space above the block, in points. */
  readonly gapBefore: number;
  /** Extra space between letters, as a share of the size (a spaced-out title). */
  readonly tracking?: number;
  /** Line height as a multiple of the size; DEFAULT_LEADING unless set (a letter's body is looser). */
  readonly leading?: number;
}

const DEFAULT_LEADING = 1.25;

export interface BlockStyle {
  readonly font: PDFFont;
  readonly colour: Color;
  readonly gapBefore: number;
  readonly tracking?: number;
  readonly leading?: number;
}

/** `text` fitted to `box` (fit-text.ts) as a block in `style`. */
export const fittedBlock = (text: string, box: FitBox, style: BlockStyle): TextBlock => ({ ...fitText(text, style.font, box), ...style });

const lineHeight = (block: TextBlock): number => block.size * (block.leading ?? DEFAULT_LEADING);

export const blockHeight = (block: TextBlock): number => block.gapBefore + block.lines.length * lineHeight(block);

export const blocksHeight = (blocks: readonly TextBlock[]): number => blocks.reduce((total, block) => total + blockHeight(block), 0);

const lineWidth = (line: string, block: TextBlock): number =>
  block.font.widthOfTextAtSize(line, block.size) + (block.tracking ?? 0) * block.size * Math.max(Array.from(line).length - 1, 0);

export type Alignment = 'left' | 'centre' | 'right';

export interface BlockPlacement {
  /** The left edge, centre or right edge the lines align to. */
  readonly x: number;
  readonly align: Alignment;
  /** Where the first block's gap begins. */
  readonly top: number;
}

/** Draws the blocks one under another; answers where the last one ends. */
export const drawBlocks = (page: PDFPage, blocks: readonly TextBlock[], placement: BlockPlacement): number => {
  let top = placement.top;
  for (const block of blocks) {
    top -= block.gapBefore;
    const spacing = (block.tracking ?? 0) * block.size;
    if (spacing !== 0) page.pushOperators(setCharacterSpacing(spacing));
    for (const line of block.lines) {
      const width = lineWidth(line, block);
      const x = placement.align === 'left' ? placement.x : placement.align === 'centre' ? placement.x - width / 2 : placement.x - width;
      // The baseline sits so the line's capitals (0.7 of the size in PT Sans) are centred in its line height.
      const baseline = top - lineHeight(block) / 2 - block.size * 0.35;
      page.drawText(line, { x, y: baseline, size: block.size, font: block.font, color: block.colour });
      top -= lineHeight(block);
    }
    if (spacing !== 0) page.pushOperators(setCharacterSpacing(0));
  }
  return top;
};
