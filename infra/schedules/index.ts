/**
 * Every schedule cadre runs. In AWS, EventBridge Scheduler invokes the target capability's Lambda
 * at `rateMinutes` with `payload`; the local cloud's scheduler (infra/local/scheduler/) calls the
 * very same handler with the very same payload every `localPeriodSeconds`. CDK and the local
 * scheduler both read this list.
 */

/** Lambdas a schedule may invoke: the season calendars' tick, the mail queue's drainer, the certificate issuer, the counter rebuilder, the eraser and the webhook dispatcher. */
export const SCHEDULE_TARGETS = ['calendar', 'mail', 'issuer', 'counter-rebuilder', 'eraser', 'webhook-dispatcher'] as const;
export type ScheduleTarget = (typeof SCHEDULE_TARGETS)[number];

export interface ScheduleManifest {
  readonly name: string;
  /** The capability whose Lambda the schedule invokes. */
  readonly target: ScheduleTarget;
  /** The event the handler receives, exactly. */
  readonly payload: Readonly<Record<string, unknown>>;
  readonly rateMinutes: number;
  readonly localPeriodSeconds: number;
}

export const SCHEDULES = [
  {
    // Resumes interrupted gate runs, then runs the season calendars' due jobs (gates at a window's
    // close, reminders before it). Once a minute: a job is at most a minute late, and an idle tick
    // is two small Queries.
    name: 'calendarTick',
    target: 'calendar',
    payload: {},
    rateMinutes: 1,
    // Locally every 10 s, so a gate interrupted by stopping the local cloud resumes soon after it starts again.
    localPeriodSeconds: 10,
  },
  {
    // Sends queued mail at the deployment's SES rate. Each run drains for up to ~50 s under a lease,
    // so back-to-back runs cover the minute; an idle run is 16 small Queries. Locally every few
    // seconds, so a demo's receipt arrives while the person is still looking.
    name: 'mailDrain',
    target: 'mail',
    payload: {},
    rateMinutes: 1,
    localPeriodSeconds: 5,
  },
  {
    // Signs, renders and publishes the certificates requested since the last run, under a lease, for
    // up to ~45 s (functions/issuer/handler.ts); an idle run is a few small table requests. A
    // certificate is ready about a minute after it is requested; locally every few seconds, so a
    // demo's arrives while the person is still looking.
    name: 'certificateIssue',
    target: 'issuer',
    payload: {},
    rateMinutes: 1,
    localPeriodSeconds: 5,
  },
  {
    // Advances running rebuilds of seasons' counters from their checkpoints, under a lease, for up to
    // ~45 s (functions/counter-rebuilder/handler.ts); an idle run is a lease write and one small Query.
    // Locally every few seconds, so a rebuild started by hand or by the seeding ends while one watches.
    name: 'counterRebuild',
    target: 'counter-rebuilder',
    payload: {},
    rateMinutes: 1,
    localPeriodSeconds: 5,
  },
  {
    // Advances unfinished erasure requests step by step from their checkpoints, under a lease, for up
    // to ~45 s (functions/eraser/handler.ts); an idle run is a lease write and one small Query. An
    // erasure asked for is under way within a minute; locally every few seconds.
    name: 'erasure',
    target: 'eraser',
    payload: {},
    rateMinutes: 1,
    localPeriodSeconds: 5,
  },
  {
    // POSTs due webhook deliveries, under a lease, for up to ~45 s (functions/webhook-dispatcher/handler.ts);
    // an idle run is a lease write and 16 small Queries. A delivery goes out about a minute after its
    // event at most; locally every few seconds, so a demo's receiver sees it while one watches.
    name: 'webhookDispatch',
    target: 'webhook-dispatcher',
    payload: {},
    rateMinutes: 1,
    localPeriodSeconds: 5,
  },
] as const satisfies readonly ScheduleManifest[];

export type ScheduleName = (typeof SCHEDULES)[number]['name'];
