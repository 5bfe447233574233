import * as z from 'zod';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { localIdSchema, programmeIdSchema, seasonIdSchema, subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { CONFLICT_KINDS, CONFLICT_SOURCES } from './domain/conflicts/conflict.ts';
import { expertIdSchema } from './expert-profile-schema.ts';

export const REVIEW_STATUSES = ['assigned', 'draft', 'submitted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Per-criterion scores by criterion id; the rubric decides which ids, the scale and the step (domain/scoring). */
export const scoresSchema = z.record(localIdSchema, z.number().min(0).max(100)).refine((scores) => Object.keys(scores).length <= 20, {
  message: 'At most 20 criteria',
  params: { code: 'too-many-criteria', message: { ru: 'Не больше 20 критериев', en: 'At most 20 criteria' } },
});

export const conflictSchema = z.strictObject({
  kind: z.enum(CONFLICT_KINDS),
  source: z.enum(CONFLICT_SOURCES),
  detail: freeText({ max: 400 }),
});

/** Staff assigned across a conflict: who, when, why, and the conflicts they saw. */
export const conflictOverrideSchema = z.strictObject({
  reason: freeText({ max: 2000, multiline: true }),
  by: subjectIdSchema,
  at: isoDateTime(),
  conflicts: z.array(conflictSchema).max(60),
});

/**
 * One expert's review of one application on one rubric: the assignment and, as the expert works,
 * the scores and comments. Staff see all of it; the applicant only ever sees the comment meant
 * for them; the expert sees their own.
 */
export const reviewSchema = z.strictObject({
  applicationId: applicationIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  rubricId: localIdSchema,
  stage: localIdSchema,
  expertId: expertIdSchema,
  status: z.enum(REVIEW_STATUSES),
  scores: scoresSchema,
  /** The rubric's weighted score once every criterion is scored. */
  weightedScore: z.number().min(0).max(100).optional(),
  commentForApplicant: freeText({ max: 4000, multiline: true }).optional(),
  commentForStaff: freeText({ max: 4000, multiline: true }).optional(),
  assignedBy: subjectIdSchema,
  assignedAt: isoDateTime(),
  conflictOverride: conflictOverrideSchema.optional(),
  /**
   * Set on a panel member's scorecard of an interview: opened when the applicant attended that
   * event, not drawn from the pool's capacity, so it never counts on the pool member's load.
   */
  interviewEventId: localIdSchema.optional(),
  /**
   * Set on a scorecard of an interview a partner organisation owns (its registry id): its panel
   * member scores for that organisation, and only while the partner registry bears their account out.
   */
  panelOrganisation: localIdSchema.optional(),
  /** The document requirements the expert may read, as the rubric's blind policy listed them at the assignment. */
  documents: z.array(localIdSchema).max(20).default([]),
  submittedAt: isoDateTime().optional(),
  updatedAt: isoDateTime(),
  version: z.int().min(1),
});
export type Review = z.infer<typeof reviewSchema>;

/** A review as its expert lists it: without the conflict override, whose details describe the applicant. */
export const myReviewSchema = reviewSchema.omit({ conflictOverride: true, assignedBy: true });
export type MyReview = z.infer<typeof myReviewSchema>;

export const myReviewOf = ({ conflictOverride: _override, assignedBy: _by, ...review }: Review): MyReview => review;

export const assignReviewerInputSchema = z.strictObject({
  override: z
    .strictObject({
      reason: freeText({ max: 2000, multiline: true }).pipe(z.string().min(10)),
    })
    .optional()
    .describe('Assign across the conflicts of interest found, for this reason (kept with the review and shown to staff).'),
});
export type AssignReviewerInput = z.infer<typeof assignReviewerInputSchema>;

export const saveReviewInputSchema = z.strictObject({
  scores: scoresSchema.describe('Scores given so far, by criterion id; a draft may leave criteria out.'),
  commentForApplicant: freeText({ max: 4000, multiline: true }).optional(),
  commentForStaff: freeText({ max: 4000, multiline: true }).optional(),
  version: z.int().min(1).describe('The version you read.'),
});
export type SaveReviewInput = z.infer<typeof saveReviewInputSchema>;
