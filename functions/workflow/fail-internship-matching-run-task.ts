import { endMatchingRun } from '../../shared/internships/use-cases/matching-runs/end-matching-run.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';
import { failedInternshipMatchingSchema } from './internship-matching-state.ts';
import type { WorkflowWiring } from './wiring.ts';

/** RecordFailure: the run failed with the state's error, where staff see it, and can be resumed. */
export const failInternshipMatchingRunTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const state = failedInternshipMatchingSchema.parse(event.input);
  await endMatchingRun(await deps.internshipMatching(), state, { status: 'failed', error: state.error });
  return {};
};
