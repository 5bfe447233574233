import type { Identity } from '../../platform/auth/identity.ts';
import type { PartnerOrganisation } from '../partner-organisation-schema.ts';

/**
 * The registered organisation a partner acts for, from their claims, refusing claims the registry
 * does not bear out (404 `organisation-not-registered`, 403 `organisation-retired` or
 * `organisation-region-mismatch`). A module that acts for partners (internship offers, releases of
 * finalist data) takes this port, and its function's wiring plugs in the partners' use case
 * (`partnerOrganisationResolver` in use-cases/resolve-partner-organisation.ts).
 */
export interface PartnerOrganisationResolver {
  resolve(identity: Identity): Promise<PartnerOrganisation>;
}
