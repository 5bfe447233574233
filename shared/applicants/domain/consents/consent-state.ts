import * as z from 'zod';
import type { ConsentRecord } from './consent-record-schema.ts';
import { currentConsents } from './current-consents.ts';
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
  updatedAt: isoDateTime(),
  /** How many records have been appended. */
  version: z.int().min(1),
});
export type ConsentState = z.infer<typeof consentStateSchema>;

type StateFields = Pick<ConsentState, 'personalData' | 'guardianConsentGiven'> & { readonly textVersion?: string };

/** The state before any record. */
export const NO_CONSENT: StateFields = { personalData: 'missing', guardianConsentGiven: false };

/** How appending a record changes the state: fields set, fields removed, and what must hold first. */
export interface ConsentStateChange {
  readonly set: Partial<StateFields>;
  readonly remove: readonly 'textVersion'[];
  /** A withdrawal needs a consent in force; the write refuses otherwise. */
  readonly requires?: { readonly personalData: 'given' };
}

/**
 * A withdrawal ends every consent given before it, the guardian's too (the guardian consented to
 * the same processing), so consenting again after a withdrawal needs the guardian again as well.
 */
export const stateChangeOf = (record: ConsentRecord): ConsentStateChange => {
  switch (record.kind) {
    case 'personal-data':
      return { set: { personalData: 'given', textVersion: record.textVersion }, remove: [] };
    case 'personal-data-withdrawal':
      return {
        set: { personalData: 'withdrawn', guardianConsentGiven: false },
        remove: ['textVersion'],
        requires: { personalData: 'given' },
      };
    case 'guardian':
      return { set: { guardianConsentGiven: true }, remove: [] };
  }
};

/** The state a history leads to, read from the records themselves (what the stored state must equal). */
export const consentStateOf = (records: readonly ConsentRecord[]): Omit<ConsentState, 'updatedAt' | 'version'> => {
  const current = currentConsents(records);
  return {
    personalData: current.personalData,
    ...(current.personalDataConsent === undefined ? {} : { textVersion: current.personalDataConsent.textVersion }),
    guardianConsentGiven: current.guardianConsent !== undefined,
  };
};
