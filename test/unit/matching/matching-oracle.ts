import { seededHash } from '../../../shared/matching/domain/seeded-hash.ts';
import type { MatchInput, MatchReceiver } from '../../../shared/matching/domain/stable-match.ts';

/**
 * The matching's rules read straight from the input, written apart from the engine so the
 * property tests check the engine against the definition rather than against itself. Only the
 * seeded hash is shared: the definition of the last tie-break is "by seededHash, then by id".
 */
export interface Oracle {
  /** 0-based position of the first occurrence of the receiver in the proposer's choices, or -1. */
  readonly choicePosition: (proposerId: string, receiverId: string) => number;
  readonly receiver: (receiverId: string) => MatchReceiver | undefined;
  /** Whether the receiver would take the proposer at all (ranked, or unranked where it accepts unranked; seats aside). */
  readonly acceptable: (receiverId: string, proposerId: string) => boolean;
  /** Whether the receiver prefers `better` to `worse`, both acceptable to it. */
  readonly prefers: (receiverId: string, better: string, worse: string) => boolean;
}

const compareTuples = (left: readonly (number | string)[], right: readonly (number | string)[]): number => {
  for (let at = 0; at < left.length; at += 1) {
    const a = left[at] ?? 0;
    const b = right[at] ?? 0;
    if (a < b) return -1;
    if (a > b) return 1;
  }
  return 0;
};

export const oracleOf = (input: MatchInput): Oracle => {
  const proposers = new Map(input.proposers.map((proposer) => [proposer.id, proposer]));
  const receivers = new Map(input.receivers.map((receiver) => [receiver.id, receiver]));
  const fallback = input.fallbackOrder ?? [];
  // Ranked first by ranking; then those in the fallback order by it; then the rest by hash and id.
  const standing = (receiver: MatchReceiver, proposerId: string): readonly (number | string)[] => {
    const ranked = receiver.ranking.indexOf(proposerId);
    if (ranked >= 0) return [0, ranked, 0, ''];
    const listed = fallback.indexOf(proposerId);
    if (listed >= 0) return [1, listed, 0, ''];
    return [2, 0, seededHash(input.seed, proposerId), proposerId];
  };
  return {
    choicePosition: (proposerId, receiverId) => proposers.get(proposerId)?.choices.indexOf(receiverId) ?? -1,
    receiver: (receiverId) => receivers.get(receiverId),
    acceptable: (receiverId, proposerId) => {
      const receiver = receivers.get(receiverId);
      return receiver !== undefined && (receiver.acceptsUnranked || receiver.ranking.includes(proposerId));
    },
    prefers: (receiverId, better, worse) => {
      const receiver = receivers.get(receiverId);
      if (receiver === undefined) return false;
      return compareTuples(standing(receiver, better), standing(receiver, worse)) < 0;
    },
  };
};

/**
 * The blocking pairs of a matching (proposer → receiver): a proposer and a receiver on its list
 * that would take it, which it prefers to what it got (or it got nothing), while the receiver has
 * a seat free or holds someone it likes less.
 */
export const blockingPairs = (input: MatchInput, matching: ReadonlyMap<string, string>): string[] => {
  const oracle = oracleOf(input);
  const holders = new Map<string, string[]>();
  for (const [proposerId, receiverId] of matching) holders.set(receiverId, [...(holders.get(receiverId) ?? []), proposerId]);
  const blocking: string[] = [];
  for (const proposer of input.proposers) {
    const current = matching.get(proposer.id);
    const currentPosition = current === undefined ? Number.POSITIVE_INFINITY : oracle.choicePosition(proposer.id, current);
    for (const receiverId of new Set(proposer.choices)) {
      const receiver = oracle.receiver(receiverId);
      if (receiver === undefined || receiver.capacity === 0 || receiverId === current) continue;
      if (oracle.choicePosition(proposer.id, receiverId) >= currentPosition || !oracle.acceptable(receiverId, proposer.id)) continue;
      const held = holders.get(receiverId) ?? [];
      if (held.length < receiver.capacity || held.some((other) => oracle.prefers(receiverId, proposer.id, other)))
        blocking.push(`${proposer.id} → ${receiverId}`);
    }
  }
  return blocking;
};

/**
 * Every stable matching of a tiny instance, by trying every way to give each proposer one of the
 * receivers it chose that would take it (or nothing): 5 proposers with 3 choices each is 4^5 tries.
 */
export const allStableMatchings = (input: MatchInput): Map<string, string>[] => {
  const oracle = oracleOf(input);
  const options = input.proposers.map((proposer) => [
    undefined,
    ...[...new Set(proposer.choices)].filter((receiverId) => {
      const receiver = oracle.receiver(receiverId);
      return receiver !== undefined && receiver.capacity > 0 && oracle.acceptable(receiverId, proposer.id);
    }),
  ]);
  const stable: Map<string, string>[] = [];
  const pick = (at: number, matching: Map<string, string>, load: Map<string, number>): void => {
    const proposer = input.proposers[at];
    if (proposer === undefined) {
      if (blockingPairs(input, matching).length === 0) stable.push(new Map(matching));
      return;
    }
    for (const receiverId of options[at] ?? []) {
      if (receiverId === undefined) {
        pick(at + 1, matching, load);
        continue;
      }
      const taken = load.get(receiverId) ?? 0;
      if (taken >= (oracle.receiver(receiverId)?.capacity ?? 0)) continue;
      matching.set(proposer.id, receiverId);
      load.set(receiverId, taken + 1);
      pick(at + 1, matching, load);
      matching.delete(proposer.id);
      load.set(receiverId, taken);
    }
  };
  pick(0, new Map(), new Map());
  return stable;
};
