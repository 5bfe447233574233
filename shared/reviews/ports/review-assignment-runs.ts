import type { JobRuns } from '../../platform/jobs/job-runs.ts';
import type {
  AssignmentPageCounts,
  AssignmentRunCursor,
  ReviewAssignmentRun,
  ReviewAssignmentRunFailure,
} from '../review-assignment-run-schema.ts';

type LockedRun = Pick<ReviewAssignmentRun, 'seasonId' | 'id' | 'stage' | 'rubricId'>;

/**
 * Review assignment runs and the one-run-at-a-time lock of each season's stage and rubric. The
 * lock is taken in the same transaction that creates or resumes a run and released when the run
 * ends (the lifecycle every job run shares: job-runs.ts), so a second run never walks the same
 * stage for the same rubric at once.
 */
export interface ReviewAssignmentRuns extends JobRuns<ReviewAssignmentRun, ReviewAssignmentRunFailure, LockedRun> {
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
}
