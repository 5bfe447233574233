import { PageSizes, PDFDocument, rgb } from 'pdf-lib';
import type { LocalisedText } from '../../platform/errors/app-error.ts';
import { attachCredential } from './attach-credential.ts';
import { CERTIFICATE_LABELS } from './certificate-labels.ts';
import { documentDate } from './document-date.ts';
import type { CertificateDocumentInput } from './document-inputs.ts';
import { setDocumentMetadata } from './document-metadata.ts';
import { drawBorder } from './draw-border.ts';
import { drawQrCode } from './draw-qr-code.ts';
import { hexColour } from './hex-colour.ts';
import { CERTIFICATE_LAYOUTS } from './layouts/certificate-layouts.ts';
import { embedPtSans } from './pdf-fonts.ts';
import { printableLine } from './printable-text.ts';
import { quoted } from './quoted.ts';
import { blocksHeight, drawBlocks, fittedBlock, type TextBlock } from './text-blocks.ts';

const [A4_SHORT, A4_LONG] = PageSizes.A4;
const INK = rgb(0.11, 0.12, 0.14);
const MUTED = rgb(0.4, 0.42, 0.45);
/** Text keeps this far inside the border's innermost rule (less at the foot, where the QR code's white margin is). */
const PADDING = 36;
const FOOT_PADDING = 24;
const QR_SIZE = 96;
/** The QR code's own white margin (4 of its 53 or so modules): it may reach into the padding. */
const QR_OVERHANG = 8;

/** How many lines the holder's name, what they achieved (in each language) and their status may take. */
interface BodyLineLimits {
  readonly name: number;
  readonly achieved: number;
  readonly status: number;
}

/**
 * Loosest first. Real names and programme titles take the first; text that long only comes from
 * someone trying, and the last always fits: every block one line, at sizes that leave room to spare.
 */
const BODY_LINE_LIMITS: readonly BodyLineLimits[] = [
  { name: 3, achieved: 3, status: 2 },
  { name: 3, achieved: 2, status: 1 },
  { name: 2, achieved: 2, status: 1 },
  { name: 2, achieved: 1, status: 1 },
  { name: 1, achieved: 1, status: 1 },
];

const fittingBody = (body: (limits: BodyLineLimits) => TextBlock[], room: number): TextBlock[] => {
  let blocks: TextBlock[] = [];
  for (const limits of BODY_LINE_LIMITS) {
    blocks = body(limits);
    if (blocksHeight(blocks) <= room) break;
  }
  return blocks;
};

/**
 * A certificate: one A4 landscape page in the programme's established form (layouts/), the holder's
 * language first and the other under it in smaller grey type; the number, the date, the
 * verification URL printed and drawn as a QR code in the lower right corner; the signed credential
 * embedded as credential.jwt. Every string is made printable first (printable-text.ts) and fitted
 * to its box (fit-text.ts), so no name or programme title breaks the page.
 */
