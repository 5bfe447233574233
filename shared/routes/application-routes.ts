import * as z from 'zod';
import { defineRoute } from '../http/route.ts';
import { applicationDraftSchema } from '../applications/application-draft-schema.ts';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { applicationViewSchema } from '../applications/application-view.ts';
import { pendingEffectSchema } from '../applications/ports/pending-effect-repository.ts';
import { transitionFailureSchema } from '../applications/ports/transition-failure-repository.ts';
import { localIdSchema, seasonIdSchema } from '../programmes/config/identifiers.ts';

const applicationParams = z.strictObject({ applicationId: applicationIdSchema });
const seasonParams = z.strictObject({ seasonId: seasonIdSchema });

const limit = z.coerce.number().int().min(1).max(100).default(25);
/** A sharded list's cursor holds every shard's position, so it is longer than a plain one. */
const cursor = z.string().min(1).max(4096).optional().describe('The `nextCursor` of the previous page, as given.');

const pageOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), nextCursor: z.string().optional().describe('Absent on the last page.') });

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(128)
    .regex(/^[\x21-\x7e]+$/, { message: 'Printable ASCII without spaces' })
    .describe('Any unique value per submission attempt (a UUID); a retry with the same key gets the first answer.'),
});

export const createApplicationRoute = defineRoute({
  operationId: 'createApplication',
  method: 'POST',
  path: '/seasons/{seasonId}/applications',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Start your application to a season (a draft)',
  description: 'One application per applicant per season. The season must be open and its application window running.',
  tags: ['applications'],
  request: { params: seasonParams },
  responses: {
    201: { description: 'The new draft (version 1)', body: applicationViewSchema },
    409: {
      description:
        'You already have an application in this season (`application-exists`; its id in the message and in Location), the season is not open (`season-not-open`) or its application window is closed (`application-window-closed`).',
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
    409: { description: 'The draft changed since the version sent (`version-conflict`) or the application is submitted or withdrawn (`application-frozen`).' },
  },
});

export const submitApplicationRoute = defineRoute({
  operationId: 'submitApplication',
  method: 'POST',
  path: '/applications/{applicationId}/submit',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Submit your application',
  description:
    'Checks eligibility (age at the season’s reference date, citizenship, consents) and completeness (answers, internship level, project description, verified documents), assigns the track by the programme’s rules and moves the application out of the initial stage; a receipt is mailed. Idempotent: a retry with the same Idempotency-Key returns the first answer and changes nothing (and re-sends a receipt whose sending failed).',
  tags: ['applications'],
  request: { params: applicationParams, headers: idempotencyHeaders },
  responses: {
    200: { description: 'The submitted application (the same answer for every retry with the key)', body: applicationViewSchema },
    409: {
      description:
        'Submitted already with another key (`already-submitted`), no longer a draft (`not-a-draft`), the application window is closed (`application-window-closed`) or the application changed meanwhile (`application-changed`).',
    },
    422: { description: 'Not eligible or not complete (`not-eligible`): every reason is listed in `errors`, each with what to fix; nothing was written.' },
  },
});

export const withdrawApplicationRoute = defineRoute({
  operationId: 'withdrawApplication',
  method: 'POST',
  path: '/applications/{applicationId}/withdraw',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Withdraw your application',
  description: 'Possible up to the stage the programme names (inclusive). The application stays on record as withdrawn; it cannot be reopened.',
  tags: ['applications'],
  request: { params: applicationParams },
  responses: {
    200: { description: 'The withdrawn application', body: applicationViewSchema },
    409: { description: 'Past the last stage that allows it (`withdrawal-closed`), already withdrawn (`already-withdrawn`) or concluded (`application-concluded`).' },
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
    body: z.strictObject({ track: localIdSchema, reason: z.string().trim().min(3).max(2000), version: z.int().min(1) }),
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
    'For staff of the season’s programme. Ordered by stage, then track (or region), then creation. Applicants who withdrew consent are listed with `processingStopped: true` and without their answers.',
  tags: ['applications'],
  request: {
    params: seasonParams,
    query: z.strictObject({
      stage: localIdSchema.optional(),
      track: localIdSchema.optional(),
      region: z.string().regex(/^\d{2}$/, { message: 'A two-digit subject code' }).optional(),
      limit,
      cursor,
    }),
  },
  responses: { 200: { description: 'A page of applications', body: pageOf(applicationViewSchema) } },
});

const transitionStartedSchema = z.strictObject({
  executionArn: z.string().describe('The applicationTransition execution that applies the move.'),
  from: localIdSchema,
  to: localIdSchema,
});

export const requestApplicationTransitionRoute = defineRoute({
  operationId: 'requestApplicationTransition',
  method: 'POST',
  path: '/applications/{applicationId}/transitions',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Move an application to another stage (a staff decision)',
  description:
    'The programme’s pipeline decides at once: an illegal move answers 409 with the reason and starts nothing. A legal one starts the transition workflow, which writes the new stage with a history event (only if the application is still where it was) and then its effects (the applicant’s mail, and effects later capabilities owe, recorded as pending). Repeating the request moves the application once and mails once.',
  tags: ['applications'],
  request: { params: applicationParams, body: z.strictObject({ to: localIdSchema, reason: z.string().trim().min(3).max(2000).optional() }) },
  responses: {
    202: { description: 'The move has started', body: transitionStartedSchema },
    409: {
      description:
        'The pipeline refuses the move: `unknown-stage`, `already-in-stage`, `no-such-transition`, `actor-not-allowed`, or a guard: `track-not-admitted`, `participant-role-not-admitted`, `document-missing`, `guardian-consent-missing`, `not-shortlisted`, `not-in-team`, `rubric-score-unavailable`, `rubric-score-too-low`; `processing-stopped` once the applicant withdrew consent to personal-data processing.',
    },
  },
});

const failureParams = z.strictObject({ applicationId: applicationIdSchema, failureId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, { message: 'An execution name' }) });

export const listTransitionFailuresRoute = defineRoute({
  operationId: 'listTransitionFailures',
  method: 'GET',
  path: '/applications/{applicationId}/transition-failures',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Transitions of an application that failed after their retries',
  description: 'Each with the request that failed, the error, and whether staff retried it (and which execution retried it).',
  tags: ['applications'],
  request: { params: applicationParams },
  responses: { 200: { description: 'Oldest first', body: z.strictObject({ items: z.array(transitionFailureSchema) }) } },
});

export const retryTransitionFailureRoute = defineRoute({
  operationId: 'retryTransitionFailure',
  method: 'POST',
  path: '/applications/{applicationId}/transition-failures/{failureId}/retry',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Restart a failed transition',
  description:
    'Starts the transition again with the failed request. A move already written runs only its effects again (each happens once); a move never written is decided and applied; an application that has moved on meanwhile is left alone.',
  tags: ['applications'],
  request: { params: failureParams },
  responses: {
    202: { description: 'The retry has started', body: z.strictObject({ executionArn: z.string() }) },
    409: { description: 'The failure was already retried (`failure-already-retried`).' },
  },
});

export const listPendingEffectsRoute = defineRoute({
  operationId: 'listPendingEffects',
  method: 'GET',
  path: '/applications/{applicationId}/pending-effects',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Effects of an application’s moves that later capabilities will carry out',
  description: 'issueCertificate, releaseDataToRegion, releaseDataToPartner, requestRecommendationLetter: recorded per move, never dropped. (notifyApplicant and notifyStaff are mails, queued at once.)',
  tags: ['applications'],
  request: { params: applicationParams },
  responses: { 200: { description: 'Oldest move first', body: z.strictObject({ items: z.array(pendingEffectSchema) }) } },
});

/** Application routes: the applicant's and staff's (capability 'applications'); issues 3 and 4. */
export const applicationRoutes = [
  createApplicationRoute,
  getApplicationRoute,
  updateApplicationRoute,
  submitApplicationRoute,
  withdrawApplicationRoute,
  overrideApplicationTrackRoute,
  listMyApplicationsRoute,
  listSeasonApplicationsRoute,
  requestApplicationTransitionRoute,
  listTransitionFailuresRoute,
  retryTransitionFailureRoute,
  listPendingEffectsRoute,
] as const;
