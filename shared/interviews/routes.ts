import * as z from 'zod';
import { FEDERAL_DISTRICT_IDS } from '../applicants/domain/profile/federal-districts.ts';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { defineRoute } from '../platform/http/route.ts';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import {
  attendanceInputSchema,
  attendanceResultSchema,
  bookInterviewInputSchema,
  cancelInterviewQuerySchema,
  myInterviewSchema,
  rosterEntrySchema,
} from './booking-schema.ts';
import {
  INTERVIEW_FORMATS,
  interviewEventIdSchema,
  interviewEventInputSchema,
  interviewEventSchema,
  interviewOptionSchema,
} from './interview-event-schema.ts';

const limit = z.coerce.number().int().min(1).max(100).default(25);
const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const eventParams = z.strictObject({ seasonId: seasonIdSchema, eventId: interviewEventIdSchema });
const applicationParams = z.strictObject({ applicationId: applicationIdSchema });

export const saveInterviewEventRoute = defineRoute({
  operationId: 'saveInterviewEvent',
  method: 'PUT',
  path: '/seasons/{seasonId}/interview-events/{eventId}',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Create or replace an interview event',
  description:
    'An offline sitting in a federal district (city, venue), a live online slot (a video-call link) or a recorded round (the panel watches the applicants’ verified video self-presentations), for an interview stage of the programme (422 `not-an-interview-stage`), scored with one of that stage’s rubrics (422 `rubric-not-of-stage`). The panel of a programme’s own event are experts of the season’s pool (422 `panel-member-not-in-pool`); an event owned by a partner organisation (`ownerOrganisation`: a federal ministry of the partner registry, 422 `owner-not-registered` for one unknown or retired, 422 `owner-not-federal-ministry` for another kind) is run and scored by that organisation’s people, each acting for it only while the registry bears their account out. Times are stored in UTC. Once anyone is booked, only the capacity (never below the bookings: 409 `capacity-below-booked`), panel, title, owner and booking deadline change (409 `event-has-bookings`). Send the `version` you read (0 to create).',
  tags: ['interviews'],
  request: { params: eventParams, body: interviewEventInputSchema },
  responses: {
    200: { description: 'Replaced', body: interviewEventSchema },
    201: { description: 'Created', body: interviewEventSchema },
  },
});

export const cancelInterviewEventRoute = defineRoute({
  operationId: 'cancelInterviewEvent',
  method: 'DELETE',
  path: '/seasons/{seasonId}/interview-events/{eventId}',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Call off an interview event nobody is booked on',
  description: 'It stays listed to staff as cancelled and is offered to nobody. With bookings, 409 `event-has-bookings`.',
  tags: ['interviews'],
  request: { params: eventParams, query: cancelInterviewQuerySchema },
  responses: { 200: { description: 'Cancelled', body: interviewEventSchema } },
});

