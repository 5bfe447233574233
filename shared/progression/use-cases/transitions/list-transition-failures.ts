import type { Identity } from '../../../platform/auth/identity.ts';
import { MAX_TRANSITION_FAILURES_LISTED, type TransitionFailure } from '../../ports/transition-failure-repository.ts';
import type { ApplicationRequestDependencies } from './transition-dependencies.ts';

/** An application's failed transitions, open and retried, for the staff of its programme. */
export const listTransitionFailures = async (
  deps: Pick<ApplicationRequestDependencies, 'applicationAccess' | 'transitionFailures'>,
  identity: Identity,
  applicationId: string,
): Promise<readonly TransitionFailure[]> => {
  await deps.applicationAccess.load(identity, applicationId, ['staff']);
  return (await deps.transitionFailures.listForApplication(applicationId)).slice(0, MAX_TRANSITION_FAILURES_LISTED);
};
