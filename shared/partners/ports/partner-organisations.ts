import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { PartnerOrganisation, PartnerOrganisationContent, PartnerOrganisationKind } from '../partner-organisation-schema.ts';

export type PartnerOrganisationSaveOutcome =
  | { readonly saved: true; readonly organisation: PartnerOrganisation }
  | { readonly saved: false; readonly currentVersion: number };

/** Which organisations a list holds: a region's (null: the federal ones), of one kind, or both; neither lists them all. */
export interface PartnerOrganisationFilter {
  readonly region?: string | null | undefined;
  readonly kind?: PartnerOrganisationKind | undefined;
}

/** The registry of partner organisations, one record each; a partner's `custom:organisation` claim names one. */
export interface PartnerOrganisations {
  find(organisationId: string): Promise<PartnerOrganisation | undefined>;
  /** The youth-policy bodies of one region (normally one) that are not retired: where a region's finalists' data goes. */
  youthPolicyBodiesOf(region: string): Promise<readonly PartnerOrganisation[]>;
  /** By region, kind and id, a page at a time (retired ones included: staff see them flagged). */
  list(filter: PartnerOrganisationFilter, page: PageRequest): Promise<Page<PartnerOrganisation>>;
  /** Creates (expectedVersion 0) or replaces the record at the version read; refused with the current version otherwise. */
  save(
    organisationId: string,
    content: PartnerOrganisationContent,
    expectedVersion: number,
    at: string,
  ): Promise<PartnerOrganisationSaveOutcome>;
}
