import { type AssignmentState, drop, type ExpertState, seatMarks, take } from './assignment-state.ts';

/**
 * Moves planned reviews from heavier experts to lighter ones of the same capacity until no single
 * move can narrow a gap: afterwards, for every planned review, no expert of the same capacity who
 * could take it instead (eligible, free on the application, with spare capacity) holds two or more
 * reviews fewer than its expert. Only gaps of two or more are worth a move (a gap of one would just
 * swap the two loads); each move lowers the sum of squared loads, so the passes end. The total is
 * unchanged, so the plan stays as large as the repair phase made it.
 */
export const rebalance = (state: AssignmentState): void => {
  const seats = seatMarks(state);
  const experts = [...state.experts];
  for (let moved = true; moved; ) {
    moved = false;
    // Heaviest first: their moves narrow the spread the most.
    experts.sort((left, right) => right.load - left.load || left.index - right.index);
    for (const heavy of experts) {
      for (const request of [...heavy.holdings]) {
        seats.mark(request);
        let light: ExpertState | undefined;
        for (const expert of request.eligible) {
          if (expert.capacity !== heavy.capacity || expert.spare <= 0 || expert.load > heavy.load - 2) continue;
          if ((light === undefined || expert.load < light.load) && seats.holderOf(expert) === undefined) light = expert;
        }
        if (light === undefined) continue;
        drop(request, heavy);
        take(request, light);
        moved = true;
      }
    }
  }
};
