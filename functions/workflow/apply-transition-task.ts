import { applyTransition } from '../../shared/progression/use-cases/transitions/apply-transition.ts';
import type { WorkflowWiring } from './wiring.ts';
import { applyStateSchema } from './transition-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

/** Apply: one conditional transaction; `stale` is an answer (a reported no-op), not an error. */
export const applyTransitionTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const state = applyStateSchema.parse(event.input);
  return applyTransition(deps, state, state.validated.version);
};
