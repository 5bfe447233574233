import type { ExportNote } from '../own-data-export-schema.ts';

/**
 * Mails are queued by id and forgotten some days after sending; no index finds them by person (a
 * Scan of the whole table would), so the export says so instead of listing them. What they said is
 * what the records above say: a receipt of a submission, a booking, a placement.
 */
export const EXPORT_NOTES: readonly ExportNote[] = [
  {
    topic: 'mails',
    ru: 'Письма, отправленные вам, в выгрузку не входят: платформа хранит их по номеру письма лишь несколько дней после отправки и не ищет по адресату. Их содержание повторяет записи выше (заявки, записи на собеседования, стажировки, сертификаты).',
    en: 'Mails sent to you are not listed: cadre keeps them by mail id for a few days after sending and cannot look them up by recipient. What they said repeats the records above (applications, interview bookings, internships, certificates).',
  },
];
