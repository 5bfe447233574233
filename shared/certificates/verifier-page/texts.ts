import type { CredentialFacts, InvalidReason, UnverifiableReason } from './verdict.ts';

export type Language = 'ru' | 'en';

/** The page's fixed text, set on the elements that name a key in `data-text`. */
export interface StaticTexts {
  readonly title: string;
  readonly intro: string;
  readonly languages: string;
  readonly resultHeading: string;
  readonly pasteHeading: string;
  readonly pasteLabel: string;
  readonly pasteHint: string;
  readonly pasteButton: string;
  readonly footer: string;
}

export interface PageTexts {
  readonly locale: string;
  readonly static: StaticTexts;
  readonly idle: string;
  readonly checking: string;
  readonly valid: { readonly title: string; readonly explanation: string };
  readonly revoked: { readonly title: (date: string | undefined) => string; readonly explanation: string };
  readonly notInForce: { readonly title: string; readonly from: (date: string) => string; readonly until: (date: string) => string };
  readonly invalid: { readonly title: string; readonly reasons: Readonly<Record<InvalidReason, string>> };
  readonly notFound: { readonly title: string; readonly explanation: string };
  readonly unverifiable: { readonly title: string; readonly reasons: Readonly<Record<UnverifiableReason, string>> };
  readonly labels: Readonly<Record<keyof CredentialFacts | 'claimedIssuer', string>>;
}

const ru: PageTexts = {
  locale: 'ru-RU',
  static: {
    title: 'Проверка сертификата',
    intro:
      'Страница проверяет подпись выдавшей организации и не отозван ли сертификат. Проверка идёт в вашем браузере по ключам и спискам, опубликованным на этом сайте.',
    languages: 'Язык страницы',
    resultHeading: 'Результат проверки',
    pasteHeading: 'Проверить файл из PDF',
    pasteLabel: 'Содержимое файла credential.jwt',
    pasteHint:
      'PDF-сертификат содержит вложенный файл credential.jwt. Сохраните вложение (панель «Вложения» программы просмотра PDF), откройте его в текстовом редакторе и вставьте текст сюда.',
    pasteButton: 'Проверить',
    footer: 'Проверка не обращается к серверам платформы: подпись и статус проверяются по открытым файлам этого сайта.',
  },
  idle: 'Откройте ссылку или QR-код с сертификата либо вставьте файл credential.jwt ниже.',
  checking: 'Проверяем…',
  valid: { title: 'Действителен', explanation: 'Подпись выдавшей организации верна, сертификат не отозван.' },
  revoked: {
    title: (date) => (date === undefined ? 'Отозван' : `Отозван ${date}`),
    explanation: 'Подпись верна, но выдавшая организация отозвала этот сертификат.',
  },
  notInForce: {
    title: 'Не действует',
    from: (date) => `Подпись верна, но сертификат действует только с ${date}.`,
    until: (date) => `Подпись верна, но срок действия сертификата истёк ${date}.`,
  },
  invalid: {
    title: 'Подпись неверна',
    reasons: {
      malformed: 'Это не подписанный сертификат, или его данные повреждены.',
      signature: 'Данные сертификата изменены после подписи, или его подписала не выдавшая организация.',
      'unknown-key': 'Сертификат подписан ключом, которого выдавшая организация не публиковала.',
    },
  },
  notFound: {
    title: 'Не найден',
    explanation: 'На этом сайте нет сертификата по этой ссылке. Проверьте, что ссылка скопирована полностью.',
  },
  unverifiable: {
    title: 'Не удалось проверить',
    reasons: {
      network: 'Сайт проверки не ответил. Повторите попытку позже.',
      'other-issuer': 'Сертификат выдан не этим сайтом; эта страница проверяет только свои сертификаты.',
      'did-document': 'На сайте нет действующего описания ключей выдавшей организации (did.json).',
      'no-status': 'В сертификате нет записи о статусе, поэтому нельзя проверить, не отозван ли он.',
      'status-list': 'Подпись верна, но список отозванных сертификатов недоступен или повреждён.',
      browser: 'Браузер не поддерживает нужные средства проверки, или страница открыта не по защищённому соединению (https).',
    },
  },
  labels: {
    holder: 'Владелец',
    title: 'Сертификат',
    achievement: 'Достижение',
    description: 'Описание',
    issuerName: 'Выдан',
    issuedAt: 'Дата выдачи',
    number: 'Номер',
    claimedIssuer: 'Указанный издатель',
  },
};

const en: PageTexts = {
  locale: 'en-GB',
  static: {
    title: 'Certificate verification',
    intro:
      'This page checks the issuer’s signature and whether the certificate has been revoked. The check runs in your browser against the keys and lists published on this site.',
    languages: 'Page language',
    resultHeading: 'Result',
    pasteHeading: 'Check the file from the PDF',
    pasteLabel: 'Contents of the credential.jwt file',
    pasteHint:
      'The PDF certificate carries an attached file, credential.jwt. Save the attachment (the “Attachments” panel of a PDF viewer), open it in a text editor and paste its text here.',
    pasteButton: 'Check',
    footer: 'The check makes no call to the platform’s servers: the signature and status are checked against this site’s public files.',
  },
  idle: 'Open the link or QR code on a certificate, or paste a credential.jwt file below.',
  checking: 'Checking…',
  valid: { title: 'Valid', explanation: 'The issuer’s signature is correct and the certificate has not been revoked.' },
  revoked: {
    title: (date) => (date === undefined ? 'Revoked' : `Revoked on ${date}`),
    explanation: 'The signature is correct, but the issuer has revoked this certificate.',
  },
  notInForce: {
    title: 'Not in force',
    from: (date) => `The signature is correct, but the certificate is valid only from ${date}.`,
    until: (date) => `The signature is correct, but the certificate expired on ${date}.`,
  },
  invalid: {
    title: 'Signature invalid',
    reasons: {
      malformed: 'This is not a signed certificate, or its data is damaged.',
      signature: 'The certificate’s data was changed after signing, or it was not signed by the issuer.',
      'unknown-key': 'The certificate is signed with a key the issuer has not published.',
    },
  },
  notFound: { title: 'Not found', explanation: 'This site has no certificate at this link. Check that the link was copied in full.' },
  unverifiable: {
    title: 'Could not check',
    reasons: {
      network: 'The verification site did not answer. Please try again later.',
      'other-issuer': 'The certificate was not issued by this site; this page checks only its own certificates.',
      'did-document': 'The site has no valid description of the issuer’s keys (did.json).',
      'no-status': 'The certificate has no status entry, so whether it was revoked cannot be checked.',
      'status-list': 'The signature is correct, but the list of revoked certificates is unavailable or damaged.',
      browser: 'This browser lacks the means to check, or the page was not opened over a secure connection (https).',
    },
  },
  labels: {
    holder: 'Holder',
    title: 'Certificate',
    achievement: 'Achievement',
    description: 'Description',
    issuerName: 'Issued by',
    issuedAt: 'Issued on',
    number: 'Number',
    claimedIssuer: 'Stated issuer',
  },
};

export const TEXTS: Readonly<Record<Language, PageTexts>> = { ru, en };

/** A date as people read it, in Moscow time as the certificate prints it, never broken across lines; as written if it is no date. */
export const formatDate = (iso: string, texts: PageTexts): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(texts.locale, { dateStyle: 'long', timeZone: 'Europe/Moscow' }).format(date).replaceAll(' ', '\u00a0');
};
