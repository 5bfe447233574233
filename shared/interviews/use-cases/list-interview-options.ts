import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { bookingOpen, placeFor } from '../domain/event-offered-to.ts';
import type { InterviewFormat, InterviewOption } from '../interview-event-schema.ts';
import { notAtInterviewStage } from '../interview-errors.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';
import { interviewStageOf, ownApplication } from './own-application.ts';

/**
 * The events the applicant may book in one format: offline ones in their own federal district,
 * online and recorded ones from anywhere; from now on, still open and with a seat left. A page
 * may hold fewer than asked (full or closed events drop out): follow `nextCursor`.
 */
export const listInterviewOptions = async (
  deps: Pick<InterviewDependencies, 'store' | 'subjects' | 'clock'>,
  identity: Identity,
  applicationId: string,
  format: InterviewFormat,
  page: PageRequest,
): Promise<Page<InterviewOption>> => {
  const subject = await ownApplication(deps, identity, applicationId);
  const stage = interviewStageOf(subject);
  if (stage === undefined) throw notAtInterviewStage();
  const place = placeFor(subject.application, format);
  if (place === undefined) return { items: [], nextCursor: undefined };
  const now = deps.clock().toISOString();
  const events = await deps.store.events(subject.application.seasonId, { stage, place, from: now }, page);
  return {
    items: events.items
      .filter((event) => event.status === 'scheduled' && bookingOpen(event, now) && event.booked < event.capacity)
      .map((event) => ({
        id: event.id,
        stage: event.stage,
        format: event.format,
        ...(event.title === undefined ? {} : { title: event.title }),
        ...(event.federalDistrict === undefined ? {} : { federalDistrict: event.federalDistrict }),
        ...(event.city === undefined ? {} : { city: event.city }),
        ...(event.venue === undefined ? {} : { venue: event.venue }),
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        bookingClosesAt: event.bookingClosesAt,
        seatsLeft: event.capacity - event.booked,
      })),
    nextCursor: events.nextCursor,
  };
};
