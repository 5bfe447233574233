import type { Page, PageRequest } from '../paging/page.ts';
import type { WorkflowStarter } from '../workflow/workflow-starter.ts';
import type { JobRun, JobRunClaim, JobRunEnd, JobRunFailure } from './job-run.ts';

/**
 * One kind's runs and the one-run-at-a-time lock each run takes. The lock is taken in the same
 * transaction that creates or resumes a run and released when the run ends, so a second run never
 * does the same work at once. `Locked` is what names a run's lock (its season, id and what the lock is per).
 */
export interface JobRuns<Run extends JobRun<Failure>, Failure extends JobRunFailure, Locked = Run> {
  /** Creates the run (running) and takes its lock; or says which run holds the lock, or that this run exists. */
  start(run: Run): Promise<JobRunClaim>;
  find(seasonId: string, runId: string): Promise<Run | undefined>;
  /** A season's runs, newest first. */
  list(seasonId: string, page: PageRequest): Promise<Page<Run>>;
  /** A failed run back to running, one execution more, taking the lock; `not-failed` if it is not failed. */
  resume(run: Run, by: string, at: string): Promise<JobRunClaim | { readonly outcome: 'not-failed' }>;
  /**
   * A running run whose execution ended without ending it: the failure recorded and one execution
   * more, keeping the lock, in ONE write conditional on the run still running at `run.executions`.
   */
  restart(run: Run, failure: Failure, by: string): Promise<'restarted' | 'moved-on'>;
  /**
   * Ends the run in `execution` (succeeded, or failed with what failed) and releases its lock; a
   * repeat changes nothing, and an execution a resume has replaced changes nothing.
   */
  finish(run: Locked, execution: number, outcome: JobRunEnd<Failure>, at: string): Promise<void>;
  /** Releases the run's lock if it still holds it (a run that ended while its lock stayed held). */
  releaseLock(run: Locked): Promise<void>;
}

/** What a run's lifecycle reaches outside pure code for: its runs, the state machines and the clock. */
export interface JobRunDependencies<Run extends JobRun<Failure>, Failure extends JobRunFailure> {
  readonly runs: JobRuns<Run, Failure>;
  readonly workflows: WorkflowStarter;
  readonly clock: () => Date;
}
