import { randomUUID } from 'node:crypto';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbInterviewStore } from '../../../shared/adapters/dynamodb/dynamodb-interview-store.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { HandlerResponse } from '../../support/api-event.ts';
import { callReviews } from '../../support/call-reviews.ts';
import { applicantClaims, type Claims } from '../../support/claims.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { applicationIn, expertInPool, reviewSeason, type ReviewSeason } from '../reviews/review-world.ts';

export const interviewStore = new DynamoDbInterviewStore(documentClient(), requireEnv(ENV.tableName));
const applications = new DynamoDbApplicationRepository(documentClient(), requireEnv(ENV.tableName));

export const stageOf = async (applicationId: string): Promise<string | undefined> => (await applications.find(applicationId))?.stage;

/** Given the application has left for `stage` since it booked (withdrawn, not selected), as a decision would write it. */
export const movedTo = async (applicationId: string, stage: string): Promise<void> => {
  const application = await applications.find(applicationId);
  if (application === undefined) throw new Error(`No application ${applicationId}`);
  const replaced = await applications.replace({ ...application, stage, version: application.version + 1 }, application, undefined);
  if (replaced !== 'written') throw new Error(`The application did not move: ${replaced}`);
};

/** Given screening put the application on `track` (written through the repository, as screening would). */
export const onTrack = async (applicationId: string, track: string): Promise<void> => {
  const application = await applications.find(applicationId);
  if (application === undefined) throw new Error(`No application ${applicationId}`);
  const replaced = await applications.replace(
    { ...application, track: { track, assignedAt: new Date().toISOString() }, version: application.version + 1 },
    application,
    undefined,
  );
  if (replaced !== 'written') throw new Error(`The track was not set: ${replaced}`);
};

const HOUR = 60 * 60 * 1000;
const at = (hoursFromNow: number): string => new Date(Date.now() + hoursFromNow * HOUR).toISOString();

/** An open ПроКадры season with two experts in its pool who interview. */
export const interviewSeason = async (): Promise<ReviewSeason & { readonly panel: readonly Claims[] }> => {
  const season = await reviewSeason({}, prokadryTemplate);
  const panel = await Promise.all(
    [0, 1].map(() => expertInPool(season, 20, { competences: ['public-administration'], displayName: 'Интервьюер' })),
  );
  return { ...season, panel };
};

/** An offline event in the Volga district (the fixture profile's Perm region) three days on, unless `changes` say otherwise. */
export const eventBody = (panel: readonly Claims[], changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  stage: 'interview',
  rubricId: 'expert-interview',
  format: 'offline',
  title: 'Приволжский ФО, Казань',
  federalDistrict: 'volga',
  city: 'Казань',
  venue: 'ул. Кремлёвская, 18, ауд. 204',
  startsAt: at(72),
  endsAt: at(76),
  bookingClosesAt: at(48),
  capacity: 10,
  panel: panel.map((member) => member['sub']),
  version: 0,
  ...changes,
});

export const saveEvent = (season: ReviewSeason, eventId: string, body: Record<string, unknown>, claims: Claims = season.staff) =>
  callReviews({
    method: 'PUT',
    route: '/seasons/{seasonId}/interview-events/{eventId}',
    pathParameters: { seasonId: season.seasonId, eventId },
    claims,
    body,
  });

/** An applicant at the interview stage (Perm region, so the Volga district) and their claims. */
export const interviewee = async (
  season: ReviewSeason,
  options: { readonly stage?: string } = {},
): Promise<{ readonly applicationId: string; readonly applicantId: string; readonly claims: Claims; readonly email: string }> => {
  const email = `interviewee-${randomUUID()}@example.org`;
  const profile = { ...baseProfile(), contacts: { email } };
  const { applicationId, applicantId } = await applicationIn(season, { stage: options.stage ?? 'interview', profile });
  return { applicationId, applicantId, claims: applicantClaims(applicantId), email };
};

export const options = (claims: Claims, applicationId: string, format = 'offline'): Promise<HandlerResponse> =>
  callReviews({
    method: 'GET',
    route: '/applications/{applicationId}/interview-options',
    pathParameters: { applicationId },
    query: { format },
    claims,
  });

export const book = (claims: Claims, applicationId: string, eventId: string, version = 0): Promise<HandlerResponse> =>
  callReviews({
    method: 'PUT',
    route: '/applications/{applicationId}/interview',
    pathParameters: { applicationId },
    claims,
    body: { eventId, version },
  });

export const myInterview = (claims: Claims, applicationId: string): Promise<HandlerResponse> =>
  callReviews({ method: 'GET', route: '/applications/{applicationId}/interview', pathParameters: { applicationId }, claims });

export const cancelBooking = (claims: Claims, applicationId: string, version: number): Promise<HandlerResponse> =>
  callReviews({
    method: 'DELETE',
    route: '/applications/{applicationId}/interview',
    pathParameters: { applicationId },
    query: { version: String(version) },
    claims,
  });

export const roster = (season: ReviewSeason, eventId: string, claims: Claims): Promise<HandlerResponse> =>
  callReviews({
    method: 'GET',
    route: '/seasons/{seasonId}/interview-events/{eventId}/bookings',
    pathParameters: { seasonId: season.seasonId, eventId },
    claims,
  });

export const attendance = (
  season: ReviewSeason,
  eventId: string,
  applicationId: string,
  outcome: 'attended' | 'no-show',
  claims: Claims,
): Promise<HandlerResponse> =>
  callReviews({
    method: 'PUT',
    route: '/seasons/{seasonId}/interview-events/{eventId}/bookings/{applicationId}/attendance',
    pathParameters: { seasonId: season.seasonId, eventId, applicationId },
    claims,
    body: { outcome },
  });

/**
 * Given the event has started: its times moved into the past through the store, as the clock
 * would (the API refuses to move an event people booked, which is the point of that rule).
 */
export const eventHasStarted = async (season: ReviewSeason, eventId: string): Promise<void> => {
  const event = await interviewStore.findEvent(season.seasonId, eventId);
  if (event === undefined) throw new Error(`No event ${eventId}`);
  const saved = await interviewStore.saveEvent(
    { ...event, bookingClosesAt: at(-3), startsAt: at(-2), endsAt: at(2), version: event.version + 1 },
    event.version,
    { structural: false },
  );
  if (!saved.written) throw new Error('The event did not move');
};
