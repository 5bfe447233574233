import { followUpTransition } from '../../shared/progression/use-cases/transitions/follow-up-transition.ts';
import type { WorkflowWiring } from './wiring.ts';
import { effectsStateSchema } from './transition-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

/** Effects: every effect of the move, each idempotent, so a retried or repeated run mails once. */
export const transitionEffectsTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const state = effectsStateSchema.parse(event.input);
  const version = state.applied?.version ?? state.validated.version;
  return { outcomes: await followUpTransition(deps, state, { version, effects: state.validated.effects }) };
};
