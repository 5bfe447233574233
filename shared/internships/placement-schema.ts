import * as z from 'zod';
import {
  applicationIdSchema,
  localIdSchema,
  programmeIdSchema,
  seasonIdSchema,
  subjectIdSchema,
  uuidSchema,
} from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { freeText } from '../platform/text/free-text.ts';
import { partnerOrganisationIdSchema } from '../partners/partner-organisation-schema.ts';
import { MAX_MATCHING_ROUND } from './matching-run-schema.ts';
import { internshipOfferIdSchema } from './internship-offer-schema.ts';

/**
 * A placement: an applicant's place on an internship offer, from the offer a matching run makes to
 * the end of the internship.
 *
 *   offered ──► accepted ──► started ──► completed
 *      │            │           │
 *      ├► declined   └───────────┴──► ended-early
 *      └► expired (no answer by `respondBy`)
 *
 * An offered placement holds a seat on its offer (a counter in the placement's own transaction);
 * declining or letting it expire gives the seat back.
 */
export const PLACEMENT_STATUSES = ['offered', 'accepted', 'declined', 'expired', 'started', 'completed', 'ended-early'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** Statuses in which the placement holds its seat and the application its one place in the stage. */
export const SEAT_HOLDING_STATUSES: readonly PlacementStatus[] = ['offered', 'accepted', 'started', 'completed', 'ended-early'];

export const placementIdSchema = uuidSchema;

/** The longest report a host writes at the end, and the longest reason for a decline or an early end. */
export const MAX_REPORT_LENGTH = 4000;
export const MAX_REASON_LENGTH = 1000;
/** An internship lasts weeks, not years: a year of days bounds the attendance. */
export const MAX_ATTENDANCE_DAYS = 366;

export const placementActorSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/);

/** The host's evaluation at the end: the programme's rubric for the stage scored, days attended and a short report. */
export const placementEvaluationSchema = z.strictObject({
  /** The programme's rubric for the stage; absent where the stage has none (attendance and the report only). */
  rubricId: localIdSchema.optional(),
  scores: z.record(localIdSchema, z.number().min(0).max(100)),
  /** Σ weight × score / 100, on the rubric's scale, rounded to hundredths; absent without a rubric. */
  weightedScore: z.number().min(0).max(100).optional(),
  attendanceDays: z.int().min(0).max(MAX_ATTENDANCE_DAYS),
  report: freeText({ max: MAX_REPORT_LENGTH, multiline: true }),
  evaluatedBy: placementActorSchema,
  evaluatedAt: isoDateTime(),
});
export type PlacementEvaluation = z.infer<typeof placementEvaluationSchema>;

export const placementEventSchema = z.strictObject({
  at: isoDateTime(),
  status: z.enum(PLACEMENT_STATUSES),
  /** `applicant`, `staff:<sub>`, `partner:<sub>`, `system` (an expiry). */
  by: placementActorSchema,
});
export type PlacementEvent = z.infer<typeof placementEventSchema>;

export const placementSchema = z.strictObject({
  id: placementIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  applicationId: applicationIdSchema,
  applicantId: subjectIdSchema,
  stage: localIdSchema,
  offerId: internshipOfferIdSchema,
  hostOrganisation: partnerOrganisationIdSchema,
  /** The matching run that offered it, and its round. */
  runId: uuidSchema,
  round: z.int().min(1).max(MAX_MATCHING_ROUND),
  /** Where the offer stood in the applicant's ranking, 1 = first choice. */
  choiceRank: z.int().min(1).max(50),
  status: z.enum(PLACEMENT_STATUSES),
  offeredAt: isoDateTime(),
  /** The applicant accepts or declines before this instant; then the offer expires and its seat goes back. */
  respondBy: isoDateTime(),
  answeredAt: isoDateTime().optional(),
  declineReason: freeText({ max: MAX_REASON_LENGTH }).optional(),
  startedAt: isoDateTime().optional(),
  finishedAt: isoDateTime().optional(),
  evaluation: placementEvaluationSchema.optional(),
  endedEarlyReason: freeText({ max: MAX_REASON_LENGTH }).optional(),
  /** Every step, oldest first (at most the seven a placement can take). */
  history: z.array(placementEventSchema).max(10),
  version: z.int().min(1),
});
export type Placement = z.infer<typeof placementSchema>;
