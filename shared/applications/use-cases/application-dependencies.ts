import type { MailQueue } from '../../mail/ports/mail-queue.ts';
import type { ProgrammeRepository } from '../../catalogue/ports/programme-repository.ts';
import type { SeasonRepository } from '../../catalogue/ports/season-repository.ts';
import type { ApplicantRecords } from '../ports/applicant-records.ts';
import type { ApplicationRepository } from '../ports/application-repository.ts';

/** Everything the application use cases reach outside pure code for; each picks what it needs. */
export interface ApplicationDependencies {
  readonly applications: ApplicationRepository;
  /** Read-only here; the Lambdas pass the catalogue cache (catalogue/ports/catalogue-cache.ts). */
  readonly programmes: Pick<ProgrammeRepository, 'find'>;
  readonly seasons: Pick<SeasonRepository, 'find'>;
  readonly applicants: ApplicantRecords;
  /** Every mail is queued; only the queue's drainer sends (shared/mail). */
  readonly mailQueue: MailQueue;
  readonly clock: () => Date;
  readonly newId: () => string;
}
