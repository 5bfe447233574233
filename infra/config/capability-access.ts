import type { WorkflowCapability } from '../workflows/index.ts';

/**
 * What each capability's Lambda may touch, and nothing more (least privilege). Keyed by every
 * capability, so a new capability does not deploy until someone decides what it needs.
 * State machine starters are not listed here: the workflow manifest (`startedBy`) says who starts what.
 */
export interface CapabilityAccess {
  readonly table?: 'RO' | 'RW';
  /**
   * Application documents in the documents bucket (the `applications/` prefix only): RO reads objects
   * and their malware-scan tags; RW also signs upload forms (PutObject) and deletes rejected files.
   */
  readonly documents?: 'RO' | 'RW';
  readonly sendsMail?: boolean;
}

export const CAPABILITY_ACCESS = {
  // Serves the OpenAPI document and docs page generated from the route table: no data at all.
  docs: {},
  // The programme catalogue and seasons live in the table.
  programmes: { table: 'RW' },
  // Profiles, consents, applications and staff views; the submission receipt goes by mail.
  applications: { table: 'RW', sendsMail: true },
  // Document records and expert assignments in the table; the files themselves in the bucket.
  documents: { table: 'RW', documents: 'RW' },
  // Course catalogues, learning progress and shortlist markers in the table; no mail, no files.
  education: { table: 'RW' },
  // Workflow tasks move records and announce them by mail.
  workflow: { table: 'RW', sendsMail: true },
} as const satisfies Record<WorkflowCapability, CapabilityAccess>;
