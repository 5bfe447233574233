import * as z from 'zod';
import { PERIOD_INVERTED, periodEndsAfterStart, periodShape } from './calendar-date.ts';
import { whenValid } from './field-rules.ts';

export const workExperienceSchema = z
  .strictObject({
    organisation: z.string().trim().min(1).max(300),
    role: z.string().trim().min(1).max(200),
    publicService: z.boolean().describe('State (civil) or municipal service: what makes ПроКадры’s PRO track.'),
    ...periodShape,
  })
  .refine(periodEndsAfterStart, { ...PERIOD_INVERTED, when: whenValid('from', 'to') });
export type WorkExperience = z.infer<typeof workExperienceSchema>;
