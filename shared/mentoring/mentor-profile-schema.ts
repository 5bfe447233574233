import * as z from 'zod';
import { LANGUAGES } from '../applicants/domain/profile/profile-schema.ts';
import { regionCodeSchema } from '../applicants/domain/profile/region-code-schema.ts';
import { MAX_MENTEES_PER_MENTOR } from '../catalogue/domain/config/mentoring-schema.ts';
import { localIdSchema, subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/** A mentor is named by their `sub` (the workforce pool's). */
export const mentorIdSchema = subjectIdSchema;

const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;
const distinctItems = {
  message: 'Each item once',
  params: { code: 'repeated-item', message: { ru: 'Каждое значение — один раз', en: 'Each item once' } },
};

/** What a mentor tells about themselves; staff choose from it when they build a season's pool, and matching reads it. */
export const mentorProfileContentSchema = z.strictObject({
  displayName: freeText({ max: 200 }).describe('How mentees and staff see the mentor: the name, or the name and a title.'),
  spheres: z
    .array(localIdSchema)
    .min(1)
    .max(20)
    .refine(distinct, distinctItems)
    .describe('Ids from the programmes’ mentoring spheres (or expert competences); a pool keeps those its programme knows.'),
  region: regionCodeSchema.optional().describe('Where the mentor lives and works: matching prefers mentees of the same region.'),
  languages: z
    .array(z.enum(LANGUAGES))
    .min(1)
    .max(LANGUAGES.length)
    .refine(distinct, distinctItems)
    .describe('Languages the mentor works in.'),
  capacityPerSeason: z.int().min(1).max(MAX_MENTEES_PER_MENTOR).describe('The most mentees the mentor takes in one season.'),
  bio: freeText({ max: 1000, multiline: true }).optional().describe('A few lines mentees read: experience, what the mentor helps with.'),
});
export type MentorProfileContent = z.infer<typeof mentorProfileContentSchema>;

export const saveMentorProfileInputSchema = z.strictObject({
  ...mentorProfileContentSchema.shape,
  version: z.int().min(0).optional().describe('The version you read; omit it or send 0 to create the profile.'),
});
export type SaveMentorProfileInput = z.infer<typeof saveMentorProfileInputSchema>;

export const mentorProfileSchema = z.strictObject({
  ...mentorProfileContentSchema.shape,
  mentorId: mentorIdSchema,
  /** From the mentor's sign-in (the token's `email`), never from the body: where proposals and letter requests go. */
  email: z.email().max(254).optional(),
  version: z.int().min(1),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type MentorProfile = z.infer<typeof mentorProfileSchema>;
