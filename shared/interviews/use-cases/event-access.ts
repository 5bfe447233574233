import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/**
 * An event as the people who run it reach it: staff of its programme, the people of the partner
 * organisation that owns it, and its panel. Anyone else gets the 404 of a missing event, so event
 * ids prove nothing.
 */
export const runEvent = async (
  deps: Pick<InterviewDependencies, 'store' | 'staffedSeasons'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly eventId: string },
): Promise<InterviewEvent> => {
  const event = await deps.store.findEvent(target.seasonId, target.eventId);
  if (event === undefined) throw notFound('interview-event');
  if (event.panel.includes(identity.subject)) return event;
  if (identity.roles.includes('partner') && event.ownerOrganisation !== undefined && event.ownerOrganisation === identity.organisation) {
    return event;
  }
  if (identity.roles.includes('staff')) {
    // The catalogue's scope check throws the same 404 for a season outside the caller's programmes.
    await deps.staffedSeasons.staffedSeason(identity, target.seasonId).catch(() => {
      throw notFound('interview-event');
    });
    return event;
  }
  throw notFound('interview-event');
};
