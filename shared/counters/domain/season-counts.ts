/**
 * What a season's counters hold, as the reports read them. The counters are kept as work happens
 * (every write of an application moves them in its own transaction), never by scanning, so reading
 * them costs the same for a hundred applications as for a million: one Query per counter shard.
 *
 * An application counts under the dimensions it has now: its region (drafts have none until
 * submission copies it from the profile), its track and its participant role (pupil, tutor,
 * mentee …). When they change (a submission gives the draft its region and track, staff override a
 * track), its `now` and `entered` figures move along, so a region's or a track's funnel is a cohort
 * whose stages add up; a stay in a stage counts under the region it had when it left the stage.
 */

/** The value of a dimension an application does not have (a draft's region, a programme without tracks). */
export const NO_VALUE = '-';

export interface StageCount {
  readonly stage: string;
  /** Track id, or NO_VALUE. */
  readonly track: string;
  /** Subject-of-the-federation code ('59'), or NO_VALUE. */
  readonly region: string;
  /** Participant role id, or NO_VALUE. */
  readonly role: string;
  /** Applications in this stage now. */
  readonly now: number;
  /** Distinct applications that ever entered this stage (a move back and in again counts once). */
  readonly entered: number;
  /** `entered`, by the calendar quarter of the first entry ('2026-Q3', Moscow time). */
  readonly enteredByQuarter: Readonly<Record<string, number>>;
}

/**
 * Upper bounds, in hours, of the time-in-stage histogram's buckets: bucket i counts moves out of a
 * stage after a stay of at most TIME_IN_STAGE_BUCKET_HOURS[i] hours (and more than the bound
 * before it); one more bucket past the last bound counts longer stays.
 */
export const TIME_IN_STAGE_BUCKET_HOURS = [
  1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1080, 1440, 2160, 2880, 4320, 8760,
] as const;

export interface StageTime {
  readonly stage: string;
  readonly region: string;
  /** Moves out of the stage per bucket: TIME_IN_STAGE_BUCKET_HOURS.length + 1 entries. */
  readonly buckets: readonly number[];
  /** Moves out of the stage (the sum of the buckets). */
  readonly moves: number;
  /** Seconds spent in the stage, summed over those moves (for the mean). */
  readonly totalSeconds: number;
}

export const COUNTED_EVENTS = ['review-completed', 'certificate-issued', 'certificate-revoked'] as const;
export type CountedEvent = (typeof COUNTED_EVENTS)[number];

export interface EventCount {
  readonly event: CountedEvent;
  /** What the event is of: the rubric of a review, the achievement of a certificate. */
  readonly subject: string;
  readonly region: string;
  readonly count: number;
  readonly byQuarter: Readonly<Record<string, number>>;
}

export interface CounterRebuildProgress {
  readonly runId: string;
  readonly startedAt: string;
  /** Applications counted into the new generation so far. */
  readonly counted: number;
}

export interface SeasonCounts {
  readonly seasonId: string;
  /**
   * `ready`: the figures are exact. `not-built`: the season's applications were written before
   * counters were kept (or the counters were never initialised): staff start a rebuild.
   * `rebuilding`: a rebuild is running; the figures are the previous generation's and may lag.
   */
  readonly status: 'ready' | 'not-built' | 'rebuilding';
  readonly generation: number;
  /** One row per (stage, track, region, role) with any non-zero figure. */
  readonly stages: readonly StageCount[];
  /** One row per (stage, region) with at least one move out of the stage. */
  readonly times: readonly StageTime[];
  readonly events: readonly EventCount[];
  readonly rebuild?: CounterRebuildProgress | undefined;
}
