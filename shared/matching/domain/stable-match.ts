import type { LocalisedText } from '../../platform/errors/app-error.ts';
import { deferAcceptance } from './defer-acceptance.ts';
import { explainResult } from './explain-result.ts';
import { prepareMatch } from './prepare-match.ts';

/** One side that applies: an applicant choosing internship offers, a mentee choosing mentors. */
export interface MatchProposer {
  readonly id: string;
  /** Receivers' ids, most preferred first; duplicates and unknown ids are ignored (reported). */
  readonly choices: readonly string[];
}

/** The side with places: an internship offer and its seats, a mentor and the mentees they take. */
export interface MatchReceiver {
  readonly id: string;
  /** Seats, a whole number ≥ 0. */
  readonly capacity: number;
  /**
   * Proposers' ids in the receiver's order, most preferred first (a host's ranking of candidates).
   * An id of no proposer in the run is ignored (a candidate who is not in this round); a repeated
   * id counts where it first appears.
   */
  readonly ranking: readonly string[];
  /** true: proposers not in `ranking` are acceptable, after every ranked one, in the input's `fallbackOrder`; false: only ranked proposers are acceptable. */
  readonly acceptsUnranked: boolean;
}

export interface MatchInput {
  readonly proposers: readonly MatchProposer[];
  readonly receivers: readonly MatchReceiver[];
  /**
   * A total order of proposers used where a receiver has no explicit preference (e.g. interview
   * score, best first); proposers absent from it come after, ordered by a seeded hash of their id.
   * Unknown and repeated ids are ignored as in `ranking`.
   */
  readonly fallbackOrder?: readonly string[];
  /** Seed of the deterministic tie-break (the run's id), so reruns of the same run give the same result. */
  readonly seed: string;
}

export type UnmatchedReason = 'no-choices' | 'choices-unknown' | 'not-acceptable' | 'outranked';
export type UnfilledReason = 'not-chosen' | 'chosen-by-too-few' | 'candidates-not-acceptable' | 'candidates-matched-elsewhere';

export interface MatchAssignment {
  readonly proposerId: string;
  readonly receiverId: string;
  /** Where the receiver stands in the proposer's `choices` as given, 1 = first choice. */
  readonly choiceRank: number;
}

/**
 * What became of one entry of an unmatched proposer's `choices`: `unknown` (no such receiver),
 * `duplicate` (listed earlier), `not-acceptable` (the receiver takes only proposers it ranked and
 * did not rank this one), `no-seats` (capacity 0), `outranked` (its seats went to proposers it
 * preferred).
 */
export interface ChoiceOutcome {
  readonly receiverId: string;
  readonly choiceRank: number;
  readonly outcome: 'unknown' | 'duplicate' | 'not-acceptable' | 'no-seats' | 'outranked';
}

/**
 * A proposer left without a place. `reason`, the first that holds: `no-choices` (the list is
 * empty), `choices-unknown` (no entry names a receiver of the run), `outranked` (some chosen
 * receiver would have taken them and had seats, and filled them all with proposers it preferred),
 * `not-acceptable` (no chosen receiver would take them at all: each takes only proposers it ranked,
 * or has no seats).
 */
export interface UnmatchedProposer {
  readonly proposerId: string;
  readonly reason: UnmatchedReason;
  readonly explanation: LocalisedText;
  /** Every entry of the proposer's `choices`, in their order, with what became of it (stableMatch always fills it). */
  readonly choices?: readonly ChoiceOutcome[];
}

/**
 * A receiver with seats left. The counts are always filled by stableMatch. Of the proposers who chose it, `seated` hold a seat here,
 * `notAcceptable` proposed and were refused (it takes only proposers it ranked) and
 * `matchedElsewhere` got a choice they preferred before reaching it. `reason`, the first that
 * holds: `not-chosen` (nobody chose it), `candidates-not-acceptable` (it refused someone who
 * chose it: taking them would have filled a seat), `candidates-matched-elsewhere` (someone who
 * chose it went to a choice they preferred), `chosen-by-too-few` (everyone who chose it is seated
 * here, and they are fewer than its seats).
 */
export interface UnfilledReceiver {
  readonly receiverId: string;
  readonly seatsLeft: number;
  readonly reason: UnfilledReason;
  readonly explanation: LocalisedText;
  readonly capacity?: number;
  readonly chosenBy?: number;
  readonly seated?: number;
  readonly notAcceptable?: number;
  readonly matchedElsewhere?: number;
}

/** An entry of a proposer's `choices` the run passed over: no receiver of that id, or listed before. */
export interface IgnoredChoice {
  readonly proposerId: string;
  readonly receiverId: string;
  readonly choiceRank: number;
  readonly why: 'unknown' | 'duplicate';
}

export interface MatchResult {
  /** Sorted by proposerId (UTF-16 code units, as every order here). */
  readonly assignments: readonly MatchAssignment[];
  /** Sorted by proposerId. */
  readonly unmatched: readonly UnmatchedProposer[];
  /** Sorted by receiverId; receivers with no seat left (capacity 0 included) are not listed. */
  readonly unfilled: readonly UnfilledReceiver[];
  /** Sorted by proposerId, then choiceRank (stableMatch always fills it). */
  readonly ignoredChoices?: readonly IgnoredChoice[];
  /** `proposals`: offers made in all; `rounds`: rounds of the simultaneous version (every free proposer proposes once per round). */
  readonly stats: { readonly proposals: number; readonly rounds?: number };
}

/**
 * The applicant-proposing deferred acceptance of Gale and Shapley with capacities (Roth's
 * hospitals–residents): every free proposer proposes to its best choice not yet tried; each
 * receiver holds the best proposers it finds acceptable, up to its capacity, and refuses the rest.
 * The result is stable (no proposer and receiver both prefer each other to what they got) and the
 * best stable result for every proposer at once.
 *
 * Preferences are strict: a receiver orders its ranked proposers by `ranking`, then (if it
 * `acceptsUnranked`) every other proposer by `fallbackOrder`, then by `seededHash(seed, id)` and
 * id. So the result depends on the input's content and seed only, never on the order of
 * `proposers` or `receivers`. O(choices · log capacity) after sorting the ids.
 *
 * Later rounds: run again with the unmatched proposers only (`unmatchedProposers`) and the seats
 * left (`remainingCapacity`), see next-round.ts.
 *
 * Throws (a programming error: callers validate requests) on a proposer or receiver id listed
 * twice and on a capacity that is not a whole number ≥ 0.
 */
export const stableMatch = (input: MatchInput): MatchResult => {
  const prepared = prepareMatch(input);
  return explainResult(prepared, deferAcceptance(prepared));
};
