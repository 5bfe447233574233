import * as z from 'zod';

/**
 * Free text a client types (names, file names, answers, reasons, descriptions) is checked in this
 * one place, the same way everywhere. Refused, never silently stripped, so what is stored is
 * exactly what the client sees it sent:
 *
 * - a lone UTF-16 surrogate (half of an emoji cut off, or a forged `\ud800`): it is not text, no
 *   encoder (UTF-8, `encodeURIComponent`, a mail) can carry it;
 * - C0 controls (NUL and the rest), DEL and C1 controls; long text (`multiline`) keeps line feed,
 *   carriage return and tab;
 * - the line and paragraph separators U+2028/U+2029 in one-line text;
 * - Unicode bidirectional controls: embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069
 *   and the invisible marks U+200E, U+200F and U+061C. They reorder what a reader sees
 *   (`cv‮fdp.exe` reads as `cvexe.pdf`) and cadre's languages never need them.
 *
 * Accepted text is NFC-normalised (a letter and its combining accent become the one precomposed
 * character), so two spellings of one name compare and count alike.
 */
export const INVALID_CHARACTERS = 'invalid-characters';

const LONE_SURROGATE = /\p{Cs}/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters.
const ONE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters.
const MULTILINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

/** Whether `text` holds a character free text refuses (see above). */
export const hasInvalidCharacters = (text: string, options: { readonly multiline?: boolean } = {}): boolean =>
  LONE_SURROGATE.test(text) || (options.multiline === true ? MULTILINE_FORBIDDEN : ONE_LINE_FORBIDDEN).test(text);

/**
 * `text` with every character free text refuses replaced by U+FFFD, for text stored before the
 * check existed: it reads (and encodes) without failing, and the reader sees where something was.
 */
export const replaceInvalidCharacters = (text: string, options: { readonly multiline?: boolean } = {}): string =>
  text.toWellFormed().replace(new RegExp((options.multiline === true ? MULTILINE_FORBIDDEN : ONE_LINE_FORBIDDEN).source, 'g'), '\ufffd');

const invalidCharacters = (multiline: boolean) => {
  const ru = multiline
    ? 'Текст содержит недопустимые символы: управляющие символы (кроме перевода строки и табуляции), символы управления направлением текста или повреждённые символы'
    : 'Текст содержит недопустимые символы: управляющие символы, переводы строки, символы управления направлением текста или повреждённые символы';
  const en = multiline
    ? 'The text holds characters that are not allowed: control characters (other than line breaks and tabs), bidirectional controls or broken (lone surrogate) characters'
    : 'The text holds characters that are not allowed: control characters, line breaks, bidirectional controls or broken (lone surrogate) characters';
  return { message: en, params: { code: INVALID_CHARACTERS, message: { ru, en }, multiline } };
};

export interface FreeTextOptions {
  /** The most characters (UTF-16 code units, as zod counts) after normalisation and trimming. */
  readonly max: number;
  /** The fewest characters after trimming; 1 unless said (0 allows an empty string). */
  readonly min?: number;
  /** Long text that may hold line breaks and tabs (descriptions, answers, reasons). */
  readonly multiline?: boolean;
  /** Trim surrounding whitespace; true unless said. */
  readonly trim?: boolean;
}

/**
 * A zod string schema for free text from a client: NFC-normalised, trimmed, within `min`–`max`,
 * and refused with the machine code `invalid-characters` (in Russian and English) when it holds a
 * character listed above. Stays a plain string schema (no transform), so `.optional()`,
 * `.describe()` and the OpenAPI document work as for `z.string()`.
 */
export const freeText = ({ max, min = 1, multiline = false, trim = true }: FreeTextOptions) => {
  // normalize('NFC') keeps lone surrogates as they are, so the refinement below still sees them.
  const normalised = z.string().normalize('NFC');
  return (trim ? normalised.trim() : normalised)
    .min(min)
    .max(max)
    .refine((text) => !hasInvalidCharacters(text, { multiline }), invalidCharacters(multiline))
    .meta({ pattern: multiline ? MULTILINE_PATTERN : ONE_LINE_PATTERN });
};

/**
 * The refused characters as a JSON Schema pattern, for the OpenAPI document: text made of anything
 * else. (Lone surrogates, refused too, have no portable pattern; the refinement above is the rule.)
 */
const patternWithout = (forbidden: RegExp): string => `^[^${forbidden.source.slice(1, -1)}]*$`;
const ONE_LINE_PATTERN = patternWithout(ONE_LINE_FORBIDDEN);
const MULTILINE_PATTERN = patternWithout(MULTILINE_FORBIDDEN);
