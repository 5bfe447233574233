/** Mean and standard deviation of a set of weighted scores. */
export interface ScoreStatistics {
  readonly count: number;
  readonly mean: number;
  readonly sd: number;
}

/** What the z-score method normalises against: each expert's own habits, and the pool's. */
export interface ReviewerStatistics {
  readonly perExpert: ReadonlyMap<string, ScoreStatistics>;
  readonly pooled: ScoreStatistics;
}

/** One submitted review, by its weighted score. */
export interface ScoredReview {
  readonly expertId: string;
  readonly score: number;
}

/**
 * Population standard deviation (divide by the count): it describes the scores actually given and
 * is defined for a single one. The z-score method only uses the ratio of two of them, so the
 * sample correction would change little and cost a special case at one review.
 */
const statisticsOf = (scores: readonly number[]): ScoreStatistics => {
  const count = scores.length;
  const [first] = scores;
  if (first === undefined) return { count: 0, mean: 0, sd: 0 };
  // Identical scores summed and divided drift in the last bit (0.1 × 3 / 3 ≠ 0.1): a tiny non-zero
  // sd would then blow every difference up into a full z-score, so an expert who never varies has
  // exactly their score as mean and 0 as sd.
  if (scores.every((score) => score === first)) return { count, mean: first, sd: 0 };
  const mean = scores.reduce((sum, score) => sum + score, 0) / count;
  const squares = scores.reduce((sum, score) => sum + (score - mean) ** 2, 0);
  return { count, mean, sd: Math.sqrt(squares / count) };
};

/** Each expert's count, mean and sd over their own weighted scores, across the applications they reviewed. */
export const expertStatistics = (reviews: readonly ScoredReview[]): ReadonlyMap<string, ScoreStatistics> => {
  const byExpert = new Map<string, number[]>();
  for (const review of reviews) {
    const scores = byExpert.get(review.expertId);
    if (scores === undefined) byExpert.set(review.expertId, [review.score]);
    else scores.push(review.score);
  }
  return new Map([...byExpert].map(([expertId, scores]) => [expertId, statisticsOf(scores)]));
};

/** Count, mean and sd of every review together, whoever wrote it; an empty pool is count 0, mean 0, sd 0. */
export const pooledStatistics = (reviews: readonly ScoredReview[]): ScoreStatistics => statisticsOf(reviews.map((review) => review.score));

/** Both, over the same reviews: what `aggregateScores` needs for the z-score method. */
export const reviewerStatistics = (reviews: readonly ScoredReview[]): ReviewerStatistics => ({
  perExpert: expertStatistics(reviews),
  pooled: pooledStatistics(reviews),
});
