import type { StaffedSeasons } from '../ports/staffed-seasons.ts';
import type { UndeliverableMailStore } from '../ports/undeliverable-mail.ts';

/** What staff's view of a season's undeliverable mail reaches: the staff check for the season and the store. */
export interface UndeliverableMailDependencies {
  readonly staffedSeasons: StaffedSeasons;
  readonly undeliverableMail: UndeliverableMailStore;
  readonly clock: () => Date;
}
