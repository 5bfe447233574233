import type { ConsentRecord } from './consent-record-schema.ts';
import type { DataSharingPurpose } from './data-sharing.ts';

type PersonalDataConsent = Extract<ConsentRecord, { kind: 'personal-data' }>;
type GuardianConsent = Extract<ConsentRecord, { kind: 'guardian' }>;
type DataSharingConsent = Extract<ConsentRecord, { kind: 'data-sharing' }>;

export interface CurrentConsents {
  readonly personalData: 'given' | 'withdrawn' | 'missing';
  /** The consent in force, if `personalData` is `given`. */
  readonly personalDataConsent: PersonalDataConsent | undefined;
  /** A guardian's consent given after the last withdrawal. */
  readonly guardianConsent: GuardianConsent | undefined;
  /** The data-sharing consent in force per purpose: the latest one, unless withdrawn since. */
  readonly dataSharing: Partial<Record<DataSharingPurpose, DataSharingConsent>>;
}

/**
 * Reads the state from the append-only history: the latest personal-data record decides whether
 * consent is given or withdrawn. A withdrawal ends every consent given before it, the guardian's
 * and the data-sharing ones too (they rest on the same processing), so consenting again after a
 * withdrawal needs the guardian and each recipient again as well. A later data-sharing consent for
 * a purpose replaces the earlier one (its fields, its text); its withdrawal ends it alone.
 */
export const currentConsents = (records: readonly ConsentRecord[]): CurrentConsents => {
  const inOrder = [...records].sort((a, b) => a.at.localeCompare(b.at));
  let personalData: CurrentConsents['personalData'] = 'missing';
  let personalDataConsent: PersonalDataConsent | undefined;
  let guardianConsent: GuardianConsent | undefined;
  const dataSharing: Partial<Record<DataSharingPurpose, DataSharingConsent>> = {};
  for (const record of inOrder) {
    switch (record.kind) {
      case 'personal-data':
        personalData = 'given';
        personalDataConsent = record;
        break;
      case 'personal-data-withdrawal':
        personalData = 'withdrawn';
        personalDataConsent = undefined;
        guardianConsent = undefined;
        delete dataSharing.region;
        delete dataSharing.host;
        break;
      case 'guardian':
        guardianConsent = record;
        break;
      case 'data-sharing':
        dataSharing[record.purpose] = record;
        break;
      case 'data-sharing-withdrawal':
        delete dataSharing[record.purpose];
        break;
    }
  }
  return { personalData, personalDataConsent, guardianConsent, dataSharing };
};
