import type { StateMachineName } from '../../infra/workflows/index.ts';

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

export interface WorkflowStarter {
  start(request: WorkflowStart): Promise<{ readonly executionArn: string; readonly alreadyStarted: boolean }>;
}
