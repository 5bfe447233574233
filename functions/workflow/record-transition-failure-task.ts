import * as z from 'zod';
import { recordTransitionFailure } from '../../shared/progression/use-cases/transitions/record-transition-failure.ts';
import type { WorkflowWiring } from './wiring.ts';
import { failedTransitionStateSchema } from './transition-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

const failureEventSchema = z.object({ execution: z.string().min(1) });

/** Keeps the failed request in the application's partition, where staff see it and retry it. */
export const recordTransitionFailureTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const { error, ...state } = failedTransitionStateSchema.parse(event.input);
  const { execution } = failureEventSchema.parse(event);
  const { applicationId, from, to, actor, actorId, reason } = state;
  const request = {
    applicationId,
    from,
    to,
    actor,
    ...(actorId === undefined ? {} : { actorId }),
    ...(reason === undefined ? {} : { reason }),
  };
  const failure = await recordTransitionFailure(deps, { execution, request, error: error.Error, cause: error.Cause ?? '' });
  return { recorded: failure.id };
};
