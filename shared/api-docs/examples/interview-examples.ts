import { interviewRoutes } from '../../interviews/routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/**
 * The interviews' examples, in the same ПроКадры 2027 season as the other operations' (the same
 * application, expert and staff ids): a Kazan sitting for the Volga district, one applicant's
 * booking, the panel's day.
 */
const [
  saveInterviewEvent,
  cancelInterviewEvent,
  listInterviewEvents,
  getInterviewEvent,
  listEventRoster,
  recordAttendance,
  listInterviewOptions,
  getMyInterview,
  bookInterview,
  cancelInterviewBooking,
  listMyInterviewEvents,
] = interviewRoutes;

const PROGRAMME_ID = 'prokadry-2027';
const SEASON_ID = 'prokadry-2027-spring';
const APPLICATION_ID = '3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41';
const SECOND_APPLICATION_ID = '8a1c4e2b-3d5f-4a7b-8c9d-0e1f2a3b4c5d';
const EXPERT = '0a1e0000-0000-4000-8000-000000000011';
const SECOND_EXPERT = '0a1e0000-0000-4000-8000-000000000012';
const CURSOR = 'eyJwayI6IlNFQVNPTiNwcm9rYWRyeS0yMDI3LXNwcmluZyJ9';

const eventInput = {
  stage: 'interview',
  rubricId: 'expert-interview',
  format: 'offline' as const,
  title: 'Приволжский ФО: Казань, первая смена',
  federalDistrict: 'volga' as const,
  city: 'Казань',
  venue: 'ул. Кремлёвская, 18, ауд. 204',
  startsAt: '2027-10-05T10:00:00+03:00',
  endsAt: '2027-10-05T17:00:00+03:00',
  bookingClosesAt: '2027-10-03T18:00:00+03:00',
  capacity: 40,
  panel: [EXPERT, SECOND_EXPERT],
};
const event = {
  ...eventInput,
  seasonId: SEASON_ID,
  programmeId: PROGRAMME_ID,
  id: 'kazan-2027-10-05',
  startsAt: '2027-10-05T07:00:00.000Z',
  endsAt: '2027-10-05T14:00:00.000Z',
  bookingClosesAt: '2027-10-03T15:00:00.000Z',
  status: 'scheduled' as const,
  booked: 27,
  createdAt: '2027-09-01T09:00:00.000Z',
  updatedAt: '2027-09-01T09:00:00.000Z',
  version: 1,
};
const booking = {
  applicationId: APPLICATION_ID,
  seasonId: SEASON_ID,
  programmeId: PROGRAMME_ID,
  stage: 'interview',
  eventId: event.id,
  status: 'booked' as const,
  bookedAt: '2027-09-20T16:40:00.000Z',
  updatedAt: '2027-09-20T16:40:00.000Z',
  version: 1,
};
const myInterview = {
  booking,
  event: {
    id: event.id,
    stage: event.stage,
    format: event.format,
    title: event.title,
    federalDistrict: event.federalDistrict,
    city: event.city,
    venue: event.venue,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    bookingClosesAt: event.bookingClosesAt,
    status: event.status,
  },
};

export const INTERVIEW_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(saveInterviewEvent, {
    request: { ...eventInput, version: 0 },
    responses: { 200: { ...event, capacity: 45, version: 2 }, 201: { ...event, booked: 0 } },
  }),
  routeExamples(cancelInterviewEvent, { responses: { 200: { ...event, booked: 0, status: 'cancelled', version: 2 } } }),
  routeExamples(listInterviewEvents, { responses: { 200: { items: [event], nextCursor: CURSOR } } }),
  routeExamples(getInterviewEvent, { responses: { 200: event } }),
  routeExamples(listEventRoster, {
    responses: {
      200: {
        items: [
          { applicationId: APPLICATION_ID, name: 'Иванова Анна Сергеевна', track: 'young', status: 'booked', bookedAt: booking.bookedAt },
          {
            applicationId: SECOND_APPLICATION_ID,
            name: 'Петров Илья Андреевич',
            track: 'beginner',
            status: 'attended',
            bookedAt: '2027-09-21T08:00:00.000Z',
            attendance: { by: EXPERT, at: '2027-10-05T07:20:00.000Z' },
          },
        ],
      },
    },
  }),
  routeExamples(recordAttendance, {
    request: { outcome: 'attended' },
    responses: {
      200: {
        booking: { ...booking, status: 'attended', attendance: { by: EXPERT, at: '2027-10-05T07:20:00.000Z' }, version: 2 },
        scorecards: [
          { panelMember: EXPERT, outcome: 'opened' },
          { panelMember: SECOND_EXPERT, outcome: 'conflict-of-interest' },
        ],
      },
    },
  }),
  routeExamples(listInterviewOptions, {
    responses: {
      200: {
        items: [
          {
            id: event.id,
            stage: event.stage,
            format: event.format,
            title: event.title,
            federalDistrict: event.federalDistrict,
            city: event.city,
            venue: event.venue,
            startsAt: event.startsAt,
            endsAt: event.endsAt,
            bookingClosesAt: event.bookingClosesAt,
            seatsLeft: 13,
          },
        ],
      },
    },
  }),
  routeExamples(listMyInterviewEvents, { responses: { 200: { items: [event] } } }),
  routeExamples(getMyInterview, { responses: { 200: myInterview } }),
  routeExamples(bookInterview, {
    request: { eventId: event.id, version: 0 },
    responses: { 200: { ...myInterview, booking: { ...booking, version: 2 } }, 201: myInterview },
  }),
  routeExamples(cancelInterviewBooking, {
    responses: { 200: { ...myInterview, booking: { ...booking, status: 'cancelled', version: 2 } } },
  }),
];
