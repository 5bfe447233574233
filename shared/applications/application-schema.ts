import * as z from 'zod';
import { freeText } from '../platform/text/free-text.ts';
import { localIdSchema, programmeIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { storableNumberSchema } from '../catalogue/domain/config/storable-number.ts';
import { applicationIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/**
 * An application: one per applicant per season. It sits in a stage of its programme's pipeline;
 * a draft is an application still in the pipeline's initial stage with no `submittedAt`.
 * Submission is the pipeline's transition out of the initial stage by the applicant; after it the
 * answers are frozen. Only the stage-transition domain changes `stage`.
 */
export { applicationIdSchema };

/** An answer to one of the season's own questions (shared/catalogue/domain/seasons/application-questions-schema.ts). */
export const answerValueSchema = z.union([
  freeText({ min: 0, max: 10_000, multiline: true, trim: false }),
  storableNumberSchema,
  z.boolean(),
  z.array(localIdSchema).max(50),
]);

export const trackAssignmentSchema = z.strictObject({
  track: localIdSchema,
  /** The id of the programme's rule that fired; absent when staff set the track by hand. */
  rule: localIdSchema.optional(),
  assignedAt: isoDateTime(),
  override: z
    .strictObject({
      by: z.string().max(128),
      reason: z.string().min(3).max(2000),
      at: isoDateTime(),
      /** The track the rules had assigned before the override. */
      previousTrack: localIdSchema.optional(),
    })
    .optional(),
});
export type TrackAssignment = z.infer<typeof trackAssignmentSchema>;

export const applicationSchema = z.strictObject({
  id: applicationIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  /** The applicant's Cognito `sub`. */
  applicantId: z.string().min(1).max(128),
  stage: localIdSchema,
  /** Participant category where the programme has them (pupil, tutor, mentee …). */
  participantRole: localIdSchema.optional(),
  preferredInternshipLevel: localIdSchema.optional(),
  internshipJustification: freeText({ max: 3000, multiline: true, trim: false }).optional(),
  projectDescription: freeText({ max: 20_000, multiline: true, trim: false }).optional(),
  answers: z.record(localIdSchema, answerValueSchema),
  track: trackAssignmentSchema.optional(),
  /** Subject-of-the-federation code copied from the profile at submission, for partners' and staff's filters. */
  region: z
    .string()
    .regex(/^\d{2}$/)
    .meta({ maxLength: 2 })
    .optional(),
  /** The language the applicant hears from cadre in, copied from the profile. */
  language: z.enum(['ru', 'en']),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  submittedAt: isoDateTime().optional(),
  /** The Idempotency-Key of the submit request that submitted it: a retry with it gets the first result. */
  submissionKey: z.string().max(128).optional(),
  version: z.int().min(1),
  /**
   * Counting bookkeeping, kept by the repository (callers never set it): the counters generation
   * this application is counted in (absent = 0), when it first entered each of its stages and when
   * it entered the current one. Absent on applications stored before counting began.
   */
  countersGeneration: z.int().min(0).optional(),
  stagesEntered: z.record(localIdSchema, isoDateTime()).optional(),
  stageEnteredAt: isoDateTime().optional(),
  /** Events counted for it (reviews, certificates): each one bumps it, so a rebuild's migration cannot miss one. */
  countedEvents: z.int().min(0).optional(),
});
export type Application = z.infer<typeof applicationSchema>;

/** One entry of an application's history: every stage change and every staff decision, append-only. */
export const applicationEventSchema = z.strictObject({
  at: isoDateTime(),
  /** The application's version after the event. */
  version: z.int().min(1),
  kind: z.enum(['created', 'submitted', 'stage-changed', 'track-assigned', 'track-overridden', 'withdrawn', 'processing-stopped']),
  /** `applicant`, `staff`, `system`, … */
  actor: z.string().max(128),
  fromStage: localIdSchema.optional(),
  toStage: localIdSchema.optional(),
  note: z.string().max(2000).optional(),
});
export type ApplicationEvent = z.infer<typeof applicationEventSchema>;
