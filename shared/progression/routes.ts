import * as z from 'zod';
import { requiredMessages } from '../platform/http/required-messages.ts';
import { freeText } from '../platform/text/free-text.ts';
import { defineRoute } from '../platform/http/route.ts';
import { gateRunIdSchema } from './gate-run-schema.ts';
import { gateRunViewSchema } from './gate-run-view.ts';
import { calendarJobSchema } from './calendar-job-schema.ts';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { applicationViewSchema } from '../applications/application-view.ts';
import { pendingEffectSchema } from './ports/pending-effect-repository.ts';
import { transitionFailureSchema } from './ports/transition-failure-repository.ts';
import { executionArnSchema } from '../platform/workflow/workflow-failure-text.ts';
import { MAX_CALENDAR_JOBS } from './calendar-job-schema.ts';
import { MAX_TRANSITION_FAILURES_LISTED } from './ports/transition-failure-repository.ts';
import { MAX_PENDING_EFFECTS_LISTED } from './ports/pending-effect-repository.ts';

const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const applicationParams = z.strictObject({ applicationId: applicationIdSchema });
const failureParams = z.strictObject({
  applicationId: applicationIdSchema,
  failureId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,80}$/, { message: 'An execution name' })
    .meta({ maxLength: 80 }),
});

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(128)
    .regex(/^[\x21-\x7e]+$/, { message: 'Printable ASCII without spaces' })
    .describe('Any unique value per submission attempt (a UUID); a retry with the same key gets the first answer.')
    .register(requiredMessages, {
      ru: 'Передайте заголовок Idempotency-Key: уникальное значение (например, UUID) для каждой попытки подачи; повтор с тем же ключом вернёт первый ответ',
      en: 'Send an Idempotency-Key header: a unique value (e.g. a UUID) for each submission attempt; a retry with the same key gets the first answer',
    }),
});

const transitionStartedSchema = z.strictObject({
  executionArn: executionArnSchema.describe('The applicationTransition execution that applies the move.'),
  from: localIdSchema,
  to: localIdSchema,
});

const gateRunParams = z.strictObject({ seasonId: seasonIdSchema, gateRunId: gateRunIdSchema });
const gateStartedSchema = z.strictObject({
  gateRunId: gateRunIdSchema.describe('Watch it at GET /seasons/{seasonId}/gates/{gateRunId}.'),
  executionArn: executionArnSchema.describe('The cohortGate execution working through the run.'),
});

export const startGateRoute = defineRoute({
  operationId: 'startGate',
  method: 'POST',
  path: '/seasons/{seasonId}/gates',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Run a cohort gate: move every application of the season in one stage along a gate transition',
  description:
    'For staff of the season’s programme. The pipeline decides at once: the transition `from` -> `to` must exist, be marked as a gate and be made by staff; otherwise 409 with the reason and nothing starts. Each application is then decided on its own (its guards, e.g. the shortlist) and moved once with its effects (the applicant’s mail); refused ones stay and are counted by reason. Running the gate again changes nothing already moved.',
  tags: ['applications'],
  request: { params: seasonParams, body: z.strictObject({ from: localIdSchema, to: localIdSchema }) },
  responses: {
    202: { description: 'The gate run has started', body: gateStartedSchema },
    409: {
      description:
        'The pipeline refuses the gate (`unknown-stage`, `already-in-stage`, `no-such-transition`, `actor-not-allowed`, `not-a-gate`), or a run of the same gate is still working (`gate-running`, with its location).',
    },
  },
});

export const getGateRunRoute = defineRoute({
  operationId: 'getGateRun',
  method: 'GET',
  path: '/seasons/{seasonId}/gates/{gateRunId}',
  capability: 'applications',
  roles: ['staff'],
  summary: 'A gate run’s progress: seen, moved, skipped by reason, already moved, failures, status',
  tags: ['applications'],
  request: { params: gateRunParams },
  responses: { 200: { description: 'The run as it stands', body: gateRunViewSchema } },
});

