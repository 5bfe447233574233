import type { ApplicationDependencies } from '../../applications/use-cases/application-dependencies.ts';
import type { UndeliverableMailStore } from '../ports/undeliverable-mail.ts';

/** What staff's view of a season's undeliverable mail reaches: the season (for its programme) and the store. */
export type UndeliverableMailDependencies = Pick<ApplicationDependencies, 'programmes' | 'seasons' | 'clock'> & {
  readonly undeliverableMail: UndeliverableMailStore;
};
