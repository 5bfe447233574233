import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../platform/errors/common-errors.ts';
import { offerFaultAgainstProgramme } from '../domain/check-offer-against-programme.ts';
import { OFFER_STATUS_CHANGES, type OfferStatusChange } from '../domain/offer-review.ts';
import {
  toInternshipOfferView,
  type InternshipOffer,
  type InternshipOfferStatus,
  type InternshipOfferView,
} from '../internship-offer-schema.ts';
import { hostNotRegistered, offerStatusConflict, seatsBelowTaken } from '../internship-errors.ts';
import { hostedOffer } from './host-access.ts';
import type { InternshipDependencies } from './internship-dependencies.ts';

/** Only the programme's staff review: approve an offer, or return it with a reason. */
const STAFF_ONLY: readonly OfferStatusChange[] = ['approve', 'return'];

/**
 * Moves an offer along draft → submitted → approved | returned, or withdraws it, at the version
 * read. The host's people submit and withdraw; staff also approve and return (with a reason the
 * host reads). Approval checks the offer against the programme and the registry as they are now.
 * Asking for the status the offer already has changes nothing and answers the offer as it is, so
 * a retried request is harmless.
 */
export const changeOfferStatus = async (
  deps: Pick<InternshipDependencies, 'store' | 'seasons' | 'staffedSeasons' | 'partnerOrganisation' | 'organisations' | 'clock'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly offerId: string },
  change: OfferStatusChange,
  input: { readonly version: number; readonly reason?: string | undefined },
): Promise<InternshipOfferView> => {
  const access = await hostedOffer(deps, identity, target);
  if (STAFF_ONLY.includes(change) && !access.staff) throw notFound('internship-offer');
  const { offer } = access;
  const rule: { readonly from: readonly InternshipOfferStatus[]; readonly to: InternshipOfferStatus } = OFFER_STATUS_CHANGES[change];
  if (offer.status === rule.to) return toInternshipOfferView(offer);
  if (offer.version !== input.version) throw versionConflict(offer.version);
  if (!rule.from.includes(offer.status)) throw offerStatusConflict(offer.status);
  let host: Pick<InternshipOffer, 'hostName' | 'hostKind'> = { hostName: offer.hostName, hostKind: offer.hostKind };
  if (change === 'approve') {
    const registered = await deps.organisations.find(offer.hostOrganisation);
    if (registered === undefined || registered.retired === true) throw hostNotRegistered(offer.hostOrganisation);
    const fault = offerFaultAgainstProgramme(access.programme.settings, offer, registered);
    if (fault !== undefined) throw fault;
    host = { hostName: registered.name, hostKind: registered.kind };
  }
  const now = deps.clock().toISOString();
  const { statusReason: _reason, ...rest } = offer;
  const changed: InternshipOffer = {
    ...rest,
    ...host,
    status: rule.to,
    ...(input.reason === undefined ? {} : { statusReason: input.reason }),
    statusBy: identity.subject,
    statusAt: now,
    updatedAt: now,
    version: offer.version + 1,
  };
  const outcome = await deps.store.saveOffer(changed, offer.version);
  if (!outcome.written) {
    // A status change keeps the seats, which the store never refuses: only the version can be stale.
    throw outcome.reason === 'seats-below-taken'
      ? seatsBelowTaken(changed.seats, outcome.held, outcome.accepted)
      : versionConflict(outcome.currentVersion);
  }
  return toInternshipOfferView(outcome.record);
};
