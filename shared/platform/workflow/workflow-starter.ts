import type { StateMachineName } from './state-machine-manifest.ts';

/**
 * Starts a state machine execution. The execution name is derived by the caller from a
 * deterministic id, so a start repeated after a lost response is recognised and harmless.
 */
export interface WorkflowStart {
  readonly workflow: StateMachineName;
  /** Unique per logical start; Step Functions allows [A-Za-z0-9-_], at most 80 characters. */
  readonly executionName: string;
  readonly input: Readonly<Record<string, unknown>>;
}

/**
 * Where an execution stands. `NOT_FOUND`: no such execution (never started, or forgotten: the
 * local cloud keeps executions in memory and loses them when it stops).
 */
export const EXECUTION_STATES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE', 'NOT_FOUND'] as const;
export type ExecutionState = (typeof EXECUTION_STATES)[number];

export interface WorkflowStarter {
  start(request: WorkflowStart): Promise<{ readonly executionArn: string; readonly alreadyStarted: boolean }>;
  /** DescribeExecution of the execution `start` would have named so. */
  describe(request: Pick<WorkflowStart, 'workflow' | 'executionName'>): Promise<ExecutionState>;
}
