import type { RubricAggregate } from '../../reviews/aggregate-schema.ts';
import type { Review } from '../../reviews/review-schema.ts';
import type { OwnReview, OwnScore } from '../own-data-export-schema.ts';

/**
 * What an applicant may read of their reviews: a submitted review's comment meant for them, with
 * its rubric, stage and time. Never the expert (their identity is not the applicant's to know),
 * the per-criterion scores (with one reviewer they name the expert's judgement), the note for staff
 * or the conflict details; a review still in progress is the expert's own.
 */
export const applicantReviews = (reviews: readonly Review[]): OwnReview[] =>
  reviews.flatMap((review) =>
    review.status !== 'submitted' || review.submittedAt === undefined
      ? []
      : [
          {
            applicationId: review.applicationId,
            rubricId: review.rubricId,
            stage: review.stage,
            ...(review.commentForApplicant === undefined ? {} : { commentForApplicant: review.commentForApplicant }),
            submittedAt: review.submittedAt,
          },
        ],
  );

/** An application's score on each rubric without its explanation, which lists each expert's raw score by expert. */
export const applicantScores = (applicationId: string, aggregates: readonly RubricAggregate[]): OwnScore[] =>
  aggregates.map((aggregate) => ({
    applicationId,
    rubricId: aggregate.rubricId,
    method: aggregate.method,
    score: aggregate.score,
    reviewCount: aggregate.reviewCount,
    ...(aggregate.passed === undefined ? {} : { passed: aggregate.passed }),
    computedAt: aggregate.computedAt,
  }));
