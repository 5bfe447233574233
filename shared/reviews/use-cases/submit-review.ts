import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import { applicantConflictFacts, expertConflictFacts } from '../domain/conflicts/conflict-facts.ts';
import { detectConflicts } from '../domain/conflicts/detect-conflicts.ts';
import { checkScores, weightedScore } from '../domain/scoring/weighted-score.ts';
import { myReviewOf, type MyReview, type SaveReviewInput } from '../review-schema.ts';
import { conflictOfInterest, invalidScores, reviewLocked } from '../review-errors.ts';
import { aggregateRubric } from './aggregate-rubric.ts';
import { assignExtraReviewer } from './assign-extra-reviewer.ts';
import type { ReviewDependencies } from './review-dependencies.ts';
import { expertReview } from './expert-review.ts';

/**
 * The expert submits their review: every criterion scored on the scale, conflicts of interest
 * checked again (a profile may have changed since the assignment; staff's override still holds),
 * one conditional write. Until the stage's deadline the expert may submit again to correct it;
 * their progress counts it once. When it is the last review the rubric waits for, the
 * application's score is computed and stored, and the programme may move the application on it.
 */
export const submitReview = async (
  deps: Pick<ReviewDependencies, 'reviews' | 'subjects' | 'profiles' | 'pool' | 'scoreFollowUp' | 'partnerOrganisation' | 'clock'>,
  identity: Identity,
  target: { readonly applicationId: string; readonly rubricId: string },
  input: SaveReviewInput,
): Promise<MyReview> => {
  const { review, subject, rubric, deadline } = await expertReview(deps, identity, target.applicationId, target.rubricId);
  const now = deps.clock().toISOString();
  if (deadline !== undefined && Date.parse(now) > Date.parse(deadline)) throw reviewLocked(deadline);
  const problems = checkScores(rubric, input.scores);
  if (problems.length > 0) throw invalidScores(problems);
  if (review.conflictOverride === undefined) {
    const profile = await deps.profiles.find(identity.subject);
    const conflicts =
      profile === undefined
        ? []
        : detectConflicts(
            expertConflictFacts(profile),
            applicantConflictFacts(subject.profile, subject.application.region, subject.relations),
            subject.programme.settings.conflictRules ?? { sameRegion: false },
          );
    // The expert learns that a conflict exists and of what kind, not what of the applicant's matched.
    if (conflicts.length > 0) throw conflictOfInterest(conflicts.map(({ kind, source }) => ({ kind, source })));
  }
  const { commentForApplicant: _a, commentForStaff: _s, ...kept } = review;
  const outcome = await deps.reviews.save(
    {
      ...kept,
      status: 'submitted',
      scores: input.scores,
      weightedScore: weightedScore(rubric.criteria, input.scores),
      ...(input.commentForApplicant === undefined ? {} : { commentForApplicant: input.commentForApplicant }),
      ...(input.commentForStaff === undefined ? {} : { commentForStaff: input.commentForStaff }),
      submittedAt: now,
      updatedAt: now,
      version: input.version + 1,
    },
    input.version,
    { firstSubmission: review.status !== 'submitted' },
  );
  if (!outcome.written) throw versionConflict(outcome.currentVersion);
  const aggregate = await aggregateRubric(deps, { applicationId: review.applicationId, seasonId: review.seasonId }, rubric);
  if (aggregate === undefined) return myReviewOf(outcome.review);
  // A disputed score waits for one more reviewer, assigned at once where the pool has one (else by staff or the next run).
  if (aggregate.extraReviewerWanted) await assignExtraReviewer(deps, subject, rubric, 'system');
  else await deps.scoreFollowUp.scoreRecorded(review.applicationId, rubric.id);
  return myReviewOf(outcome.review);
};
