import { endAssignmentRun } from '../../shared/reviews/use-cases/assignment-runs/end-assignment-run.ts';
import type { WorkflowWiring } from './wiring.ts';
import { failedReviewAssignmentSchema } from './review-assignment-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

/** RecordFailure: the run failed with the state's error, where staff see it, and can be resumed. */
export const failReviewAssignmentRunTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const state = failedReviewAssignmentSchema.parse(event.input);
  await endAssignmentRun(await deps.reviewAssignments(), state, { status: 'failed', error: state.error });
  return {};
};
