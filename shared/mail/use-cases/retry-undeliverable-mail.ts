import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { mailNotFailed } from '../mail-errors.ts';
import { mailIdOfRef } from '../domain/mail-ref.ts';
import type { UndeliverableMailDependencies } from './undeliverable-mail-dependencies.ts';

/**
 * Puts an undeliverable mail of the season back in the queue (e.g. after the person fixed their
 * address, or SES's outage ended), due now with its attempts counted afresh; the drainer sends it.
 */
export const retryUndeliverableMail = async (
  deps: UndeliverableMailDependencies,
  identity: Identity,
  seasonId: string,
  ref: string,
): Promise<{ readonly mailId: string; readonly status: 'queued' }> => {
  await deps.staffedSeasons.assertStaffed(identity, seasonId);
  const mailId = mailIdOfRef(ref);
  const outcome = await deps.undeliverableMail.requeue(seasonId, mailId, deps.clock());
  if (outcome === 'not-found') throw notFound('mail');
  if (outcome === 'not-failed') throw mailNotFailed();
  return { mailId, status: 'queued' };
};
