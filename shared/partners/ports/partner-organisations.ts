import type { PartnerOrganisation, PartnerOrganisationContent } from '../partner-organisation-schema.ts';

export type PartnerOrganisationSaveOutcome =
  | { readonly saved: true; readonly organisation: PartnerOrganisation }
  | { readonly saved: false; readonly currentVersion: number };

/** The registry of partner organisations, one record each; a partner's `custom:organisation` claim names one. */
export interface PartnerOrganisations {
  find(organisationId: string): Promise<PartnerOrganisation | undefined>;
  /** The youth-policy bodies of one region (normally one): where a region's finalists' data goes. */
  youthPolicyBodiesOf(region: string): Promise<readonly PartnerOrganisation[]>;
  /** Creates (expectedVersion 0) or replaces the record at the version read; refused with the current version otherwise. */
  save(
    organisationId: string,
    content: PartnerOrganisationContent,
    expectedVersion: number,
    at: string,
  ): Promise<PartnerOrganisationSaveOutcome>;
}
