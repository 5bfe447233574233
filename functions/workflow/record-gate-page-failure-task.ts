import { recordGatePageFailure } from '../../shared/progression/use-cases/gates/record-gate-page-failure.ts';
import type { WorkflowWiring } from './wiring.ts';
import { failedGatePageSchema } from './gate-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

/** RecordPageFailure: the page's error on its run, where staff see it before resuming. */
export const recordGatePageFailureTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const state = failedGatePageSchema.parse(event.input);
  await recordGatePageFailure(deps, state, state.error);
  return {};
};
