import * as z from 'zod';
import type { Page, PageRequest } from '../../platform/paging/page.ts';

/** A workflow step that failed after its retries, kept under the season for staff to see and act on. */
export const workflowFailureSchema = z.strictObject({
  id: z.string(),
  workflow: z.string(),
  programmeId: z.string(),
  seasonId: z.string(),
  error: z.string(),
  cause: z.string(),
  at: z.iso.datetime(),
});
export type WorkflowFailure = z.infer<typeof workflowFailureSchema>;

export interface WorkflowFailureRepository {
  /** Idempotent by id: recording the same failure twice keeps one record. */
  record(failure: WorkflowFailure): Promise<void>;
  listForSeason(seasonId: string, page: PageRequest): Promise<Page<WorkflowFailure>>;
}
