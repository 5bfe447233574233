import * as z from 'zod';
import { ageRangeSchema } from './age-range.ts';

/**
 * Who may apply. Age is taken at the season's reference date; participant roles may narrow it
 * further (pupils 14–17, tutors 18–21). Below `guardianConsentBelowAge` a guardian's consent is
 * required before submission (152-FZ: a minor's data needs a parent's consent).
 */
export const eligibilitySchema = z.strictObject({
  ageRange: ageRangeSchema.optional(),
  /** ISO 3166-1 alpha-2 codes, e.g. ['RU']. */
  citizenship: z
    .array(
      z
        .string()
        .regex(/^[A-Z]{2}$/, { message: 'Use ISO 3166-1 alpha-2 codes such as RU' })
        .meta({ maxLength: 2 }),
    )
    .min(1)
    .max(250),
  guardianConsentBelowAge: z.int().min(0).max(21),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;
