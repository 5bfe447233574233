/**
 * A moment as cadre's mails write it: a long date and the time, in Moscow time, which programmes'
 * calendars use whatever the reader's own zone. The caller says "(Moscow time)" in its own words.
 */
export const formatMoscowTime = (iso: string, language: 'ru' | 'en'): string =>
  new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Moscow',
  }).format(new Date(iso));
