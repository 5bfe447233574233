import { reconcileGateRuns } from '../../shared/progression/use-cases/gates/reconcile-gate-runs.ts';
import { runDueCalendarJobs } from '../../shared/progression/use-cases/calendar/run-due-calendar-jobs.ts';
import type { CalendarWiring } from './wiring.ts';

export interface TickReport {
  readonly gates: Readonly<Record<string, number>>;
  readonly assignmentRuns: Readonly<Record<string, number>>;
  readonly matchingRuns: Readonly<Record<string, number>>;
  readonly placementExpiries: Readonly<Record<string, number>>;
  readonly jobs: Readonly<Record<string, number>>;
}

const countBy = <T extends { readonly outcome: string }>(items: readonly T[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.outcome] = (counts[item.outcome] ?? 0) + 1;
  return counts;
};

/**
 * One tick of the season calendars: first resume gate runs, review assignment runs and internship
 * matching runs whose execution is gone (stopped, failed, timed out, or forgotten by a restarted
 * local cloud), expire internship offers nobody answered in time, then run the calendar jobs that
 * are due (gates at a window's close, reminders before it). Counts only: nothing personal.
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
  const runningMatches = await deps.internships.listRunningMatches();
  const matchingRuns =
    runningMatches.length === 0
      ? []
      : await import('../../shared/internships/use-cases/matching-runs/reconcile-matching-runs.ts').then(async (module) =>
          module.reconcileMatchingRuns(await deps.internships.reconciling(), runningMatches, now),
        );
  // Offers nobody answered in time give their seats back; the expiry's code loads only when one is due.
  const placementExpiries = (await deps.internships.anyOverdue(now))
    ? await import('../../shared/internships/use-cases/placements/expire-overdue-placements.ts').then(async (module) =>
        module.expireOverduePlacements(await deps.internships.expiring(), now).then((outcomes) => outcomes.map((outcome) => ({ outcome }))),
      )
    : [];
  const jobs = await runDueCalendarJobs(deps, now);
  return {
    gates: countBy(gates),
    assignmentRuns: countBy(assignmentRuns),
    matchingRuns: countBy(matchingRuns),
    placementExpiries: countBy(placementExpiries),
    jobs: countBy(jobs),
  };
};
