import { processMatchingStep } from '../../shared/internships/use-cases/matching-runs/process-matching-step.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';
import { internshipMatchingStateSchema } from './internship-matching-state.ts';
import type { WorkflowWiring } from './wiring.ts';

/** Step: one step of the run from its checkpoint; MoreSteps routes on the phase it returns. */
export const processInternshipMatchingStepTask = async (deps: WorkflowWiring, event: WorkflowEvent) =>
  processMatchingStep(await deps.internshipMatching(), internshipMatchingStateSchema.parse(event.input));
