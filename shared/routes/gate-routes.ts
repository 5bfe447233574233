import * as z from 'zod';
import { defineRoute } from '../http/route.ts';
import { gateRunIdSchema } from '../applications/gate-run-schema.ts';
import { gateRunViewSchema } from '../applications/gate-run-view.ts';
import { calendarJobSchema } from '../programmes/calendar/calendar-job-schema.ts';
import { localIdSchema, seasonIdSchema } from '../programmes/config/identifiers.ts';

const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const gateRunParams = z.strictObject({ seasonId: seasonIdSchema, gateRunId: gateRunIdSchema });
const gateStartedSchema = z.strictObject({
  gateRunId: gateRunIdSchema.describe('Watch it at GET /seasons/{seasonId}/gates/{gateRunId}.'),
  executionArn: z.string().describe('The cohortGate execution working through the run.'),
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
  description: 'Every shard continues after its last checkpointed page; that page’s moves are finished first. Nothing is moved twice or skipped, and every mail goes once.',
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
  responses: { 200: { description: 'The season’s calendar jobs, due soonest first', body: z.strictObject({ items: z.array(calendarJobSchema) }) } },
});

/** Cohort gates (capability 'applications'; issue 4, point 3), and the calendar jobs that start them. */
export const gateRoutes = [startGateRoute, getGateRunRoute, resumeGateRunRoute, listCalendarJobsRoute] as const;
