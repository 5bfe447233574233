import type { MatchAssignment, MatchProposer, MatchReceiver, MatchResult } from './stable-match.ts';

/**
 * A later round takes the unmatched: the caller runs stableMatch again with the proposers earlier
 * rounds left without a place (with their choices as they stand now) and the receivers with the
 * seats those rounds left. Assignments of earlier rounds are never revisited: a later round is a
 * new run over what is left, not a continuation of the earlier one.
 */

/**
 * The receivers with their capacity less the seats `held` (earlier rounds' assignments) take. A
 * receiver whose capacity has since fallen below what it holds keeps 0 seats: the engine does not
 * take back places already given.
 */
export const remainingCapacity = (
  receivers: readonly MatchReceiver[],
  held: readonly Pick<MatchAssignment, 'receiverId'>[],
): MatchReceiver[] => {
  const taken = new Map<string, number>();
  for (const { receiverId } of held) taken.set(receiverId, (taken.get(receiverId) ?? 0) + 1);
  return receivers.map((receiver) => ({ ...receiver, capacity: Math.max(0, receiver.capacity - (taken.get(receiver.id) ?? 0)) }));
};

/** The proposers a run left without a place, as they were given to it. */
export const unmatchedProposers = <P extends MatchProposer>(proposers: readonly P[], result: Pick<MatchResult, 'assignments'>): P[] => {
  const placed = new Set(result.assignments.map((assignment) => assignment.proposerId));
  return proposers.filter((proposer) => !placed.has(proposer.id));
};
