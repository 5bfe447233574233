import * as z from 'zod';
import { localIdSchema, seasonIdSchema, subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { expertIdSchema, MAX_SEASON_CAPACITY } from './expert-profile-schema.ts';

export const poolMemberInputSchema = z.strictObject({
  capacity: z
    .int()
    .min(1)
    .max(MAX_SEASON_CAPACITY)
    .describe('Reviews this expert may hold in the season, across rubrics; at most the expert’s own `capacityPerSeason`.'),
});
export type PoolMemberInput = z.infer<typeof poolMemberInputSchema>;

/**
 * An expert in a season's pool: what staff set (capacity), what assignments used (load) and how
 * far the expert got (submitted). Competences are the profile's that the programme knows.
 */
export const poolMemberSchema = z.strictObject({
  seasonId: seasonIdSchema,
  expertId: expertIdSchema,
  displayName: z.string().max(200),
  competences: z.array(localIdSchema).max(20),
  languages: z.array(z.enum(['ru', 'en'])).max(2),
  capacity: z.int().min(1).max(MAX_SEASON_CAPACITY),
  load: z.int().min(0).max(MAX_SEASON_CAPACITY).describe('Reviews assigned, submitted ones included.'),
  submitted: z.int().min(0).max(MAX_SEASON_CAPACITY),
  /** The same two counts per rubric (absent: none yet). */
  assignedByRubric: z.record(localIdSchema, z.int().min(0).max(MAX_SEASON_CAPACITY)).default({}),
  submittedByRubric: z.record(localIdSchema, z.int().min(0).max(MAX_SEASON_CAPACITY)).default({}),
  addedBy: subjectIdSchema.describe('The staff member who first placed the expert.'),
  addedAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type PoolMember = z.infer<typeof poolMemberSchema>;
