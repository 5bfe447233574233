import { calendarTick, type TickReport } from '../../../functions/calendar/calendar-tick.ts';
import type { CalendarWiring } from '../../../functions/calendar/wiring.ts';

/** Only these methods are narrowed; every other call reaches the real adapter, bound to it (its #private fields). */
const narrowed = <T extends object>(real: T, overrides: Partial<T>): T =>
  new Proxy(real, {
    get: (target, property) => {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof T];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });

export type TickResult = TickReport;

/**
 * The calendar tick (the `calendar` Lambda's work), seeing only the given seasons' running gates,
 * running review assignment and internship matching runs and due calendar jobs, and expiring no
 * placement (their deadlines are one list for every season). In AWS and in `npm start` one Step Functions service goes with the one
 * table; the test suite runs several Step Functions servers (the setup's and files' own) over ONE
 * shared table, so an unscoped tick in one test file would find other files' running gates missing
 * from its server and resume them there. Everything else is the real tick: the real adapters,
 * queries, conditional claims and executions.
 */
export const scopedTick = (deps: CalendarWiring, seasonIds: () => ReadonlySet<string>) => (): Promise<TickResult> =>
  calendarTick(scopedDependencies(deps, seasonIds));

/** The calendar's dependencies whose running-gate and due-job lists hold only these seasons' (see scopedTick). */
export const scopedDependencies = <
  T extends Pick<CalendarWiring, 'gateRuns' | 'calendarJobs'> & Partial<Pick<CalendarWiring, 'assignmentRuns' | 'internships'>>,
>(
  deps: T,
  seasonIds: () => ReadonlySet<string>,
): T => ({
  ...deps,
  gateRuns: narrowed(deps.gateRuns, {
    listRunning: async () => (await deps.gateRuns.listRunning()).filter((run) => seasonIds().has(run.seasonId)),
  }),
  ...(deps.assignmentRuns === undefined
    ? {}
    : {
        assignmentRuns: {
          ...deps.assignmentRuns,
          listRunning: async () => (await deps.assignmentRuns?.listRunning())?.filter((run) => seasonIds().has(run.seasonId)) ?? [],
        },
      }),
  ...(deps.internships === undefined
    ? {}
    : {
        internships: {
          ...deps.internships,
          listRunningMatches: async () =>
            (await deps.internships?.listRunningMatches())?.filter((run) => seasonIds().has(run.seasonId)) ?? [],
          // Answer deadlines are listed for every season at once: a scoped tick leaves other files' placements alone.
          anyOverdue: async () => false,
        },
      }),
  calendarJobs: narrowed(deps.calendarJobs, {
    listDue: async (now, limit) =>
      (await deps.calendarJobs.listDue(now, 1000)).filter((job) => seasonIds().has(job.seasonId)).slice(0, limit),
  }),
});
