import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';

/**
 * A PDF read by poppler (Debian's poppler-utils, installed locally and in CI), the reader that
 * has nothing to do with how it was written: its text, pages, embedded files and pixels.
 */
const run = promisify(execFile);

export interface ToolOutput {
  readonly stdout: string;
  readonly stderr: string;
}

const withPdfFile = async <T>(bytes: Uint8Array, use: (file: string, folder: string) => Promise<T>): Promise<T> => {
  const folder = await mkdtemp(join(tmpdir(), 'cadre-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    await writeFile(file, bytes);
    return await use(file, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};

/** The text pdftotext reads, in its reading order, with what it complained of on stderr (nothing, for a sound file). */
export const pdfText = (bytes: Uint8Array): Promise<ToolOutput> =>
  withPdfFile(bytes, (file) => run('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }));

/** pdfinfo's fields ('Pages', 'Title', 'Author', ...). */
export const pdfInfo = async (bytes: Uint8Array): Promise<Readonly<Record<string, string>>> => {
  const { stdout } = await withPdfFile(bytes, (file) => run('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' }));
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1] ?? '', match[2] ?? '']),
  );
};

const listEmbeddedFiles = async (file: string): Promise<string[]> => {
  const { stdout } = await run('pdfdetach', ['-enc', 'UTF-8', '-list', file], { encoding: 'utf8' });
  return stdout
    .split('\n')
    .map((line) => /^\d+: (.*)$/.exec(line)?.[1])
    .filter((name) => name !== undefined);
};

/** The names pdfdetach lists among the embedded files. */
export const embeddedFileNames = (bytes: Uint8Array): Promise<string[]> => withPdfFile(bytes, listEmbeddedFiles);

/**
 * The bytes of one embedded file, as pdfdetach saves them. Saved by its number in the list:
 * poppler 22 refuses `-savefile` for a name stored as UTF-16, as pdf-lib stores every name.
 */
export const embeddedFile = (bytes: Uint8Array, name: string): Promise<Uint8Array> =>
  withPdfFile(bytes, async (file, folder) => {
    const number = (await listEmbeddedFiles(file)).indexOf(name) + 1;
    if (number === 0) throw new Error(`No embedded file named ${name}`);
    const saved = join(folder, 'saved');
    await run('pdfdetach', ['-save', String(number), '-o', saved, file]);
    return new Uint8Array(await readFile(saved));
  });

/** A page rendered by pdftoppm at `dpi`, decoded. */
export const pagePng = (bytes: Uint8Array, page = 1, dpi = 150): Promise<PNG> =>
  withPdfFile(bytes, async (file, folder) => {
    const prefix = join(folder, 'page');
    await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
    return PNG.sync.read(await readFile(`${prefix}.png`));
  });

/** What a QR code on the image says, read by jsQR; undefined when it finds none. */
export const qrText = (png: PNG): string | undefined =>
  // jsqr is CommonJS: its function is the module's `default` export, under Node and vitest alike.
  jsqr.default(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;

export interface WordBox {
  readonly word: string;
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PageWords {
  readonly width: number;
  readonly height: number;
  readonly words: readonly WordBox[];
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Every word pdftotext finds, with its box (points from the page's top-left corner), page by page. */
export const pdfWords = async (bytes: Uint8Array): Promise<PageWords[]> => {
  const { stdout } = await withPdfFile(bytes, (file) =>
    run('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }),
  );
  return stdout
    .split('<page ')
    .slice(1)
    .map((page, index) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        ([, xMin, yMin, xMax, yMax, word]) => ({
          word: (word ?? '').replace(/&\w+;/g, (entity) => ENTITIES[entity] ?? entity),
          page: index + 1,
          xMin: Number(xMin),
          yMin: Number(yMin),
          xMax: Number(xMax),
          yMax: Number(yMax),
        }),
      );
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
};

/**
 * Pairs of words drawn over each other on a page. A word's box runs from the font's ascent to its
 * descent, a little taller than the line it sits on, so boxes are trimmed by a twentieth of their
 * height at top and bottom first: lines set solid touch, text drawn over text does not escape.
 */
export const overlappingWords = (page: PageWords): [WordBox, WordBox][] => {
  const trimmed = page.words.map((box) => {
    const trim = (box.yMax - box.yMin) / 20;
    return { box, top: box.yMin + trim, bottom: box.yMax - trim };
  });
  const overlaps: [WordBox, WordBox][] = [];
  trimmed.forEach((one, index) => {
    for (const other of trimmed.slice(index + 1)) {
      const across = one.box.xMin < other.box.xMax && other.box.xMin < one.box.xMax;
      const down = one.top < other.bottom && other.top < one.bottom;
      if (across && down) overlaps.push([one.box, other.box]);
    }
  });
  return overlaps;
};

/** Words that reach outside their page. */
export const wordsOffPage = (page: PageWords): WordBox[] =>
  page.words.filter((box) => box.xMin < 0 || box.yMin < 0 || box.xMax > page.width || box.yMax > page.height);
