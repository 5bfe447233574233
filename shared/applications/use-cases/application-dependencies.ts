import type { Mailer } from '../../programmes/ports/mailer.ts';
import type { NotificationLedger } from '../../programmes/ports/notification-ledger.ts';
import type { ProgrammeRepository } from '../../programmes/ports/programme-repository.ts';
import type { SeasonRepository } from '../../programmes/ports/season-repository.ts';
import type { ApplicantRecords } from '../ports/applicant-records.ts';
import type { ApplicationRepository } from '../ports/application-repository.ts';

/** Everything the application use cases reach outside pure code for; each picks what it needs. */
export interface ApplicationDependencies {
  readonly applications: ApplicationRepository;
  /** Read-only here; the Lambdas pass the catalogue cache (catalogue/catalogue-cache.ts). */
  readonly programmes: Pick<ProgrammeRepository, 'find'>;
  readonly seasons: Pick<SeasonRepository, 'find'>;
  readonly applicants: ApplicantRecords;
  readonly mailer: Mailer;
  readonly notifications: NotificationLedger;
  readonly clock: () => Date;
  readonly newId: () => string;
}
