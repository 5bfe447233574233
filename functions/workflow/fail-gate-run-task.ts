import { endGateRun } from '../../shared/progression/use-cases/gates/end-gate-run.ts';
import type { WorkflowWiring } from './wiring.ts';
import { gateStateSchema } from './gate-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

/** RecordFailure: the run failed (its pages' failures are recorded already) and can be resumed. */
export const failGateRunTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  await endGateRun(deps, gateStateSchema.parse(event.input), 'failed');
  return {};
};
