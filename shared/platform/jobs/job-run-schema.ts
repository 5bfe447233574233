import * as z from 'zod';
import { isoDateTime } from '../time/iso-date-time.ts';
import { MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../workflow/workflow-failure-text.ts';

/**
 * Who started or resumed a run: a staff member's `sub` (a Cognito user's UUID; the local issuer's
 * demo ids), or `system` for the calendar's reconciler. Printable ASCII, no spaces.
 */
export const jobRunActorSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/);

/** An error's name as Step Functions reports it (`States.Timeout`, `TransientError`): printable ASCII, no spaces. */
const WORKFLOW_ERROR_NAME = /^[\x21-\x7e]+$/;
/** A failure's cause is kept on one line: no control characters. */
const ONE_LINE = /^[^\p{Cc}]*$/u;

/** What stopped a run (end-job-run.ts fits a caught error to it), with where in the run it struck, as its kind records that. */
export const jobRunFailureSchema = <Where extends z.core.$ZodLooseShape>(where: Where) =>
  z.strictObject({
    at: isoDateTime(),
    ...where,
    error: z.string().min(1).max(MAX_WORKFLOW_ERROR_LENGTH).regex(WORKFLOW_ERROR_NAME),
    cause: z.string().max(MAX_WORKFLOW_CAUSE_LENGTH).regex(ONE_LINE).optional(),
  });

/** A run's life, as its record keeps it and a view shows it: who started it, the last resume, its end, its executions. */
export const jobRunLifeShape = <StartedBy extends z.ZodType, ResumedBy extends z.ZodType>(actors: {
  readonly startedBy: StartedBy;
  readonly resumedBy: ResumedBy;
}) => ({
  startedBy: actors.startedBy,
  startedAt: isoDateTime(),
  resumedBy: actors.resumedBy,
  resumedAt: isoDateTime().optional(),
  updatedAt: isoDateTime(),
  finishedAt: isoDateTime().optional().describe('When it succeeded or failed; absent while it runs.'),
  executions: z.int().min(1).describe('1, plus one per resume.'),
});
