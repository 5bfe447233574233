import type { RubricAggregate } from '../../reviews/aggregate-schema.ts';
import type { Review } from '../../reviews/review-schema.ts';

/**
 * An application's reviews and its scores on each rubric, whole, as the reviews module stores them:
 * the export keeps only what the applicant may read of them (domain/applicant-reviews.ts).
 */
export interface ReviewRecords {
  ofApplication(applicationId: string): Promise<{ readonly reviews: readonly Review[]; readonly aggregates: readonly RubricAggregate[] }>;
}
