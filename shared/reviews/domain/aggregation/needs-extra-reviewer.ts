import type { Aggregate } from './aggregate-scores.ts';

/** A stage's reviewing settings, as far as calling in another expert goes. */
export interface ExtraReviewerPolicy {
  /** Experts each application normally gets. */
  readonly reviewersWanted: number;
  /** Whether a disagreement calls in one more expert. */
  readonly extraOnDisagreement: boolean;
  /** Experts an application never exceeds, extras included. */
  readonly maxReviewers: number;
}

/**
 * Whether to assign one more expert: the experts disagree, the stage calls in extras, and there is
 * room under the maximum. Only once every assigned expert has reviewed, and at least the wanted
 * number: a review still to come may settle the disagreement, and asking on each review while one
 * is pending would assign an extra per review, up to the maximum, for a single disagreement.
 */
export const needsExtraReviewer = (aggregate: Aggregate, policy: ExtraReviewerPolicy, assignedCount: number): boolean =>
  aggregate.disagreement &&
  policy.extraOnDisagreement &&
  assignedCount < policy.maxReviewers &&
  aggregate.reviewCount >= assignedCount &&
  aggregate.reviewCount >= policy.reviewersWanted;
