import { randomUUID } from 'node:crypto';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbProgrammeRepository } from '../../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import type { Application } from '../../../shared/applications/application-schema.ts';
import { ENV, requireEnv } from '../../../shared/config/env.ts';
import { prokadryTemplate } from '../../../shared/programmes/templates/prokadry.ts';
import { handler } from '../../../functions/education/handler.ts';
import { apiEvent, lambdaContext, type ApiEventInit } from '../../support/api-event.ts';

const tableName = requireEnv(ENV.tableName);
const programmes = new DynamoDbProgrammeRepository(documentClient(), tableName);
const seasons = new DynamoDbSeasonRepository(documentClient(), tableName);
const applications = new DynamoDbApplicationRepository(documentClient(), tableName);

export interface Response {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** Drives the education Lambda with the event API Gateway would send. */
export const call = async (init: ApiEventInit): Promise<Response> => {
  const result = await handler(apiEvent(init), lambdaContext());
  return {
    status: result.statusCode ?? 0,
    body: typeof result.body === 'string' && result.body.length > 0 ? (JSON.parse(result.body) as Record<string, unknown>) : {},
  };
};

export const staffClaims = (programmes: string) => ({ sub: `staff-${randomUUID().slice(0, 8)}`, 'cognito:groups': '[staff]', 'custom:programmes': programmes });
export const platformClaims = (programmes: string, organisation = 'learning-platform') => ({
  sub: `platform-${randomUUID().slice(0, 8)}`,
  'cognito:groups': '[partner]',
  'custom:organisation': organisation,
  'custom:programmes': programmes,
});
export const applicantClaims = (sub: string) => ({ sub, 'cognito:groups': '[applicant]' });

export interface EducationWorld {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly staff: Record<string, string>;
  readonly platform: Record<string, string>;
  /** Applications on the `young` track. */
  readonly young: readonly Application[];
  readonly pro: Application;
}

const title = { ru: 'Курс', en: 'Course' };
/** Two webinars and four broadcasts for `young`; `pro` has its own advanced webinar. */
export const COURSES = {
  webinars: [
    { id: 'state-basics', title, accessUntil: '2026-09-01T00:00:00Z', tracks: ['beginner', 'young'] },
    { id: 'project-management', title, accessUntil: '2026-09-01T00:00:00Z', tracks: ['beginner', 'young', 'pro'] },
    { id: 'federal-advanced', title, accessUntil: '2026-09-01T00:00:00Z', tracks: ['pro'] },
  ],
  broadcasts: [
    { id: 'live-1', title, scheduledAt: '2026-08-10T15:00:00Z', tracks: ['beginner', 'young', 'pro'] },
    { id: 'live-2', title, scheduledAt: '2026-08-17T15:00:00Z', tracks: ['beginner', 'young', 'pro'] },
    { id: 'live-3', title, scheduledAt: '2026-08-24T15:00:00Z', tracks: ['beginner', 'young'] },
    { id: 'live-4', title, scheduledAt: '2026-08-31T15:00:00Z', tracks: ['beginner', 'young'] },
  ],
};

const applicationIn = async (programmeId: string, seasonId: string, track: string): Promise<Application> => {
  const now = new Date().toISOString();
  const application: Application = {
    id: randomUUID(),
    seasonId,
    programmeId,
    applicantId: `applicant-${randomUUID()}`,
    stage: 'education',
    answers: {},
    track: { track, assignedAt: now },
    language: 'ru',
    createdAt: now,
    updatedAt: now,
    submittedAt: now,
    version: 1,
  };
  const created = await applications.create(application, { at: now, version: 1, kind: 'created', actor: 'applicant' });
  if (created.outcome !== 'created') throw new Error('the test application exists already');
  return application;
};

/** A ПроКадры programme (shortlist: every webinar, half the broadcasts), a season with the courses above, applications in the education stage. */
export const givenAnEducationSeason = async (options: { readonly young?: number } = {}): Promise<EducationWorld> => {
  const programmeId = `edu-${randomUUID().slice(0, 8)}`;
  const seasonId = `${programmeId}-2026`;
  const now = new Date().toISOString();
  await programmes.create({ id: programmeId, templateId: 'prokadry', version: 1, createdAt: now, updatedAt: now, settings: structuredClone(prokadryTemplate.settings) });
  await seasons.create({
    id: seasonId,
    programmeId,
    title: { ru: 'Сезон', en: 'Season' },
    description: { ru: 'Описание', en: 'Description' },
    referenceDate: '2026-08-31',
    calendar: [{ stage: 'application', opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-08-31T23:59:59Z' }],
    questions: [],
    status: 'open',
    version: 1,
    createdAt: now,
    updatedAt: now,
    openingAttempts: 1,
  });
  const staff = staffClaims(programmeId);
  const saved = await call({ method: 'PUT', route: '/seasons/{seasonId}/courses', pathParameters: { seasonId }, body: { ...COURSES, version: 0 }, claims: staff });
  if (saved.status !== 200) throw new Error(`courses not saved: ${JSON.stringify(saved.body)}`);
  const young: Application[] = [];
  for (let index = 0; index < (options.young ?? 1); index += 1) young.push(await applicationIn(programmeId, seasonId, 'young'));
  return { programmeId, seasonId, staff, platform: platformClaims(programmeId), young, pro: await applicationIn(programmeId, seasonId, 'pro') };
};

export const event = (applicationId: string, kind: 'webinar-watched' | 'broadcast-attended', itemId: string, at = '2026-08-20T10:00:00Z') => ({
  eventId: `evt-${randomUUID()}`,
  applicationId,
  kind,
  itemId,
  at,
});
