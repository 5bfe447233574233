import type { PartnerOrganisations } from '../ports/partner-organisations.ts';

/** What the partner registry's use cases reach outside pure code for. */
export interface PartnerDependencies {
  readonly organisations: PartnerOrganisations;
  readonly clock: () => Date;
}
