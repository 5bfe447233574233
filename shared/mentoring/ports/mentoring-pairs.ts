import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { MentoringPair, PairStatus } from '../mentoring-pair-schema.ts';
import type { MentoringSession } from '../mentoring-session-schema.ts';

/** An application's mentoring: its live pair (if any) and the mentors who declined it, never to be proposed again. */
export interface MenteeMentoring {
  readonly applicationId: string;
  readonly livePairId?: string | undefined;
  readonly declinedBy: readonly string[];
}

/** Why a proposal was not written: each is what changed since the pair was planned. */
export type ProposalRefusal =
  | 'already-proposed'
  | 'mentee-paired'
  | 'mentor-declined'
  | 'mentor-full'
  | 'mentor-left-pool'
  | 'mentee-moved'
  | 'busy';

export type PairWriteOutcome =
  | { readonly written: true; readonly pair: MentoringPair }
  | { readonly written: false; readonly reason: 'version-conflict'; readonly currentVersion: number };

export type SessionWriteOutcome =
  | { readonly written: true; readonly session: MentoringSession }
  | { readonly written: false; readonly reason: 'too-many' }
  | { readonly written: false; readonly reason: 'not-active'; readonly status: PairStatus };

/**
 * Mentoring pairs and their sessions. An application has at most one live pair (a guard written
 * in the pair's transaction), and a pair takes one of its mentor's places in the same transaction,
 * so neither a mentee nor a mentor's capacity is ever paired twice, however many pair at once.
 */
export interface MentoringPairs {
  /**
   * Writes a proposed pair if the application is still at `agreementStage`, has no live pair and
   * was never declined by this mentor, and the mentor is in the pool with a place left.
   */
  propose(
    pair: MentoringPair,
    agreementStage: string,
  ): Promise<{ readonly proposed: true } | { readonly proposed: false; readonly reason: ProposalRefusal }>;
  find(pairId: string): Promise<MentoringPair | undefined>;
  /** The pair with its sessions (at most MAX_SESSIONS_PER_PAIR), by date; one Query of the pair's partition. */
  withSessions(pairId: string): Promise<{ readonly pair: MentoringPair; readonly sessions: readonly MentoringSession[] } | undefined>;
  mentoringOf(applicationId: string): Promise<MenteeMentoring | undefined>;
  /** Several applications' mentoring at once (a matching's mentees); those never paired are absent. */
  mentoringOfMany(applicationIds: readonly string[]): Promise<ReadonlyMap<string, MenteeMentoring>>;
  /** A status change along the pair's way (agreed, active, completed) at the version read. */
  update(pair: MentoringPair, expectedVersion: number): Promise<PairWriteOutcome>;
  /**
   * A declined pair, at the version read: it frees the application's live pair (a mentor who
   * declines is remembered, never proposed to it again) and gives the mentor's place back.
   */
  release(pair: MentoringPair, expectedVersion: number): Promise<PairWriteOutcome>;
  /** Adds a session to a pair still active, counting it and its minutes on the pair (refused past MAX_SESSIONS_PER_PAIR). */
  logSession(pair: MentoringPair, session: MentoringSession): Promise<SessionWriteOutcome>;
  ofMentor(mentorId: string, seasonId: string, page: PageRequest): Promise<Page<MentoringPair>>;
  ofSeason(seasonId: string, status: PairStatus | undefined, page: PageRequest): Promise<Page<MentoringPair>>;
}
