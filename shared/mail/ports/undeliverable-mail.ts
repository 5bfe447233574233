import * as z from 'zod';
import type { Page, PageRequest } from '../../platform/paging/page.ts';

/**
 * A mail the drainer gave up on, as staff see it: who it was for and why, never its body. `ref`
 * names it in URLs (the mail id itself holds `#`).
 */
export const undeliverableMailSchema = z.strictObject({
  ref: z.string().describe('Pass to POST /seasons/{seasonId}/undeliverable-mail/{mailRef}/retry.'),
  mailId: z.string(),
  to: z.array(z.string()),
  attempts: z.number().int().nonnegative(),
  failedAt: z.string(),
  reason: z.string().describe('The mail service’s answer, e.g. `SES refused the mail: MessageRejected`.'),
});
export type UndeliverableMail = z.infer<typeof undeliverableMailSchema>;

export interface UndeliverableMailStore {
  listForSeason(seasonId: string, page: PageRequest): Promise<Page<UndeliverableMail>>;
  /** Queues a failed mail of the season again, due at `at`, its attempts counted afresh. */
  requeue(seasonId: string, mailId: string, at: Date): Promise<'requeued' | 'not-found' | 'not-failed'>;
}
