import type { Identity } from '../../platform/auth/identity.ts';
import type { ExpertReviewPage } from '../blind-view-schema.ts';
import { blindApplicationView } from '../domain/blind/blind-application-view.ts';
import type { ReviewDependencies } from './review-dependencies.ts';
import { expertReview } from './expert-review.ts';

/** An expert's page for one of their reviews: the application under the rubric's blind policy, the rubric, their review so far. */
export const readReviewPage = async (
  deps: Pick<ReviewDependencies, 'reviews' | 'subjects' | 'partnerOrganisation'>,
  identity: Identity,
  applicationId: string,
  rubricId: string,
): Promise<ExpertReviewPage> => {
  const { review, subject, rubric, deadline } = await expertReview(deps, identity, applicationId, rubricId);
  return {
    application: blindApplicationView(subject.application, subject.profile, rubric.blind),
    rubric: {
      id: rubric.id,
      name: rubric.name,
      scale: rubric.scale,
      criteria: rubric.criteria.map((criterion) => ({
        id: criterion.id,
        name: criterion.name,
        weight: criterion.weight,
        ...(criterion.description === undefined ? {} : { description: criterion.description }),
      })),
    },
    review: {
      status: review.status,
      scores: review.scores,
      version: review.version,
      ...(review.weightedScore === undefined ? {} : { weightedScore: review.weightedScore }),
      ...(review.commentForApplicant === undefined ? {} : { commentForApplicant: review.commentForApplicant }),
      ...(review.commentForStaff === undefined ? {} : { commentForStaff: review.commentForStaff }),
      ...(deadline === undefined ? {} : { deadline }),
    },
  };
};
