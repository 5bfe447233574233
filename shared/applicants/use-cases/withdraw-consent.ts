import { randomUUID } from 'node:crypto';
import { noConsentToWithdraw } from '../applicant-errors.ts';
import type { ConsentRecord } from '../domain/consents/consent-record-schema.ts';
import type { ApplicantDependencies } from './applicant-dependencies.ts';

/**
 * Withdraws consent to personal-data processing by appending a withdrawal record (the consent
 * itself stays in the history, unedited). The same write checks that a consent is in force and
 * moves the state to withdrawn, which is what stops processing: the applications side reads the
 * state live (isProcessingAllowed, processingStopped), so nothing has to be told and nothing can
 * miss it.
 */
export const withdrawConsent = async (
  deps: Pick<ApplicantDependencies, 'consents' | 'clock'>,
  applicantId: string,
): Promise<ConsentRecord> => {
  const record: ConsentRecord = { id: randomUUID(), kind: 'personal-data-withdrawal', at: deps.clock().toISOString() };
  if ((await deps.consents.append(applicantId, record)) === 'refused') throw noConsentToWithdraw();
  return record;
};
