import type { InterviewEvent } from '../interview-event-schema.ts';
import { reminderMailId } from './booking-mails.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

const ROSTER_PAGE = 100;

/**
 * Seats held by applications that have left the event's stage since they booked (withdrawn, not
 * selected, moved on by staff) are given back: each such booking is cancelled the way its
 * applicant would (the seat in the same write, the reminder withdrawn). Run only when an event
 * turns someone away as full, so the common booking pays nothing for it; returns the seats freed.
 */
export const reclaimAbandonedSeats = async (
  deps: Pick<InterviewDependencies, 'store' | 'subjects' | 'mailRecall' | 'clock'>,
  event: InterviewEvent,
): Promise<number> => {
  let freed = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.store.roster(event.seasonId, event.id, { limit: ROSTER_PAGE, cursor });
    const booked = page.items.filter((booking) => booking.status === 'booked');
    const facts = await deps.subjects.rosterFacts(booked.map((booking) => booking.applicationId));
    for (const booking of booked) {
      if (facts.get(booking.applicationId)?.application.stage === event.stage) continue;
      const at = deps.clock();
      const outcome = await deps.store.cancel(
        { ...booking, status: 'cancelled', updatedAt: at.toISOString(), version: booking.version + 1 },
        booking.version,
      );
      if (!outcome.written) continue;
      await deps.mailRecall.withdraw(reminderMailId(booking), at);
      freed += 1;
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return freed;
};
