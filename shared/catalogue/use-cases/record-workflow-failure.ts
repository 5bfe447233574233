import type { CatalogueDependencies } from './catalogue-dependencies.ts';
import type { WorkflowFailure } from '../ports/workflow-failure-repository.ts';

/** Causes can be long stack-laden JSON; staff need the gist, and an item must stay small. */
const MAX_CAUSE_LENGTH = 2000;

export type FailureReport = Omit<WorkflowFailure, 'at'>;

/** Keeps a failed workflow step under its season, where staff see it and can ask to open again. */
export const recordWorkflowFailure = async (
  deps: Pick<CatalogueDependencies, 'failures' | 'clock'>,
  report: FailureReport,
): Promise<WorkflowFailure> => {
  const failure: WorkflowFailure = { ...report, cause: report.cause.slice(0, MAX_CAUSE_LENGTH), at: deps.clock().toISOString() };
  await deps.failures.record(failure);
  return failure;
};
