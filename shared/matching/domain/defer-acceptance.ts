import type { PreparedMatch } from './prepare-match.ts';
import { WorstFirstHeap } from './worst-first-heap.ts';

/** What became of a proposal, per usable choice (a choice never proposed to stays NOT_REACHED). */
export const PROPOSAL = { notReached: 0, held: 1, notAcceptable: 2, noSeats: 3, outranked: 4 } as const;

export interface DeferredAcceptance {
  /** Per proposer, the usable choice (index into PreparedMatch's choice arrays) it holds at the end, or -1. */
  readonly heldChoice: Int32Array;
  /** Per usable choice, a PROPOSAL value; a proposal held and later displaced reads `outranked`. */
  readonly outcome: Uint8Array;
  readonly proposals: number;
  readonly rounds: number;
}

/**
 * Deferred acceptance in rounds: in each round every free proposer with a choice left proposes to
 * it; a receiver holds the best acceptable proposers up to its capacity (a heap with its least
 * preferred on top) and refuses or displaces the rest, who propose again next round. Proposers go
 * in index (id) order within a round; the held sets, and so the result, would be the same in any
 * order.
 */
export const deferAcceptance = (prepared: PreparedMatch): DeferredAcceptance => {
  const { proposers, receivers, choiceStart, choiceReceiver, keyOf } = prepared;
  const heldChoice = new Int32Array(proposers.length).fill(-1);
  const outcome = new Uint8Array(choiceReceiver.length);
  const nextChoice = choiceStart.slice(0, proposers.length);
  const heaps = receivers.map(() => new WorstFirstHeap());
  let free: number[] = [];
  for (let proposer = 0; proposer < proposers.length; proposer += 1) {
    if ((choiceStart[proposer] ?? 0) < (choiceStart[proposer + 1] ?? 0)) free.push(proposer);
  }
  let proposals = 0;
  let rounds = 0;
  while (free.length > 0) {
    rounds += 1;
    const refused: number[] = [];
    const moveOn = (proposer: number): void => {
      const next = (nextChoice[proposer] ?? 0) + 1;
      nextChoice[proposer] = next;
      if (next < (choiceStart[proposer + 1] ?? 0)) refused.push(proposer);
    };
    for (const proposer of free) {
      const choice = nextChoice[proposer] ?? 0;
      const receiver = choiceReceiver[choice] ?? 0;
      const heap = heaps[receiver] ?? new WorstFirstHeap();
      const capacity = receivers[receiver]?.capacity ?? 0;
      const key = keyOf(receiver, proposer);
      proposals += 1;
      if (key < 0 || capacity === 0) {
        outcome[choice] = key < 0 ? PROPOSAL.notAcceptable : PROPOSAL.noSeats;
        moveOn(proposer);
      } else if (heap.size < capacity) {
        heap.push(proposer, key);
        outcome[choice] = PROPOSAL.held;
        heldChoice[proposer] = choice;
      } else if (key < heap.worstKey()) {
        const displaced = heap.popWorst();
        outcome[heldChoice[displaced] ?? 0] = PROPOSAL.outranked;
        heldChoice[displaced] = -1;
        moveOn(displaced);
        heap.push(proposer, key);
        outcome[choice] = PROPOSAL.held;
        heldChoice[proposer] = choice;
      } else {
        outcome[choice] = PROPOSAL.outranked;
        moveOn(proposer);
      }
    }
    free = refused;
  }
  return { heldChoice, outcome, proposals, rounds };
};
