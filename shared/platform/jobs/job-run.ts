import type { StateMachineName } from '../workflow/state-machine-manifest.ts';

/**
 * A job run: a long piece of work over a season (an internship matching, a review assignment) that
 * a state machine carries out step by step, holding a one-run-at-a-time lock while it runs. Its
 * record is its checkpoint and its report at once; each execution of the machine is counted, so a
 * step of an execution a resume has replaced is refused. What each kind of run does in a step is
 * its own; how a run is started, restarted, resumed and ended is the same for every kind, and lives here.
 */
export const JOB_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;
export type JobRunStatus = (typeof JOB_RUN_STATUSES)[number];

/** What stopped a run, as it records it; a kind may add where in the run it struck (its phase, its page). */
export interface JobRunFailure {
  readonly at: string;
  readonly error: string;
  readonly cause?: string;
}

/** What the lifecycle reads of every kind of run. */
export interface JobRun<Failure extends JobRunFailure = JobRunFailure> {
  readonly id: string;
  readonly seasonId: string;
  readonly status: JobRunStatus;
  readonly updatedAt: string;
  readonly resumedBy?: string;
  readonly resumedAt?: string;
  readonly finishedAt?: string;
  /** Executions of the run: 1, plus one per resume. */
  readonly executions: number;
  readonly failures: readonly Failure[];
}

/** How a claim on a run's lock went: `claimed`; `running` (another run holds it); `exists` (this run is stored already: the same start, repeated). */
export type JobRunClaim =
  | { readonly outcome: 'claimed' }
  | { readonly outcome: 'running'; readonly runId: string }
  | { readonly outcome: 'exists' };

/** How a run ends: `succeeded`, or `failed` with what failed. */
export type JobRunEnd<Failure> = { readonly status: 'succeeded' } | { readonly status: 'failed'; readonly failure: Failure };

/** Where an execution of a run's state machine stands: its run, and which execution of the run it is. */
export interface JobRunPosition {
  readonly seasonId: string;
  readonly runId: string;
  readonly execution: number;
}

/** A run holding its lock, as the list of running runs names it. */
export interface HeldJobRun {
  readonly seasonId: string;
  readonly runId: string;
}

/**
 * How a failure is recorded on a run: `not-started` (its StartExecution failed), `interrupted` (its
 * execution ended without ending it), `failed` (the machine's Catch after a step's retries).
 */
export type JobRunFailureKind = 'not-started' | 'interrupted' | 'failed';

/** What sets one kind of run apart from another in its lifecycle. */
export interface JobRunKind<Run extends JobRun<Failure>, Failure extends JobRunFailure> {
  /** The state machine that carries a run out; its input is the run's position. */
  readonly workflow: StateMachineName;
  /** How messages name the kind: `internship matching`. */
  readonly label: string;
  /** Step Functions' name of a run's execution; deterministic per run and execution, so a repeated start is recognised. */
  readonly executionName: (run: Pick<Run, 'id' | 'executions'>) => string;
  /** Where a restarted execution goes on from, as the recorded cause says: `its checkpoint`, `its cursor`. */
  readonly resumesFrom: string;
  /** The error a step throws when its execution is no longer the run's current one. */
  readonly supersededError: string;
  /** A failure as the run records it: the kind adds where in the run it struck, where it keeps that. */
  readonly failure: (run: Run, failure: JobRunFailure, kind: JobRunFailureKind) => Failure;
}
