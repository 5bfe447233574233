import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../platform/errors/common-errors.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';
import { eventHasBookings } from '../interview-errors.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/**
 * Staff call an event off while nobody is booked on it; it stays listed to staff as cancelled and
 * is offered to nobody. With bookings it stays: the people on it would lose their place silently.
 */
export const cancelInterviewEvent = async (
  deps: Pick<InterviewDependencies, 'store' | 'staffedSeasons' | 'clock'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly eventId: string },
  expectedVersion: number,
): Promise<InterviewEvent> => {
  await deps.staffedSeasons.staffedSeason(identity, target.seasonId);
  const event = await deps.store.findEvent(target.seasonId, target.eventId);
  if (event === undefined) throw notFound('interview-event');
  if (event.status === 'cancelled') return event;
  const outcome = await deps.store.saveEvent(
    { ...event, status: 'cancelled', updatedAt: deps.clock().toISOString(), version: expectedVersion + 1 },
    expectedVersion,
    { structural: true },
  );
  if (outcome.written) return outcome.event;
  if (outcome.reason === 'version-conflict') throw versionConflict(outcome.currentVersion);
  throw eventHasBookings(outcome.booked, 'params.eventId');
};
