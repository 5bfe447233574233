import type { ProgrammeRepository } from '../../../catalogue/ports/programme-repository.ts';
import type { WorkflowStarter } from '../../../platform/workflow/workflow-starter.ts';
import type { ReviewAssignmentRuns } from '../../ports/review-assignment-runs.ts';
import type { StaffedSeasons } from '../../ports/staffed-seasons.ts';
import type { ReviewDependencies } from '../review-dependencies.ts';

/** What staff's run routes reach outside pure code for. */
export interface AssignmentRunDependencies {
  readonly runs: ReviewAssignmentRuns;
  readonly workflows: WorkflowStarter;
  readonly staffedSeasons: StaffedSeasons;
  readonly clock: () => Date;
  /** Applications per page of a new run (at most MAX_ASSIGNMENT_PAGE); tests set a small one to make a stage span pages. */
  readonly pageSize: number;
}

/**
 * What the reviewAssignment machine's tasks reach for: the planner's own dependencies, the runs
 * and the programme (its rubric, read again on every page, as the page route reads it on every call).
 */
export interface AssignmentRunPageDependencies extends Pick<ReviewDependencies, 'pool' | 'profiles' | 'reviews' | 'subjects' | 'clock'> {
  readonly runs: ReviewAssignmentRuns;
  readonly programmes: Pick<ProgrammeRepository, 'find'>;
}
