import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { toInternshipOfferView, type InternshipOfferView } from '../internship-offer-schema.ts';
import type { OfferListFilter } from '../ports/internship-store.ts';
import { hostSeason } from './host-access.ts';
import type { InternshipDependencies } from './internship-dependencies.ts';

/**
 * A season's offers by status, level, region and id, each with how its seats are taken. Staff of
 * the programme see every host's and may filter by host; a partner sees their own organisation's
 * only (another `host` is an empty list). A page may hold fewer than asked where the filters are not a prefix of the list's order:
 * follow `nextCursor`.
 */
export const listInternshipOffers = async (
  deps: Pick<InternshipDependencies, 'store' | 'seasons' | 'staffedSeasons' | 'partnerOrganisation'>,
  identity: Identity,
  seasonId: string,
  filter: Omit<OfferListFilter, 'openToTrack'>,
  page: PageRequest,
): Promise<Page<InternshipOfferView>> => {
  const access = await hostSeason(deps, identity, seasonId);
  if (!access.staff && filter.host !== undefined && filter.host !== access.organisation) return { items: [], nextCursor: undefined };
  const found = await deps.store.offers(seasonId, access.staff ? filter : { ...filter, host: access.organisation }, page);
  return { items: found.items.map(toInternshipOfferView), nextCursor: found.nextCursor };
};
