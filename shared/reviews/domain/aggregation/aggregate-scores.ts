import { roundScore, type ScoreScale } from '../scoring/weighted-score.ts';
import type { AggregationMethod } from '../../../catalogue/domain/config/review-rubric-schema.ts';
import type { ReviewerStatistics, ScoredReview } from './expert-statistics.ts';

/** Share of the reviews the trimmed mean drops at each end unless told otherwise. */
export const DEFAULT_TRIM_FRACTION = 0.2;

/**
 * Reviews an expert must have written before the z-score method re-expresses their scores. With
 * one or two, the expert's mean is mostly the merit of the applications they happened to get, not
 * how strictly they judge, and normalising against it would erase the very difference being judged.
 */
export const MIN_REVIEWS_TO_NORMALISE = 3;

export interface AggregationInput {
  readonly method: AggregationMethod;
  readonly scale: ScoreScale;
  /** The application's reviews, each by its weighted score; at least one. */
  readonly reviews: readonly ScoredReview[];
  /**
   * Required by `z-score`, ignored otherwise: every expert's statistics and the pool's, over the
   * same pool of reviews (the season's, the stage's), these reviews among them.
   */
  readonly expertStats?: ReviewerStatistics | undefined;
  /** For `trimmed-mean`: the share dropped at each end, from 0 to 0.5; `DEFAULT_TRIM_FRACTION` if absent. */
  readonly trimFraction?: number | undefined;
  /** Spread of the raw weighted scores above which the experts disagree; absent means they never do. */
  readonly disagreementThreshold?: number | undefined;
  /** The rubric's passing score; absent means staff decide, and the aggregate says nothing of passing. */
  readonly passingScore?: number | undefined;
}

/** Why the z-score method left a review as written. */
export type NormalisationFallback = 'too-few-reviews' | 'no-spread';

export interface ReviewContribution {
  readonly expertId: string;
  /** The weighted score the expert gave. */
  readonly raw: number;
  /** What entered the aggregate: the raw score, or for `z-score` the normalised one. */
  readonly used: number;
  /** Trimmed away by `trimmed-mean`. */
  readonly dropped: boolean;
  /** For `z-score`, present when this review entered raw: its expert has too few reviews or never varies. */
  readonly fallback?: NormalisationFallback;
}

export interface AggregateExplanation {
  readonly method: AggregationMethod;
  /** One entry per review, in the order given. */
  readonly perReview: readonly ReviewContribution[];
  /** For `z-score`: `z-score` when at least one review was normalised, `raw-fallback` when none could be. */
  readonly normalisation?: 'z-score' | 'raw-fallback';
}

export interface Aggregate {
  readonly method: AggregationMethod;
  /** Two decimals, on the scale. */
  readonly score: number;
  readonly reviewCount: number;
  /** Highest minus lowest raw weighted score, two decimals: how far the experts are apart, whatever the method. */
  readonly spread: number;
  /** `spread` exceeds the disagreement threshold. */
  readonly disagreement: boolean;
  /** `score` reaches the passing score; only when one was given. */
  readonly passed?: boolean;
  readonly explanation: AggregateExplanation;
}

const clamp = (value: number, scale: ScoreScale): number => Math.min(scale.max, Math.max(scale.min, value));

/** Summed in ascending order so that the order the reviews arrive in cannot move the last bit, nor the rounding. */
const meanOf = (values: readonly number[]): number =>
  roundScore([...values].sort((a, b) => a - b).reduce((sum, value) => sum + value, 0) / values.length);

/** The middle value, or the mean of the middle two; for an odd count the very value of one review. */
const medianOf = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const lower = sorted[Math.ceil(sorted.length / 2) - 1];
  const upper = sorted[Math.floor(sorted.length / 2)];
  if (lower === undefined || upper === undefined) throw new Error('No median of no values');
  return lower === upper ? upper : roundScore((lower + upper) / 2);
};

/** Plain code-unit order: unlike localeCompare it is the same on every machine, whatever its locale. */
const byCodeUnits = (a: string, b: string): number => {
  if (a === b) return 0;
  return a < b ? -1 : 1;
};

