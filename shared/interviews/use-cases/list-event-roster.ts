import { fullName } from '../../applicants/domain/profile/full-name.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { RosterEntry } from '../booking-schema.ts';
import { runEvent } from './event-access.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/**
 * Who is booked on an event, for the people who run it. An interview is held face to face (or on
 * camera), so the panel checks people in by name: the roster carries the name from the profile and
 * nothing else of it.
 */
export const listEventRoster = async (
  deps: Pick<InterviewDependencies, 'store' | 'staffedSeasons' | 'partnerOrganisation' | 'subjects'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly eventId: string },
  page: PageRequest,
): Promise<Page<RosterEntry>> => {
  await runEvent(deps, identity, target);
  const bookings = await deps.store.roster(target.seasonId, target.eventId, page);
  const facts = await deps.subjects.rosterFacts(bookings.items.map((booking) => booking.applicationId));
  return {
    items: bookings.items.map((booking) => {
      const fact = facts.get(booking.applicationId);
      const name = fact?.profile?.name;
      return {
        applicationId: booking.applicationId,
        ...(name === undefined ? {} : { name: fullName(name) }),
        ...(fact?.application.track === undefined ? {} : { track: fact.application.track.track }),
        status: booking.status,
        bookedAt: booking.bookedAt,
        ...(booking.attendance === undefined ? {} : { attendance: booking.attendance }),
      };
    }),
    nextCursor: bookings.nextCursor,
  };
};
