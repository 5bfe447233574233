import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../platform/errors/common-errors.ts';
import type { AttendanceInput, AttendanceResult, InterviewBooking } from '../booking-schema.ts';
import { attendanceAlreadyRecorded, eventNotStarted } from '../interview-errors.ts';
import { runEvent } from './event-access.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

/**
 * At the event, the panel (or staff, or the owning organisation's people) records who came. An
 * attendance opens a scorecard for every panel member on the event's rubric (the reviews
 * capability's work from there: scoring, the aggregate, the move on it); recording it again opens
 * the ones missing (a member added to the panel since). A no-show opens nothing and can be
 * corrected to an attendance; an attendance cannot become a no-show once scorecards exist.
 */
export const recordAttendance = async (
  deps: Pick<InterviewDependencies, 'store' | 'staffedSeasons' | 'partnerOrganisation' | 'panelScorecards' | 'clock'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly eventId: string; readonly applicationId: string },
  input: AttendanceInput,
): Promise<AttendanceResult> => {
  const event = await runEvent(deps, identity, target);
  const booking = await deps.store.findBooking(target.applicationId, event.stage);
  if (booking === undefined || booking.eventId !== event.id || booking.status === 'cancelled') throw notFound('booking');
  const now = deps.clock();
  if (now.getTime() < Date.parse(event.startsAt)) throw eventNotStarted(event.startsAt);
  if (booking.status === 'attended' && input.outcome === 'no-show') throw attendanceAlreadyRecorded();
  let current: InterviewBooking = booking;
  if (booking.status !== input.outcome) {
    const outcome = await deps.store.recordAttendance(
      {
        ...booking,
        status: input.outcome,
        attendance: { by: identity.subject, at: now.toISOString() },
        updatedAt: now.toISOString(),
        version: booking.version + 1,
      },
      booking.version,
    );
    if (!outcome.written) throw versionConflict(outcome.currentVersion ?? booking.version);
    current = outcome.booking;
  }
  const scorecards =
    current.status === 'attended'
      ? await deps.panelScorecards.open({
          applicationId: current.applicationId,
          rubricId: event.rubricId,
          panel: event.panel,
          eventId: event.id,
          ownerOrganisation: event.ownerOrganisation,
          openedBy: identity.subject,
        })
      : [];
  return { booking: current, scorecards: [...scorecards] };
};
