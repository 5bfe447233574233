import type { Identity } from '../../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../../platform/paging/page.ts';
import type { PlacementStatus } from '../../placement-schema.ts';
import { toPlacementView, type PlacementView } from '../../placement-view.ts';
import { organisationOf } from '../host-access.ts';
import { ownPlacement, runPlacement } from './placement-access.ts';
import type { PlacementDependencies } from './placement-dependencies.ts';

/** The applicant's latest placement, with its offer: one Query of the application's placements and one read of the offer. */
export const readMyPlacement = async (
  deps: Pick<PlacementDependencies, 'placements' | 'offers' | 'clock'>,
  identity: Identity,
  applicationId: string,
): Promise<PlacementView> => {
  const placement = await ownPlacement(deps, identity, applicationId);
  const offers = await deps.offers.factsOf(placement.seasonId, [placement.offerId]);
  return toPlacementView(placement, offers.get(placement.offerId), deps.clock());
};

/** A placement for its host's people and staff of its programme. */
export const readPlacement = async (
  deps: Pick<PlacementDependencies, 'placements' | 'partnerOrganisation' | 'offers' | 'clock'>,
  identity: Identity,
  target: { readonly applicationId: string; readonly placementId: string },
): Promise<PlacementView> => {
  const { placement } = await runPlacement(deps, identity, target);
  const offers = await deps.offers.factsOf(placement.seasonId, [placement.offerId]);
  return toPlacementView(placement, offers.get(placement.offerId), deps.clock());
};

/**
 * A season's placements by offer and application: staff of the programme see every one (or one
 * offer's), a partner only its own organisation's, whatever it asks for. Without the offer's
 * facts (the list names the offer; read it for the rest). A status filter may leave a page short.
 */
export const listPlacements = async (
  deps: Pick<PlacementDependencies, 'placements' | 'staffedSeasons' | 'partnerOrganisation' | 'clock'>,
  identity: Identity,
  seasonId: string,
  query: PageRequest & { readonly offerId?: string | undefined; readonly status?: PlacementStatus | undefined },
): Promise<Page<PlacementView>> => {
  const staff = identity.roles.includes('staff');
  if (staff) await deps.staffedSeasons.staffedSeason(identity, seasonId);
  // A partner acts for the organisation the registry bears out; without one there is nothing to see (the empty organisation matches no placement).
  const organisation = staff ? undefined : ((await organisationOf(deps, identity)) ?? '');
  const page = await deps.placements.list(
    { seasonId, offerId: query.offerId, organisation, status: query.status },
    { limit: query.limit, cursor: query.cursor },
  );
  const now = deps.clock();
  return {
    items: page.items.map((placement) => toPlacementView(placement, undefined, now)),
    ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
  };
};
