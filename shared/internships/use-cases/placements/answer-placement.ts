import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../../platform/errors/common-errors.ts';
import { decideStep, statusAt } from '../../domain/placements/placement-steps.ts';
import { offerExpired, offerFull, placementStepNotAllowed } from '../../placement-errors.ts';
import type { Placement } from '../../placement-schema.ts';
import { toPlacementView, type PlacementView } from '../../placement-view.ts';
import { ownPlacement } from './placement-access.ts';
import { mailsForStep } from './placement-mails.ts';
import type { PlacementDependencies } from './placement-dependencies.ts';

export interface PlacementAnswer {
  readonly answer: 'accept' | 'decline';
  readonly version: number;
  readonly reason?: string | undefined;
}

/**
 * The applicant accepts or declines the placement offered to them, before its deadline (after it,
 * 409 `offer-expired`: the seat has gone back, or will at the calendar's next tick). Accepting
 * counts a seat accepted on the offer in the same transaction, so however many accept at once, no
 * more than the offer's seats are accepted (409 `offer-full` for the rest); declining gives the
 * seat back to a later round. The host organisation's contacts are mailed the answer, and staff a
 * declined seat, in the answer's own transaction (placement-mails.ts). The pipeline moves nothing
 * on an answer.
 */
export const answerPlacement = async (
  deps: Pick<PlacementDependencies, 'placements' | 'offers' | 'programmes' | 'seasons' | 'organisations' | 'recipients' | 'clock'>,
  identity: Identity,
  applicationId: string,
  body: PlacementAnswer,
): Promise<PlacementView> => {
  const placement = await ownPlacement(deps, identity, applicationId);
  const now = deps.clock();
  if (placement.version !== body.version) throw versionConflict(placement.version);
  const decision = decideStep(placement, body.answer, now);
  if (!decision.allowed) {
    throw decision.code === 'offer-expired' ? offerExpired(placement.respondBy) : placementStepNotAllowed(body.answer, decision.from);
  }
  const [programme, season, offers] = await Promise.all([
    deps.programmes.find(placement.programmeId),
    deps.seasons.find(placement.seasonId),
    deps.offers.factsOf(placement.seasonId, [placement.offerId]),
  ]);
  if (programme === undefined || season === undefined) throw notFound('placement');
  const offer = offers.get(placement.offerId);
  const at = now.toISOString();
  const next: Placement = {
    ...placement,
    status: decision.to,
    answeredAt: at,
    ...(body.answer === 'decline' && body.reason !== undefined ? { declineReason: body.reason } : {}),
    history: [...placement.history, { at, status: decision.to, by: 'applicant' }],
    version: placement.version + 1,
  };
  const mails = await mailsForStep(deps, placement, decision.to, { programme, season, offer });
  const outcome = await deps.placements.step(placement, next, { now: at, mails });
  if (!outcome.written) {
    if (outcome.reason === 'offer-full') throw offerFull();
    // Changed meanwhile (a second answer, or the deadline's expiry): the caller reads it again.
    const current = await deps.placements.find(applicationId, placement.id);
    if (current !== undefined && statusAt(current, deps.clock()) === 'expired') throw offerExpired(current.respondBy);
    throw versionConflict(current?.version ?? placement.version);
  }
  return toPlacementView(outcome.placement, offer, now);
};
