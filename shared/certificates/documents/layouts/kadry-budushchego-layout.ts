import type { CertificateLayout } from './certificate-layout.ts';

/** Кадры будущего для регионов (ASI): a learning track of one's own and a team project with mentors. */
export const KADRY_BUDUSHCHEGO_LAYOUT: CertificateLayout = {
  title: { ru: 'СЕРТИФИКАТ', en: 'CERTIFICATE' },
  accent: '#006b74',
  secondAccent: '#e07b1a',
  lead: { ru: 'Настоящий сертификат подтверждает, что', en: 'This certificate confirms that' },
  achieved: {
    ru: 'освоил(а) индивидуальную образовательную траекторию и выполнил(а) командный проект в программе',
    en: 'has completed an individual learning track and a team project in the programme',
  },
  border: 'corner-marks',
};
