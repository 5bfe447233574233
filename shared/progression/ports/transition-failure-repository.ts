import * as z from 'zod';
import { transitionRequestSchema } from './transition-request.ts';
import { isoDateTime } from '../../platform/time/iso-date-time.ts';
import { executionArnSchema, MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../../platform/workflow/workflow-failure-text.ts';
import { applicationIdSchema } from '../../platform/identifiers/identifiers.ts';

/**
 * A transition whose state machine failed after its retries, kept in the application's partition
 * where staff see it (GET /applications/{applicationId}/transition-failures) and from where they
 * restart it: the record carries the request the execution was started with.
 */
/** The most failures an application's list shows, the oldest first: a failure is rare, and each is retried or fixed. */
export const MAX_TRANSITION_FAILURES_LISTED = 200;

export const transitionFailureSchema = z.strictObject({
  /** The failed execution's name: a retried RecordFailure state keeps one record. */
  id: z.string().min(1).max(80),
  applicationId: applicationIdSchema,
  programmeId: z.string().min(1).max(48),
  seasonId: z.string().min(1).max(48),
  request: transitionRequestSchema,
  error: z.string().max(MAX_WORKFLOW_ERROR_LENGTH),
  cause: z.string().max(MAX_WORKFLOW_CAUSE_LENGTH),
  at: isoDateTime(),
  status: z.enum(['open', 'retried']),
  retriedAt: isoDateTime().optional(),
  retriedBy: z.string().max(128).optional(),
  retryExecutionArn: executionArnSchema.optional(),
});
export type TransitionFailure = z.infer<typeof transitionFailureSchema>;

export interface TransitionFailureRepository {
  /** Idempotent by id: the first record stands. */
  record(failure: TransitionFailure): Promise<void>;
  find(applicationId: string, failureId: string): Promise<TransitionFailure | undefined>;
  /** Oldest first. */
  listForApplication(applicationId: string): Promise<readonly TransitionFailure[]>;
  /** open -> retried; false when it was no longer open (another staff member retried it first). */
  markRetried(
    applicationId: string,
    failureId: string,
    retry: { readonly at: string; readonly by: string; readonly executionArn: string },
  ): Promise<boolean>;
}
