import { randomUUID } from 'node:crypto';
import { consentTextNotCurrent } from '../applicant-errors.ts';
import type { ConsentRecord, GuardianConsentInput } from '../domain/consents/consent-record-schema.ts';
import { currentConsentText } from '../domain/consents/consent-texts.ts';
import type { ApplicantDependencies } from './applicant-dependencies.ts';

/**
 * Records a legal representative's consent for a minor applicant: who (name, contact,
 * relationship), when (server time) and to which text. Whether it is needed depends on the
 * programme and season (consentStatus); recording it is always allowed.
 */
export const recordGuardianConsent = async (
  deps: Pick<ApplicantDependencies, 'consents' | 'clock'>,
  applicantId: string,
  input: GuardianConsentInput,
): Promise<ConsentRecord> => {
  const current = currentConsentText('guardian');
  if (input.textVersion !== current.version) throw consentTextNotCurrent('guardian', current.version);
  const record: ConsentRecord = {
    id: randomUUID(),
    kind: 'guardian',
    textVersion: current.version,
    guardian: input.guardian,
    at: deps.clock().toISOString(),
  };
  await deps.consents.append(applicantId, record);
  return record;
};
