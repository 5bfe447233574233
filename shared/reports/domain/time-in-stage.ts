import type { Pipeline } from '../../catalogue/domain/config/pipeline-schema.ts';
import { TIME_IN_STAGE_BUCKET_HOURS, type StageTime } from '../../counters/domain/season-counts.ts';
import type { TimeInStageReport } from '../report-schema.ts';

type StageTimeRow = TimeInStageReport['stages'][number];

const round = (hours: number): number => Math.round(hours * 100) / 100;

/**
 * The q-quantile (0 < q ≤ 1) of the stays a histogram counts, in hours: the bucket holding the
 * q·n-th stay, and within it a linear interpolation between its bounds, as if the stays spread evenly
 * over the bucket (the first bucket starts at 0). A stay past the last bound has no upper bound to
 * interpolate to: the quantile is that bound, a floor ("at least a year"). Null with no stays.
 */
export const histogramQuantile = (buckets: readonly number[], q: number): number | null => {
  const total = buckets.reduce((sum, count) => sum + count, 0);
  if (total <= 0) return null;
  const rank = q * total;
  let before = 0;
  for (const [index, count] of buckets.entries()) {
    if (count > 0 && before + count >= rank) {
      const lower = index === 0 ? 0 : (TIME_IN_STAGE_BUCKET_HOURS[index - 1] ?? 0);
      const upper = TIME_IN_STAGE_BUCKET_HOURS[index];
      if (upper === undefined) return lower;
      return round(lower + ((rank - before) / count) * (upper - lower));
    }
    before += count;
  }
  return TIME_IN_STAGE_BUCKET_HOURS[TIME_IN_STAGE_BUCKET_HOURS.length - 1] ?? null;
};

const sumBuckets = (rows: readonly StageTime[]): number[] =>
  Array.from({ length: TIME_IN_STAGE_BUCKET_HOURS.length + 1 }, (_, index) =>
    rows.reduce((sum, row) => sum + (row.buckets[index] ?? 0), 0),
  );

/** Time in each stage of the pipeline, from the rows of the regions reported (one row per stage and region). */
export const timeInStages = (pipeline: Pipeline, rows: readonly StageTime[]): StageTimeRow[] =>
  pipeline.stages.map((stage) => {
    const ofStage = rows.filter((row) => row.stage === stage.id);
    const buckets = sumBuckets(ofStage);
    const moves = ofStage.reduce((sum, row) => sum + row.moves, 0);
    const seconds = ofStage.reduce((sum, row) => sum + row.totalSeconds, 0);
    return {
      stage: stage.id,
      name: stage.name,
      moves,
      medianHours: histogramQuantile(buckets, 0.5),
      p90Hours: histogramQuantile(buckets, 0.9),
      meanHours: moves > 0 ? round(seconds / moves / 3600) : null,
    };
  });
