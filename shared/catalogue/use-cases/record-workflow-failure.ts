import type { CatalogueDependencies } from './catalogue-dependencies.ts';
import type { WorkflowFailure } from '../ports/workflow-failure-repository.ts';
import { MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../../platform/workflow/workflow-failure-text.ts';

export type FailureReport = Omit<WorkflowFailure, 'at'>;

/** Keeps a failed workflow step under its season, where staff see it and can ask to open again. */
export const recordWorkflowFailure = async (
  deps: Pick<CatalogueDependencies, 'failures' | 'clock'>,
  report: FailureReport,
): Promise<WorkflowFailure> => {
  const failure: WorkflowFailure = {
    ...report,
    error: report.error.slice(0, MAX_WORKFLOW_ERROR_LENGTH),
    cause: report.cause.slice(0, MAX_WORKFLOW_CAUSE_LENGTH),
    at: deps.clock().toISOString(),
  };
  await deps.failures.record(failure);
  return failure;
};
