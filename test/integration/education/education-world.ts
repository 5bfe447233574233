import { randomUUID } from 'node:crypto';
import type { Application } from '../../../shared/applications/application-schema.ts';
import { handler } from '../../../functions/education/handler.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from '../../support/api-event.ts';
import { partnerClaims, staffClaims } from '../../support/claims.ts';
import { storedApplication } from '../../support/stored-application.ts';
import { openSeason } from '../../support/application-fixtures.ts';

export type Response = HandlerResponse;

/** Drives the education Lambda with the event API Gateway would send. */
export const call = (init: ApiEventInit): Promise<Response> => invokeHandler(handler, init);

/** The learning platform's machine client: a partner whose organisation is `learning-platform`. */
export const platformClaims = (programmes: string, organisation = 'learning-platform') => partnerClaims(programmes, organisation);

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

/** A ПроКадры programme (shortlist: every webinar, half the broadcasts), a season with the courses above, applications in the education stage. */
export const givenAnEducationSeason = async (options: { readonly young?: number } = {}): Promise<EducationWorld> => {
  const { programmeId, seasonId } = await openSeason({
    season: {
      referenceDate: '2026-08-31',
      calendar: [{ stage: 'application', opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-08-31T23:59:59Z' }],
      questions: [],
    },
  });
  const staff = staffClaims(programmeId);
  const saved = await call({
    method: 'PUT',
    route: '/seasons/{seasonId}/courses',
    pathParameters: { seasonId },
    body: { ...COURSES, version: 0 },
    claims: staff,
  });
  if (saved.status !== 200) throw new Error(`courses not saved: ${JSON.stringify(saved.body)}`);
  const young: Application[] = [];
  for (let index = 0; index < (options.young ?? 1); index += 1)
    young.push(await storedApplication({ programmeId, seasonId, stage: 'education', track: 'young' }));
  return {
    programmeId,
    seasonId,
    staff,
    platform: platformClaims(programmeId),
    young,
    pro: await storedApplication({ programmeId, seasonId, stage: 'education', track: 'pro' }),
  };
};

export const event = (
  applicationId: string,
  kind: 'webinar-watched' | 'broadcast-attended',
  itemId: string,
  at = '2026-08-20T10:00:00Z',
) => ({
  eventId: `evt-${randomUUID()}`,
  applicationId,
  kind,
  itemId,
  at,
});
