import { decideStep } from '../../domain/placements/placement-steps.ts';
import type { Placement } from '../../placement-schema.ts';
import type { PlacementDependencies } from './placement-dependencies.ts';

/** Offers the calendar's tick expires at most per minute; a larger backlog goes on at the next tick. */
export const EXPIRIES_PER_TICK = 200;

export type ExpiryOutcome = 'expired' | 'answered' | 'error';

/**
 * Offers nobody answered by their deadline expire, and their seats go back to a later round: the
 * calendar's tick reads the due ones from the sparse list of offered placements (one Query) and
 * writes each expiry as the store's step, conditional on the placement still `offered` and past
 * its deadline, so an answer that lands first wins and an expiry repeated changes nothing.
 */
export const expireOverduePlacements = async (
  deps: Pick<PlacementDependencies, 'placements'>,
  now: Date,
): Promise<readonly ExpiryOutcome[]> => {
  const due = await deps.placements.overdue(now.toISOString(), EXPIRIES_PER_TICK);
  const outcomes: ExpiryOutcome[] = [];
  for (const { applicationId, id } of due) {
    try {
      const placement = await deps.placements.find(applicationId, id);
      if (placement === undefined || !decideStep(placement, 'expire', now).allowed) {
        outcomes.push('answered');
        continue;
      }
      const at = now.toISOString();
      const next: Placement = {
        ...placement,
        status: 'expired',
        finishedAt: at,
        history: [...placement.history, { at, status: 'expired', by: 'system' }],
        version: placement.version + 1,
      };
      const outcome = await deps.placements.step(placement, next, { now: at });
      outcomes.push(outcome.written ? 'expired' : 'answered');
    } catch {
      // One placement's fault must not hold back the rest; it is still due at the next tick.
      outcomes.push('error');
    }
  }
  return outcomes;
};
