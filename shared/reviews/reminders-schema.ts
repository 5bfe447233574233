import * as z from 'zod';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';

/** At most this many review reminders reach one expert in one season, however often staff send them. */
export const MAX_REVIEW_REMINDERS_PER_SEASON = 5;

export const reviewRemindersInputSchema = z.strictObject({ rubricId: localIdSchema });

const count = z.int().min(0).max(100_000);

export const reviewRemindersReportSchema = z.strictObject({
  queued: count.describe('Experts with unfinished reviews on the rubric whose reminder is now in the mail queue.'),
  alreadyQueued: count.describe('Reminded already today: nothing new.'),
  capReached: count.describe(`Reminded ${MAX_REVIEW_REMINDERS_PER_SEASON} times this season already.`),
  withoutAddress: count.describe('No address known (they have not saved their profile since signing in with one).'),
});
export type ReviewRemindersReport = z.infer<typeof reviewRemindersReportSchema>;
