import type { MailQueue } from '../../mail/ports/mail-queue.ts';
import type { Accounts } from '../ports/accounts.ts';
import type { ErasureRequests } from '../ports/erasure-requests.ts';
import type { PersonalObjects } from '../ports/personal-objects.ts';
import type { PersonalRecords } from '../ports/personal-records.ts';

/** What the request routes need. */
export interface ErasureRequestDependencies {
  readonly requests: ErasureRequests;
  readonly records: Pick<PersonalRecords, 'find'>;
  readonly clock: () => Date;
  readonly newId: () => string;
}

/** What the eraser needs. */
export interface EraserDependencies {
  readonly requests: ErasureRequests;
  readonly records: PersonalRecords;
  readonly objects: PersonalObjects;
  readonly accounts: Accounts;
  readonly mail: MailQueue;
  readonly clock: () => Date;
}
