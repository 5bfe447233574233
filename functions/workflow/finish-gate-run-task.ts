import { endGateRun } from '../../shared/progression/use-cases/gates/end-gate-run.ts';
import type { WorkflowWiring } from './wiring.ts';
import { gateStateSchema } from './gate-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

/** Finish: every shard is exhausted; the run succeeded and its gate is free again. */
export const finishGateRunTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  await endGateRun(deps, gateStateSchema.parse(event.input), 'succeeded');
  return {};
};
