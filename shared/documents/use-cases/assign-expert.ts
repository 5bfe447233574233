import type { Identity } from '../../platform/auth/identity.ts';
import { findManagedApplication } from './access/application-access.ts';
import type { DocumentsDependencies } from './documents-dependencies.ts';

/** Staff of the programme assign an expert to an application; assigning twice changes nothing. */
export const assignExpert = async (
  deps: Pick<DocumentsDependencies, 'applications' | 'experts' | 'clock'>,
  identity: Identity,
  applicationId: string,
  expertId: string,
): Promise<void> => {
  const application = await findManagedApplication(deps, identity, applicationId);
  await deps.experts.assign(expertId, application.id, identity.subject, deps.clock().toISOString());
};
