import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../platform/errors/common-errors.ts';
import { offerFaultAgainstProgramme } from '../domain/check-offer-against-programme.ts';
import { statusAfterEdit } from '../domain/offer-review.ts';
import {
  toInternshipOfferView,
  type InternshipOffer,
  type InternshipOfferInput,
  type InternshipOfferView,
} from '../internship-offer-schema.ts';
import { hostNotRegistered, hostNotYours, offerStatusConflict, seatsBelowTaken } from '../internship-errors.ts';
import { hostSeason, mayHost } from './host-access.ts';
import type { InternshipDependencies } from './internship-dependencies.ts';

/**
 * A host organisation's people (for their own organisation) or the programme's staff (for any
 * registered host) create an offer or replace it whole at the version they read. The host must be
 * in the partner registry and fit the level (domain/check-offer-against-programme.ts). A new offer
 * is a draft; an approved one whose edit changes what applicants chose goes back to review
 * (domain/offer-review.ts). A withdrawn offer stays as it was. Its seats never go below those its
 * placements hold (409 `seats-below-taken`, with both numbers), checked by the save itself.
 */
export const saveInternshipOffer = async (
  deps: Pick<InternshipDependencies, 'store' | 'seasons' | 'staffedSeasons' | 'partnerOrganisation' | 'organisations' | 'clock'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly offerId: string },
  input: InternshipOfferInput,
): Promise<{ readonly created: boolean; readonly offer: InternshipOfferView }> => {
  const access = await hostSeason(deps, identity, target.seasonId);
  if (!access.staff && input.hostOrganisation !== access.organisation) throw hostNotYours();
  const existing = await deps.store.findOffer(target.seasonId, target.offerId);
  // Another host's offer is as good as missing: its id proves nothing to a partner.
  if (existing !== undefined && !mayHost(access, existing)) throw notFound('internship-offer');
  if ((existing?.version ?? 0) !== input.version) throw versionConflict(existing?.version ?? 0);
  if (existing?.status === 'withdrawn') throw offerStatusConflict('withdrawn');
  const host = await deps.organisations.find(input.hostOrganisation);
  // A retired organisation takes no new offers: its people can no longer act for it.
  if (host === undefined || host.retired === true) throw hostNotRegistered(input.hostOrganisation);
  const { version, ...content } = input;
  const fault = offerFaultAgainstProgramme(access.programme.settings, content, host);
  if (fault !== undefined) throw fault;
  const now = deps.clock().toISOString();
  const status = statusAfterEdit(existing, content);
  const statusKept =
    existing !== undefined && existing.status === status
      ? {
          ...(existing.statusReason === undefined ? {} : { statusReason: existing.statusReason }),
          ...(existing.statusBy === undefined ? {} : { statusBy: existing.statusBy }),
          ...(existing.statusAt === undefined ? {} : { statusAt: existing.statusAt }),
        }
      : { statusBy: identity.subject, statusAt: now };
  const offer: InternshipOffer = {
    ...content,
    seasonId: target.seasonId,
    programmeId: access.programme.id,
    id: target.offerId,
    hostName: host.name,
    hostKind: host.kind,
    status,
    ...statusKept,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    version: version + 1,
  };
  const outcome = await deps.store.saveOffer(offer, version);
  if (!outcome.written) {
    throw outcome.reason === 'seats-below-taken'
      ? seatsBelowTaken(offer.seats, outcome.held, outcome.accepted)
      : versionConflict(outcome.currentVersion);
  }
  return { created: existing === undefined, offer: toInternshipOfferView(outcome.record) };
};
