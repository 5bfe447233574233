import * as z from 'zod';
import { AGGREGATION_METHODS } from '../catalogue/domain/config/review-rubric-schema.ts';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { expertIdSchema } from './expert-profile-schema.ts';

/**
 * An application's score on one rubric, as stored once every assigned review is in, with what it
 * was made of: who scored what, the value each review contributed and how (raw, normalised,
 * trimmed away).
 */
export const rubricAggregateSchema = z.strictObject({
  rubricId: localIdSchema,
  method: z.enum(AGGREGATION_METHODS),
  score: z.number().min(0).max(100),
  reviewCount: z.int().min(1).max(20),
  spread: z.number().min(0).max(100),
  disagreement: z.boolean(),
  passed: z.boolean().optional(),
  /** The reviewers disagree and the rubric asks for one more expert: staff (or the next assignment run) add one. */
  extraReviewerWanted: z.boolean(),
  explanation: z.strictObject({
    method: z.enum(AGGREGATION_METHODS),
    normalisation: z.enum(['z-score', 'raw-fallback']).optional(),
    perReview: z
      .array(
        z.strictObject({
          expertId: expertIdSchema,
          raw: z.number().min(0).max(100),
          used: z.number().min(0).max(100),
          dropped: z.boolean(),
          fallback: z.enum(['too-few-reviews', 'no-spread']).optional(),
        }),
      )
      .max(20),
  }),
  computedAt: isoDateTime(),
  /**
   * The sum of the versions of the rubric's reviews it was computed from. Every write of a review
   * raises it, so an aggregate computed from older reviews (a slow correction) never replaces one
   * computed from newer ones. Absent on aggregates stored before it was kept.
   */
  basis: z.int().min(0).optional(),
});
export type RubricAggregate = z.infer<typeof rubricAggregateSchema>;
