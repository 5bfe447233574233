/** The languages the platform answers in; the CLI speaks the same two. */
export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Localised {
  readonly ru: string;
  readonly en: string;
}

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** `--lang` if given, else the locale the shell runs in (LC_ALL, LC_MESSAGES, LANG as POSIX orders them): Russian for `ru*`, English otherwise. */
export const languageOf = (asked: string | undefined, env: Readonly<Record<string, string | undefined>>): Language => {
  if (asked !== undefined && isLanguage(asked)) return asked;
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '') ?? '';
  return locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
};
