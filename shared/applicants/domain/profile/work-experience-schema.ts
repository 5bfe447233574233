import * as z from 'zod';
import { freeText } from '../../../platform/text/free-text.ts';
import { PERIOD_INVERTED, periodEndsAfterStart, periodShape } from './calendar-date.ts';
import { whenValid } from './field-rules.ts';

export const workExperienceSchema = z
  .strictObject({
    organisation: freeText({ max: 300 }),
    role: freeText({ max: 200 }),
    publicService: z.boolean().describe('State (civil) or municipal service: what makes ПроКадры’s PRO track.'),
    ...periodShape,
  })
  .refine(periodEndsAfterStart, { ...PERIOD_INVERTED, when: whenValid('from', 'to') });
export type WorkExperience = z.infer<typeof workExperienceSchema>;
