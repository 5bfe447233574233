import { LineCapStyle, type PDFPage } from 'pdf-lib';
import { hexColour } from './hex-colour.ts';
import type { CertificateLayout } from './layouts/certificate-layout.ts';

/** The area inside a border's innermost rule, in points from the page's lower-left corner. */
export interface Frame {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly top: number;
}

const frame = (
  page: PDFPage,
  inset: number,
  thickness: number,
  layout: CertificateLayout,
  colour: 'accent' | 'secondAccent',
  left = inset,
): Frame => {
  const { width, height } = page.getSize();
  page.drawRectangle({
    x: left,
    y: inset,
    width: width - left - inset,
    height: height - 2 * inset,
    borderWidth: thickness,
    borderColor: hexColour(layout[colour]),
  });
  return { left, right: width - inset, bottom: inset, top: height - inset };
};

const cornerMarks = (page: PDFPage, inset: number, length: number, thickness: number, layout: CertificateLayout): void => {
  const { width, height } = page.getSize();
  const color = hexColour(layout.accent);
  for (const [x, y, dx, dy] of [
    [inset, inset, 1, 1],
    [width - inset, inset, -1, 1],
    [inset, height - inset, 1, -1],
    [width - inset, height - inset, -1, -1],
  ] as const) {
    page.drawLine({ start: { x, y }, end: { x: x + dx * length, y }, thickness, color, lineCap: LineCapStyle.Projecting });
    page.drawLine({ start: { x, y }, end: { x, y: y + dy * length }, thickness, color, lineCap: LineCapStyle.Projecting });
  }
};

/** The layout's frame round the page (certificate-layout.ts says what each looks like); the area inside it. */
export const drawBorder = (page: PDFPage, layout: CertificateLayout): Frame => {
  switch (layout.border) {
    case 'double-rule':
      frame(page, 20, 3, layout, 'accent');
      return frame(page, 27, 0.8, layout, 'secondAccent');
    case 'corner-marks':
      cornerMarks(page, 24, 48, 4, layout);
      return frame(page, 24, 0.8, layout, 'secondAccent');
    case 'side-band': {
      const { height } = page.getSize();
      page.drawRectangle({ x: 0, y: 0, width: 26, height, color: hexColour(layout.accent) });
      page.drawRectangle({ x: 29, y: 0, width: 3, height, color: hexColour(layout.secondAccent) });
      return frame(page, 20, 0.8, layout, 'accent', 40);
    }
    case 'single-rule':
      return frame(page, 22, 1.5, layout, 'accent');
  }
};
