import type { ConsentRecord } from './consent-record-schema.ts';

type PersonalDataConsent = Extract<ConsentRecord, { kind: 'personal-data' }>;
type GuardianConsent = Extract<ConsentRecord, { kind: 'guardian' }>;

export interface CurrentConsents {
  readonly personalData: 'given' | 'withdrawn' | 'missing';
  /** The consent in force, if `personalData` is `given`. */
  readonly personalDataConsent: PersonalDataConsent | undefined;
  /** A guardian's consent given after the last withdrawal. */
  readonly guardianConsent: GuardianConsent | undefined;
}

/**
 * Reads the state from the append-only history: the latest personal-data record decides whether
 * consent is given or withdrawn. A withdrawal ends every consent given before it, the guardian's
 * too (the guardian consented to the same processing), so consenting again after a withdrawal
 * needs the guardian again as well.
 */
export const currentConsents = (records: readonly ConsentRecord[]): CurrentConsents => {
  const inOrder = [...records].sort((a, b) => a.at.localeCompare(b.at));
  let personalData: CurrentConsents['personalData'] = 'missing';
  let personalDataConsent: PersonalDataConsent | undefined;
  let guardianConsent: GuardianConsent | undefined;
  for (const record of inOrder) {
    if (record.kind === 'personal-data') {
      personalData = 'given';
      personalDataConsent = record;
    } else if (record.kind === 'personal-data-withdrawal') {
      personalData = 'withdrawn';
      personalDataConsent = undefined;
      guardianConsent = undefined;
    } else {
      guardianConsent = record;
    }
  }
  return { personalData, personalDataConsent, guardianConsent };
};
