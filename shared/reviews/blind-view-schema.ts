import * as z from 'zod';
import { answerValueSchema, applicationIdSchema } from '../applications/application-schema.ts';
import { EDUCATION_LEVELS } from '../applicants/domain/profile/education-schema.ts';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { freeText } from '../platform/text/free-text.ts';
import { descriptionSchema, nameSchema } from '../catalogue/domain/config/localised-text.ts';
import { REVIEW_STATUSES, scoresSchema } from './review-schema.ts';

/** YYYY-MM-DD, as the profile stores it. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ maxLength: 10 });
/** Text as the application and profile schemas let it in (stored values that predate a rule are repaired on read). */
const text = (max: number) => freeText({ max });
const longText = (max: number) => freeText({ max, multiline: true, trim: false });

/**
 * What an expert sees of an application under review: the project, the answers and the
 * applicant's background, and none of the person: never the name, birth date, contacts,
 * citizenship or account id; the region and the names of organisations and places of study only
 * where the rubric's blind policy shows them (absent otherwise).
 */
export const blindApplicationViewSchema = z.strictObject({
  applicationId: applicationIdSchema,
  seasonId: seasonIdSchema,
  stage: localIdSchema,
  track: localIdSchema.optional(),
  participantRole: localIdSchema.optional(),
  preferredInternshipLevel: localIdSchema.optional(),
  internshipJustification: longText(3000).optional(),
  projectDescription: longText(20_000).optional(),
  answers: z.record(localIdSchema, answerValueSchema),
  region: z
    .string()
    .regex(/^\d{2}$/)
    .meta({ maxLength: 2 })
    .optional(),
  background: z.strictObject({
    education: z
      .array(
        z.strictObject({
          level: z.enum(EDUCATION_LEVELS),
          field: text(300),
          graduationYear: z.int().min(1940).max(2100),
          publicAdministration: z.boolean(),
          institution: text(300).optional(),
        }),
      )
      .max(20),
    workExperience: z
      .array(
        z.strictObject({ role: text(200), publicService: z.boolean(), from: day, to: day.optional(), organisation: text(300).optional() }),
      )
      .max(30),
    ownProjects: z
      .array(z.strictObject({ title: text(300), description: longText(2000).optional(), year: z.int().min(1940).max(2100) }))
      .max(30),
    internships: z
      .array(z.strictObject({ publicBody: z.boolean(), from: day, to: day.optional(), organisation: text(300).optional() }))
      .max(30),
    organisations: z
      .array(
        z.strictObject({
          kind: z.enum(['youth', 'public']),
          role: text(200).optional(),
          from: day,
          to: day.optional(),
          name: text(300).optional(),
        }),
      )
      .max(30),
    youthGovernment: z
      .array(
        z.strictObject({ level: z.enum(['federal', 'regional', 'municipal']), from: day, to: day.optional(), body: text(300).optional() }),
      )
      .max(10),
  }),
});
export type BlindApplicationView = z.infer<typeof blindApplicationViewSchema>;

/** The expert's page for one review: the application as the policy shows it, the rubric, and the expert's own review so far. */
export const expertReviewPageSchema = z.strictObject({
  application: blindApplicationViewSchema,
  rubric: z.strictObject({
    id: localIdSchema,
    name: nameSchema,
    scale: z.strictObject({ min: z.int().min(0).max(100), max: z.int().min(1).max(100) }),
    criteria: z
      .array(
        z.strictObject({ id: localIdSchema, name: nameSchema, description: descriptionSchema.optional(), weight: z.int().min(1).max(100) }),
      )
      .max(20),
  }),
  review: z.strictObject({
    status: z.enum(REVIEW_STATUSES),
    scores: scoresSchema,
    weightedScore: z.number().min(0).max(100).optional(),
    commentForApplicant: longText(4000).optional(),
    commentForStaff: longText(4000).optional(),
    version: z.int().min(1),
    /** The close of the stage's calendar window: the review is locked after it. Absent when the season's calendar has no window for the stage. */
    deadline: isoDateTime({ offset: true }).optional(),
  }),
});
export type ExpertReviewPage = z.infer<typeof expertReviewPageSchema>;
