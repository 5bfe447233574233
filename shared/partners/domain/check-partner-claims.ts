import type { Identity } from '../../platform/auth/identity.ts';
import type { PartnerOrganisation } from '../partner-organisation-schema.ts';
import { organisationNotRegistered, organisationRegionMismatch, organisationRetired } from '../partner-errors.ts';

/**
 * The organisation a partner acts for, once their claims hold against the registry; otherwise the
 * refusal. The `custom:organisation` claim must name a registered organisation that is not retired.
 * Where the registry places the organisation in a region (a regional body always, an employer when
 * it is regional), the registry is the partner's region: a `custom:region` claim may repeat it but
 * never contradict it, since a partner whose claims disagree would otherwise see one region's data
 * through another's scope. A federal organisation's people may carry any region, or none.
 */
export const checkPartnerClaims = (
  identity: Pick<Identity, 'organisation' | 'region'>,
  organisation: PartnerOrganisation | undefined,
): PartnerOrganisation => {
  if (identity.organisation === undefined || organisation === undefined || organisation.id !== identity.organisation)
    throw organisationNotRegistered();
  if (organisation.retired === true) throw organisationRetired();
  if (organisation.region !== null && identity.region !== undefined && identity.region !== organisation.region)
    throw organisationRegionMismatch(identity.region, organisation.region);
  return organisation;
};
