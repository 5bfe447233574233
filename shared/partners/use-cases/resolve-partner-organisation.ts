import { AppError } from '../../platform/errors/app-error.ts';
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

/**
 * The id of the organisation a caller acts for, or undefined where the registry refuses their
 * claims (or they are no partner): for a module that grants a partner's reading on top of other
 * rights, where a refusal means only "not through this organisation". A failing read still throws.
 */
export const actingOrganisationId = async (
  deps: Pick<PartnerDependencies, 'organisations'>,
  identity: Identity,
): Promise<string | undefined> => {
  if (!identity.roles.includes('partner')) return undefined;
  try {
    return (await resolvePartnerOrganisation(deps, identity)).id;
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
};
