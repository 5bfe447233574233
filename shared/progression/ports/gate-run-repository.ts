import type { GateFailure, GatePageCounts, GateRun, ShardProgress } from '../gate-run-schema.ts';

/** A held gate lock: which run works which season now. */
export interface RunningGate {
  readonly seasonId: string;
  readonly runId: string;
}

export type GateClaim = { readonly outcome: 'claimed' } | { readonly outcome: 'running'; readonly runId: string };

/**
 * Gate runs and the one-run-at-a-time lock of each gate (season, from, to). The lock is taken in
 * the same transaction that creates or resumes a run and released when the run ends, so a second
 * start while one runs is refused, and a failed run and a new one never work the same stage at once.
 */
export interface GateRunRepository {
  /** How many shards the stage index has: a new run gets one progress entry per shard. */
  readonly shards: number;
  /** Creates the run (status running) and takes its gate's lock, or says which run holds it. */
  start(run: GateRun): Promise<GateClaim>;
  find(seasonId: string, runId: string): Promise<GateRun | undefined>;
  /** A failed run back to running, one execution more, taking the lock; `not-failed` if it is not failed. */
  resume(run: GateRun, at: string): Promise<GateClaim | { readonly outcome: 'not-failed' }>;
  /**
   * One page's checkpoint: the shard's new progress and the page's counts, in ONE conditional write
   * (only if the shard is still at `expectedPage`: a second runner of the same shard is refused).
   */
  checkpoint(
    run: Pick<GateRun, 'seasonId' | 'id'>,
    shard: number,
    expectedPage: number,
    progress: ShardProgress,
    counts: GatePageCounts,
    at: string,
  ): Promise<'written' | 'moved-on'>;
  recordFailure(run: Pick<GateRun, 'seasonId' | 'id'>, failure: GateFailure): Promise<void>;
  /** Every held gate lock, across seasons: the reconciler's list of runs that should be executing. */
  listRunning(): Promise<readonly RunningGate[]>;
  /**
   * A running run whose execution is gone (aborted, failed without its Catch, forgotten): records
   * the failure and counts one execution more, keeping the lock, in ONE write conditional on the
   * run still running at `run.executions` (a finished run, or another reconciler first, is `moved-on`).
   */
  restart(run: Pick<GateRun, 'seasonId' | 'id' | 'executions'>, failure: GateFailure, at: string): Promise<'restarted' | 'moved-on'>;
  /** Ends a running run and releases its gate's lock; a repeat (a retried state) changes nothing. */
  finish(run: Pick<GateRun, 'seasonId' | 'id' | 'from' | 'to'>, status: 'succeeded' | 'failed', at: string): Promise<void>;
}
