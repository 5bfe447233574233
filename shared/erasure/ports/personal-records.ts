import type { ErasedCounts } from '../domain/erasure-steps.ts';

/** What cadre holds about a person, as far as an erasure needs to know before it starts. */
export interface PersonFound {
  /** A profile, an application or a consent exists. */
  readonly exists: boolean;
  readonly email?: string | undefined;
  readonly language?: 'ru' | 'en' | undefined;
  readonly programmeIds: readonly string[];
  readonly applicationIds: readonly string[];
  readonly seasonIds: readonly string[];
  readonly certificateIds: readonly string[];
}

/** One erasure as the steps see it: the person's subject and what the inventory found. */
export interface ErasureSubject {
  readonly requestId: string;
  readonly subject: string;
  readonly email?: string | undefined;
  readonly applicationIds: readonly string[];
  readonly seasonIds: readonly string[];
  readonly certificateIds: readonly string[];
}

/**
 * The table's side of an erasure (the erasure plan, domain/erasure-plan.ts, says what each kind of
 * item gets). Every method is idempotent: run again after an interruption it finds less to do and
 * does that.
 */
export interface PersonalRecords {
  find(subject: string): Promise<PersonFound>;
  /** Records of other people and shared records that name the person: teams, team-mates' relations, rankings, mentoring pairs, certificates, disclosures, releases, interview seats. */
  unlink(subject: ErasureSubject, at: Date): Promise<ErasedCounts>;
  /** Mails queued for the person or failed on their address, and their reminder caps. */
  eraseMail(subject: ErasureSubject): Promise<ErasedCounts>;
  /** Every item of the person's partition and of their applications' partitions. */
  eraseRecords(subject: ErasureSubject): Promise<ErasedCounts>;
}
