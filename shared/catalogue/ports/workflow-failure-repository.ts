import * as z from 'zod';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { isoDateTime } from '../../platform/time/iso-date-time.ts';
import { MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../../platform/workflow/workflow-failure-text.ts';

/** A workflow step that failed after its retries, kept under the season for staff to see and act on. */
export const workflowFailureSchema = z.strictObject({
  id: z.string().max(256),
  workflow: z.string().max(80),
  programmeId: z.string().max(48),
  seasonId: z.string().max(48),
  error: z.string().max(MAX_WORKFLOW_ERROR_LENGTH),
  cause: z.string().max(MAX_WORKFLOW_CAUSE_LENGTH),
  at: isoDateTime(),
});
export type WorkflowFailure = z.infer<typeof workflowFailureSchema>;

export interface WorkflowFailureRepository {
  /** Idempotent by id: recording the same failure twice keeps one record. */
  record(failure: WorkflowFailure): Promise<void>;
  listForSeason(seasonId: string, page: PageRequest): Promise<Page<WorkflowFailure>>;
}