export const listInterviewEventsRoute = defineRoute({
  operationId: 'listInterviewEvents',
  method: 'GET',
  path: '/seasons/{seasonId}/interview-events',
  capability: 'reviews',
  roles: ['staff', 'partner'],
  summary: 'A season’s interview events, by stage, place and start',
  description:
    'Staff of the programme see every event; a partner sees those its organisation owns (their `custom:organisation` checked against the partner registry: 404 `organisation-not-registered`, 403 `organisation-retired` or `organisation-region-mismatch`; a page may then hold fewer than `limit`: follow `nextCursor`). `place` (a federal district, `online` or `recorded`) needs `stage`.',
  tags: ['interviews'],
  request: {
    params: seasonParams,
    query: z
      .strictObject({
        stage: localIdSchema.optional(),
        place: z.enum([...FEDERAL_DISTRICT_IDS, 'online', 'recorded']).optional(),
        limit,
        cursor: cursorQuerySchema,
      })
      .refine((query) => query.place === undefined || query.stage !== undefined, {
        path: ['place'],
        message: 'A place needs a stage',
        params: { code: 'place-needs-stage', message: { ru: 'Место указывают вместе с этапом', en: 'A place needs a stage' } },
      }),
  },
  responses: {
    200: {
      description: 'A page of events',
      body: z.strictObject({ items: z.array(interviewEventSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getInterviewEventRoute = defineRoute({
  operationId: 'getInterviewEvent',
  method: 'GET',
  path: '/seasons/{seasonId}/interview-events/{eventId}',
  capability: 'reviews',
  roles: ['staff', 'partner', 'expert'],
  summary: 'One interview event, for the people who run it',
  description: 'Staff of the programme, the owning organisation’s people and the panel; 404 for anyone else.',
  tags: ['interviews'],
  request: { params: eventParams },
  responses: { 200: { description: 'The event', body: interviewEventSchema } },
});

export const listMyInterviewEventsRoute = defineRoute({
  operationId: 'listMyInterviewEvents',
  method: 'GET',
  path: '/me/interview-events',
  capability: 'reviews',
  roles: ['expert', 'partner'],
  summary: 'The interview events of a season the caller sits on the panel of',
  description: 'By stage, place and start. A page may hold fewer than `limit` (the season’s list is filtered): follow `nextCursor`.',
  tags: ['interviews'],
  request: { query: z.strictObject({ seasonId: seasonIdSchema, limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of the caller’s events',
      body: z.strictObject({ items: z.array(interviewEventSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const listEventRosterRoute = defineRoute({
  operationId: 'listEventRoster',
  method: 'GET',
  path: '/seasons/{seasonId}/interview-events/{eventId}/bookings',
  capability: 'reviews',
  roles: ['staff', 'partner', 'expert'],
  summary: 'Who is booked on an interview event',
  description:
    'For the people who run it (404 for anyone else): each booking with the applicant’s name, to check them in, their track and how it went.',
  tags: ['interviews'],
  request: { params: eventParams, query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of the roster, by application id',
      body: z.strictObject({ items: z.array(rosterEntrySchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const recordAttendanceRoute = defineRoute({
  operationId: 'recordInterviewAttendance',
  method: 'PUT',
  path: '/seasons/{seasonId}/interview-events/{eventId}/bookings/{applicationId}/attendance',
  capability: 'reviews',
  roles: ['staff', 'partner', 'expert'],
  summary: 'Record that a booked applicant came, or did not',
  description:
    'From the event’s start (409 `event-not-started`). `attended` opens a scorecard (a review on the event’s rubric) for every panel member without a conflict of interest; they score it under /me/reviews. Sending it again opens the ones missing. A `no-show` can be corrected to `attended`, not the other way (409 `attendance-recorded`).',
  tags: ['interviews'],
  request: {
    params: z.strictObject({ seasonId: seasonIdSchema, eventId: interviewEventIdSchema, applicationId: applicationIdSchema }),
    body: attendanceInputSchema,
  },
  responses: { 200: { description: 'The booking, and each panel member’s scorecard', body: attendanceResultSchema } },
});

export const listInterviewOptionsRoute = defineRoute({
  operationId: 'listInterviewOptions',
  method: 'GET',
  path: '/applications/{applicationId}/interview-options',
  capability: 'reviews',
  roles: ['applicant'],
  summary: 'The interview events the caller’s application may book',
  description:
    'For an application at an interview stage (409 `not-at-interview-stage`): `offline` events in the federal district of the region it was submitted from, or `online` / `recorded` ones; from now on, still open, with a seat left. A page may hold fewer than `limit`: follow `nextCursor`.',
  tags: ['interviews'],
  request: {
    params: applicationParams,
    query: z.strictObject({ format: z.enum(INTERVIEW_FORMATS).default('offline'), limit, cursor: cursorQuerySchema }),
  },
  responses: {
    200: {
      description: 'A page of bookable events, soonest first',
      body: z.strictObject({ items: z.array(interviewOptionSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getMyInterviewRoute = defineRoute({
  operationId: 'getMyInterview',
  method: 'GET',
  path: '/applications/{applicationId}/interview',
  capability: 'reviews',
  roles: ['applicant'],
  summary: 'The caller’s interview booking in the application’s current stage',
  description: 'With the event: when, where, the video-call link of an online interview. 404 when there is none.',
  tags: ['interviews'],
  request: { params: applicationParams },
  responses: { 200: { description: 'The booking and its event', body: myInterviewSchema } },
});

export const bookInterviewRoute = defineRoute({
  operationId: 'bookInterview',
  method: 'PUT',
  path: '/applications/{applicationId}/interview',
  capability: 'reviews',
  roles: ['applicant'],
  summary: 'Book an interview, or move the booking to another event',
  description:
    'One booking per interview stage. The event must be one of the application’s options (422 `event-not-offered`), open (409 `booking-closed`; a move also needs the old event open) and have a seat (409 `event-full`, held by the write however many book at once); a recorded interview needs the verified video self-presentation (409 `video-not-verified`). Send `version` 0 to book, or the booking’s version to move or book again after cancelling (409 `version-conflict`). A confirmation mail follows, with a calendar invitation (.ics) for a live interview and a reminder the day before.',
  tags: ['interviews'],
  request: { params: applicationParams, body: bookInterviewInputSchema },
  responses: {
    200: { description: 'Moved (or already booked on that event)', body: myInterviewSchema },
    201: { description: 'Booked', body: myInterviewSchema },
  },
});

export const cancelInterviewBookingRoute = defineRoute({
  operationId: 'cancelInterviewBooking',
  method: 'DELETE',
  path: '/applications/{applicationId}/interview',
  capability: 'reviews',
  roles: ['applicant'],
  summary: 'Cancel the caller’s interview booking',
  description:
    'Until the event’s booking deadline (409 `booking-closed`), at the `version` read; the seat is freed and the reminder withdrawn. An interview already held cannot be cancelled (409 `booking-settled`).',
  tags: ['interviews'],
  request: { params: applicationParams, query: cancelInterviewQuerySchema },
  responses: { 200: { description: 'The cancelled booking', body: myInterviewSchema } },
});

/** Interview events, bookings and attendance (served by the reviews function: the panel scores through reviews). */
export const interviewRoutes = [
  saveInterviewEventRoute,
  cancelInterviewEventRoute,
  listInterviewEventsRoute,
  getInterviewEventRoute,
  listEventRosterRoute,
  recordAttendanceRoute,
  listInterviewOptionsRoute,
  getMyInterviewRoute,
  bookInterviewRoute,
  cancelInterviewBookingRoute,
  listMyInterviewEventsRoute,
] as const;
