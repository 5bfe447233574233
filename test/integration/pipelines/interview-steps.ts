import { randomUUID } from 'node:crypto';
import { handler as reviewsHandler } from '../../../functions/reviews/handler.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from '../../support/api-event.ts';
import { expertClaims, type Claims } from '../../support/claims.ts';
import { waitFor } from '../../support/wait-for.ts';
import { expectStatus, type Applicant, type Season } from './pipeline-world.ts';

/**
 * The interview steps of a pipeline, through the reviews function's routes as the gateway calls
 * them: experts describe themselves and staff put them in the pool, staff schedule events, the
 * applicants book, the panel records who came and scores them on the event's rubric.
 */
export const reviewsApi = (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(reviewsHandler, init);

/** `count` experts of `competences`, each with a profile and a place in the season's pool. */
export const interviewers = async (season: Season, count: number, competences: readonly string[]): Promise<Claims[]> =>
  Promise.all(
    Array.from({ length: count }, async () => {
      const sub = `interviewer-${randomUUID()}`;
      const claims: Claims = { ...expertClaims(sub), email: `${sub}@example.org` };
      expectStatus(
        await reviewsApi({
          method: 'PUT',
          route: '/me/expert-profile',
          claims,
          body: {
            displayName: 'Интервьюер',
            competences,
            languages: ['ru'],
            capacityPerSeason: 50,
            available: true,
            declaredConflicts: [],
          },
        }),
        201,
        'an interviewer’s profile',
      );
      expectStatus(
        await reviewsApi({
          method: 'PUT',
          route: '/seasons/{seasonId}/experts/{expertId}',
          pathParameters: { seasonId: season.seasonId, expertId: sub },
          claims: season.staff,
          body: { capacity: 20 },
        }),
        200,
        'an interviewer in the pool',
      );
      return claims;
    }),
  );

/**
 * An event starting `startsInMs` from now whose booking closes a second before: short enough that
 * the test then waits for it to start (a condition on the clock, as the panel would), long enough
 * for the bookings that precede it.
 */
export const scheduleEvent = async (
  season: Season,
  eventId: string,
  body: Record<string, unknown>,
  startsInMs: number,
): Promise<{ readonly startsAt: string }> => {
  const now = Date.now();
  return expectStatus(
    await reviewsApi({
      method: 'PUT',
      route: '/seasons/{seasonId}/interview-events/{eventId}',
      pathParameters: { seasonId: season.seasonId, eventId },
      claims: season.staff,
      body: {
        bookingClosesAt: new Date(now + startsInMs - 1000).toISOString(),
        startsAt: new Date(now + startsInMs).toISOString(),
        endsAt: new Date(now + startsInMs + 4 * 60 * 60 * 1000).toISOString(),
        capacity: 20,
        version: 0,
        ...body,
      },
    }),
    201,
    `the event ${eventId}`,
  ) as { startsAt: string };
};

export const bookInterview = async (applicationId: string, applicant: Applicant, eventId: string): Promise<void> => {
  expectStatus(
    await reviewsApi({
      method: 'PUT',
      route: '/applications/{applicationId}/interview',
      pathParameters: { applicationId },
      claims: applicant.claims,
      body: { eventId, version: 0 },
    }),
    201,
    `booking ${eventId}`,
  );
};

export const eventStarted = (event: { readonly startsAt: string }): Promise<true> =>
  waitFor(async () => Date.now() >= Date.parse(event.startsAt) || undefined, {
    description: `the event to start at ${event.startsAt}`,
    timeoutMs: 60_000,
    intervalMs: 100,
  });

/** A panel member records the attendance, and every member of `panel` scores the applicant with `scores`. */
export const interviewed = async (
  season: Season,
  eventId: string,
  applicationId: string,
  rubricId: string,
  panel: readonly Claims[],
  scores: Record<string, number>,
): Promise<void> => {
  const [first] = panel;
  if (first === undefined) throw new Error('An interview needs a panel');
  expectStatus(
    await reviewsApi({
      method: 'PUT',
      route: '/seasons/{seasonId}/interview-events/{eventId}/bookings/{applicationId}/attendance',
      pathParameters: { seasonId: season.seasonId, eventId, applicationId },
      claims: first,
      body: { outcome: 'attended' },
    }),
    200,
    'the attendance',
  );
  for (const member of panel) {
    expectStatus(
      await reviewsApi({
        method: 'POST',
        route: '/me/reviews/{applicationId}/{rubricId}/submission',
        pathParameters: { applicationId, rubricId },
        claims: member,
        body: { scores, version: 1 },
      }),
      200,
      'a panel member’s scores',
    );
  }
};
