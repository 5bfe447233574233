import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { CandidateRanking } from '../candidate-ranking-schema.ts';
import type { CountedOffer, InternshipOffer } from '../internship-offer-schema.ts';
import { internshipsNotOffered } from '../internship-errors.ts';
import type { InternshipDependencies } from './internship-dependencies.ts';

export interface HostSeason {
  readonly season: Season;
  readonly programme: Programme;
  /** Staff of the programme act for any host; anyone else only for `organisation`. */
  readonly staff: boolean;
  readonly organisation: string | undefined;
}

/**
 * The registered organisation a partner acts for. A claim the registry does not bear out (unknown,
 * retired, another region) refuses a partner, but not a staff member who also holds the partner
 * role: they still act as staff.
 */
export const organisationOf = async (
  deps: Pick<InternshipDependencies, 'partnerOrganisation'>,
  identity: Identity,
): Promise<string | undefined> => {
  if (!identity.roles.includes('partner')) return undefined;
  try {
    return (await deps.partnerOrganisation.resolve(identity)).id;
  } catch (error) {
    if (identity.roles.includes('staff')) return undefined;
    throw error;
  }
};

/**
 * A season as the people who publish offers reach it: staff of its programme, or a partner (hosts
 * are not scoped by programme: a ministry hosts in every programme that takes its offers). Anyone
 * else gets the 404 of a missing season; a programme without internships settings takes no offers.
 */
export const hostSeason = async (
  deps: Pick<InternshipDependencies, 'seasons' | 'staffedSeasons' | 'partnerOrganisation'>,
  identity: Identity,
  seasonId: string,
): Promise<HostSeason> => {
  const organisation = await organisationOf(deps, identity);
  let found: { readonly season: Season; readonly programme: Programme } | undefined;
  let staff = false;
  if (identity.roles.includes('staff')) {
    found = await deps.staffedSeasons.staffedSeason(identity, seasonId).catch((error: unknown) => {
      if (organisation === undefined) throw error;
      return undefined;
    });
    staff = found !== undefined;
  }
  // A season staff still prepare is not published: hosts do not see it yet.
  if (found === undefined && organisation !== undefined) {
    const published = await deps.seasons.find(seasonId);
    found = published?.season.status === 'draft' ? undefined : published;
  }
  if (found === undefined) throw notFound('season');
  if (found.programme.settings.internships === undefined) throw internshipsNotOffered();
  return { ...found, staff, organisation };
};

/** Whether the caller may see and act on the offer: staff of its programme, or its host's people. */
export const mayHost = (access: HostSeason, offer: Pick<InternshipOffer, 'hostOrganisation'>): boolean =>
  access.staff || (access.organisation !== undefined && access.organisation === offer.hostOrganisation);

/**
 * An offer as its host's people and the programme's staff reach it; anyone else, a partner of
 * another organisation included, gets the 404 of a missing offer, so offer ids prove nothing.
 */
export const hostedOffer = async (
  deps: Pick<InternshipDependencies, 'seasons' | 'staffedSeasons' | 'store' | 'partnerOrganisation'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly offerId: string },
): Promise<HostSeason & { readonly offer: CountedOffer }> => {
  const access = await hostSeason(deps, identity, target.seasonId);
  const offer = await deps.store.findOffer(target.seasonId, target.offerId);
  if (offer === undefined || !mayHost(access, offer)) throw notFound('internship-offer');
  return { ...access, offer };
};

/** As `hostedOffer`, with the host's ranking of the offer's candidates read in the same request. */
export const hostedOfferWithRanking = async (
  deps: Pick<InternshipDependencies, 'seasons' | 'staffedSeasons' | 'store' | 'partnerOrganisation'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly offerId: string },
): Promise<HostSeason & { readonly offer: CountedOffer; readonly ranking: CandidateRanking | undefined }> => {
  const access = await hostSeason(deps, identity, target.seasonId);
  const found = await deps.store.findOfferWithRanking(target.seasonId, target.offerId);
  if (found === undefined || !mayHost(access, found.offer)) throw notFound('internship-offer');
  return { ...access, ...found };
};
