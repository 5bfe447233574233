import * as z from 'zod';
import { activitySchema } from './activity-schema.ts';
import { birthDateSchema } from './calendar-date.ts';
import { citizenshipSchema } from './citizenship-schema.ts';
import { contactsSchema } from './contacts-schema.ts';
import { educationSchema } from './education-schema.ts';
import { personNameSchema } from './person-name-schema.ts';
import { regionCodeSchema } from './region-code-schema.ts';
import { workExperienceSchema } from './work-experience-schema.ts';
import { isoDateTime } from '../../../platform/time/iso-date-time.ts';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * What an applicant tells about themselves, once, for every programme they apply to. Each section
 * is whole on every save (lists may be empty), so an edit never leaves a stale half behind.
 */
export const profileContentShape = {
  name: personNameSchema,
  birthDate: birthDateSchema,
  citizenship: citizenshipSchema,
  region: regionCodeSchema,
  education: z.array(educationSchema).max(20),
  workExperience: z.array(workExperienceSchema).max(30),
  activity: activitySchema,
  contacts: contactsSchema,
  preferredLanguage: z.enum(LANGUAGES).describe('The language cadre writes to the applicant in.'),
};

export const profileContentSchema = z.strictObject(profileContentShape);
export type ProfileContent = z.infer<typeof profileContentSchema>;

/** PUT /me/profile: the whole profile and the version read (omitted or 0 to create it). */
export const saveProfileInputSchema = z.strictObject({
  ...profileContentShape,
  version: z.int().min(0).optional().describe('The version you read; omit it or send 0 to create the profile.'),
});
export type SaveProfileInput = z.infer<typeof saveProfileInputSchema>;

/** A stored profile. The applicant is the token's subject: the profile has no id of its own to probe. */
export const profileSchema = z.strictObject({
  ...profileContentShape,
  applicantId: z.string().min(1).max(128),
  version: z.int().min(1),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type Profile = z.infer<typeof profileSchema>;
