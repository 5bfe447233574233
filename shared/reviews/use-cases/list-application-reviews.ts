import type { Identity } from '../../platform/auth/identity.ts';
import type { RubricAggregate } from '../aggregate-schema.ts';
import type { Review } from '../review-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';
import { staffedSubject } from './review-subject-access.ts';

/** Staff of the programme see an application's reviews, every score and comment, and its scores per rubric with how they were made. */
export const listApplicationReviews = async (
  deps: Pick<ReviewDependencies, 'subjects' | 'staffedSeasons' | 'reviews'>,
  identity: Identity,
  applicationId: string,
): Promise<{ readonly reviews: readonly Review[]; readonly aggregates: readonly RubricAggregate[] }> => {
  await staffedSubject(deps, identity, applicationId);
  return deps.reviews.reviewsWithScores(applicationId);
};
