import * as z from 'zod';
import { activitySchema } from '../applicants/domain/profile/activity-schema.ts';
import { birthDateSchema } from '../applicants/domain/profile/calendar-date.ts';
import { citizenshipSchema } from '../applicants/domain/profile/citizenship-schema.ts';
import { emailSchema, e164PhoneSchema } from '../applicants/domain/profile/contacts-schema.ts';
import { educationSchema } from '../applicants/domain/profile/education-schema.ts';
import { personNameSchema } from '../applicants/domain/profile/person-name-schema.ts';
import { regionCodeSchema } from '../applicants/domain/profile/region-code-schema.ts';
import { workExperienceSchema } from '../applicants/domain/profile/work-experience-schema.ts';
import { DATA_SHARING_PURPOSES, dataSharingFieldsSchema } from '../applicants/domain/consents/data-sharing.ts';
import { storableNumberSchema } from '../catalogue/domain/config/storable-number.ts';
import { partnerOrganisationIdSchema } from '../partners/partner-organisation-schema.ts';
import {
  applicationIdSchema,
  localIdSchema,
  programmeIdSchema,
  seasonIdSchema,
  subjectIdSchema,
  uuidSchema,
} from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

export const releaseIdSchema = uuidSchema;
export const releasePurposeSchema = z
  .enum(DATA_SHARING_PURPOSES)
  .describe(
    '`region`: the youth-policy body of the applicant’s region receives a finalist’s data; `host`: the organisation hosting the internship.',
  );

/** A subject code as an application keeps it (copied from the profile at submission). */
const regionSchema = z
  .string()
  .regex(/^\d{2}$/)
  .meta({ maxLength: 2 });

const moveSchema = z.strictObject({ from: localIdSchema, to: localIdSchema, version: z.int().min(1) });

/**
 * A release: the grant to one partner organisation to read one application's data, the fields
 * the applicant's consent named at the time, until `validUntil`. It holds no personal data itself:
 * every read takes the profile as it is then, filtered to the fields the release and the consent in
 * force BOTH name, so a narrowed or withdrawn consent, or an erased profile, takes effect at the
 * next read, and nothing copied here outlives an erasure.
 */
export const releaseSchema = z.strictObject({
  id: releaseIdSchema,
  purpose: releasePurposeSchema,
  organisationId: partnerOrganisationIdSchema,
  /** The region the data was released to (the application's); null for an internship host. */
  region: regionSchema.nullable(),
  applicationId: applicationIdSchema,
  applicantId: subjectIdSchema,
  programmeId: programmeIdSchema,
  seasonId: seasonIdSchema,
  /** The consent record it rests on, and the fields that consent named. */
  consentId: uuidSchema,
  fields: dataSharingFieldsSchema,
  /** The programme's interview rubrics whose scores `interviewScores` carries. */
  interviewRubrics: z.array(localIdSchema).max(20),
  /** The move whose effect released it. */
  move: moveSchema,
  releasedAt: isoDateTime(),
  validUntil: isoDateTime(),
});
export type Release = z.infer<typeof releaseSchema>;

/** What a released application's `data` may hold: each key one catalogue field (or two, `contacts`), present only when released. */
export const releasedDataSchema = z.strictObject({
  name: personNameSchema.optional(),
  birthDate: birthDateSchema.optional(),
  citizenship: citizenshipSchema.optional(),
  region: regionCodeSchema.optional(),
  contacts: z.strictObject({ email: emailSchema.optional(), phone: e164PhoneSchema.optional() }).optional(),
  education: z.array(educationSchema).max(20).optional(),
  workExperience: z.array(workExperienceSchema).max(30).optional(),
  activity: activitySchema.optional(),
  track: localIdSchema.optional(),
  stage: localIdSchema.optional(),
  interviewScores: z
    .array(z.strictObject({ rubricId: localIdSchema, score: storableNumberSchema }))
    .max(20)
    .optional(),
});
export type ReleasedData = z.infer<typeof releasedDataSchema>;

/** One released application as its recipient reads it: the release, and the data of the fields it may read now. */
export const releasedApplicationSchema = z.strictObject({
  releaseId: releaseIdSchema,
  applicationId: applicationIdSchema,
  programmeId: programmeIdSchema,
  seasonId: seasonIdSchema,
  purpose: releasePurposeSchema,
  releasedAt: isoDateTime(),
  validUntil: isoDateTime(),
  fields: dataSharingFieldsSchema.describe('The fields in `data`: those the release and the applicant’s consent in force both name.'),
  data: releasedDataSchema,
});
export type ReleasedApplication = z.infer<typeof releasedApplicationSchema>;

export const RELEASE_OUTCOMES = [
  'released',
  'consent-missing',
  'guardian-consent-missing',
  'no-region',
  'no-recipient',
  'no-host',
] as const;
export type ReleaseOutcome = (typeof RELEASE_OUTCOMES)[number];

/**
 * What one release effect decided for one move and purpose, kept where staff read it: released (to
 * whom), or why nothing was — no data-sharing consent in force, a minor without a guardian's
 * consent, no region on the application, no youth-policy body registered for the region, no host.
 */
export const releaseDecisionSchema = z.strictObject({
  applicationId: applicationIdSchema,
  purpose: releasePurposeSchema,
  move: moveSchema,
  outcome: z.enum(RELEASE_OUTCOMES),
  region: regionSchema.optional(),
  releases: z.array(z.strictObject({ releaseId: releaseIdSchema, organisationId: partnerOrganisationIdSchema })).max(10),
  at: isoDateTime(),
});
export type ReleaseDecision = z.infer<typeof releaseDecisionSchema>;

/** A release as staff see it: whom it is to, which fields, until when, and whether it can be read now (never the data). */
export const releaseStatusSchema = z.strictObject({
  ...releaseSchema.omit({ applicantId: true, interviewRubrics: true }).shape,
  status: z
    .enum(['readable', 'expired', 'consent-withdrawn'])
    .describe('`consent-withdrawn`: the applicant no longer consents to sharing with this recipient; nothing can be read.'),
});
export type ReleaseStatus = z.infer<typeof releaseStatusSchema>;

/** GET /applications/{applicationId}/data-releases */
export const applicationReleasesSchema = z.strictObject({
  decisions: z.array(releaseDecisionSchema).max(100).describe('Every release effect of the application’s moves, oldest first.'),
  releases: z.array(releaseStatusSchema).max(100),
});
