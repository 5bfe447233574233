import { TIME_IN_STAGE_BUCKET_HOURS } from './season-counts.ts';

const SECONDS_PER_HOUR = 3600;

/** The histogram bucket of a stay: the first bound it does not exceed, or the overflow bucket past the last. */
export const timeInStageBucket = (seconds: number): number => {
  const index = TIME_IN_STAGE_BUCKET_HOURS.findIndex((hours) => seconds <= hours * SECONDS_PER_HOUR);
  return index === -1 ? TIME_IN_STAGE_BUCKET_HOURS.length : index;
};

/** Whole seconds between two instants; a clock that went backwards counts as no time at all. */
export const secondsBetween = (fromIso: string, toIso: string): number =>
  Math.max(0, Math.round((new Date(toIso).getTime() - new Date(fromIso).getTime()) / 1000));
