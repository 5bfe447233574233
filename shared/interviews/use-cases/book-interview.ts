import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import type { BookInterviewInput, InterviewBooking, MyInterview } from '../booking-schema.ts';
import { bookingOpen, eventOfferedTo } from '../domain/event-offered-to.ts';
import {
  bookingClosed,
  bookingSettled,
  eventBusy,
  eventFull,
  eventNotOffered,
  notAtInterviewStage,
  videoNotVerified,
} from '../interview-errors.ts';
import type { BookingRefusal } from '../ports/interview-store.ts';
import { queueBookingMails } from './booking-mails.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';
import { myInterviewOf } from './my-interview.ts';
import { reclaimAbandonedSeats } from './reclaim-abandoned-seats.ts';
import { interviewStageOf, ownApplication } from './own-application.ts';

const refusal = (reason: BookingRefusal, currentVersion: number, closesAt: string) => {
  switch (reason) {
    case 'full':
      return eventFull();
    case 'closed':
      return bookingClosed(closesAt, 'body.eventId');
    case 'event-gone':
      return eventNotOffered();
    case 'version-conflict':
      return versionConflict(currentVersion);
    case 'busy':
      return eventBusy();
  }
};

/**
 * The applicant books an interview in their application's interview stage, or moves their booking
 * to another event, until the deadlines of both. One booking per stage (its key); the seat is taken
 * and the old one freed in the booking's own transaction, whose conditions hold the capacity and
 * the deadline however many book at once. Booking the event already held changes nothing. A
 * recorded interview needs the verified video self-presentation the event names. An event found
 * full first gives back the seats of applications that have left its stage since they booked.
 */
export const bookInterview = async (
  deps: Pick<InterviewDependencies, 'store' | 'subjects' | 'mailQueue' | 'mailRecall' | 'clock'>,
  identity: Identity,
  applicationId: string,
  input: BookInterviewInput,
): Promise<{ readonly created: boolean; readonly interview: MyInterview }> => {
  const subject = await ownApplication(deps, identity, applicationId);
  const stage = interviewStageOf(subject);
  if (stage === undefined) throw notAtInterviewStage();
  const event = await deps.store.findEvent(subject.application.seasonId, input.eventId);
  if (event === undefined || !eventOfferedTo(event, subject.application)) throw eventNotOffered();
  const at = deps.clock();
  const now = at.toISOString();
  const existing = await deps.store.findBooking(applicationId, stage);
  if ((existing?.version ?? 0) !== input.version) throw versionConflict(existing?.version ?? 0);
  const live = existing !== undefined && existing.status !== 'cancelled' ? existing : undefined;
  if (live !== undefined && live.status !== 'booked') throw bookingSettled();
  if (live?.eventId === event.id) return { created: false, interview: myInterviewOf(live, event) };
  if (!bookingOpen(event, now)) throw bookingClosed(event.bookingClosesAt, 'body.eventId');
  if (live !== undefined) {
    const from = await deps.store.findEvent(live.seasonId, live.eventId);
    if (from !== undefined && !bookingOpen(from, now)) throw bookingClosed(from.bookingClosesAt, 'params.applicationId');
  }
  if (event.videoRequirement !== undefined && !subject.verifiedRequirements.has(event.videoRequirement)) {
    throw videoNotVerified(event.videoRequirement);
  }
  const booking: InterviewBooking = {
    applicationId,
    seasonId: subject.application.seasonId,
    programmeId: subject.application.programmeId,
    stage,
    eventId: event.id,
    status: 'booked',
    bookedAt: now,
    updatedAt: now,
    version: input.version + 1,
  };
  let outcome = await deps.store.book(booking, input.version, live?.eventId, now);
  // A full event may hold seats of applications that have since left the stage: free them, try once more.
  if (!outcome.written && outcome.reason === 'full' && (await reclaimAbandonedSeats(deps, event)) > 0) {
    outcome = await deps.store.book(booking, input.version, live?.eventId, now);
  }
  if (!outcome.written) throw refusal(outcome.reason, outcome.currentVersion ?? 0, event.bookingClosesAt);
  await queueBookingMails(deps, subject, event, outcome.booking, existing, at);
  return { created: live === undefined, interview: myInterviewOf(outcome.booking, { ...event, booked: event.booked + 1 }) };
};
