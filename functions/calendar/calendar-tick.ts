import { reconcileGateRuns } from '../../shared/progression/use-cases/gates/reconcile-gate-runs.ts';
import { runDueCalendarJobs } from '../../shared/progression/use-cases/calendar/run-due-calendar-jobs.ts';
import type { CalendarWiring } from './wiring.ts';

export interface TickReport {
  readonly gates: Readonly<Record<string, number>>;
  readonly assignmentRuns: Readonly<Record<string, number>>;
  readonly jobs: Readonly<Record<string, number>>;
}

const countBy = <T extends { readonly outcome: string }>(items: readonly T[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.outcome] = (counts[item.outcome] ?? 0) + 1;
  return counts;
};

/**
 * One tick of the season calendars: first resume gate runs and review assignment runs whose
 * execution is gone (stopped, failed, timed out, or forgotten by a restarted local cloud), then run
 * the calendar jobs that are due (gates at a window's close, reminders before it). Counts only:
 * nothing personal.
 */
export const calendarTick = async (deps: CalendarWiring): Promise<TickReport> => {
  const now = deps.clock();
  const gates = await reconcileGateRuns(deps, now);
  const running = await deps.assignmentRuns.listRunning();
  // The reconciler's code loads only when some run holds a lock: most ticks find none.
  const assignmentRuns =
    running.length === 0
      ? []
      : await import('../../shared/reviews/use-cases/assignment-runs/reconcile-assignment-runs.ts').then(async (module) =>
          module.reconcileAssignmentRuns(await deps.assignmentRuns.reconciling(), running, now),
        );
  const jobs = await runDueCalendarJobs(deps, now);
  return { gates: countBy(gates), assignmentRuns: countBy(assignmentRuns), jobs: countBy(jobs) };
};
