import type { ConsentRecord } from '../domain/consents/consent-record-schema.ts';
import type { ConsentState } from '../domain/consents/consent-state.ts';

export interface ConsentHistory {
  /** Every record, oldest first. */
  readonly records: readonly ConsentRecord[];
  /** Undefined when the person has no record yet. */
  readonly state: ConsentState | undefined;
}

/** Consents are append-only: there is no update and no delete of a record. */
export interface ConsentRepository {
  /** The records and the state, in one read. */
  history(applicantId: string): Promise<ConsentHistory>;
  /**
   * Appends `record` and applies its state change (stateChangeOf) in one transaction; `refused`
   * when the change's precondition does not hold (withdrawing with no consent in force).
   */
  append(applicantId: string, record: ConsentRecord): Promise<'appended' | 'refused'>;
  /** Undefined when the person has no record yet. */
  state(applicantId: string): Promise<ConsentState | undefined>;
  /** States of many people at once (staff lists); people with no record are absent. */
  states(applicantIds: readonly string[]): Promise<ReadonlyMap<string, ConsentState>>;
}
