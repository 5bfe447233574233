import type { Identity } from '../../platform/auth/identity.ts';
import { checkPartnerClaims } from '../domain/check-partner-claims.ts';
import { partnerOrganisationIdSchema, type PartnerOrganisation } from '../partner-organisation-schema.ts';
import type { PartnerOrganisationResolver } from '../ports/partner-organisation-resolver.ts';
import type { PartnerDependencies } from './partner-dependencies.ts';

/**
 * The registered organisation whose id is the caller's `custom:organisation`, once the claims hold
 * against the registry (domain/check-partner-claims.ts): one GetItem, none when the claim is
 * missing or could not be a registry id (an organisation's name, as accounts made before the
 * registry carry).
 */
export const resolvePartnerOrganisation = async (
  deps: Pick<PartnerDependencies, 'organisations'>,
  identity: Identity,
): Promise<PartnerOrganisation> => {
  const claimed = partnerOrganisationIdSchema.safeParse(identity.organisation);
  return checkPartnerClaims(identity, claimed.success ? await deps.organisations.find(claimed.data) : undefined);
};

/** The same check as the port other modules declare for it, for their functions' wiring to plug in. */
export const partnerOrganisationResolver = (deps: Pick<PartnerDependencies, 'organisations'>): PartnerOrganisationResolver => ({
  resolve: (identity) => resolvePartnerOrganisation(deps, identity),
});
