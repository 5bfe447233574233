import { randomUUID } from 'node:crypto';
import { consentTextNotCurrent } from '../applicant-errors.ts';
import type { ConsentRecord, GiveConsentInput } from '../domain/consents/consent-record-schema.ts';
import { currentConsentText } from '../domain/consents/consent-texts.ts';
import type { ApplicantDependencies } from './applicant-dependencies.ts';

/** Records the applicant's consent to personal-data processing, for the current text only, at the server's time. */
export const giveConsent = async (
  deps: Pick<ApplicantDependencies, 'consents' | 'clock'>,
  applicantId: string,
  input: GiveConsentInput,
): Promise<ConsentRecord> => {
  const current = currentConsentText(input.kind);
  if (input.textVersion !== current.version) throw consentTextNotCurrent(input.kind, current.version);
  const record: ConsentRecord = { id: randomUUID(), kind: 'personal-data', textVersion: current.version, at: deps.clock().toISOString() };
  await deps.consents.append(applicantId, record);
  return record;
};
