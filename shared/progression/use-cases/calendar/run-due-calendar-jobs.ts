import type { CalendarJobRepository } from '../../ports/calendar-job-repository.ts';
import type { GateDependencies } from '../gates/gate-dependencies.ts';
import { runCalendarJob, type CalendarJobVerdict } from './run-calendar-job.ts';

/** Long enough for a job (a few writes and one StartExecution); a tick that dies holding one frees it after this. */
export const CALENDAR_CLAIM_LEASE_SECONDS = 120;
/** Jobs per tick; more due wait a minute. A season opening has a handful. */
const JOBS_PER_TICK = 25;

export interface CalendarJobReport {
  readonly seasonId: string;
  readonly jobId: string;
  /** `not-claimed`: another tick has it, or it is done already. */
  readonly outcome: CalendarJobVerdict['outcome'] | 'not-claimed' | 'claim-lost';
}

/**
 * The calendar tick's jobs part: every job due by `now`, each claimed with a conditional write
 * before it runs (two overlapping ticks never both run it) and settled with a write conditional
 * on that claim. A busy gate or a fault leaves it pending, so it is tried again, never lost; a
 * done job has left the due index and never runs again.
 */
export const runDueCalendarJobs = async (
  deps: Pick<GateDependencies, 'programmes' | 'seasons' | 'gateRuns' | 'workflows' | 'clock' | 'newId'> & {
    readonly calendarJobs: CalendarJobRepository;
  },
  now: Date,
): Promise<readonly CalendarJobReport[]> => {
  const reports: CalendarJobReport[] = [];
  for (const due of await deps.calendarJobs.listDue(now, JOBS_PER_TICK)) {
    const job = await deps.calendarJobs.claim(due, now, CALENDAR_CLAIM_LEASE_SECONDS);
    if (job === undefined) {
      reports.push({ seasonId: due.seasonId, jobId: due.id, outcome: 'not-claimed' });
      continue;
    }
    let verdict: CalendarJobVerdict;
    try {
      verdict = await runCalendarJob(deps, job);
    } catch (error) {
      verdict = { status: 'pending', outcome: 'error', detail: error instanceof Error ? error.name : 'unknown' };
    }
    const settled = await deps.calendarJobs.settle(job, verdict.status, verdict, deps.clock());
    reports.push({ seasonId: job.seasonId, jobId: job.id, outcome: settled === 'settled' ? verdict.outcome : 'claim-lost' });
  }
  return reports;
};
