import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { MyInterview } from '../booking-schema.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';
import { myInterviewOf } from './my-interview.ts';
import { interviewStageOf, ownApplication } from './own-application.ts';

/** The applicant's booking in their current interview stage; 404 when there is none (or it is not theirs). */
export const readMyInterview = async (
  deps: Pick<InterviewDependencies, 'store' | 'subjects'>,
  identity: Identity,
  applicationId: string,
): Promise<MyInterview> => {
  const subject = await ownApplication(deps, identity, applicationId);
  const stage = interviewStageOf(subject);
  const booking = stage === undefined ? undefined : await deps.store.findBooking(applicationId, stage);
  if (booking === undefined) throw notFound('booking');
  const event = await deps.store.findEvent(booking.seasonId, booking.eventId);
  if (event === undefined) throw notFound('booking');
  return myInterviewOf(booking, event);
};
