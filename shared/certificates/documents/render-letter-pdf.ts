import { PageSizes, PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { documentDate } from './document-date.ts';
import type { LetterDocumentInput } from './document-inputs.ts';
import { setDocumentMetadata } from './document-metadata.ts';
import { LETTER_LABELS } from './letter-labels.ts';
import { type PageRow, paginateRows } from './paginate-rows.ts';
import { embedPtSans } from './pdf-fonts.ts';
import { printableLine, printableLines } from './printable-text.ts';
import { type Alignment, blocksHeight, drawBlocks, fittedBlock, type TextBlock } from './text-blocks.ts';
import { wrapText } from './wrap-text.ts';

const [A4_SHORT, A4_LONG] = PageSizes.A4;
const INK = rgb(0.11, 0.12, 0.14);
const MUTED = rgb(0.4, 0.42, 0.45);
/** Letters carry no programme form: one quiet colour for the letterhead. */
const ACCENT = rgb(0.17, 0.23, 0.29);
const SIDE = 62;
const TOP = 56;
const BOTTOM = 64;
const TEXT_WIDTH = A4_SHORT - 2 * SIDE;
const BODY_SIZE = 11;
const PARAGRAPH_GAP = 8;
/** Lines of the text that go with the signature to a page of its own, so it signs something there. */
const SIGNED_LINES = 3;

interface LetterRow extends PageRow {
  readonly blocks: readonly TextBlock[];
  readonly align: Alignment;
}

const row = (blocks: readonly TextBlock[], align: Alignment, gapBefore: number, keepWithPrevious = 0): LetterRow => ({
  blocks,
  align,
  gapBefore,
  height: blocksHeight(blocks),
  keepWithPrevious,
});

/** Paragraphs are separated by blank lines; a single line break inside one is kept (a list, an address). */
const paragraphs = (lines: readonly string[]): string[][] => {
  const found: string[][] = [[]];
  for (const line of lines) {
    const current = found.at(-1) ?? [];
    if (line !== '') current.push(line);
    else if (current.length > 0) found.push([]);
  }
  return found.filter((paragraph) => paragraph.length > 0);
};

/**
 * A mentor's recommendation letter: A4 portrait, in the letter's own language. A letterhead with
 * the programme and season, the date and number; the title and the holder's name; the mentor's
 * text in paragraphs, wrapped and carried over as many pages as it takes (6,000 characters take
 * two or three), each later page headed with whose letter it is and every page numbered; the mentor's name,
 * role and the date as the signature, kept together on one page with the text's last lines.
 */
export const renderLetterPdf = async (input: LetterDocumentInput): Promise<Uint8Array> => {
  const document = await PDFDocument.create();
  const fonts = await embedPtSans(document);
  const language = input.language;
  const printable = (text: string): string => printableLine(text, fonts.covers);
  const line = (size: number, maxLines: number) => ({ maxWidth: TEXT_WIDTH, size, minSize: size, maxLines });
  const date = documentDate(input.finalisedAt, language);
  const holderName = printable(input.holderName);

  const letterhead: TextBlock[] = [
    fittedBlock(printable(input.programmeName[language]), line(15, 2), { font: fonts.bold, colour: ACCENT, gapBefore: 0 }),
    fittedBlock(printable(input.seasonTitle[language]), line(10, 1), { font: fonts.regular, colour: MUTED, gapBefore: 2 }),
  ];
  const dateLine = input.number === undefined ? date : `${LETTER_LABELS.number[language]} ${input.number} · ${date}`;
  const bodyLine = (text: string): TextBlock => ({
    lines: [text],
    font: fonts.regular,
    size: BODY_SIZE,
    colour: INK,
    gapBefore: 0,
    leading: 1.4,
  });
  const rows: LetterRow[] = [
    row([fittedBlock(printable(dateLine), line(10, 1), { font: fonts.regular, colour: INK, gapBefore: 0 })], 'right', 0),
    row(
      [
        fittedBlock(LETTER_LABELS.title[language].toUpperCase(), line(16, 1), {
          font: fonts.bold,
          colour: ACCENT,
          gapBefore: 0,
          tracking: 0.08,
        }),
      ],
      'centre',
      22,
    ),
    row(
      [fittedBlock(`${LETTER_LABELS.holder[language]}: ${holderName}`, line(11.5, 3), { font: fonts.bold, colour: INK, gapBefore: 0 })],
      'centre',
      8,
    ),
  ];
  paragraphs(printableLines(input.text, fonts.covers)).forEach((paragraph, index) => {
    const wrapped = paragraph.flatMap((source) => wrapText(source, fonts.regular, BODY_SIZE, TEXT_WIDTH));
    wrapped.forEach((text, position) => {
      rows.push(row([bodyLine(text)], 'left', position > 0 ? 0 : index === 0 ? 22 : PARAGRAPH_GAP));
    });
  });
  rows.push(
    row(
      [
        fittedBlock(printable(input.mentorName), line(11.5, 2), { font: fonts.bold, colour: INK, gapBefore: 0 }),
        fittedBlock(printable(input.mentorRole[language]), line(10, 3), { font: fonts.regular, colour: MUTED, gapBefore: 2 }),
        fittedBlock(date, line(10, 1), { font: fonts.regular, colour: INK, gapBefore: 6 }),
      ],
      'left',
      30,
      SIGNED_LINES,
    ),
  );

  const runningHead = fittedBlock(`${LETTER_LABELS.title[language]} · ${holderName}`, line(8.5, 1), {
    font: fonts.regular,
    colour: MUTED,
    gapBefore: 0,
  });
  const letterheadHeight = blocksHeight(letterhead) + 14;
  const pageRoom = A4_LONG - TOP - BOTTOM;
  const pages = paginateRows(rows, pageRoom - letterheadHeight, pageRoom - blocksHeight([runningHead]) - 14);

  const drawHead = (page: PDFPage, first: boolean): number => {
    const blocks = first ? letterhead : [runningHead];
    if (first) page.drawRectangle({ x: 0, y: A4_LONG - 10, width: A4_SHORT, height: 10, color: ACCENT });
    const bottom = drawBlocks(page, blocks, { x: SIDE, align: 'left', top: A4_LONG - TOP }) - 6;
    page.drawLine({ start: { x: SIDE, y: bottom }, end: { x: A4_SHORT - SIDE, y: bottom }, thickness: first ? 1 : 0.5, color: ACCENT });
    return bottom - 8;
  };
  const alignedX = (align: Alignment): number => (align === 'left' ? SIDE : align === 'centre' ? A4_SHORT / 2 : A4_SHORT - SIDE);

  pages.forEach((pageRows, index) => {
    const page = document.addPage([A4_SHORT, A4_LONG]);
    let top = drawHead(page, index === 0);
    pageRows.forEach((pageRow, position) => {
      if (position > 0) top -= pageRow.gapBefore;
      top = drawBlocks(page, pageRow.blocks, { x: alignedX(pageRow.align), align: pageRow.align, top });
    });
    const folio = fittedBlock(LETTER_LABELS.page[language](index + 1, pages.length), line(8.5, 1), {
      font: fonts.regular,
      colour: MUTED,
      gapBefore: 0,
    });
    drawBlocks(page, [folio], { x: A4_SHORT / 2, align: 'centre', top: BOTTOM - 24 });
  });

  setDocumentMetadata(document, {
    title: `${LETTER_LABELS.title[language]} — ${holderName}`,
    author: printable(input.mentorName),
    subject: printable(`${input.programmeName[language]} — ${input.seasonTitle[language]}`),
    language,
    date: new Date(input.finalisedAt),
  });
  return document.save();
};
