import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

/** What pdf-lib's registerFontkit takes (pdf-lib does not export the type by name). */
export type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** The parts of fontkit's TrueType subset the fix below reaches into (fontkit's own names). */
interface TrueTypeSubset {
  loca?: { version?: number };
  _addGlyph?: (glyphId: number) => number;
}

interface LocaFormat {
  readonly loca?: { readonly version?: number };
}

/**
 * @pdf-lib/fontkit (pdf-lib's fork, last published 2020) subsets a TrueType font with a short `loca`
 * table whatever the font's own format: offsets are stored halved, so every glyph after one of odd
 * length is read a byte off and drawn blank or as garbage (PT Sans has some 200 such glyphs: half a
 * certificate's letters went missing). Upstream fontkit fixed it (foliojs/fontkit#191) by keeping
 * the source font's format, and this does the same: the subset's `loca` takes the font's version
 * before its first glyph is added, which its encoder then keeps. Fonts whose subset has no TrueType
 * `loca` (CFF) are left alone. test/integration/certificates/embedded-font.test.ts draws the same
 * text subset and whole and compares the pixels.
 */
export const subsetSafeFontkit: Fontkit = {
  create: (bytes, postscriptName) => {
    const font = fontkit.create(bytes, postscriptName);
    const sourceFormat = (font as unknown as LocaFormat).loca?.version;
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      const internals = subset as unknown as TrueTypeSubset;
      const addGlyph = internals._addGlyph?.bind(subset);
      if (addGlyph === undefined || sourceFormat === undefined) return subset;
      internals._addGlyph = (glyphId) => {
        if (internals.loca !== undefined) internals.loca.version = sourceFormat;
        return addGlyph(glyphId);
      };
      return subset;
    };
    return font;
  },
};
