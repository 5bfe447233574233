import * as z from 'zod';
import { subjectIdSchema, uuidSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDate, isoDateTime } from '../platform/time/iso-date-time.ts';
import { pairIdSchema } from './mentoring-pair-schema.ts';

export const SESSION_FORMATS = ['online', 'in-person'] as const;

/** A session lasts a quarter of an hour at least and a working day at most. */
export const MIN_SESSION_MINUTES = 15;
export const MAX_SESSION_MINUTES = 480;

export const sessionInputSchema = z.strictObject({
  date: isoDate().describe('The day they met: not before the pair was agreed, not later than tomorrow (time zones).'),
  format: z.enum(SESSION_FORMATS),
  durationMinutes: z.int().min(MIN_SESSION_MINUTES).max(MAX_SESSION_MINUTES),
  notes: freeText({ max: 4000, multiline: true })
    .optional()
    .describe('What they worked on: the pair and the programme’s staff read it, nobody else; never logged.'),
});
export type SessionInput = z.infer<typeof sessionInputSchema>;

export const mentoringSessionSchema = z.strictObject({
  ...sessionInputSchema.shape,
  id: uuidSchema,
  pairId: pairIdSchema,
  loggedBy: subjectIdSchema,
  loggedAt: isoDateTime(),
});
export type MentoringSession = z.infer<typeof mentoringSessionSchema>;
