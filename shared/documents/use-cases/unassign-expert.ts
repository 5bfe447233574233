import type { Identity } from '../../platform/auth/identity.ts';
import { findManagedApplication } from './access/application-access.ts';
import type { DocumentsDependencies } from './documents-dependencies.ts';

/** Staff of the programme withdraw an expert's access; unassigning someone not assigned changes nothing. */
export const unassignExpert = async (
  deps: Pick<DocumentsDependencies, 'applications' | 'experts'>,
  identity: Identity,
  applicationId: string,
  expertId: string,
): Promise<void> => {
  const application = await findManagedApplication(deps, identity, applicationId);
  await deps.experts.unassign(expertId, application.id);
};
