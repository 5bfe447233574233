import type { GateDependencies } from './gate-dependencies.ts';
import { MAX_WORKFLOW_ERROR_LENGTH } from '../../../platform/workflow/workflow-failure-text.ts';

/** A page that failed after its retries, on its run where staff see it; the error's text, never an application's data. */
export const recordGatePageFailure = async (
  deps: Pick<GateDependencies, 'gateRuns' | 'clock'>,
  position: { readonly seasonId: string; readonly gateRunId: string; readonly shard?: number | undefined },
  error: { readonly Error: string; readonly Cause?: string | undefined },
): Promise<void> => {
  await deps.gateRuns.recordFailure(
    { seasonId: position.seasonId, id: position.gateRunId },
    {
      at: deps.clock().toISOString(),
      ...(position.shard === undefined ? {} : { shard: position.shard }),
      error: error.Error.slice(0, MAX_WORKFLOW_ERROR_LENGTH),
      ...(error.Cause === undefined ? {} : { cause: error.Cause.slice(0, 1000) }),
    },
  );
};
