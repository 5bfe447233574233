import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { FEDERAL_QUERY_VALUE, type PartnerOrganisation, type PartnerOrganisationKind } from '../partner-organisation-schema.ts';
import type { PartnerDependencies } from './partner-dependencies.ts';

/** The registry for staff, by region (or `federal`), kind and id, a page at a time; retired ones are listed with their flag. */
export const listPartnerOrganisations = (
  deps: Pick<PartnerDependencies, 'organisations'>,
  query: { readonly region?: string | undefined; readonly kind?: PartnerOrganisationKind | undefined },
  page: PageRequest,
): Promise<Page<PartnerOrganisation>> =>
  deps.organisations.list({ region: query.region === FEDERAL_QUERY_VALUE ? null : query.region, kind: query.kind }, page);
