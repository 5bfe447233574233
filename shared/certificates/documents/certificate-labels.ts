/** The words every certificate prints around its facts, whatever the programme's form. */
export const CERTIFICATE_LABELS = {
  document: { ru: 'Сертификат', en: 'Certificate' },
  track: { ru: 'Трек', en: 'Track' },
  issued: { ru: 'Дата выдачи', en: 'Date of issue' },
  number: { ru: '№', en: 'No.' },
  verify: {
    ru: 'Подлинность сертификата можно проверить по QR-коду или по адресу:',
    en: 'To verify this certificate, scan the QR code or open:',
  },
} as const;
