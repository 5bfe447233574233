import { type AssignmentState, type ExpertState, type RequestState, seatMarks, shortfallOf, take } from './assignment-state.ts';

/**
 * Whether expert `left` should get a review before expert `right`: the lighter load first, since
 * capacity is a ceiling rather than a quota and reviews are best spread evenly; at equal load the
 * one further from their ceiling (the lower load/capacity ratio, compared without division); then
 * the lower id.
 */
export const lighterThan = (left: ExpertState, right: ExpertState): boolean => {
  if (left.load !== right.load) return left.load < right.load;
  const leftShare = left.load * right.capacity;
  const rightShare = right.load * left.capacity;
  if (leftShare !== rightShare) return leftShare < rightShare;
  return left.index < right.index;
};

/**
 * A first plan: requests with the fewest eligible experts choose first, while their few experts are
 * still free; each seat goes to the lightest eligible expert. Fast and usually complete; what it
 * leaves short the repair phase completes wherever a reassignment allows.
 */
export const assignGreedily = (state: AssignmentState): void => {
  const seats = seatMarks(state);
  // Experts full from the start are no choice at all: they do not count.
  const choices = state.requests.map((request) => request.eligible.filter((expert) => expert.spare > 0).length);
  const choicesOf = (request: RequestState): number => choices[request.index] ?? 0;
  const order = [...state.requests].sort((left, right) => choicesOf(left) - choicesOf(right) || left.index - right.index);
  for (const request of order) {
    for (let missing = shortfallOf(request); missing > 0; missing--) {
      seats.mark(request);
      let best: ExpertState | undefined;
      for (const expert of request.eligible) {
        if (expert.spare > 0 && seats.holderOf(expert) === undefined && (best === undefined || lighterThan(expert, best))) best = expert;
      }
      if (best === undefined) break;
      take(request, best);
    }
  }
};
