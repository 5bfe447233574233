import { endAssignmentRun } from '../../shared/reviews/use-cases/assignment-runs/end-assignment-run.ts';
import type { WorkflowWiring } from './wiring.ts';
import { reviewAssignmentStateSchema } from './review-assignment-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

/** Finish: the stage is exhausted; the run succeeded and its stage is free again. */
export const finishReviewAssignmentRunTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  await endAssignmentRun(await deps.reviewAssignments(), reviewAssignmentStateSchema.parse(event.input), { status: 'succeeded' });
  return {};
};
