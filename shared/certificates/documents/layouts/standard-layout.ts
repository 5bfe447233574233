import type { CertificateLayout } from './certificate-layout.ts';

/** A programme with no established form of its own. */
export const STANDARD_LAYOUT: CertificateLayout = {
  title: { ru: 'СЕРТИФИКАТ', en: 'CERTIFICATE' },
  accent: '#2b3a4a',
  secondAccent: '#8c7a5b',
  lead: { ru: 'Настоящим подтверждается, что', en: 'This is to certify that' },
  achieved: { ru: 'принял(а) участие в программе', en: 'has taken part in the programme' },
  border: 'single-rule',
};
