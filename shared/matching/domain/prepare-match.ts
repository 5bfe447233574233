import { seededHash } from './seeded-hash.ts';
import type { IgnoredChoice, MatchInput, MatchProposer, MatchReceiver } from './stable-match.ts';

/**
 * A run's input as numbers: proposers and receivers numbered in id order (so that nothing depends
 * on the order of the input), each proposer's usable choices laid end to end in one array
 * (proposer p's are `choiceStart[p]` to `choiceStart[p + 1]`), and what each receiver thinks of
 * each proposer as a key (lower = preferred).
 */
export interface PreparedMatch {
  readonly proposers: readonly MatchProposer[];
  readonly receivers: readonly MatchReceiver[];
  readonly choiceStart: Int32Array;
  readonly choiceReceiver: Int32Array;
  /** 1-based position of the choice in the proposer's `choices` as given. */
  readonly choiceRank: Int32Array;
  readonly ignoredChoices: readonly IgnoredChoice[];
  /** A receiver's key for a proposer: its place in the receiver's order, or -1 if not acceptable. */
  readonly keyOf: (receiver: number, proposer: number) => number;
}

/** Order by UTF-16 code units, the same in every locale. */
const byCodeUnits = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

const sortedById = <T extends { readonly id: string }>(items: readonly T[], what: string): T[] => {
  const sorted = [...items].sort((left, right) => byCodeUnits(left.id, right.id));
  for (let at = 1; at < sorted.length; at += 1) {
    if (sorted[at]?.id === sorted[at - 1]?.id) throw new Error(`${what} ${sorted[at]?.id} is listed twice`);
  }
  return sorted;
};

/** Each proposer's place in the fallback order: `fallbackOrder` first, then the rest by seeded hash and id. */
const fallbackRanks = (proposers: readonly MatchProposer[], index: ReadonlyMap<string, number>, input: MatchInput): Int32Array => {
  const rank = new Int32Array(proposers.length).fill(-1);
  let next = 0;
  for (const id of input.fallbackOrder ?? []) {
    const proposer = index.get(id);
    if (proposer !== undefined && rank[proposer] === -1) {
      rank[proposer] = next;
      next += 1;
    }
  }
  const rest = proposers
    .map((proposer, at) => ({ at, id: proposer.id, hash: seededHash(input.seed, proposer.id) }))
    .filter((proposer) => rank[proposer.at] === -1)
    .sort((left, right) => left.hash - right.hash || byCodeUnits(left.id, right.id));
  for (const proposer of rest) {
    rank[proposer.at] = next;
    next += 1;
  }
  return rank;
};

/**
 * Numbers the input and refuses what would make the result ambiguous: a proposer or receiver
 * listed twice, a capacity that is not a whole number ≥ 0.
 */
export const prepareMatch = (input: MatchInput): PreparedMatch => {
  const proposers = sortedById(input.proposers, 'Proposer');
  const receivers = sortedById(input.receivers, 'Receiver');
  for (const receiver of receivers) {
    if (!Number.isInteger(receiver.capacity) || receiver.capacity < 0)
      throw new Error(`Capacity of receiver ${receiver.id} must be a whole number ≥ 0, got ${receiver.capacity}`);
  }
  const proposerIndex = new Map(proposers.map((proposer, at) => [proposer.id, at]));
  const receiverIndex = new Map(receivers.map((receiver, at) => [receiver.id, at]));

  const listed = proposers.reduce((total, proposer) => total + proposer.choices.length, 0);
  const choiceStart = new Int32Array(proposers.length + 1);
  const choiceReceiver = new Int32Array(listed);
  const choiceRank = new Int32Array(listed);
  const ignoredChoices: IgnoredChoice[] = [];
  let usable = 0;
  for (const [at, proposer] of proposers.entries()) {
    choiceStart[at] = usable;
    const seen = new Set<number>();
    for (const [position, receiverId] of proposer.choices.entries()) {
      const receiver = receiverIndex.get(receiverId);
      if (receiver === undefined || seen.has(receiver)) {
        ignoredChoices.push({
          proposerId: proposer.id,
          receiverId,
          choiceRank: position + 1,
          why: receiver === undefined ? 'unknown' : 'duplicate',
        });
        continue;
      }
      seen.add(receiver);
      choiceReceiver[usable] = receiver;
      choiceRank[usable] = position + 1;
      usable += 1;
    }
  }
  choiceStart[proposers.length] = usable;

  const ranked = receivers.map((receiver) => {
    const positions = new Map<number, number>();
    for (const id of receiver.ranking) {
      const proposer = proposerIndex.get(id);
      if (proposer !== undefined && !positions.has(proposer)) positions.set(proposer, positions.size);
    }
    return positions;
  });
  const fallback = fallbackRanks(proposers, proposerIndex, input);
  const keyOf = (receiver: number, proposer: number): number => {
    const positions = ranked[receiver];
    const position = positions?.get(proposer);
    if (position !== undefined) return position;
    return receivers[receiver]?.acceptsUnranked === true && positions !== undefined ? positions.size + (fallback[proposer] ?? 0) : -1;
  };

  return {
    proposers,
    receivers,
    choiceStart,
    choiceReceiver: choiceReceiver.subarray(0, usable),
    choiceRank: choiceRank.subarray(0, usable),
    ignoredChoices,
    keyOf,
  };
};
