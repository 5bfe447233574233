import * as z from 'zod';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { isoDateTime } from '../../platform/time/iso-date-time.ts';

/** The mail service's answer is kept to this many characters: enough to tell a refusal from a fault. */
export const MAX_MAIL_FAILURE_REASON_LENGTH = 1000;

/**
 * A mail the drainer gave up on, as staff see it: who it was for and why, never its body. `ref`
 * names it in URLs (the mail id itself holds `#`).
 */
export const undeliverableMailSchema = z.strictObject({
  ref: z.string().max(700).describe('Pass to POST /seasons/{seasonId}/undeliverable-mail/{mailRef}/retry.'),
  mailId: z.string().max(512),
  to: z.array(z.string().max(254)).max(50),
  attempts: z.int().min(0).max(1000),
  failedAt: isoDateTime(),
  reason: z
    .string()
    .max(MAX_MAIL_FAILURE_REASON_LENGTH)
    .describe('The mail service’s answer, e.g. `SES refused the mail: MessageRejected`.'),
});
export type UndeliverableMail = z.infer<typeof undeliverableMailSchema>;

export interface UndeliverableMailStore {
  listForSeason(seasonId: string, page: PageRequest): Promise<Page<UndeliverableMail>>;
  /** Queues a failed mail of the season again, due at `at`, its attempts counted afresh. */
  requeue(seasonId: string, mailId: string, at: Date): Promise<'requeued' | 'not-found' | 'not-failed'>;
}