/**
 * Indices of the reviews the trimmed mean drops: floor(n × fraction) from each end, fewer if that
 * would leave nothing. Ties are broken by expert id, then position, so which of two equal reviews
 * is marked dropped does not depend on the order they arrive in.
 */
const trimmedIndices = (reviews: readonly ScoredReview[], fraction: number): ReadonlySet<number> => {
  const count = reviews.length;
  // Nudged so that a product held just under a whole number (100 × 0.29 is 28.999…) drops that number.
  const perEnd = Math.min(Math.floor(count * fraction + 1e-9), Math.floor((count - 1) / 2));
  const order = reviews
    .map((review, index) => ({ review, index }))
    .sort((a, b) => a.review.score - b.review.score || byCodeUnits(a.review.expertId, b.review.expertId) || a.index - b.index)
    .map(({ index }) => index);
  return new Set([...order.slice(0, perEnd), ...order.slice(count - perEnd)]);
};

/**
 * A review re-expressed on the pool's scale: as many of the pool's sds from the pool's mean as it is
 * of its expert's sds from the expert's mean. Rounded, as shown, so the aggregate can be recomputed
 * from the explanation; clamped, since a far outlier of a consistent expert could leave the scale.
 */
const normalise = (review: ScoredReview, stats: ReviewerStatistics, scale: ScoreScale): ReviewContribution => {
  const expert = stats.perExpert.get(review.expertId);
  const base = { expertId: review.expertId, raw: review.score, used: review.score, dropped: false };
  if (expert === undefined || expert.count < MIN_REVIEWS_TO_NORMALISE) return { ...base, fallback: 'too-few-reviews' };
  if (expert.sd === 0) return { ...base, fallback: 'no-spread' };
  const z = (review.score - expert.mean) / expert.sd;
  return { ...base, used: clamp(roundScore(stats.pooled.mean + stats.pooled.sd * z), scale) };
};

const contributionsOf = (input: AggregationInput): ReviewContribution[] => {
  const { method, reviews } = input;
  if (method === 'z-score') {
    const stats = input.expertStats;
    if (stats === undefined) throw new Error('The z-score method needs the experts’ statistics');
    return reviews.map((review) => normalise(review, stats, input.scale));
  }
  let dropped: ReadonlySet<number> = new Set();
  if (method === 'trimmed-mean') {
    const fraction = input.trimFraction ?? DEFAULT_TRIM_FRACTION;
    if (!(fraction >= 0 && fraction <= 0.5)) throw new RangeError(`The trim fraction must lie between 0 and 0.5, got ${fraction}`);
    dropped = trimmedIndices(reviews, fraction);
  }
  return reviews.map((review, index) => ({
    expertId: review.expertId,
    raw: review.score,
    used: review.score,
    dropped: dropped.has(index),
  }));
};

/**
 * One application's score from its experts' weighted scores, with the working shown: which value
 * of each review entered, which were trimmed or left unnormalised. Aggregating no reviews is a
 * programming error (an application without reviews has no score, and the caller knows it has
 * none), so it throws rather than inventing a number.
 */
export const aggregateScores = (input: AggregationInput): Aggregate => {
  const { method, scale, reviews } = input;
  if (reviews.length === 0) throw new Error('Cannot aggregate no reviews: an application without reviews has no score');
  const perReview = contributionsOf(input);
  const used = perReview.filter((review) => !review.dropped).map((review) => review.used);
  const score = clamp(method === 'median' ? medianOf(used) : meanOf(used), scale);
  const raws = reviews.map((review) => review.score);
  const spread = roundScore(Math.max(...raws) - Math.min(...raws));
  const normalisation: Pick<AggregateExplanation, 'normalisation'> =
    method === 'z-score' ? { normalisation: perReview.every((review) => review.fallback !== undefined) ? 'raw-fallback' : 'z-score' } : {};
  return {
    method,
    score,
    reviewCount: reviews.length,
    spread,
    disagreement: input.disagreementThreshold !== undefined && spread > input.disagreementThreshold,
    ...(input.passingScore === undefined ? {} : { passed: score >= input.passingScore }),
    explanation: { method, perReview, ...normalisation },
  };
};