export const renderCertificatePdf = async (input: CertificateDocumentInput): Promise<Uint8Array> => {
  const layout = CERTIFICATE_LAYOUTS[input.layout];
  const document = await PDFDocument.create();
  const fonts = await embedPtSans(document);
  const page = document.addPage([A4_LONG, A4_SHORT]);
  const first = input.language;
  const second = first === 'ru' ? 'en' : 'ru';
  const printable = (text: string): string => printableLine(text, fonts.covers);
  const accent = hexColour(layout.accent);
  const frame = drawBorder(page, layout);
  const left = frame.left + PADDING;
  const right = frame.right - PADDING;
  const centre = (left + right) / 2;
  const width = right - left;

  /** A fact in both languages: the holder's in `firstSize`, the other smaller and grey under it. */
  const bilingual = (text: LocalisedText, firstSize: number, maxLines: number, gapBefore: number, bold = false): TextBlock[] => [
    fittedBlock(
      printable(text[first]),
      { maxWidth: width, size: firstSize, minSize: firstSize, maxLines },
      { font: bold ? fonts.bold : fonts.regular, colour: bold ? accent : INK, gapBefore },
    ),
    fittedBlock(
      printable(text[second]),
      { maxWidth: width, size: firstSize * 0.78, minSize: firstSize * 0.78, maxLines },
      { font: fonts.regular, colour: MUTED, gapBefore: 2 },
    ),
  ];

  drawBlocks(page, bilingual(input.issuerName, 12, 1, 0, true), { x: centre, align: 'centre', top: frame.top - PADDING + 8 });

  const achieved = (language: 'ru' | 'en'): string =>
    `${layout.achieved[language]} ${quoted(input.programmeName[language], language)} (${input.seasonTitle[language]})`;
  const status = (language: 'ru' | 'en'): string =>
    input.track === undefined
      ? input.achievement[language]
      : `${input.achievement[language]} · ${CERTIFICATE_LABELS.track[language]}: ${input.track[language]}`;
  const body = (limits: BodyLineLimits): TextBlock[] => [
    fittedBlock(
      layout.title[first],
      { maxWidth: width, size: 44, minSize: 44, maxLines: 1 },
      { font: fonts.bold, colour: accent, gapBefore: 0, tracking: 0.12 },
    ),
    fittedBlock(
      layout.title[second],
      { maxWidth: width, size: 13, minSize: 13, maxLines: 1 },
      { font: fonts.regular, colour: MUTED, gapBefore: 0, tracking: 0.3 },
    ),
    ...bilingual(layout.lead, 14, 1, 20),
    fittedBlock(
      printable(input.holderName),
      { maxWidth: width, size: 34, minSize: 18, maxLines: limits.name },
      { font: fonts.bold, colour: INK, gapBefore: 12 },
    ),
    ...bilingual({ ru: achieved('ru'), en: achieved('en') }, 13, limits.achieved, 12),
    ...bilingual({ ru: status('ru'), en: status('en') }, 16, limits.status, 12, true),
  ];

  // The footer, on the left of the QR code and ending on the foot margin: the number, the date, how to verify, the URL.
  const qrLeft = right - QR_SIZE + QR_OVERHANG;
  const footerWidth = qrLeft - left - 16;
  const footerBox = (size: number, maxLines = 1) => ({ maxWidth: footerWidth, size, minSize: Math.min(size, 6.5), maxLines });
  const issued = (language: 'ru' | 'en'): string => `${CERTIFICATE_LABELS.issued[language]}: ${documentDate(input.issuedAt, language)}`;
  const footer: TextBlock[] = [
    fittedBlock(printable(`${CERTIFICATE_LABELS.number[first]} ${input.number}`), footerBox(12), {
      font: fonts.bold,
      colour: INK,
      gapBefore: 0,
    }),
    fittedBlock(issued(first), footerBox(10), { font: fonts.regular, colour: INK, gapBefore: 4 }),
    fittedBlock(issued(second), footerBox(8.5), { font: fonts.regular, colour: MUTED, gapBefore: 0 }),
    fittedBlock(CERTIFICATE_LABELS.verify[first], footerBox(8.5), { font: fonts.regular, colour: INK, gapBefore: 8 }),
    fittedBlock(CERTIFICATE_LABELS.verify[second], footerBox(7.5), { font: fonts.regular, colour: MUTED, gapBefore: 0 }),
    fittedBlock(printable(input.verificationUrl), footerBox(8.5, 2), { font: fonts.regular, colour: accent, gapBefore: 1 }),
  ];
  const footerBottom = frame.bottom + FOOT_PADDING;
  const footerTop = footerBottom + blocksHeight(footer);
  drawBlocks(page, footer, { x: left, align: 'left', top: footerTop });
  drawQrCode(page, input.verificationUrl, { x: qrLeft, y: footerBottom - QR_OVERHANG, size: QR_SIZE, colour: INK });

  // The body is centred in the space between the issuer's name and the footer, with as many lines as fit there.
  const bodyTop = frame.top - PADDING - 36;
  const bodyBottom = Math.max(footerTop, footerBottom + QR_SIZE - QR_OVERHANG) + 12;
  const blocks = fittingBody(body, bodyTop - bodyBottom);
  const centred = bodyBottom + (bodyTop - bodyBottom + blocksHeight(blocks)) / 2;
  drawBlocks(page, blocks, { x: centre, align: 'centre', top: Math.min(bodyTop, centred) });

  const issuedAt = new Date(input.issuedAt);
  setDocumentMetadata(document, {
    title: printable(`${CERTIFICATE_LABELS.document[first]} ${CERTIFICATE_LABELS.number[first]} ${input.number} — ${input.holderName}`),
    author: printable(input.issuerName[first]),
    subject: printable(`${input.programmeName[first]} — ${input.seasonTitle[first]}`),
    language: first,
    date: issuedAt,
  });
  await attachCredential(document, input.credentialJwt, issuedAt);
  return document.save();
};
