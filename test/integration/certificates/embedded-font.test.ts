import { PageSizes, PDFDocument, type PDFFont } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedPtSans, ptSansFiles } from '../../../shared/certificates/documents/pdf-fonts.ts';
import { subsetSafeFontkit } from '../../../shared/certificates/documents/subset-safe-fontkit.ts';
import { pagePng } from '../../support/poppler.ts';

/**
 * A certificate's worth of text. Few glyphs on purpose: fontkit's subsetter went wrong only while
 * the subset was under 64 KB (the short `loca` format), which a page of the whole alphabet is not.
 */
const SAMPLE = ['Ёлкина Анастасия Вячеславовна', 'СЕРТИФИКАТ № ПК-2026-000123', 'Certificate: ProKadry, 15 December 2026'];

/** The sample in both weights on one page, with the fonts `embed` gives. */
const samplePage = async (embed: (document: PDFDocument) => Promise<{ regular: PDFFont; bold: PDFFont }>): Promise<Uint8Array> => {
  const document = await PDFDocument.create();
  const fonts = await embed(document);
  const page = document.addPage(PageSizes.A4);
  SAMPLE.forEach((line, index) => {
    page.drawText(line, { x: 40, y: 780 - index * 40, size: 16, font: fonts.regular });
    page.drawText(line, { x: 40, y: 600 - index * 40, size: 16, font: fonts.bold });
  });
  return document.save();
};

describe('PT Sans embedded as a subset', () => {
  it('draws every glyph exactly as the whole font does', async () => {
    const subset = await samplePage(embedPtSans);
    const { regular, bold } = await ptSansFiles();
    const whole = await samplePage(async (document) => {
      document.registerFontkit(subsetSafeFontkit);
      const options = { subset: false, features: { liga: false } };
      return { regular: await document.embedFont(regular, options), bold: await document.embedFont(bold, options) };
    });
    const [subsetPixels, wholePixels] = await Promise.all([pagePng(subset, 1, 100), pagePng(whole, 1, 100)]);
    expect(subset.length).toBeLessThan(whole.length / 3);
    expect(subsetPixels.data.some((value) => value < 128)).toBe(true);
    expect(Buffer.compare(subsetPixels.data, wholePixels.data)).toBe(0);
  });
});
