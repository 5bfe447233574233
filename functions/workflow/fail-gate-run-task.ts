import { endGateRun } from '../../shared/progression/gates/end-gate-run.ts';
import type { WorkflowTaskDependencies } from './dependencies.ts';
import { gateStateSchema } from './gate-state.ts';
import type { WorkflowEvent } from './workflow-event.ts';

/** RecordFailure: the run failed (its pages' failures are recorded already) and can be resumed. */
export const failGateRunTask = async (deps: WorkflowTaskDependencies, event: WorkflowEvent) => {
  await endGateRun(deps, gateStateSchema.parse(event.input), 'failed');
  return {};
};
