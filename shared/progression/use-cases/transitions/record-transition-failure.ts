import type { TransitionFailure } from '../../ports/transition-failure-repository.ts';
import type { TransitionRequest } from '../../ports/transition-request.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';
import { MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../../../platform/workflow/workflow-failure-text.ts';

/**
 * The Catch of every state of applicationTransition lands here: the failure is kept in the
 * application's partition with the request that failed, for staff to see and retry.
 */
export const recordTransitionFailure = async (
  deps: Pick<TransitionDependencies, 'applications' | 'transitionFailures' | 'clock'>,
  report: { readonly execution: string; readonly request: TransitionRequest; readonly error: string; readonly cause: string },
): Promise<TransitionFailure> => {
  const application = await deps.applications.find(report.request.applicationId);
  const failure: TransitionFailure = {
    id: report.execution,
    applicationId: report.request.applicationId,
    programmeId: application?.programmeId ?? '-',
    seasonId: application?.seasonId ?? '-',
    request: report.request,
    error: report.error.slice(0, MAX_WORKFLOW_ERROR_LENGTH),
    cause: report.cause.slice(0, MAX_WORKFLOW_CAUSE_LENGTH),
    at: deps.clock().toISOString(),
    status: 'open',
  };
  await deps.transitionFailures.record(failure);
  return failure;
};
