const FORMATS = {
  ru: new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }),
} as const;

/**
 * The date a document is dated, as each language writes it ('5 марта 2026 г.', '5 March 2026'), in
 * Moscow time whatever the server's zone: a certificate issued at 01:30 in Moscow on 1 March is
 * dated 1 March, though it is still 28 February in UTC.
 */
export const documentDate = (iso: string, language: 'ru' | 'en'): string => FORMATS[language].format(new Date(iso));
