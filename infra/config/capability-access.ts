import type { ScheduleTarget } from '../schedules/index.ts';
import type { WorkflowCapability } from '../../shared/platform/workflow/state-machine-manifest.ts';

/**
 * What each capability's Lambda may touch, and nothing more (least privilege). Keyed by every
 * capability, so a new capability does not deploy until someone decides what it needs.
 * State machine starters are not listed here: the workflow manifest (`startedBy`) says who starts what.
 */
export interface CapabilityAccess {
  readonly table?: 'RO' | 'RW';
  /**
   * Application documents in the documents bucket (the `uploads/` and `verified/` prefixes only): RO
   * reads objects and the uploads' malware-scan tags; RW also signs upload forms (PutObject under
   * `uploads/`), deletes rejected files and copies verified uploads under `verified/`.
   */
  readonly documents?: 'RO' | 'RW';
  /** Score exports in the documents bucket (`exports/` prefixes only): RO reads the files (to sign download links); RW writes them. */
  readonly exports?: 'RO' | 'RW';
  /** Push exports of finalists' released data (`exports/release-exports/` only): RW writes the files and signs their downloads. */
  readonly releaseExports?: 'RO' | 'RW';
  readonly sendsMail?: boolean;
  /**
   * Certificate and letter PDFs in the documents bucket (the `certificates/` prefix only): RW writes
   * them and reads them (a presigned download link carries the signer's rights); RO only reads them.
   */
  readonly certificateFiles?: 'RO' | 'RW';
  /**
   * The public certificate verification site's bucket (VERIFICATION_BUCKET, CERTIFICATES_PUBLIC_URL):
   * RW publishes credentials, status lists and the issuer's keys (PutObject). Reading is CloudFront's.
   */
  readonly verificationSite?: 'RW';
  /**
   * Knows the verification site's public URL (CERTIFICATES_PUBLIC_URL) to name certificates' verification
   * pages, with no access to its bucket at all.
   */
  readonly verificationUrl?: boolean;
  /** Signs credentials with the deployment's asymmetric KMS key (kms:Sign, kms:GetPublicKey on that key only). */
  readonly signsCredentials?: boolean;
  /**
   * Erases people's files, every version: lists and deletes object versions under the documents
   * bucket's `uploads/`, `verified/` and `certificates/` prefixes and the verification site's
   * `credentials/` (nothing is read or written there). The applicants' accounts it deletes are bound
   * where the user pool is made (cadre-deployment.ts).
   */
  readonly erasesPersonalFiles?: boolean;
}

export const CAPABILITY_ACCESS = {
  // Serves the OpenAPI document and docs page generated from the route table: no data at all.
  docs: {},
  // The programme catalogue and seasons live in the table.
  programmes: { table: 'RW' },
  // Profiles, consents, applications and staff views; mails (the submission receipt) are queued in the table.
  applications: { table: 'RW' },
  // Document records and expert assignments in the table; the files themselves in the bucket; it signs
  // download links of staff's score exports too (reads them only), since it holds the S3 client anyway.
  documents: { table: 'RW', documents: 'RW', exports: 'RO' },
  // Course catalogues and learning progress in the table; no mail, no files.
  education: { table: 'RW' },
  // Expert profiles and pools in the table; no mail.
  reviews: { table: 'RW' },
  // The registry of partner organisations, released finalists' data (read live), the disclosure log and
  // the machine clients in the table (export links' mails are queued there too); push exports' files
  // under their own prefix of the documents bucket, written and signed for download.
  partners: { table: 'RW', releaseExports: 'RW' },
  // Internship offers, rankings, preferences, matching runs and placements in the table; reads partner organisations,
  // applications and scores; no mail (a run's offer mails are queued by its workflow tasks). Starts its machines per the manifest.
  internships: { table: 'RW' },
  // Mentor profiles, pools, pairs, sessions and letters in the table; mails to mentors and mentees are queued there.
  mentoring: { table: 'RW' },
  // Certificates in the table: holders' lists and downloads, staff's revocations, the public check. The
  // PDFs under certificates/: a download is a presigned GET of what the issuer wrote, and a
  // recommendation letter's PDF is rendered and kept there at its first download; a revocation
  // publishes its date and republishes the signed status list on the verification site.
  certificates: { table: 'RW', certificateFiles: 'RW', verificationSite: 'RW', signsCredentials: true },
  // Reports read the season's counters and the few facts other modules keep (placements' KPI counts,
  // mentor pools, offers, the partner registry); staff's reported KPI actuals are written to the table.
  reports: { table: 'RW' },
  // Workflow tasks move records and queue the mails announcing them.
  workflow: { table: 'RW' },
  // The score export's tasks read the season's reviews and write the export's files.
  exports: { table: 'RW', exports: 'RW' },
  // The calendar tick: calendar jobs and gate runs in the table; starts and describes cohortGate
  // executions (granted with the machine in the schedules stack).
  calendar: { table: 'RW' },
  // The mail queue's drainer: the only function that sends mail, so the deployment's SES rate holds.
  mail: { table: 'RW', sendsMail: true },
  // The certificate issuer: requested certificates and status lists in the table (the holder's mail is
  // queued there); the PDFs under certificates/ of the documents bucket; credentials, status lists and
  // the issuer's keys published on the verification site, signed with the deployment's credential key.
  issuer: { table: 'RW', certificateFiles: 'RW', verificationSite: 'RW', signsCredentials: true },
  // Staff start and follow rebuilds of a season's counters: the run, its lock and the shards' STATE in the table.
  counters: { table: 'RW' },
  // A person's own-data export reads their records of every module in the table; the throttle's window counter is its one write.
  // Certificates are listed with their verification pages' URLs (the public site's address, no access to it).
  'own-data': { table: 'RW', verificationUrl: true },
  // The counter rebuilder: reads applications, their histories and certificates, writes counters and checkpoints.
  'counter-rebuilder': { table: 'RW' },
  // Erasure requests: the request, the person's one-request guard and the digests' salt in the table; the person's records are read to scope staff.
  erasure: { table: 'RW' },
  // The eraser: every item of an erased person in the table (and the receipt queued there), their files with every version.
  eraser: { table: 'RW', erasesPersonalFiles: true },
  // The webhooks' event source: reads the table's stream (granted with its event source mapping); the
  // fan-out it hands events to reads the programmes' endpoints and writes their deliveries in the table.
  'webhook-events': { table: 'RW' },
  // Webhook endpoints (their secrets too) and deliveries in the table: staff and partners register and
  // manage endpoints, read logs, redeliver and resume. It sends nothing itself.
  webhooks: { table: 'RW' },
  // The webhook dispatcher: due deliveries and endpoints in the table (the pause mail is queued there); it
  // POSTs to partners' receivers over the internet (no VPC: nothing private is reachable from it).
  'webhook-dispatcher': { table: 'RW' },
} as const satisfies Record<WorkflowCapability | ScheduleTarget | 'webhook-events', CapabilityAccess>;
