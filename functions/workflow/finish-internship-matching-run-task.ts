import { endMatchingRun } from '../../shared/internships/use-cases/matching-runs/end-matching-run.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';
import { internshipMatchingStateSchema } from './internship-matching-state.ts';
import type { WorkflowWiring } from './wiring.ts';

/** Finish: the run is done; it succeeded and its stage is free again. */
export const finishInternshipMatchingRunTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  await endMatchingRun(await deps.internshipMatching(), internshipMatchingStateSchema.parse(event.input), { status: 'succeeded' });
  return {};
};
