import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import { checkScores } from '../domain/scoring/weighted-score.ts';
import { myReviewOf, type MyReview, type SaveReviewInput } from '../review-schema.ts';
import { invalidScores, reviewLocked, reviewSubmitted } from '../review-errors.ts';
import type { ReviewDependencies } from './review-dependencies.ts';
import { expertReview } from './expert-review.ts';

/**
 * The expert saves their work so far: scores may leave criteria out, but those given must fit
 * the rubric. A submitted review is changed by submitting again, not by a draft; after the
 * stage's deadline nothing changes.
 */
export const saveReviewDraft = async (
  deps: Pick<ReviewDependencies, 'reviews' | 'subjects' | 'partnerOrganisation' | 'clock'>,
  identity: Identity,
  target: { readonly applicationId: string; readonly rubricId: string },
  input: SaveReviewInput,
): Promise<MyReview> => {
  const { review, rubric, deadline } = await expertReview(deps, identity, target.applicationId, target.rubricId);
  const now = deps.clock().toISOString();
  if (deadline !== undefined && Date.parse(now) > Date.parse(deadline)) throw reviewLocked(deadline);
  if (review.status === 'submitted') throw reviewSubmitted();
  const problems = checkScores(rubric, input.scores).filter((problem) => problem.code !== 'missing-criterion');
  if (problems.length > 0) throw invalidScores(problems);
  const { weightedScore: _stale, commentForApplicant: _a, commentForStaff: _s, ...kept } = review;
  const outcome = await deps.reviews.save(
    {
      ...kept,
      status: 'draft',
      scores: input.scores,
      ...(input.commentForApplicant === undefined ? {} : { commentForApplicant: input.commentForApplicant }),
      ...(input.commentForStaff === undefined ? {} : { commentForStaff: input.commentForStaff }),
      updatedAt: now,
      version: input.version + 1,
    },
    input.version,
    { firstSubmission: false },
  );
  if (!outcome.written) throw versionConflict(outcome.currentVersion);
  return myReviewOf(outcome.review);
};
