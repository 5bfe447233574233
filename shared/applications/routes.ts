import * as z from 'zod';
import { cursorParameterSchema, nextCursorSchema, SHARDED_CURSOR_MAX_LENGTH } from '../platform/paging/cursor-schemas.ts';
import { freeText } from '../platform/text/free-text.ts';
import { defineRoute } from '../platform/http/route.ts';
import { applicationDraftSchema } from './application-draft-schema.ts';
import { applicationIdSchema } from './application-schema.ts';
import { applicationViewSchema } from './application-view.ts';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';

const applicationParams = z.strictObject({ applicationId: applicationIdSchema });
const seasonParams = z.strictObject({ seasonId: seasonIdSchema });

const limit = z.coerce.number().int().min(1).max(100).default(25);
const cursor = cursorParameterSchema(SHARDED_CURSOR_MAX_LENGTH);

const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item).max(100), nextCursor: nextCursorSchema(SHARDED_CURSOR_MAX_LENGTH) });

export const createApplicationRoute = defineRoute({
  operationId: 'createApplication',
  method: 'POST',
  path: '/seasons/{seasonId}/applications',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Start your application to a season (a draft)',
  description:
    'First give your consent to the processing of personal data: read the current personal-data text (`GET /consent-texts`) and send its version to `POST /me/consents`. Until then, and after you withdraw it, no draft is created (409 `consent-required`); a minor’s guardian consent is not needed to start a draft, only to submit it. One application per applicant per season. The season must be open and its application window running.',
  tags: ['applications'],
  request: { params: seasonParams },
  responses: {
    201: { description: 'The new draft (version 1)', body: applicationViewSchema },
    409: {
      description:
        'No consent to the processing of personal data is in force (`consent-required`: give it with `POST /me/consents` first), you already have an application in this season (`application-exists`; its id in the message and in Location), the season is not open (`season-not-open`) or its application window is closed (`application-window-closed`).',
    },
  },
});

export const getApplicationRoute = defineRoute({
  operationId: 'getApplication',
  method: 'GET',
  path: '/applications/{applicationId}',
  capability: 'applications',
  roles: ['applicant', 'staff'],
  summary: 'An application with its stage, track, history and documents',
  description: 'Applicants read their own; staff read those of their programmes. Any other id answers 404, like one that does not exist.',
  tags: ['applications'],
  request: { params: applicationParams },
  responses: { 200: { description: 'The application', body: applicationViewSchema } },
});

export const updateApplicationRoute = defineRoute({
  operationId: 'updateApplication',
  method: 'PUT',
  path: '/applications/{applicationId}',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Replace your draft’s content',
  description:
    'Participant role, preferred internship level with its justification, project description and answers to the season’s questions, each checked against the programme and the season; every field at fault is listed. Send the `version` you read.',
  tags: ['applications'],
  request: { params: applicationParams, body: applicationDraftSchema },
  responses: {
    200: { description: 'The draft with its new version', body: applicationViewSchema },
    409: {
      description:
        'You withdrew your consent to the processing of personal data (`consent-required`: consent again with `POST /me/consents`, then repeat), the draft changed since the version sent (`version-conflict`) or the application is submitted or withdrawn (`application-frozen`).',
    },
  },
});

export const overrideApplicationTrackRoute = defineRoute({
  operationId: 'overrideApplicationTrack',
  method: 'PUT',
  path: '/applications/{applicationId}/track',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Put a submitted application on another track',
  description: 'The reason, the staff member and the track replaced are recorded in the history. Send the `version` you read.',
  tags: ['applications'],
  request: {
    params: applicationParams,
    body: z.strictObject({ track: localIdSchema, reason: freeText({ min: 3, max: 2000, multiline: true }), version: z.int().min(1) }),
  },
  responses: {
    200: { description: 'The application on its new track', body: applicationViewSchema },
    409: {
      description:
        'The application changed since the version sent (`version-conflict`), is a draft (`application-not-submitted`) or its applicant withdrew consent (`processing-stopped`).',
    },
  },
});

export const listMyApplicationsRoute = defineRoute({
  operationId: 'listMyApplications',
  method: 'GET',
  path: '/me/applications',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Your applications, with stage, track, history and documents',
  tags: ['applications'],
  request: { query: z.strictObject({ limit: z.coerce.number().int().min(1).max(20).default(10), cursor }) },
  responses: { 200: { description: 'A page of your applications, oldest first', body: pageOf(applicationViewSchema) } },
});

export const listSeasonApplicationsRoute = defineRoute({
  operationId: 'listSeasonApplications',
  method: 'GET',
  path: '/seasons/{seasonId}/applications',
  capability: 'applications',
  roles: ['staff'],
  summary: 'A season’s applications, filtered by stage, track and region',
  description:
    'For staff of the season’s programme. Ordered by stage, then track (or region), then creation. A stage or track the programme does not declare, or a region code no subject has, is a 400 naming it. Applicants who withdrew consent are listed with `processingStopped: true` and without their answers.',
  tags: ['applications'],
  request: {
    params: seasonParams,
    query: z.strictObject({
      stage: localIdSchema.optional(),
      track: localIdSchema.optional(),
      region: z
        .string()
        .regex(/^\d{2}$/, { message: 'A two-digit subject code' })
        .meta({ maxLength: 2 })
        .optional(),
      limit,
      cursor,
    }),
  },
  responses: { 200: { description: 'A page of applications', body: pageOf(applicationViewSchema) } },
});

/** Application routes: drafts, reading, lists and track overrides, the applicant's and staff's. */
export const applicationRoutes = [
  createApplicationRoute,
  getApplicationRoute,
  updateApplicationRoute,
  overrideApplicationTrackRoute,
  listMyApplicationsRoute,
  listSeasonApplicationsRoute,
] as const;
