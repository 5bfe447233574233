const OPENING_QUOTES = /^["'«“„‘]/u;

/**
 * A name quoted as each language quotes one (ru «ПроКадры», en “ProKadry”), unless whoever named it
 * put quotes in it already.
 */
export const quoted = (name: string, language: 'ru' | 'en'): string => {
  if (OPENING_QUOTES.test(name)) return name;
  return language === 'ru' ? `«${name}»` : `“${name}”`;
};
