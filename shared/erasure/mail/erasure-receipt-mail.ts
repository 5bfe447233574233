import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';

const TEXTS = {
  ru: {
    subject: 'cadre: ваши персональные данные удалены',
    heading: 'Удаление персональных данных',
    done: 'По вашему запросу мы удалили все ваши персональные данные: профиль, согласия, заявки с их историей и ответами, документы, прогресс обучения, записи на собеседования, стажировки, наставничество и письма. Ваша учётная запись закрыта.',
    kept: 'Сохранены только записи, которые мы обязаны хранить, — без ваших данных: номера выданных сертификатов в реестре (проверка сертификата покажет, что данные владельца удалены), журнал передачи данных партнёрам (кто, когда и какие поля получил) и запись об удалении.',
    id: (id: string) => `Номер запроса: ${id}`,
    footer: 'Это автоматическое письмо cadre; после него мы больше не храним ваш адрес.',
  },
  en: {
    subject: 'cadre: your personal data has been erased',
    heading: 'Erasure of personal data',
    done: 'As you asked, we have erased all your personal data: your profile, consents, applications with their history and answers, documents, learning progress, interview bookings, internships, mentoring and mails. Your account is closed.',
    kept: 'We keep only the records the law requires, without your data: the numbers of certificates issued, in the register (checking a certificate shows its holder was erased), the log of data disclosed to partners (who received which fields when) and the record of this erasure.',
    id: (id: string) => `Request number: ${id}`,
    footer: 'This is an automatic cadre mail; after it we no longer keep your address.',
  },
} as const;

export const erasureReceiptMailId = (requestId: string): string => `erasure-receipt#${requestId}`;

/** The receipt of a completed erasure, in the person's language: what went, what stays and why. */
export const erasureReceiptMail = (to: string, requestId: string, language: 'ru' | 'en'): OutgoingMail => {
  const texts = TEXTS[language];
  return composeMail({
    to: [to],
    subject: texts.subject,
    heading: texts.heading,
    lines: [texts.done, texts.kept, texts.id(requestId)],
    footer: texts.footer,
  });
};
