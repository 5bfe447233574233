import * as z from 'zod';
import type { ConsentRecord } from './consent-record-schema.ts';
import { currentConsents } from './current-consents.ts';
import { DATA_SHARING_STATE_FIELDS, dataSharingGrantSchema, type DataSharingGrant, type DataSharingStateField } from './data-sharing.ts';
import { isoDateTime } from '../../../platform/time/iso-date-time.ts';

/**
 * What is in force now, kept next to the append-only history and changed in the same transaction
 * as each record is appended, so checking a person (or a page of people) is one read, and a
 * record's precondition (a withdrawal needs a consent in force) is checked by that same write.
 */
export const consentStateSchema = z.strictObject({
  personalData: z.enum(['given', 'withdrawn', 'missing']),
  /** Version of the text of the consent in force. */
  textVersion: z.string().max(40).optional(),
  /** A guardian consented since the last withdrawal. */
  guardianConsentGiven: z.boolean(),
  /** Sharing with the youth-policy body of the applicant's region, when a consent to it is in force: a release decision is this one read. */
  dataSharingRegion: dataSharingGrantSchema.optional(),
  /** Sharing with the organisation hosting the applicant's internship, when in force. */
  dataSharingHost: dataSharingGrantSchema.optional(),
  updatedAt: isoDateTime(),
  /** How many records have been appended. */
  version: z.int().min(1),
});
export type ConsentState = z.infer<typeof consentStateSchema>;

type StateFields = Pick<ConsentState, 'personalData' | 'guardianConsentGiven'> & {
  readonly textVersion?: string;
  readonly dataSharingRegion?: DataSharingGrant;
  readonly dataSharingHost?: DataSharingGrant;
};

/** The state before any record. */
export const NO_CONSENT: StateFields = { personalData: 'missing', guardianConsentGiven: false };

/** How appending a record changes the state: fields set, fields removed, and what must hold first. */
export interface ConsentStateChange {
  readonly set: Partial<StateFields>;
  readonly remove: readonly ('textVersion' | DataSharingStateField)[];
  /**
   * What the write refuses without: a withdrawal of processing, and any data-sharing consent, need
   * the consent to processing in force; a data-sharing withdrawal needs that purpose's consent in force.
   */
  readonly requires?: { readonly personalData?: 'given'; readonly present?: DataSharingStateField };
}

const EVERY_DATA_SHARING = Object.values(DATA_SHARING_STATE_FIELDS);

/**
 * A withdrawal ends every consent given before it, the guardian's and every data-sharing consent
 * too (they all rest on the same processing), so consenting again after a withdrawal needs the
 * guardian, and each recipient, again as well.
 */
export const stateChangeOf = (record: ConsentRecord): ConsentStateChange => {
  switch (record.kind) {
    case 'personal-data':
      return { set: { personalData: 'given', textVersion: record.textVersion }, remove: [] };
    case 'personal-data-withdrawal':
      return {
        set: { personalData: 'withdrawn', guardianConsentGiven: false },
        remove: ['textVersion', ...EVERY_DATA_SHARING],
        requires: { personalData: 'given' },
      };
    case 'guardian':
      return { set: { guardianConsentGiven: true }, remove: [] };
    case 'data-sharing':
      return {
        set: {
          [DATA_SHARING_STATE_FIELDS[record.purpose]]: {
            consentId: record.id,
            textVersion: record.textVersion,
            fields: record.fields,
            at: record.at,
          },
        },
        remove: [],
        requires: { personalData: 'given' },
      };
    case 'data-sharing-withdrawal':
      return {
        set: {},
        remove: [DATA_SHARING_STATE_FIELDS[record.purpose]],
        requires: { present: DATA_SHARING_STATE_FIELDS[record.purpose] },
      };
  }
};

/** The state a history leads to, read from the records themselves (what the stored state must equal). */
export const consentStateOf = (records: readonly ConsentRecord[]): Omit<ConsentState, 'updatedAt' | 'version'> => {
  const current = currentConsents(records);
  const grants = Object.entries(current.dataSharing).map(([purpose, consent]) => [
    DATA_SHARING_STATE_FIELDS[purpose as keyof typeof DATA_SHARING_STATE_FIELDS],
    { consentId: consent.id, textVersion: consent.textVersion, fields: consent.fields, at: consent.at },
  ]);
  return {
    personalData: current.personalData,
    ...(current.personalDataConsent === undefined ? {} : { textVersion: current.personalDataConsent.textVersion }),
    guardianConsentGiven: current.guardianConsent !== undefined,
    ...Object.fromEntries(grants),
  };
};
