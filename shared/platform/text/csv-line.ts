/**
 * One CSV record (RFC 4180): cells joined by commas, ended by CRLF. A cell holding a comma, a quote,
 * CR or LF is quoted, its quotes doubled. Written here rather than taken from npm: the export needs
 * these few lines and nothing else a CSV library offers.
 *
 * Spreadsheets run a cell that begins with = + - @ (and, in some, tab or CR) as a formula, so a
 * value a person typed (a rubric's name, an id) could fetch a URL or run a command on the machine
 * of whoever opens the file. Such a cell gets a leading apostrophe, which spreadsheets show as text
 * (OWASP's advice for CSV injection); numbers the export formats itself never start with one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCell = string | number | boolean | undefined;

const text = (cell: CsvCell): string => {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
};

export const csvCell = (cell: CsvCell): string => {
  const value = text(cell);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
};

export const csvLine = (cells: readonly CsvCell[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** The UTF-8 byte order mark: without it Excel reads a CSV in the machine's ANSI code page and garbles Cyrillic. */
export const UTF8_BOM = '\uFEFF';
