import { processAssignmentRunPage } from '../../shared/reviews/use-cases/assignment-runs/process-assignment-run-page.ts';
import type { WorkflowWiring } from './wiring.ts';
import { reviewAssignmentStateSchema } from './review-assignment-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

/** ProcessPage: one page of the stage from the run's cursor; MorePages routes on `done`. */
export const processReviewAssignmentPageTask = async (deps: WorkflowWiring, event: WorkflowEvent) =>
  processAssignmentRunPage(await deps.reviewAssignments(), reviewAssignmentStateSchema.parse(event.input));
