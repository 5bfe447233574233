import type { ReviewRubric } from '../../catalogue/domain/config/review-rubric-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { ReviewSubject } from '../ports/review-subjects.ts';
import type { Review } from '../review-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';
import { reviewDeadline, rubricOf } from './review-subject-access.ts';

export interface ExpertReview {
  readonly review: Review;
  readonly subject: ReviewSubject;
  readonly rubric: ReviewRubric;
  readonly deadline: string | undefined;
}

/**
 * The caller's own review of an application on a rubric, with what it is about; 404 for anything
 * else, so an expert cannot tell an application not assigned to them from one that does not exist.
 * A scorecard of a partner organisation's interview is its panel member's while they act for that
 * organisation: their claims checked against the registry (a retired organisation's people score
 * no more), never taken on their word.
 */
export const expertReview = async (
  deps: Pick<ReviewDependencies, 'reviews' | 'subjects' | 'partnerOrganisation'>,
  identity: Identity,
  applicationId: string,
  rubricId: string,
): Promise<ExpertReview> => {
  const review = await deps.reviews.find(applicationId, identity.subject, rubricId);
  if (review === undefined) throw notFound('review');
  if (review.panelOrganisation !== undefined && (await deps.partnerOrganisation.resolve(identity)).id !== review.panelOrganisation)
    throw notFound('review');
  const subject = await deps.subjects.find(applicationId);
  if (subject === undefined) throw notFound('review');
  const rubric = rubricOf(subject, rubricId);
  return { review, subject, rubric, deadline: reviewDeadline(subject, rubric) };
};
