import type { CalendarJob, CalendarJobResult } from '../calendar-job-schema.ts';

/**
 * The season calendar's jobs. Every write after `schedule` is conditional, so two ticks that
 * overlap (a slow one and the next) never both run a job: one claims it, the other is refused.
 */
export interface CalendarJobRepository {
  /** Writes each job unless one with its id exists (opening a season again never resets a job). Returns how many were new. */
  schedule(jobs: readonly CalendarJob[]): Promise<number>;
  /** Pending (or claimed, lease lapsed) jobs due at or before `now`, across seasons, soonest first. */
  listDue(now: Date, limit: number): Promise<readonly CalendarJob[]>;
  /** Takes the job for `leaseSeconds` if it is pending or its last claim lapsed; the claimed job, or undefined if another has it or it is done. */
  claim(job: Pick<CalendarJob, 'seasonId' | 'id'>, now: Date, leaseSeconds: number): Promise<CalendarJob | undefined>;
  /** The claimer's last word: done (leaves the due index) or back to pending (stays due). Refused if the claim was taken over meanwhile. */
  settle(
    job: Pick<CalendarJob, 'seasonId' | 'id' | 'attempts'>,
    status: 'done' | 'pending',
    result: CalendarJobResult,
    at: Date,
  ): Promise<'settled' | 'claim-lost'>;
  listForSeason(seasonId: string): Promise<readonly CalendarJob[]>;
}
