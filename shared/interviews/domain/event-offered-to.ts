import { federalDistrictOf } from '../../applicants/domain/profile/region-codes.ts';
import type { Application } from '../../applications/application-schema.ts';
import { eventPlace, type InterviewEvent, type InterviewFormat } from '../interview-event-schema.ts';

/**
 * Where an application may be interviewed in a format: offline only in its own federal district
 * (from the region it applied from); online and recorded from anywhere. Undefined when an offline
 * interview has no district to go by.
 */
export const placeFor = (application: Pick<Application, 'region'>, format: InterviewFormat): string | undefined => {
  if (format !== 'offline') return format;
  return application.region === undefined ? undefined : federalDistrictOf(application.region);
};

/** Whether the event is one this application may book: same season and stage, its place, still scheduled. */
export const eventOfferedTo = (event: InterviewEvent, application: Pick<Application, 'seasonId' | 'stage' | 'region'>): boolean =>
  event.status === 'scheduled' &&
  event.seasonId === application.seasonId &&
  event.stage === application.stage &&
  placeFor(application, event.format) === eventPlace(event);

/** Whether booking (and moving off, and cancelling) is still open at `now`. */
export const bookingOpen = (event: Pick<InterviewEvent, 'bookingClosesAt'>, now: string): boolean =>
  Date.parse(now) < Date.parse(event.bookingClosesAt);
