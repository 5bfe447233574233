import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { subsetSafeFontkit } from './subset-safe-fontkit.ts';

/**
 * PT Sans, ParaType's public font made for Russian official documents: Latin and Cyrillic in one
 * family. Read through the module resolver from the registry package, in a Lambda from the copy its
 * build puts beside the bundle (PACKAGE_FILES in infra/bundling/lambda-bundle.ts).
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf',
  bold: '@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf',
} as const;

export interface PtSansFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  /** Whether both weights draw this code point: text is filtered through it before it is drawn. */
  readonly covers: (codePoint: number) => boolean;
}

export interface DocumentFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  readonly covers: (codePoint: number) => boolean;
}

let files: Promise<PtSansFiles> | undefined;

const readFont = async (file: string): Promise<Uint8Array> => new Uint8Array(await readFile(fileURLToPath(import.meta.resolve(file))));

/** The font files, read at the first document and kept for the container's life (about 570 KB). */
export const ptSansFiles = (): Promise<PtSansFiles> => {
  files ??= (async () => {
    const [regular, bold] = await Promise.all([readFont(FONT_FILES.regular), readFont(FONT_FILES.bold)]);
    // Parsed for the glyph check only. pdf-lib parses again for each document, and must: fontkit keeps
    // the glyphs it has met with the characters they were met for, and a subset meets glyphs
    // for no character (the Latin "a" inside a Cyrillic "а"), which a later document would then
    // draw with no text behind it for copying or search.
    const parsed = [regular, bold].map((bytes) => subsetSafeFontkit.create(bytes));
    const covers = (codePoint: number): boolean => parsed.every((font) => font.hasGlyphForCodePoint(codePoint));
    return { regular, bold, covers };
  })().catch((error: unknown) => {
    // A failed read is not cached: the next document tries again.
    files = undefined;
    throw error;
  });
  return files;
};

/**
 * Both weights embedded in `document`, subset to the glyphs drawn (subset-safe-fontkit.ts says why
 * through a fix of fontkit's subsetter). Ligatures are off: a drawn "fi" would come back from text
 * extraction (pdftotext, a screen reader, search) as one odd character.
 */
export const embedPtSans = async (document: PDFDocument): Promise<DocumentFonts> => {
  const { regular, bold, covers } = await ptSansFiles();
  document.registerFontkit(subsetSafeFontkit);
  const options = { subset: true, features: { liga: false } };
  const [regularFont, boldFont] = await Promise.all([document.embedFont(regular, options), document.embedFont(bold, options)]);
  return { regular: regularFont, bold: boldFont, covers };
};
