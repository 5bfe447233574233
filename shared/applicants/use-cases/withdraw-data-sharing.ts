import { randomUUID } from 'node:crypto';
import { noDataSharingToWithdraw } from '../applicant-errors.ts';
import type { ConsentRecord, WithdrawDataSharingInput } from '../domain/consents/consent-record-schema.ts';
import type { ApplicantDependencies } from './applicant-dependencies.ts';

/**
 * Withdraws the consent to sharing data with one recipient by appending a withdrawal record; the
 * same write checks that such a consent is in force and takes it out of the consent state. Releases
 * read that state live at every read, so from this write on the recipient reads nothing more
 * (its releases answer 404 and drop out of its lists) and no new release is made.
 */
export const withdrawDataSharing = async (
  deps: Pick<ApplicantDependencies, 'consents' | 'clock'>,
  applicantId: string,
  input: WithdrawDataSharingInput,
): Promise<ConsentRecord> => {
  const record: ConsentRecord = {
    id: randomUUID(),
    kind: 'data-sharing-withdrawal',
    purpose: input.purpose,
    at: deps.clock().toISOString(),
  };
  if ((await deps.consents.append(applicantId, record)) === 'refused') throw noDataSharingToWithdraw(input.purpose);
  return record;
};
