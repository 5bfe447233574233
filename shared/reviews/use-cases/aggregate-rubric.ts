import type { ReviewRubric } from '../../catalogue/domain/config/review-rubric-schema.ts';
import type { RubricAggregate } from '../aggregate-schema.ts';
import { aggregateScores } from '../domain/aggregation/aggregate-scores.ts';
import { reviewerStatistics, type ScoredReview } from '../domain/aggregation/expert-statistics.ts';
import { needsExtraReviewer } from '../domain/aggregation/needs-extra-reviewer.ts';
import { MAX_REVIEWERS } from '../../catalogue/domain/config/review-rubric-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/**
 * Once every review assigned on the rubric is submitted (and at least the rubric's `reviewers`
 * are; at least one of an interview panel's scorecards), the application's score on it is computed and stored with its explanation; before that,
 * nothing. For z-score each reviewer is measured by all their submitted reviews on the rubric in
 * the season, so a strict expert does not sink an application; the stored score is a snapshot of
 * that as it stood when the last review came in.
 */
export const aggregateRubric = async (
  deps: Pick<ReviewDependencies, 'reviews' | 'clock'>,
  target: { readonly applicationId: string; readonly seasonId: string },
  rubric: ReviewRubric,
): Promise<RubricAggregate | undefined> => {
  const onRubric = (await deps.reviews.ofApplication(target.applicationId)).filter((review) => review.rubricId === rubric.id);
  const submitted = onRubric.filter((review) => review.status === 'submitted' && review.weightedScore !== undefined);
  // An interview's scorecards are its panel's: everyone who sat scores, however many the rubric
  // asks of an assignment run, and nobody who did not hear the interview can be added after it.
  const panel = onRubric.length > 0 && onRubric.every((review) => review.interviewEventId !== undefined);
  if (submitted.length < (panel ? 1 : rubric.reviewers) || submitted.length < onRubric.length) return undefined;
  const reviews: ScoredReview[] = submitted.map((review) => ({ expertId: review.expertId, score: review.weightedScore ?? 0 }));
  const history =
    rubric.aggregation === 'z-score'
      ? (
          await Promise.all(
            submitted.map(async (review) =>
              (
                await deps.reviews.submittedScoresOf(review.expertId, target.seasonId, rubric.id)
              ).map((score) => ({ expertId: review.expertId, score })),
            ),
          )
        ).flat()
      : [];
  const aggregate = aggregateScores({
    method: rubric.aggregation,
    scale: rubric.scale,
    reviews,
    ...(rubric.aggregation === 'z-score' ? { expertStats: reviewerStatistics(history) } : {}),
    disagreementThreshold: rubric.disagreementThreshold,
    passingScore: rubric.passingScore,
  });
  const stored: RubricAggregate = {
    rubricId: rubric.id,
    method: aggregate.method,
    score: aggregate.score,
    reviewCount: aggregate.reviewCount,
    spread: aggregate.spread,
    disagreement: aggregate.disagreement,
    ...(aggregate.passed === undefined ? {} : { passed: aggregate.passed }),
    extraReviewerWanted:
      !panel &&
      needsExtraReviewer(
        aggregate,
        {
          reviewersWanted: rubric.reviewers,
          extraOnDisagreement: rubric.extraReviewerOnDisagreement,
          maxReviewers: Math.min(MAX_REVIEWERS, rubric.reviewers + 1),
        },
        onRubric.length,
      ),
    explanation: {
      method: aggregate.explanation.method,
      ...(aggregate.explanation.normalisation === undefined ? {} : { normalisation: aggregate.explanation.normalisation }),
      perReview: aggregate.explanation.perReview.map((contribution) => ({
        expertId: contribution.expertId,
        raw: contribution.raw,
        used: contribution.used,
        dropped: contribution.dropped,
        ...(contribution.fallback === undefined ? {} : { fallback: contribution.fallback }),
      })),
    },
    computedAt: deps.clock().toISOString(),
    basis: onRubric.reduce((sum, review) => sum + review.version, 0),
  };
  // Two corrections at once: the one computed from the newer reviews stands, and only it follows up.
  return (await deps.reviews.saveAggregate(target.applicationId, stored)) === 'saved' ? stored : undefined;
};
