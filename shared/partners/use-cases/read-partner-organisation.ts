import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { checkPartnerClaims } from '../domain/check-partner-claims.ts';
import type { PartnerOrganisation } from '../partner-organisation-schema.ts';
import type { PartnerDependencies } from './partner-dependencies.ts';

/**
 * One organisation, for staff (any programme's: the registry is shared) and for the organisation's
 * own people (`custom:organisation` is its id), whose claims must hold against the record as for
 * every partner route (domain/check-partner-claims.ts: a retired organisation's people, or an
 * account whose region contradicts the registry's, are refused). Anyone else gets the 404 of a
 * missing organisation, so a partner cannot learn which other organisations are registered.
 */
export const readPartnerOrganisation = async (
  deps: Pick<PartnerDependencies, 'organisations'>,
  identity: Identity,
  organisationId: string,
): Promise<PartnerOrganisation> => {
  const staff = identity.roles.includes('staff');
  const own = identity.roles.includes('partner') && identity.organisation === organisationId;
  const organisation = staff || own ? await deps.organisations.find(organisationId) : undefined;
  if (organisation === undefined) throw notFound('partner organisation');
  return staff ? organisation : checkPartnerClaims(identity, organisation);
};
