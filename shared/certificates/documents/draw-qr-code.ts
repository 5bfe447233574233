import type { Color, PDFPage } from 'pdf-lib';
import { create } from 'qrcode/lib/core/qrcode.js';

export interface QrPlacement {
  /** Lower-left corner and side of the symbol, quiet zone included, in points. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly colour: Color;
}

/** The quiet zone QR readers need around the symbol, in modules (the standard asks for four). */
const QUIET_ZONE = 4;

/**
 * The QR code of `text` drawn as vectors: one filled path of a rectangle per horizontal run of dark
 * modules, so it is sharp at any zoom or print resolution, a few KB, with no seams between modules
 * that separate rectangles leave when rasterised. Error correction M (15% of the symbol may be
 * damaged) keeps a 100-character URL at version 7 (45 modules), readable at 3 cm.
 */
export const drawQrCode = (page: PDFPage, text: string, placement: QrPlacement): void => {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const side = modules.size;
  const runs: string[] = [];
  for (let row = 0; row < side; row += 1) {
    let column = 0;
    while (column < side) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < side && modules.get(row, column)) column += 1;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h${start - column}z`);
    }
  }
  // SVG paths run downwards from (x, y): the symbol's top-left corner, in module units scaled to points.
  page.drawSvgPath(runs.join(''), {
    x: placement.x,
    y: placement.y + placement.size,
    scale: placement.size / (side + 2 * QUIET_ZONE),
    color: placement.colour,
  });
};
