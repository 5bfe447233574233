import type { GateDependencies } from './gate-dependencies.ts';

/**
 * The cohortGate machine's last word on a run: `succeeded` after every shard, `failed` when a page
 * failed after its retries (recorded by `recordGatePageFailure`). Either way the gate's lock is
 * released, so staff can resume a failed run or start the gate again.
 */
export const endGateRun = async (
  deps: Pick<GateDependencies, 'gateRuns' | 'clock'>,
  position: { readonly seasonId: string; readonly gateRunId: string },
  status: 'succeeded' | 'failed',
): Promise<void> => {
  const run = await deps.gateRuns.find(position.seasonId, position.gateRunId);
  if (run === undefined) throw new Error('The run of a running gate is gone');
  await deps.gateRuns.finish(run, status, deps.clock().toISOString());
};
