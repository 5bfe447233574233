import * as z from 'zod';
import { recordWorkflowFailure } from '../../shared/catalogue/use-cases/record-workflow-failure.ts';
import type { WorkflowWiring } from './wiring.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';
import { seasonStateSchema } from './season-state.ts';

/** A Catch with `ResultPath: $.error` puts Step Functions' error object here. */
const failedStateSchema = seasonStateSchema.extend({
  error: z.object({ Error: z.string(), Cause: z.string().optional() }),
});

/** The RecordFailure state passes `$$.Execution.Name`, so a retried RecordFailure keeps one record per execution. */
const failureEventSchema = z.object({ workflow: z.string().min(1), execution: z.string().min(1) });

/** Stores the failure under the season, where staff see it (GET /seasons/{seasonId}/workflow-failures). */
export const recordWorkflowFailureTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const state = failedStateSchema.parse(event.input);
  const { workflow, execution } = failureEventSchema.parse(event);
  const cause = state.error.Cause ?? '';
  const failure = await recordWorkflowFailure(deps, {
    id: execution,
    workflow,
    programmeId: state.programmeId,
    seasonId: state.seasonId,
    error: state.error.Error,
    cause,
  });
  return { recorded: failure.id };
};
