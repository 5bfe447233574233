import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type {
  AssignmentPageCounts,
  AssignmentRunCursor,
  ReviewAssignmentRun,
  ReviewAssignmentRunFailure,
} from '../review-assignment-run-schema.ts';

/**
 * How a claim on a stage's lock went: `claimed`; `running` (another run holds it); `exists` (a run
 * with this id is stored already: the same start, repeated).
 */
export type AssignmentRunClaim =
  | { readonly outcome: 'claimed' }
  | { readonly outcome: 'running'; readonly runId: string }
  | { readonly outcome: 'exists' };

type LockedRun = Pick<ReviewAssignmentRun, 'seasonId' | 'id' | 'stage' | 'rubricId'>;

/**
 * Review assignment runs and the one-run-at-a-time lock of each season's stage and rubric. The
 * lock is taken in the same transaction that creates or resumes a run and released when the run
 * ends, so a second run never walks the same stage for the same rubric at once.
 */
export interface ReviewAssignmentRuns {
  /** Creates the run (running) and takes its lock; or says which run holds the lock, or that this run exists. */
  start(run: ReviewAssignmentRun): Promise<AssignmentRunClaim>;
  find(seasonId: string, runId: string): Promise<ReviewAssignmentRun | undefined>;
  /** A season's runs, newest first. */
  list(seasonId: string, page: PageRequest): Promise<Page<ReviewAssignmentRun>>;
  /** A failed run back to running, one execution more, taking the lock; `not-failed` if it is not failed. */
  resume(run: ReviewAssignmentRun, by: string, at: string): Promise<AssignmentRunClaim | { readonly outcome: 'not-failed' }>;
  /**
   * A running run whose execution ended without ending it: the failure recorded and one execution
   * more, keeping the lock, in ONE write conditional on the run still running at `run.executions`.
   */
  restart(run: ReviewAssignmentRun, failure: ReviewAssignmentRunFailure, by: string): Promise<'restarted' | 'moved-on'>;
  /**
   * One page's checkpoint: the new cursor and the page's counts in ONE write, conditional on the
   * run still running in `execution` at page `run.pages` (a second runner of the run is refused).
   */
  checkpoint(
    run: ReviewAssignmentRun,
    execution: number,
    next: AssignmentRunCursor,
    counts: AssignmentPageCounts,
    at: string,
  ): Promise<'written' | 'moved-on'>;
  /**
   * Ends the run in `execution` (succeeded, or failed with what failed) and releases its lock; a
   * repeat changes nothing, and an execution a resume has replaced changes nothing.
   */
  finish(
    run: LockedRun,
    execution: number,
    outcome: { readonly status: 'succeeded' } | { readonly status: 'failed'; readonly failure: ReviewAssignmentRunFailure },
    at: string,
  ): Promise<void>;
  /** Releases the run's lock if it still holds it (a run that ended while its lock stayed held). */
  releaseLock(run: LockedRun): Promise<void>;
}
