import type { JobRunKind } from '../../../platform/jobs/job-run.ts';
import { matchingExecutionName } from '../../domain/matching/matching-run-id.ts';
import type { MatchingRun, MatchingRunFailure } from '../../matching-run-schema.ts';

/**
 * Internship matching runs in the job runs' lifecycle (shared/platform/jobs): the internshipMatching
 * machine carries them out step by step from the run's checkpoint; a failure records the phase it
 * struck in, unless the execution never started.
 */
export const matchingRunKind: JobRunKind<MatchingRun, MatchingRunFailure> = {
  workflow: 'internshipMatching',
  label: 'internship matching',
  executionName: matchingExecutionName,
  resumesFrom: 'its checkpoint',
  supersededError: 'MatchingRunSuperseded',
  failure: (run, { at, ...failure }, kind) => (kind === 'not-started' ? { at, ...failure } : { at, phase: run.phase, ...failure }),
};
