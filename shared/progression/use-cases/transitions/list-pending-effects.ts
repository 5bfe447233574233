import type { Identity } from '../../../platform/auth/identity.ts';
import { MAX_PENDING_EFFECTS_LISTED, type PendingEffect } from '../../ports/pending-effect-repository.ts';
import type { ApplicationRequestDependencies } from './transition-dependencies.ts';

/** Effects of an application's moves that later capabilities owe, for the staff of its programme. */
export const listPendingEffects = async (
  deps: Pick<ApplicationRequestDependencies, 'applicationAccess' | 'pendingEffects'>,
  identity: Identity,
  applicationId: string,
): Promise<readonly PendingEffect[]> => {
  await deps.applicationAccess.load(identity, applicationId, ['staff']);
  return (await deps.pendingEffects.listForApplication(applicationId)).slice(0, MAX_PENDING_EFFECTS_LISTED);
};
