/**
 * How the experts' weighted scores of one application become its score:
 * - `mean`: every review counts the same;
 * - `median`: the middle review (the mean of the middle two), so one extreme review moves nothing;
 * - `trimmed-mean`: the mean once the most extreme reviews at each end are dropped;
 * - `z-score`: each review re-expressed on the pool's mean and spread by how its expert scores
 *   everyone, so a strict expert and a lenient one weigh alike; then the mean.
 */
export const AGGREGATION_METHODS = ['mean', 'median', 'trimmed-mean', 'z-score'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];
