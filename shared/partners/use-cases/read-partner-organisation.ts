import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { PartnerOrganisation } from '../partner-organisation-schema.ts';
import type { PartnerDependencies } from './partner-dependencies.ts';

/**
 * One organisation, for staff (any programme's: the registry is shared) and for the organisation's
 * own people (`custom:organisation` is its id). Anyone else gets the 404 of a missing organisation,
 * so a partner cannot learn which other organisations are registered.
 */
export const readPartnerOrganisation = async (
  deps: Pick<PartnerDependencies, 'organisations'>,
  identity: Identity,
  organisationId: string,
): Promise<PartnerOrganisation> => {
  const allowed = identity.roles.includes('staff') || (identity.roles.includes('partner') && identity.organisation === organisationId);
  const organisation = allowed ? await deps.organisations.find(organisationId) : undefined;
  if (organisation === undefined) throw notFound('partner organisation');
  return organisation;
};
