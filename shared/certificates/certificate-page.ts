import { escapeHtml } from '../platform/html/escape-html.ts';
import type { CertificateVerification } from './certificate-view.ts';

const TEXTS = {
  ru: {
    title: 'Проверка сертификата',
    valid: 'Сертификат действителен',
    revoked: (date: string) => `Сертификат отозван ${date}`,
    holder: 'Владелец',
    holderErased: 'Данные владельца удалены по его просьбе',
    achievement: 'Достижение',
    programme: 'Программа',
    season: 'Сезон',
    issuer: 'Выдан организацией',
    issued: 'Дата выдачи',
    number: 'Номер',
    check: 'Проверить подпись сертификата (работает, даже когда этот сервис недоступен)',
    other: 'English',
    locale: 'ru-RU',
  },
  en: {
    title: 'Certificate check',
    valid: 'The certificate is valid',
    revoked: (date: string) => `The certificate was revoked on ${date}`,
    holder: 'Holder',
    holderErased: 'The holder’s data was erased at their request',
    achievement: 'Achievement',
    programme: 'Programme',
    season: 'Season',
    issuer: 'Issued by',
    issued: 'Issued on',
    number: 'Number',
    check: 'Check the certificate’s signature (works even while this service is down)',
    other: 'Русский',
    locale: 'en-GB',
  },
} as const;

const dateIn = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }).format(new Date(iso));

/**
 * The API's public page for a certificate (its id from the QR code or a link): the verdict and what
 * the paper says, in Russian or English. Everything shown is escaped; the page runs no script and
 * loads nothing. The signed credential itself is checked by the static verifier it links to.
 */
export const certificatePage = (verification: CertificateVerification, language: 'ru' | 'en'): string => {
  const texts = TEXTS[language];
  const other = language === 'ru' ? 'en' : 'ru';
  const verdict =
    verification.status === 'valid' ? texts.valid : texts.revoked(dateIn(verification.revokedAt ?? verification.issuedAt, texts.locale));
  const rows: readonly (readonly [string, string])[] = [
    [texts.holder, verification.holderErased === true ? texts.holderErased : verification.holderName],
    [texts.achievement, verification.achievement[language]],
    [texts.programme, verification.programmeName[language]],
    [texts.season, verification.seasonTitle[language]],
    [texts.issuer, verification.issuerName[language]],
    [texts.issued, dateIn(verification.issuedAt, texts.locale)],
    [texts.number, verification.number],
  ];
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(texts.title)}</title>
<link rel="icon" href="data:,">
<style>
body{font-family:system-ui,sans-serif;margin:0;padding:1.5rem;max-width:40rem;color:#1b1f24}
.verdict{padding:1rem;border-radius:.5rem;font-size:1.25rem;font-weight:600}
.valid{background:#e6f4ea;color:#14532d}.revoked{background:#fde8e8;color:#7f1d1d}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1rem}dt{color:#57606a}dd{margin:0;overflow-wrap:anywhere}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(texts.title)}</h1>
<p class="verdict ${verification.status}" role="status" data-state="${verification.status}">${escapeHtml(verdict)}</p>
<dl>
${rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('\n')}
</dl>
<p><a href="${escapeHtml(`${verification.verificationUrl}&lang=${language}`)}">${escapeHtml(texts.check)}</a></p>
<p><a href="?lang=${other}" hreflang="${other}">${escapeHtml(texts.other)}</a></p>
</main>
</body>
</html>
`;
};
