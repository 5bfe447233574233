import * as z from 'zod';
import type { JobRun } from './job-run.ts';

/** The most failures a view lists, the most recent: a run that fails more often needs fixing, not reading. */
const MAX_FAILURES_SHOWN = 100;

/** A view's failures: the most recent 100 (recentJobRunFailures), oldest first. */
export const recentFailuresViewSchema = <Failure extends z.ZodType>(failure: Failure, description: string) =>
  z.array(failure).max(MAX_FAILURES_SHOWN).describe(description);

export const recentJobRunFailures = <Failure>(failures: readonly Failure[]): Failure[] => failures.slice(-MAX_FAILURES_SHOWN);

/** A run's life as a view shows it (job-run-schema.ts, jobRunLifeShape): what is absent stays absent. */
export const toJobRunLifeView = (run: JobRun & { readonly startedBy: string; readonly startedAt: string }) => ({
  startedBy: run.startedBy,
  startedAt: run.startedAt,
  ...(run.resumedBy === undefined ? {} : { resumedBy: run.resumedBy }),
  ...(run.resumedAt === undefined ? {} : { resumedAt: run.resumedAt }),
  updatedAt: run.updatedAt,
  ...(run.finishedAt === undefined ? {} : { finishedAt: run.finishedAt }),
  executions: run.executions,
});
