import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../platform/errors/common-errors.ts';
import type { MyInterview } from '../booking-schema.ts';
import { bookingOpen } from '../domain/event-offered-to.ts';
import { bookingClosed, bookingNotLive, bookingSettled, eventBusy } from '../interview-errors.ts';
import { reminderMailId } from './booking-mails.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';
import { myInterviewOf } from './my-interview.ts';
import { interviewStageOf, ownApplication } from './own-application.ts';

/**
 * The applicant cancels their booking until the event's deadline: the seat is given back in the
 * same write, the reminder withdrawn. The booking stays as cancelled, so booking again sends its
 * version like any other change.
 */
export const cancelInterviewBooking = async (
  deps: Pick<InterviewDependencies, 'store' | 'subjects' | 'mailRecall' | 'clock'>,
  identity: Identity,
  applicationId: string,
  expectedVersion: number,
): Promise<MyInterview> => {
  const subject = await ownApplication(deps, identity, applicationId);
  const stage = interviewStageOf(subject);
  const booking = stage === undefined ? undefined : await deps.store.findBooking(applicationId, stage);
  if (booking === undefined) throw notFound('booking');
  if (booking.version !== expectedVersion) throw versionConflict(booking.version);
  if (booking.status === 'cancelled') throw bookingNotLive();
  if (booking.status !== 'booked') throw bookingSettled();
  const event = await deps.store.findEvent(booking.seasonId, booking.eventId);
  if (event === undefined) throw notFound('booking');
  const at = deps.clock();
  if (!bookingOpen(event, at.toISOString())) throw bookingClosed(event.bookingClosesAt, 'params.applicationId');
  const outcome = await deps.store.cancel(
    { ...booking, status: 'cancelled', updatedAt: at.toISOString(), version: booking.version + 1 },
    booking.version,
  );
  if (!outcome.written) throw outcome.reason === 'busy' ? eventBusy() : versionConflict(outcome.currentVersion ?? booking.version);
  await deps.mailRecall.withdraw(reminderMailId(booking), at);
  return myInterviewOf(outcome.booking, { ...event, booked: Math.max(0, event.booked - 1) });
};
