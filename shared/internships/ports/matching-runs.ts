import type { JobRuns } from '../../platform/jobs/job-runs.ts';
import type { MatchingChunkPart } from '../../platform/keys/keys.ts';
import type { MatchingRun, MatchingRunFailure, MatchingRunPhase } from '../matching-run-schema.ts';

export type LockedMatchingRun = Pick<MatchingRun, 'seasonId' | 'id' | 'stage'>;

/** Counters a step adds to its run (only the figures it changes). */
export type MatchingRunCountsDelta = Partial<
  Pick<MatchingRun, 'applicants' | 'excluded' | 'offers' | 'seats' | 'offered' | 'notOffered'> & {
    readonly excludedReasons: Readonly<Record<string, number>>;
    readonly notOfferedReasons: Readonly<Record<string, number>>;
  }
>;

/** One step's checkpoint: what it stores and where the run goes next. */
export interface MatchingCheckpoint {
  /** New chunks of a part, numbered on from the run's count of that part. */
  readonly chunks?: { readonly part: MatchingChunkPart; readonly lines: readonly (readonly unknown[])[] } | undefined;
  readonly cursor?: string | undefined;
  /** The phase after this step (the same phase while pages remain). */
  readonly phase: MatchingRunPhase;
  readonly counts: MatchingRunCountsDelta;
}

/** The match step's record: its result's chunks and the figures the engine gave, set (not added), moving the run on. */
export interface MatchRecord {
  readonly assigned: readonly (readonly unknown[])[];
  readonly unmatched: readonly (readonly unknown[])[];
  readonly unfilled: readonly (readonly unknown[])[];
  readonly figures: Pick<
    MatchingRun,
    'matched' | 'firstChoice' | 'proposals' | 'unmatched' | 'unmatchedReasons' | 'unfilledOffers' | 'unfilledSeats' | 'unfilledReasons'
  >;
  readonly phase: MatchingRunPhase;
}

/**
 * Matching runs, their chunks and the one-run-at-a-time lock of each season's stage. The lock is
 * taken in the transaction that creates or resumes a run and released when the run ends (the
 * lifecycle every job run shares: job-runs.ts).
 */
export interface MatchingRuns extends JobRuns<MatchingRun, MatchingRunFailure, LockedMatchingRun> {
  /**
   * A page's checkpoint: its chunks (each written whole under the next numbers of its part; a
   * repeated page writes the same numbers again), then the run's move in ONE write conditional on
   * the run still running in `execution`, in its phase, at `run.pages`.
   */
  checkpoint(run: MatchingRun, execution: number, step: MatchingCheckpoint, at: string): Promise<'written' | 'moved-on'>;
  /**
   * The match's result: its chunks (each written whole; a repeat writes the same ones again) and
   * then the run's figures and next phase in one write conditional on the run still matching in `execution`.
   */
  recordMatch(run: MatchingRun, execution: number, record: MatchRecord, at: string): Promise<'written' | 'moved-on'>;
  /** The first `count` chunks of a part (the run's count of it: a repeated page may have left one more behind), in order. */
  chunks(runId: string, part: MatchingChunkPart, count: number): Promise<readonly (readonly unknown[])[]>;
  /** One chunk of a part, or undefined past the last. */
  chunk(runId: string, part: MatchingChunkPart, index: number): Promise<readonly unknown[] | undefined>;
}
