import { uuidOf } from '../../../platform/identifiers/name-based-uuid.ts';

/** The run a start creates: the same season and Idempotency-Key always name the same run, so a repeated start finds it. */
export const matchingRunIdFor = (seasonId: string, idempotencyKey: string): string =>
  uuidOf('internship-matching', seasonId, idempotencyKey);

/** A run offers each application at most one placement, so a repeated page writes the same placement, never a second. */
export const placementIdFor = (runId: string, applicationId: string): string => uuidOf('placement', runId, applicationId);

/** Step Functions' name of a run's execution; deterministic per run and execution, so a repeated start is recognised. */
export const matchingExecutionName = (run: { readonly id: string; readonly executions: number }): string =>
  `internship-matching-${run.id}-${run.executions}`;
