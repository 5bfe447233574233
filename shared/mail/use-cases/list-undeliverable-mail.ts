import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { UndeliverableMail } from '../ports/undeliverable-mail.ts';
import type { UndeliverableMailDependencies } from './undeliverable-mail-dependencies.ts';

/** A season's mails the drainer gave up on, for staff of its programme (others get the 404 of a missing season). */
export const listUndeliverableMail = async (
  deps: UndeliverableMailDependencies,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<UndeliverableMail>> => {
  await deps.staffedSeasons.assertStaffed(identity, seasonId);
  return deps.undeliverableMail.listForSeason(seasonId, page);
};
