import * as z from 'zod';
import { ageRangeSchema } from './age-range.ts';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { descriptionSchema, nameSchema } from './localised-text.ts';

/**
 * Categories of participant where a programme recruits several kinds of people through one
 * season (Кадры будущего: pupils, tutors, mentors). An applicant picks one role; its age range
 * replaces the programme's. Capacity is the selection target (main places plus a reserve).
 */
export const participantRoleSchema = z.strictObject({
  id: localIdSchema,
  name: nameSchema,
  description: descriptionSchema.optional(),
  ageRange: ageRangeSchema.optional(),
  capacity: z
    .strictObject({
      main: z.int().min(1),
      reserve: z.int().min(0),
    })
    .optional(),
});
export type ParticipantRole = z.infer<typeof participantRoleSchema>;
