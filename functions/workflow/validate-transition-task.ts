import { validateTransition } from '../../shared/progression/use-cases/transitions/validate-transition.ts';
import type { WorkflowWiring } from './wiring.ts';
import { transitionStateSchema } from './transition-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

/** Validate: decide on what is read now; the Choice after it routes on `outcome`. */
export const validateTransitionTask = async (deps: WorkflowWiring, event: WorkflowEvent) =>
  validateTransition(deps, transitionStateSchema.parse(event.input));
