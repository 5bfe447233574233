import type { Identity } from '../../../platform/auth/identity.ts';
import { MAX_PENDING_EFFECTS_LISTED, type PendingEffect } from '../../ports/pending-effect-repository.ts';
import { loadApplicationContext } from '../../../applications/use-cases/load-application-context.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

/** Effects of an application's moves that later capabilities owe, for the staff of its programme. */
export const listPendingEffects = async (
  deps: Pick<TransitionDependencies, 'applications' | 'programmes' | 'seasons' | 'pendingEffects'>,
  identity: Identity,
  applicationId: string,
): Promise<readonly PendingEffect[]> => {
  await loadApplicationContext(deps, identity, applicationId, ['staff']);
  return (await deps.pendingEffects.listForApplication(applicationId)).slice(0, MAX_PENDING_EFFECTS_LISTED);
};
