import * as z from 'zod';
import { transitionRequestSchema } from './transition-request.ts';

/**
 * A transition whose state machine failed after its retries, kept in the application's partition
 * where staff see it (GET /applications/{applicationId}/transition-failures) and from where they
 * restart it: the record carries the request the execution was started with.
 */
export const transitionFailureSchema = z.strictObject({
  /** The failed execution's name: a retried RecordFailure state keeps one record. */
  id: z.string().min(1),
  applicationId: z.string().min(1),
  programmeId: z.string().min(1),
  seasonId: z.string().min(1),
  request: transitionRequestSchema,
  error: z.string(),
  cause: z.string(),
  at: z.iso.datetime(),
  status: z.enum(['open', 'retried']),
  retriedAt: z.iso.datetime().optional(),
  retriedBy: z.string().optional(),
  retryExecutionArn: z.string().optional(),
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
