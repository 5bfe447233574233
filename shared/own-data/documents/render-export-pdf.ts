import { PageSizes, PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { setDocumentMetadata } from '../../certificates/documents/document-metadata.ts';
import { embedPtSans } from '../../certificates/documents/pdf-fonts.ts';
import { printableLines } from '../../certificates/documents/printable-text.ts';
import { wrapText } from '../../certificates/documents/wrap-text.ts';
import type { ExportDocument } from '../domain/export-document.ts';

const [A4_SHORT, A4_LONG] = PageSizes.A4;
const INK = rgb(0.11, 0.12, 0.14);
const MUTED = rgb(0.36, 0.38, 0.41);
const ACCENT = rgb(0.17, 0.23, 0.29);
const SIDE = 48;
const TOP = 52;
const BOTTOM = 56;
const WIDTH = A4_SHORT - 2 * SIDE;
const LABEL_WIDTH = WIDTH * 0.36;
const GUTTER = 10;
const SIZE = { title: 18, section: 13.5, block: 11, text: 9.5, folio: 8 } as const;
const LEADING = 1.35;

const PAGE_LABEL = { ru: 'Страница', en: 'Page' } as const;

/** Text a person typed, as PT Sans can draw it (printable-text.ts), each of its lines wrapped to `width`. */
const wrapped = (text: string, font: PDFFont, size: number, width: number, covers: (codePoint: number) => boolean): string[] =>
  printableLines(text, covers).flatMap((line) => (line === '' ? [''] : wrapText(line, font, size, width)));

/**
 * The export as an A4 PDF in the reader's language: the same sections, blocks and rows as the HTML
 * page (export-document.ts), a row's label in bold on the left and its value beside it, carried
 * over as many pages as the person's records take; every page numbered. PT Sans draws Latin and
 * Cyrillic alike, and the text stays selectable and searchable.
 */
export const renderExportPdf = async (exported: ExportDocument, generatedAt: Date): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create();
  const fonts = await embedPtSans(pdf);
  const lineHeight = (size: number): number => size * LEADING;
  let page: PDFPage = pdf.addPage([A4_SHORT, A4_LONG]);
  let y = A4_LONG - TOP;

  const room = (height: number): void => {
    if (y - height >= BOTTOM) return;
    page = pdf.addPage([A4_SHORT, A4_LONG]);
    y = A4_LONG - TOP;
  };
  const draw = (lines: readonly string[], x: number, top: number, font: PDFFont, size: number, colour = INK): void => {
    lines.forEach((line, index) => {
      page.drawText(line, { x, y: top - size - index * lineHeight(size), size, font, color: colour });
    });
  };
  const heading = (text: string, size: number, gapBefore: number, colour = ACCENT): void => {
    const lines = wrapped(text, fonts.bold, size, WIDTH, fonts.covers);
    room(gapBefore + lines.length * lineHeight(size) + lineHeight(SIZE.text));
    y -= gapBefore;
    draw(lines, SIDE, y, fonts.bold, size, colour);
    y -= lines.length * lineHeight(size);
  };
  const row = (label: string, value: string): void => {
    const labels = label === '' ? [] : wrapped(label, fonts.bold, SIZE.text, LABEL_WIDTH, fonts.covers);
    const valueX = label === '' ? SIDE : SIDE + LABEL_WIDTH + GUTTER;
    const values = wrapped(value, fonts.regular, SIZE.text, label === '' ? WIDTH : WIDTH - LABEL_WIDTH - GUTTER, fonts.covers);
    // A row taller than a page (a long letter) is drawn line by line over as many pages as it needs.
    const lines = Math.max(labels.length, values.length);
    for (let index = 0; index < lines; index += 1) {
      room(lineHeight(SIZE.text));
      const label = labels[index];
      const value = values[index];
      if (label !== undefined) draw([label], SIDE, y, fonts.bold, SIZE.text, MUTED);
      if (value !== undefined) draw([value], valueX, y, fonts.regular, SIZE.text);
      y -= lineHeight(SIZE.text);
    }
    y -= 2;
  };

  heading(exported.title, SIZE.title, 0);
  y -= 4;
  for (const line of wrapped(exported.intro, fonts.regular, SIZE.text, WIDTH, fonts.covers)) {
    room(lineHeight(SIZE.text));
    draw([line], SIDE, y, fonts.regular, SIZE.text);
    y -= lineHeight(SIZE.text);
  }
  y -= 6;
  for (const meta of exported.meta) row(meta.label, meta.value);
  for (const section of exported.sections) {
    heading(section.heading, SIZE.section, 18);
    page.drawLine({ start: { x: SIDE, y: y - 2 }, end: { x: A4_SHORT - SIDE, y: y - 2 }, thickness: 0.75, color: ACCENT });
    y -= 8;
    if (section.blocks.length === 0) row('', exported.none);
    for (const block of section.blocks) {
      heading(block.heading, SIZE.block, 8, INK);
      y -= 2;
      for (const blockRow of block.rows) row(blockRow.label, blockRow.value);
    }
  }

  const pages = pdf.getPages();
  pages.forEach((each, index) => {
    const folio = `${PAGE_LABEL[exported.language]} ${index + 1} / ${pages.length}`;
    each.drawText(folio, {
      x: A4_SHORT / 2 - fonts.regular.widthOfTextAtSize(folio, SIZE.folio) / 2,
      y: BOTTOM - 28,
      size: SIZE.folio,
      font: fonts.regular,
      color: MUTED,
    });
  });
  setDocumentMetadata(pdf, {
    title: exported.title,
    author: 'cadre',
    subject: exported.title,
    language: exported.language,
    date: generatedAt,
  });
  return pdf.save();
};
