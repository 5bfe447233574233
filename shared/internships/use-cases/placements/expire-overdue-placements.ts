import type { Programme } from '../../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import { decideStep } from '../../domain/placements/placement-steps.ts';
import type { Placement } from '../../placement-schema.ts';
import type { PlacementDependencies } from './placement-dependencies.ts';
import { mailsForStep } from './placement-mails.ts';

/** Offers the calendar's tick expires at most per minute; a larger backlog goes on at the next tick. */
export const EXPIRIES_PER_TICK = 200;

export type ExpiryOutcome = 'expired' | 'answered' | 'error';

/** A tick's reads of the catalogue, once per programme and season however many of their placements expire. */
const memo = <T>(find: (id: string) => Promise<T | undefined>) => {
  const found = new Map<string, Promise<T | undefined>>();
  return (id: string): Promise<T | undefined> => {
    const known = found.get(id) ?? find(id);
    found.set(id, known);
    return known;
  };
};

/**
 * Offers nobody answered by their deadline expire, and their seats go back to a later round: the
 * calendar's tick reads the due ones from the sparse list of offered placements (one Query) and
 * writes each expiry as the store's step, conditional on the placement still `offered` and past
 * its deadline, so an answer that lands first wins and an expiry repeated changes nothing. The
 * applicant hears of it, and the programme's contact of the freed seat, in the expiry's own
 * transaction (placement-mails.ts).
 */
export const expireOverduePlacements = async (
  deps: Pick<PlacementDependencies, 'placements' | 'offers' | 'programmes' | 'seasons' | 'organisations' | 'recipients'>,
  now: Date,
): Promise<readonly ExpiryOutcome[]> => {
  const due = await deps.placements.overdue(now.toISOString(), EXPIRIES_PER_TICK);
  const programmeOf = memo<Programme>((id) => deps.programmes.find(id));
  const seasonOf = memo<Season>((id) => deps.seasons.find(id));
  const outcomes: ExpiryOutcome[] = [];
  for (const { applicationId, id } of due) {
    try {
      const placement = await deps.placements.find(applicationId, id);
      if (placement === undefined || !decideStep(placement, 'expire', now).allowed) {
        outcomes.push('answered');
        continue;
      }
      const [programme, season, offers] = await Promise.all([
        programmeOf(placement.programmeId),
        seasonOf(placement.seasonId),
        deps.offers.factsOf(placement.seasonId, [placement.offerId]),
      ]);
      if (programme === undefined || season === undefined)
        throw new Error('An expiring placement refers to a programme or season that does not exist');
      const at = now.toISOString();
      const next: Placement = {
        ...placement,
        status: 'expired',
        finishedAt: at,
        history: [...placement.history, { at, status: 'expired', by: 'system' }],
        version: placement.version + 1,
      };
      const mails = await mailsForStep(deps, placement, 'expired', { programme, season, offer: offers.get(placement.offerId) });
      const outcome = await deps.placements.step(placement, next, { now: at, mails });
      outcomes.push(outcome.written ? 'expired' : 'answered');
    } catch {
      // One placement's fault must not hold back the rest; it is still due at the next tick.
      outcomes.push('error');
    }
  }
  return outcomes;
};
