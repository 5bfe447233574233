import type { CertificateLayout } from './certificate-layout.ts';

/** Объединение наставников: at the summing up, the mentee's certificate of the established form. */
export const OBEDINENIE_NASTAVNIKOV_LAYOUT: CertificateLayout = {
  title: { ru: 'СЕРТИФИКАТ', en: 'CERTIFICATE' },
  accent: '#2f5d3a',
  secondAccent: '#b08d3c',
  lead: { ru: 'Сертификат удостоверяет, что', en: 'This certifies that' },
  achieved: {
    ru: 'успешно завершил(а) работу над своим проектом вместе с наставником в программе',
    en: 'has successfully completed work on their project with a mentor in the programme',
  },
  border: 'side-band',
};
