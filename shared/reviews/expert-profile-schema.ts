import * as z from 'zod';
import { LANGUAGES } from '../applicants/domain/profile/profile-schema.ts';
import { regionCodeSchema } from '../applicants/domain/profile/region-code-schema.ts';
import { localIdSchema, subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/** An expert is named by their `sub`. */
export const expertIdSchema = subjectIdSchema;

/**
 * A conflict the expert declares: a person they know (by full name, as the applicant's profile
 * writes it), an organisation they are tied to, or a region they must not judge.
 */
export const declaredConflictSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), name: freeText({ max: 300 }) }),
  z.strictObject({ kind: z.literal('organisation'), name: freeText({ max: 300 }) }),
  z.strictObject({ kind: z.literal('region'), region: regionCodeSchema }),
]);

/** The most reviews any expert takes in one season: a rubric takes 20–40 minutes to fill in. */
export const MAX_SEASON_CAPACITY = 500;

/** What an expert tells about themselves; staff choose from it when they build a season's pool. */
export const expertProfileContentSchema = z.strictObject({
  displayName: freeText({ max: 200 }).describe('How staff see the expert: the name, or the name and a title.'),
  competences: z
    .array(localIdSchema)
    .max(20)
    .describe('Ids from the programmes’ `expertCompetences` lists; a pool keeps those its programme knows.'),
  languages: z.array(z.enum(LANGUAGES)).min(1).max(LANGUAGES.length).describe('Languages the expert reviews in.'),
  region: regionCodeSchema.optional(),
  organisation: freeText({ max: 300 }).optional().describe('Where the expert works now.'),
  university: freeText({ max: 300 }).optional().describe('Where the expert teaches or studied last.'),
  capacityPerSeason: z.int().min(0).max(MAX_SEASON_CAPACITY).describe('The most reviews the expert takes in one season.'),
  available: z.boolean().describe('False while the expert takes no new assignments (holidays, workload).'),
  declaredConflicts: z.array(declaredConflictSchema).max(50),
});
export type ExpertProfileContent = z.infer<typeof expertProfileContentSchema>;

export const saveExpertProfileInputSchema = z.strictObject({
  ...expertProfileContentSchema.shape,
  version: z.int().min(0).optional().describe('The version you read; omit it or send 0 to create the profile.'),
});
export type SaveExpertProfileInput = z.infer<typeof saveExpertProfileInputSchema>;

export const expertProfileSchema = z.strictObject({
  ...expertProfileContentSchema.shape,
  expertId: expertIdSchema,
  /** From the expert's sign-in (the token's `email`), never from the body: where reminders go. */
  email: z.email().max(254).optional(),
  version: z.int().min(1),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type ExpertProfile = z.infer<typeof expertProfileSchema>;
