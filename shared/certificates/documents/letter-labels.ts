/** The words a recommendation letter prints around the mentor's text, in the letter's language. */
export const LETTER_LABELS = {
  title: { ru: 'Рекомендательное письмо', en: 'Letter of recommendation' },
  // A label and a colon, not a sentence: a Russian sentence would have to decline the name.
  holder: { ru: 'Участник программы', en: 'Programme participant' },
  number: { ru: '№', en: 'No.' },
  page: {
    ru: (page: number, pages: number) => `Стр. ${page} из ${pages}`,
    en: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
} as const;
