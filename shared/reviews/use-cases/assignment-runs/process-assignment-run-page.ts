import { currentJobRun } from '../../../platform/jobs/current-job-run.ts';
import type { JobRunPosition } from '../../../platform/jobs/job-run.ts';
import { TransientError } from '../../../platform/workflow/transient-error.ts';
import type { AssignmentPageCounts } from '../../review-assignment-run-schema.ts';
import { planPageOverPool } from '../plan-page-over-pool.ts';
import type { AssignmentRunPageDependencies } from './assignment-run-dependencies.ts';
import { assignmentRunKind } from './assignment-run-kind.ts';

/**
 * The reviewAssignment machine's ProcessPage task: ONE page of the stage from the run's cursor,
 * planned over the whole pool and assigned (plan-page-over-pool.ts, the page route's planner, so a
 * run and staff's pages make the same decisions), then ONE conditional write: the new cursor and
 * the page's counts. Pages go one after another, so each plans on the loads the page before left
 * and the load stays even across the stage. A page repeated (the state's Retry, or a resume after
 * a fault between its assignments and its checkpoint) is planned again from the reviews each
 * application holds by then: it assigns only what is still missing, never twice, and counts only
 * what it assigned itself.
 */
export const processAssignmentRunPage = async (
  deps: AssignmentRunPageDependencies,
  position: JobRunPosition,
): Promise<{ readonly done: boolean }> => {
  // An execution a resume has replaced (or one of a run that ended) plans no page beside the current one.
  const run = await currentJobRun(assignmentRunKind, deps.runs, position);
  if (run.done) return { done: true };
  const programme = await deps.programmes.find(run.programmeId);
  if (programme === undefined) throw new Error('A review assignment run refers to a programme that does not exist');

  const page = await planPageOverPool(
    deps,
    { programme, seasonId: run.seasonId, assignedBy: run.startedBy },
    { rubricId: run.rubricId, dryRun: false, limit: run.pageSize, cursor: run.cursor },
  );
  const shortReasons: Partial<Record<(typeof page.unassigned)[number]['reason'], number>> = {};
  for (const { reason } of page.unassigned) shortReasons[reason] = (shortReasons[reason] ?? 0) + 1;
  const counts: AssignmentPageCounts = {
    applications: page.applications,
    assigned: page.assignments.length,
    short: page.unassigned.length,
    shortReasons,
  };
  const done = page.nextCursor === undefined;
  const written = await deps.runs.checkpoint(
    run,
    position.execution,
    { cursor: page.nextCursor, done },
    counts,
    deps.clock().toISOString(),
  );
  if (written === 'moved-on') throw new TransientError(`Review assignment run ${run.id} moved on while its page ${run.pages} was assigned`);
  return { done };
};
