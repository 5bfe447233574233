import { type AssignmentState, type RequestState, type SeatMarks, seatMarks, shortfallOf } from './assignment-state.ts';
import type { AssignmentPlan, PlannedAssignment, UnassignedReason, UnassignedRequest } from './assignment-types.ts';

/** The plan as the caller reads it: ids instead of indexes, every list in id order. */
export const planFromState = (state: AssignmentState): AssignmentPlan => {
  const seats = seatMarks(state);
  const assignments: PlannedAssignment[] = [];
  const unassigned: UnassignedRequest[] = [];
  for (const request of state.requests) {
    const { applicationId, rubricId } = request;
    for (const expert of [...request.held].sort((left, right) => left.index - right.index)) {
      assignments.push({ applicationId, rubricId, expertId: expert.id });
    }
    const missing = shortfallOf(request);
    if (missing > 0) unassigned.push({ applicationId, rubricId, missing, reason: reasonOf(seats, request) });
  }
  const loads = state.experts.map((expert) => ({
    expertId: expert.id,
    capacity: expert.capacity,
    before: expert.before,
    after: expert.load,
  }));
  return { assignments, unassigned, loads };
};

/**
 * Judged on the finished plan, where an expert planned for another rubric of the application counts
 * as already on it. An eligible expert still free on a short request's application is full, once
 * the repair phase has run: it would have taken them otherwise.
 */
const reasonOf = (seats: SeatMarks, request: RequestState): UnassignedReason => {
  if (request.qualified.length === 0) return 'no-qualified-expert';
  seats.mark(request);
  const free = request.eligible.some((expert) => seats.holderOf(expert) === undefined);
  return free ? 'capacity-exhausted' : 'all-qualified-conflicted';
};