export const resumeGateRunRoute = defineRoute({
  operationId: 'resumeGateRun',
  method: 'POST',
  path: '/seasons/{seasonId}/gates/{gateRunId}/resume',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Resume a failed gate run from its checkpoints',
  description:
    'Every shard continues after its last checkpointed page; that page’s moves are finished first. Nothing is moved twice or skipped, and every mail goes once.',
  tags: ['applications'],
  request: { params: gateRunParams },
  responses: {
    202: { description: 'The run continues in a new execution', body: gateStartedSchema },
    409: { description: 'The run has not failed (`gate-not-resumable`), or another run of the gate is working (`gate-running`).' },
  },
});

export const listCalendarJobsRoute = defineRoute({
  operationId: 'listCalendarJobs',
  method: 'GET',
  path: '/seasons/{seasonId}/calendar-jobs',
  capability: 'applications',
  roles: ['staff'],
  summary: 'What the season calendar does by itself: its closing gates and reminders, when each is due and how it went',
  description:
    'Written when the season opens: a job per window `closeGate` (due when the window closes) and per reminder the programme configures (due that many hours before the close). Each job runs once: `started` names its run (watch it at `GET /seasons/{seasonId}/gates/{gateRunId}`); `gate-busy` or `error` means it is tried again on the next minute’s tick; `refused` carries the pipeline’s reason code.',
  tags: ['applications'],
  request: { params: seasonParams },
  responses: {
    200: {
      description: 'The season’s calendar jobs, due soonest first',
      body: z.strictObject({ items: z.array(calendarJobSchema).max(MAX_CALENDAR_JOBS) }),
    },
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
    422: {
      description:
        'Not eligible or not complete (`not-eligible`): every reason is listed in `errors`, each with what to fix; nothing was written.',
    },
  },
});

export const withdrawApplicationRoute = defineRoute({
  operationId: 'withdrawApplication',
  method: 'POST',
  path: '/applications/{applicationId}/withdraw',
  capability: 'applications',
  roles: ['applicant'],
  summary: 'Withdraw your application',
  description:
    'Possible up to the stage the programme names (inclusive). The application stays on record as withdrawn; it cannot be reopened.',
  tags: ['applications'],
  request: { params: applicationParams },
  responses: {
    200: { description: 'The withdrawn application', body: applicationViewSchema },
    409: {
      description:
        'Past the last stage that allows it (`withdrawal-closed`), already withdrawn (`already-withdrawn`) or concluded (`application-concluded`).',
    },
  },
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
  request: {
    params: applicationParams,
    body: z.strictObject({ to: localIdSchema, reason: freeText({ min: 3, max: 2000, multiline: true }).optional() }),
  },
  responses: {
    202: { description: 'The move has started', body: transitionStartedSchema },
    409: {
      description:
        'The pipeline refuses the move: `unknown-stage`, `already-in-stage`, `no-such-transition`, `actor-not-allowed`, or a guard: `track-not-admitted`, `participant-role-not-admitted`, `document-missing`, `guardian-consent-missing`, `not-shortlisted`, `not-in-team`, `rubric-score-unavailable`, `rubric-score-too-low`; `processing-stopped` once the applicant withdrew consent to personal-data processing.',
    },
  },
});

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
  responses: {
    200: {
      description: 'Oldest first',
      body: z.strictObject({ items: z.array(transitionFailureSchema).max(MAX_TRANSITION_FAILURES_LISTED) }),
    },
  },
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
    202: { description: 'The retry has started', body: z.strictObject({ executionArn: executionArnSchema }) },
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
  description:
    'issueCertificate, requestRecommendationLetter: recorded per move, never dropped. (notifyApplicant and notifyStaff are mails, queued at once; releaseDataToRegion and releaseDataToPartner are decided at once: GET /applications/{applicationId}/data-releases.)',
  tags: ['applications'],
  request: { params: applicationParams },
  responses: {
    200: {
      description: 'Oldest move first',
      body: z.strictObject({ items: z.array(pendingEffectSchema).max(MAX_PENDING_EFFECTS_LISTED) }),
    },
  },
});

/** Stage progression (capability 'applications'): submission and withdrawal, staff decisions and their failures and pending effects, cohort gates and the calendar jobs that start them. */
export const progressionRoutes = [
  submitApplicationRoute,
  withdrawApplicationRoute,
  requestApplicationTransitionRoute,
  listTransitionFailuresRoute,
  retryTransitionFailureRoute,
  listPendingEffectsRoute,
  startGateRoute,
  getGateRunRoute,
  resumeGateRunRoute,
  listCalendarJobsRoute,
] as const;
