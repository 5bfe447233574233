import type { TransitionRequest } from '../../ports/transition-request.ts';
import { transitionExecutionName } from '../../domain/transition-execution-name.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

/** Starts the applicationTransition Express machine; the same call for staff, retries and, later, other capabilities. */
export const startTransition = async (
  deps: Pick<TransitionDependencies, 'workflows'>,
  request: TransitionRequest,
): Promise<{ readonly executionArn: string }> => {
  const { executionArn } = await deps.workflows.start({
    workflow: 'applicationTransition',
    executionName: transitionExecutionName(request.applicationId),
    input: { ...request },
  });
  return { executionArn };
};
