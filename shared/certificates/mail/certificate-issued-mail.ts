import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { Certificate } from '../certificate-schema.ts';

const TEXTS = {
  ru: {
    subject: (programme: string) => `${programme}: ваш сертификат выдан`,
    body: (achievement: string, number: string) => `Вам выдан сертификат «${achievement}» № ${number}.`,
    download:
      'Скачать его в PDF, получить электронный сертификат (Open Badges 3.0) для кошелька и добавить его в профиль LinkedIn: GET /me/certificates.',
    verify: (url: string) => `Проверить подлинность сертификата может любой: ${url}`,
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string) => `${programme}: your certificate is issued`,
    body: (achievement: string, number: string) => `You have been issued the certificate “${achievement}”, No. ${number}.`,
    download:
      'Download it as a PDF, get the digital credential (Open Badges 3.0) for a wallet and add it to your LinkedIn profile: GET /me/certificates.',
    verify: (url: string) => `Anyone can check that it is genuine: ${url}`,
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** To the holder once their certificate is signed and stored: what, its number, where to get it, how anyone checks it. */
export const certificateIssuedMail = (
  certificate: Certificate & { readonly number: string },
  to: string,
  verificationUrl: string,
): OutgoingMail => {
  const language = certificate.language;
  const texts = TEXTS[language];
  const programme = certificate.programmeName[language];
  return composeMail({
    to: [to],
    subject: texts.subject(programme),
    heading: `${programme} — ${certificate.seasonTitle[language]}`,
    lines: [texts.body(certificate.achievement.name[language], certificate.number), texts.download, texts.verify(verificationUrl)],
    footer: texts.footer,
  });
};
