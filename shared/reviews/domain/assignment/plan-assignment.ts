import { assignGreedily } from './assign-greedily.ts';
import type { AssignmentInput, AssignmentPlan } from './assignment-types.ts';
import { augmentShortfalls } from './augment-shortfalls.ts';
import { buildState } from './build-state.ts';
import { planFromState } from './plan-from-state.ts';
import { rebalance } from './rebalance.ts';

/**
 * Which experts review which applications: as many reviews as the experts' capacity, their
 * qualifications, conflicts of interest and the one-seat-per-application rule allow, spread evenly.
 *
 * 1. Requests with the fewest eligible experts choose first; each seat goes to the lightest expert.
 * 2. Short requests are completed by augmenting paths (reassignments that make room for them)
 *    until none is left, which makes the number of reviews the largest possible.
 * 3. Reviews move from heavier to lighter experts of the same capacity while that narrows a gap.
 *
 * The plan depends on the input's content, not its order. Throws on an input it cannot read
 * unambiguously: an expert or an (application, rubric) listed twice, a count that is not a whole
 * number ≥ 0.
 */
export const planAssignment = (input: AssignmentInput): AssignmentPlan => {
  const state = buildState(input);
  assignGreedily(state);
  augmentShortfalls(state);
  rebalance(state);
  return planFromState(state);
};
