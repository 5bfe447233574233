import type { Identity } from '../../../platform/auth/identity.ts';
import { MAX_TRANSITION_FAILURES_LISTED, type TransitionFailure } from '../../ports/transition-failure-repository.ts';
import { loadApplicationContext } from '../../../applications/use-cases/load-application-context.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

/** An application's failed transitions, open and retried, for the staff of its programme. */
export const listTransitionFailures = async (
  deps: Pick<TransitionDependencies, 'applications' | 'programmes' | 'seasons' | 'transitionFailures'>,
  identity: Identity,
  applicationId: string,
): Promise<readonly TransitionFailure[]> => {
  await loadApplicationContext(deps, identity, applicationId, ['staff']);
  return (await deps.transitionFailures.listForApplication(applicationId)).slice(0, MAX_TRANSITION_FAILURES_LISTED);
};
