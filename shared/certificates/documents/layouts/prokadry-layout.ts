import type { CertificateLayout } from './certificate-layout.ts';

/** ПроКадры, the Association of Youth Governments' talent project: its finalists pass selection and training. */
export const PROKADRY_LAYOUT: CertificateLayout = {
  title: { ru: 'СЕРТИФИКАТ', en: 'CERTIFICATE' },
  accent: '#1b3a73',
  secondAccent: '#c8102e',
  lead: { ru: 'Настоящим подтверждается, что', en: 'This is to certify that' },
  achieved: {
    ru: 'успешно прошёл(а) конкурсный отбор и программу подготовки кадрового проекта',
    en: 'has successfully passed the competitive selection and completed the training of the talent project',
  },
  border: 'double-rule',
};
